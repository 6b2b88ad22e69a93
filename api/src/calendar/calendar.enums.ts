import { registerEnumType } from "type-graphql";

export enum SemesterTerm {
  AUTUMN = "AUTUMN",
  SPRING = "SPRING",
}

/** The period kinds the cadence rules count in (DOMAIN §3). */
export enum PeriodKind {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
  SEMESTER = "SEMESTER",
}

registerEnumType(SemesterTerm, {
  name: "SemesterTerm",
  valuesConfig: { AUTUMN: { description: "秋季学期（第一学期）" }, SPRING: { description: "春季学期（第二学期）" } },
});
registerEnumType(PeriodKind, {
  name: "PeriodKind",
  valuesConfig: {
    MONTH: { description: "月" },
    QUARTER: { description: "季度" },
    HALF_YEAR: { description: "半年（1–6 月、7–12 月）" },
    YEAR: { description: "年度（自然年）" },
    SEMESTER: { description: "学期（按校历）" },
  },
});
