import { monthPeriod, yearPeriod } from "../../common/periods";
import { RULEBOOK } from "../rulebook";
import type { CheckInput, Fact, RuleDefinition, SettingValues } from "../rule.types";
import { judgeGuard } from "../guard";
import { spanPeriod } from "../subject-periods";
import { GUARDS, RULES } from "./index";
import { DEVELOPMENT_GUARDS } from "./development.rules";

const period = monthPeriod(2025, 10);
const judge = (rule: RuleDefinition, fact: Fact, periodOver = true) =>
  rule.check({ fact, params: rule.defaults, period, periodOver, settings: {} } as CheckInput);
const count = (value: number): Fact => ({ value, evidence: [] });

describe("the rulebook", () => {
  it("has every rule code of DOMAIN §3–§7 exactly once, each with a citation and its numbers", () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(
      [
        "ORG_LIFE_STUDENT",
        "ORG_LIFE_STAFF",
        "ORG_LIFE_RETIRED",
        "ORG_LIFE_MIN_DURATION",
        "BRANCH_COMMITTEE_MONTHLY",
        "BRANCH_DEMOCRATIC_LIFE_YEARLY",
        "BRANCH_PARTY_LECTURE_SEMESTER",
        "BRANCH_PARTY_DAY_SEMESTER",
        "FORUM_HALF_YEAR",
        "THOUGHT_ANALYSIS_HALF_YEAR",
        "ACTIVIST_REVIEW_HALF_YEAR",
        "RECORD_BOOK_SEMESTER",
        "GB_CADRE_DEMOCRATIC_LIFE_YEARLY",
        "GB_PARTY_LECTURE_HALF_YEAR",
        "GB_COMMITTEE_MONTHLY",
        "GB_PARTY_DAY_SEMESTER",
        "GB_MIN_DURATION",
        "JOINT_MEETING_RULES",
        "GB_ANNUAL_REPORT",
        "DEV_PLAN_ACADEMIC_YEAR",
        "COMMITTEE_YEARLY_STUDY",
        "EDU_HOURS_FACULTY",
        "EDU_INTEGRITY_FACULTY",
        "EDU_HOURS_STUDENT",
        "MASS_CONTACTS",
        "MEMBER_APPRAISAL_YEARLY",
        "MEMBER_REPORTS",
        "DUES_PAID",
        "MOBILE_MEMBER_GROUPED",
        "REQUIRED_TRAINING",
        "STUDENT_COVERAGE",
        "LIAISON_SCHOOL_LEADER",
        "LIAISON_COLLEGE_LEADER",
        "LIAISON_TEACHER",
        "FUNDING_FLOOR",
        "DUES_REBATE",
        "PARTY_WORK_ALLOWANCE",
        "ROOM_PRESENT",
        "ROOM_MIN_AREA",
        "AWARDS_BIENNIAL",
        "PROBATION_REPORT_BIMONTHLY",
        "PROBATION_REPORT_QUARTERLY",
        "PROBATION_DECISION_DUE",
        "CONVERSION_APPLY_EARLY",
        "ACTIVIST_REVIEW_PERSONAL",
        "REQUIRED_TRAINING_ACTIVIST",
        "ASSESSMENT_REVIEW_DUE",
      ].sort(),
    );
    for (const rule of RULES) {
      expect(rule.citation).toMatch(/[四附]/);
      expect(rule.title).toMatch(/\p{Script=Han}/u);
      for (const key of rule.requirement.match(/\{(\w+)\}/g) ?? []) expect(rule.defaults).toHaveProperty(key.slice(1, -1));
    }
  });

  it("reads every member rule from a fact that can count its periods", () => {
    for (const rule of RULES.filter((r) => r.subject === "MEMBER")) expect(() => RULEBOOK.memberFact(rule)).not.toThrow();
    // Hours are summed per calendar year: a rule judged per half-year could not be read from them.
    const hours = RULES.find((r) => r.code === "EDU_HOURS_FACULTY")!;
    expect(() => RULEBOOK.memberFact({ ...hours, period: { kind: "calendar", every: "HALF_YEAR" } })).toThrow(/calendar year/);
    // Members are counted per period they share: no period of each member's own.
    expect(() => RULEBOOK.memberFact({ ...hours, period: { kind: "subject", from: () => "2025-01-01", length: { months: 3 } } })).toThrow(
      /member's own dates/,
    );
  });

  it("writes the source's numbers: 2 and 1 meetings, 2 h and 1 h, 24 / 4 / 16 hours, 100 / 50 yuan, 20 m²", () => {
    const n = (code: string) => RULES.find((r) => r.code === code)!.defaults;
    expect(n("ORG_LIFE_STUDENT").min).toBe(2);
    expect(n("ORG_LIFE_STAFF").min).toBe(1);
    expect(n("ORG_LIFE_MIN_DURATION").minMinutes).toBe(120);
    expect(n("GB_MIN_DURATION").minMinutes).toBe(60);
    expect([n("EDU_HOURS_FACULTY").minHours, n("EDU_INTEGRITY_FACULTY").minHours, n("EDU_HOURS_STUDENT").minHours]).toEqual([24, 4, 16]);
    expect([n("FUNDING_FLOOR").perFacultyYuan, n("FUNDING_FLOOR").perStudentYuan]).toEqual([100, 50]);
    expect(n("ROOM_MIN_AREA").minSquareMetres).toBe(20);
  });

  describe.each(RULES.filter((r) => r.check.threshold?.kind === "AT_LEAST").map((r) => [r.code, r] as const))(
    "%s at its boundary",
    (_code, rule) => {
      const min = rule.defaults[rule.check.threshold!.param!];
      const step = Number.isInteger(min) ? 1 : 0.01;
      it(`is UNMET just under ${min}, MET at it and over it, and PENDING under it while the period runs`, () => {
        expect(judge(rule, count(min - step)).status).toBe("UNMET");
        expect(judge(rule, count(min)).status).toBe("MET");
        expect(judge(rule, count(min + step)).status).toBe("MET");
        const pending = judge(rule, count(min - step), false);
        expect(pending.status).toBe("PENDING");
        expect(pending.detail).toContain(period.end);
      });
    },
  );

  describe.each(RULES.filter((r) => r.check.threshold?.kind === "EACH_AT_LEAST").map((r) => [r.code, r] as const))(
    "%s at its boundary",
    (_code, rule) => {
      const min = rule.defaults.minMinutes;
      const meetings = (...minutes: number[]): Fact => ({
        value: minutes.length,
        items: minutes,
        evidence: minutes.map((_, i) => ({ kind: "ACTIVITY", id: `a${i}` })),
      });
      it(`is UNMET when one meeting lasts ${min - 1} minutes, MET at ${min} and over`, () => {
        const short = judge(rule, meetings(min + 30, min - 1));
        expect(short.status).toBe("UNMET");
        expect(short.evidence?.map((e) => e.id)).toEqual(["a1"]);
        expect(judge(rule, meetings(min, min)).status).toBe("MET");
        expect(judge(rule, meetings(min + 1)).status).toBe("MET");
      });
    },
  );

  describe.each(RULES.filter((r) => r.check.threshold?.kind === "AT_MOST").map((r) => [r.code, r] as const))(
    "%s at its boundary",
    (_code, rule) => {
      const max = rule.defaults[rule.check.threshold!.param!];
      it(`is MET under and at ${max}, UNMET just over`, () => {
        if (max > 0) expect(judge(rule, count(max - 1)).status).toBe("MET");
        expect(judge(rule, count(max)).status).toBe("MET");
        expect(judge(rule, count(max + 1)).status).toBe("UNMET");
      });
    },
  );

  describe("FUNDING_FLOOR at its boundary", () => {
    const rule = RULES.find((r) => r.code === "FUNDING_FLOOR")!;
    // 3 faculty × 100 + 8 students × 50 yuan = 700 yuan; 2 retirees add 200 when counted as faculty.
    const members = { faculty: 3, student: 8, retired: 2 };
    const check = (fen: number, periodOver: boolean, retireesAsFaculty: string) =>
      rule.check({
        fact: { value: fen, measures: members, evidence: [] },
        params: rule.defaults,
        period: yearPeriod(2025),
        periodOver,
        settings: { RETIREES_AS_FACULTY: retireesAsFaculty },
      });
    it("is UNMET one fen under the computed amount, MET at it and over, PENDING under it during the year", () => {
      expect(check(70_000 - 1, true, "false").status).toBe("UNMET");
      expect(check(70_000, true, "false")).toMatchObject({ status: "MET", expected: 700, actual: 700 });
      expect(check(70_000 + 1, true, "false").status).toBe("MET");
      expect(check(70_000 - 1, false, "false").status).toBe("PENDING");
    });
    it("prices retirees at the faculty rate when the year's setting says so", () => {
      expect(check(70_000, true, "true")).toMatchObject({ status: "UNMET", expected: 900, actual: 700, detail: "差 200元" });
      expect(check(90_000, true, "true").status).toBe("MET");
    });
  });

  it("DUES_REBATE: share × dues collected, rounded to the fen; no share set is never met", () => {
    const rule = RULES.find((r) => r.code === "DUES_REBATE")!;
    const check = (rebated: number, settings: SettingValues) =>
      rule.check({
        fact: { value: rebated, measures: { collected: 10_001 }, evidence: [] },
        params: rule.defaults,
        period: yearPeriod(2025),
        periodOver: true,
        settings,
      });
    expect(check(5_000, { REBATE_SHARE: "0.5" })).toMatchObject({ status: "UNMET", expected: 50.01, actual: 50 });
    expect(check(5_001, { REBATE_SHARE: "0.5" }).status).toBe("MET");
    expect(check(1_000_000, { REBATE_SHARE: "" })).toMatchObject({ status: "UNMET", expected: Number.POSITIVE_INFINITY });
  });

  it("AWARDS_BIENNIAL judges only the cycle's years; the duration rules only periods with a meeting", () => {
    const awards = RULES.find((r) => r.code === "AWARDS_BIENNIAL")!;
    expect([2024, 2025, 2026].map((y) => awards.judgesPeriod!(yearPeriod(y), awards.defaults))).toEqual([true, false, true]);
    expect(awards.judgesPeriod!(yearPeriod(2025), { ...awards.defaults, firstCycleYear: 2015 })).toBe(true);
    for (const code of ["ORG_LIFE_MIN_DURATION", "GB_MIN_DURATION"]) {
      const rule = RULES.find((r) => r.code === code)!;
      expect([rule.judgesFact!({ value: 0, items: [], evidence: [] }), rule.judgesFact!({ value: 1, items: [30], evidence: [] })]).toEqual([
        false,
        true,
      ]);
    }
  });

  it("MASS_CONTACTS: none is a finding, 1–3 is met, more than 3 is met and noted", () => {
    const rule = RULES.find((r) => r.code === "MASS_CONTACTS")!;
    expect(judge(rule, count(0)).status).toBe("UNMET");
    expect(judge(rule, count(1))).toMatchObject({ status: "MET", detail: undefined });
    expect(judge(rule, count(3))).toMatchObject({ status: "MET", detail: undefined });
    expect(judge(rule, count(4))).toMatchObject({ status: "MET", detail: expect.stringContaining("超过 3 人") });
  });

  it("ROOM_MIN_AREA: 19.99 m² is under, 20 m² and 20.01 m² are enough, no room at all is a finding", () => {
    const rule = RULES.find((r) => r.code === "ROOM_MIN_AREA")!;
    const room = (area: number): Fact => ({ value: area, evidence: [{ kind: "ROOM", id: "r1" }] });
    expect(judge(rule, room(19.99)).status).toBe("UNMET");
    expect(judge(rule, room(20)).status).toBe("MET");
    expect(judge(rule, room(20.01)).status).toBe("MET");
    expect(judge(rule, { value: 0, evidence: [] })).toMatchObject({ status: "UNMET", detail: "没有活动室" });
  });

  it("gives every rule a boundary test above or a dedicated one", () => {
    const covered = new Set([
      "MASS_CONTACTS",
      "ROOM_MIN_AREA",
      "FUNDING_FLOOR",
      "DUES_REBATE",
      "PROBATION_DECISION_DUE",
      "CONVERSION_APPLY_EARLY",
    ]);
    for (const rule of RULES) expect(rule.check.threshold || covered.has(rule.code)).toBeTruthy();
  });

  it("PROBATION_DECISION_DUE: pending on the day the probation ends, unmet after it without a decision, met with one", () => {
    const rule = RULES.find((r) => r.code === "PROBATION_DECISION_DUE")!;
    const day = spanPeriod("2025-03-20", "2025-03-20");
    const check = (decided: number, periodOver: boolean) =>
      rule.check({ fact: count(decided), params: rule.defaults, period: day, periodOver, settings: {} });
    expect(check(0, false).status).toBe("PENDING");
    expect(check(0, true)).toMatchObject({ status: "UNMET", detail: "预备期已于 2025-03-20 期满，尚未作出决定" });
    expect(check(1, true).status).toBe("MET");
  });

  it("CONVERSION_APPLY_EARLY: applied a month before the end (or earlier) is met, a day later is not; unmade it is pending until the deadline", () => {
    const rule = RULES.find((r) => r.code === "CONVERSION_APPLY_EARLY")!;
    // Probation ends 2025-03-20: the window is the 60 days before it, the deadline 2025-02-20.
    const window = spanPeriod("2025-01-19", "2025-03-19");
    const check = (measures: Record<string, number>, value: number) =>
      rule.check({ fact: { value, measures, evidence: [] }, params: rule.defaults, period: window, periodOver: false, settings: {} });
    expect(check({ appliedDaysBeforeEnd: 28, daysToEnd: 0 }, 1).status).toBe("MET"); // 2025-02-20
    expect(check({ appliedDaysBeforeEnd: 27, daysToEnd: 0 }, 1)).toMatchObject({ status: "UNMET", detail: "转正申请晚于 2025-02-20" });
    expect(check({ daysToEnd: 28 }, 0)).toMatchObject({ status: "PENDING", detail: "须于 2025-02-20 前提出（预备期 2025-03-20 满）" });
    expect(check({ daysToEnd: 27 }, 0)).toMatchObject({ status: "UNMET", detail: "应于 2025-02-20 前提出，尚未提出" });
  });
});

describe("the development guards at their boundaries", () => {
  const g = (code: string) => GUARDS.find((x) => x.code === code)!;
  const verdict = (code: string, subject: object, asOf: string) =>
    judgeGuard(g(code), { collegeId: "c", label: "某", ...subject } as never, g(code).defaults, asOf)?.ruleCode ?? "allowed";

  it("lists each guard once, with its citation in 四(三)", () => {
    const codes = GUARDS.map((x) => x.code);
    expect(new Set([...codes, ...RULES.map((r) => r.code)]).size).toBe(codes.length + RULES.length);
    for (const guard of DEVELOPMENT_GUARDS) expect(guard.citation).toMatch(/四\(三\)/);
  });

  it("DEV_MIN_AGE: the day before the 18th birthday, on it", () => {
    expect(verdict("DEV_MIN_AGE", { birthDate: "2004-09-15" }, "2022-09-14")).toBe("DEV_MIN_AGE");
    expect(verdict("DEV_MIN_AGE", { birthDate: "2004-09-15" }, "2022-09-15")).toBe("allowed");
  });

  it("DEV_INSPECTION_YEAR: 364 / 365 days, and across a leap day", () => {
    expect(verdict("DEV_INSPECTION_YEAR", { inspectionFrom: "2024-03-10" }, "2025-03-09")).toBe("DEV_INSPECTION_YEAR");
    expect(verdict("DEV_INSPECTION_YEAR", { inspectionFrom: "2024-03-10" }, "2025-03-10")).toBe("allowed");
    expect(verdict("DEV_INSPECTION_YEAR", { inspectionFrom: "2023-03-10" }, "2024-03-09")).toBe("DEV_INSPECTION_YEAR");
  });

  it("DEV_VOTE_QUORUM and DEV_VOTE_MAJORITY: more than half, at even and odd sizes", () => {
    const vote = (shouldAttend: number, present: number, votesFor: number) => ({ shouldAttend, present, votesFor });
    expect(verdict("DEV_VOTE_QUORUM", vote(10, 5, 5), "2025-01-01")).toBe("DEV_VOTE_QUORUM");
    expect(verdict("DEV_VOTE_QUORUM", vote(10, 6, 6), "2025-01-01")).toBe("allowed");
    expect(verdict("DEV_VOTE_QUORUM", vote(9, 4, 4), "2025-01-01")).toBe("DEV_VOTE_QUORUM");
    expect(verdict("DEV_VOTE_QUORUM", vote(9, 5, 5), "2025-01-01")).toBe("allowed");
    expect(verdict("DEV_VOTE_MAJORITY", vote(10, 10, 5), "2025-01-01")).toBe("DEV_VOTE_MAJORITY");
    expect(verdict("DEV_VOTE_MAJORITY", vote(10, 10, 6), "2025-01-01")).toBe("allowed");
    expect(verdict("DEV_VOTE_MAJORITY", vote(9, 9, 4), "2025-01-01")).toBe("DEV_VOTE_MAJORITY");
    expect(verdict("DEV_VOTE_MAJORITY", vote(9, 9, 5), "2025-01-01")).toBe("allowed");
  });

  it("DEV_INTRODUCERS: two full on the day", () => {
    const full = (fullOnDay: boolean) => ({ name: "介绍人", fullOnDay });
    expect(verdict("DEV_INTRODUCERS", { introducers: [full(true), full(false)] }, "2025-01-01")).toBe("DEV_INTRODUCERS");
    expect(verdict("DEV_INTRODUCERS", { introducers: [full(true), full(true)] }, "2025-01-01")).toBe("allowed");
  });

  it("PROBATION_YEAR: the day before the end, on it", () => {
    expect(verdict("PROBATION_YEAR", { probationEndsOn: "2025-03-20" }, "2025-03-19")).toBe("PROBATION_YEAR");
    expect(verdict("PROBATION_YEAR", { probationEndsOn: "2025-03-20" }, "2025-03-20")).toBe("allowed");
  });
});
