import { MemberCategory, MemberStanding } from "../../member/member.enums";
import { atLeast } from "../checks";
import type { RuleDefinition } from "../rule.types";

/**
 * Members' yearly education hours (四(二)1; 附件 指标6): PRESENT attendance at activities that
 * credit hours (a guest's from outside the recorder's scope only once their own unit confirmed it),
 * plus individually recorded study. Whether the floors bind retirees is a setting
 * (off by default: the source names 教职工 and 学生).
 */
export const EDUCATION_RULES: RuleDefinition[] = [
  {
    code: "EDU_HOURS_FACULTY",
    title: "教职工党员年度学习学时",
    citation: "四(二)1；附件 指标6",
    requirement: "在职教职工党员每年学习不少于 {minHours} 学时",
    family: "EDUCATION_HOURS",
    variant: "TOTAL",
    subject: "MEMBER",
    appliesTo: { memberCategories: [MemberCategory.FACULTY], retireesWhen: "HOUR_FLOORS_BIND_RETIREES" },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { minHours: 24 },
    settings: ["HOUR_FLOORS_BIND_RETIREES"],
    check: atLeast("minHours", "学时"),
  },
  {
    code: "EDU_INTEGRITY_FACULTY",
    title: "教职工党员年度廉政教育学时",
    citation: "四(二)1；附件 指标6",
    requirement: "在职教职工党员每年廉政教育不少于 {minHours} 学时",
    family: "EDUCATION_HOURS",
    variant: "INTEGRITY",
    subject: "MEMBER",
    appliesTo: { memberCategories: [MemberCategory.FACULTY], retireesWhen: "HOUR_FLOORS_BIND_RETIREES" },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { minHours: 4 },
    settings: ["HOUR_FLOORS_BIND_RETIREES"],
    check: atLeast("minHours", "学时"),
  },
  {
    code: "EDU_HOURS_STUDENT",
    title: "学生党员年度学习学时",
    citation: "四(二)1；附件 指标6",
    requirement: "学生党员每年学习不少于 {minHours} 学时",
    family: "EDUCATION_HOURS",
    variant: "TOTAL",
    subject: "MEMBER",
    appliesTo: { memberCategories: [MemberCategory.STUDENT] },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { minHours: 16 },
    check: atLeast("minHours", "学时"),
  },
  {
    code: "REQUIRED_TRAINING",
    title: "预备党员培训",
    citation: "四(三)2(1)",
    requirement: "预备党员每年参加党校培训不少于 {minSessions} 次",
    family: "EDUCATION_HOURS",
    variant: "PARTY_SCHOOL",
    subject: "MEMBER",
    appliesTo: { memberStandings: [MemberStanding.PROBATIONARY] },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { minSessions: 1 },
    check: atLeast("minSessions", "次"),
  },
];
