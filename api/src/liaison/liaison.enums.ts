import { registerEnumType } from "type-graphql";

/** The three links of 三联二访 (四(四)1; DOMAIN §5). */
export enum LiaisonKind {
  SCHOOL_LEADER_TO_COLLEGE = "SCHOOL_LEADER_TO_COLLEGE",
  COLLEGE_LEADER_TO_CLASS = "COLLEGE_LEADER_TO_CLASS",
  TEACHER_TO_STUDENTS = "TEACHER_TO_STUDENTS",
}

export enum VisitKind {
  LIAISON_VISIT = "LIAISON_VISIT",
  TEACHER_HOME_VISIT = "TEACHER_HOME_VISIT",
  STUDENT_DORM_VISIT = "STUDENT_DORM_VISIT",
}

registerEnumType(LiaisonKind, {
  name: "LiaisonKind",
  valuesConfig: {
    SCHOOL_LEADER_TO_COLLEGE: { description: "校领导联系二级学院（每学期至少 1 次）" },
    COLLEGE_LEADER_TO_CLASS: { description: "二级学院领导联系班级（每季度至少 1 次）" },
    TEACHER_TO_STUDENTS: { description: "党员教师联系学生（每月至少 1 次深入宿舍）" },
  },
});
registerEnumType(VisitKind, {
  name: "VisitKind",
  valuesConfig: {
    LIAISON_VISIT: { description: "联系走访" },
    TEACHER_HOME_VISIT: { description: "师情家访" },
    STUDENT_DORM_VISIT: { description: "生情宿访" },
  },
});

export const LIAISON_KIND_LABELS: Record<LiaisonKind, string> = {
  SCHOOL_LEADER_TO_COLLEGE: "校领导联系二级学院",
  COLLEGE_LEADER_TO_CLASS: "二级学院领导联系班级",
  TEACHER_TO_STUDENTS: "党员教师联系学生",
};
