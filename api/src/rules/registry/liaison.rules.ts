import { atLeast } from "../checks";
import type { RuleDefinition } from "../rule.types";

/** 三联二访 (四(四)1): visits counted per liaison assignment per period. */
export const LIAISON_RULES: RuleDefinition[] = [
  {
    code: "LIAISON_SCHOOL_LEADER",
    title: "校领导联系二级学院",
    citation: "四(四)1",
    requirement: "校领导每学期走访所联系的二级学院不少于 {min} 次",
    family: "LIAISON_VISITS",
    subject: "ASSIGNMENT",
    appliesTo: { assignmentKinds: ["SCHOOL_LEADER_TO_COLLEGE"] },
    period: { kind: "calendar", every: "SEMESTER" },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
  {
    code: "LIAISON_COLLEGE_LEADER",
    title: "二级学院领导联系班级",
    citation: "四(四)1",
    requirement: "二级学院领导每季度走访所联系的班级不少于 {min} 次",
    family: "LIAISON_VISITS",
    subject: "ASSIGNMENT",
    appliesTo: { assignmentKinds: ["COLLEGE_LEADER_TO_CLASS"] },
    period: { kind: "calendar", every: "QUARTER" },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
  {
    code: "LIAISON_TEACHER",
    title: "党员教师联系学生（生情宿访）",
    citation: "四(四)1",
    requirement: "党员教师每月到所联系学生宿舍走访不少于 {min} 次",
    family: "LIAISON_VISITS",
    variant: "STUDENT_DORM_VISIT",
    subject: "ASSIGNMENT",
    appliesTo: { assignmentKinds: ["TEACHER_TO_STUDENTS"] },
    period: { kind: "calendar", every: "MONTH" },
    exemptVacationMonths: true,
    settings: ["VACATION_MONTHS"],
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
];
