import type { LoadedSubject, RulePeriod } from "./rule.types";
import { subjectPeriods } from "./subject-periods";

type SubjectPeriod = Extract<RulePeriod, { kind: "subject" }>;

const subject = (opened: string | null, end: string | null = null): LoadedSubject => ({
  id: "c1",
  unitId: "u1",
  memberId: "m1",
  assignmentId: null,
  label: "张三",
  end,
  dates: { opened },
});
const fromOpened = (length: SubjectPeriod["length"], repeat = false): SubjectPeriod => ({
  kind: "subject",
  from: (s) => s.dates?.opened ?? null,
  length,
  repeat,
});
const spans = (rule: SubjectPeriod, s: LoadedSubject, from: string, to: string) =>
  subjectPeriods(rule, s, from, to).map((p) => `${p.start}~${p.end}`);

describe("periods that run from a subject's own date", () => {
  it("runs once from the date for its length, whatever calendar month it starts in", () => {
    expect(spans(fromOpened({ months: 3 }), subject("2025-10-15"), "2025-01-01", "2026-12-31")).toEqual(["2025-10-15~2026-01-14"]);
    expect(spans(fromOpened({ days: 30 }), subject("2025-12-20"), "2025-01-01", "2026-12-31")).toEqual(["2025-12-20~2026-01-18"]);
  });

  it("repeats length after length, anchored on the first date (no drift at month ends)", () => {
    expect(spans(fromOpened({ months: 1 }, true), subject("2025-01-31"), "2025-01-01", "2025-04-30")).toEqual([
      "2025-01-31~2025-02-27",
      "2025-02-28~2025-03-30",
      "2025-03-31~2025-04-29",
      "2025-04-30~2025-05-30",
    ]);
  });

  it("keeps only the periods overlapping the report's range, and none starting after the subject ended", () => {
    const quarterly = fromOpened({ months: 3 }, true);
    expect(spans(quarterly, subject("2020-02-10"), "2025-06-01", "2025-12-31")).toEqual([
      "2025-05-10~2025-08-09",
      "2025-08-10~2025-11-09",
      "2025-11-10~2026-02-09",
    ]);
    expect(spans(quarterly, subject("2025-02-10", "2025-08-09"), "2025-01-01", "2025-12-31")).toEqual([
      "2025-02-10~2025-05-09",
      "2025-05-10~2025-08-09",
    ]);
  });

  it("gives a subject without the date no period, and refuses a length of nothing", () => {
    expect(spans(fromOpened({ months: 3 }), subject(null), "2025-01-01", "2025-12-31")).toEqual([]);
    expect(() => spans(fromOpened({}), subject("2025-01-01"), "2025-01-01", "2025-12-31")).toThrow(/positive length/);
  });

  it("labels a period by its dates and keys it by them", () => {
    expect(subjectPeriods(fromOpened({ months: 1 }), subject("2025-09-01"), "2025-09-01", "2025-09-30")).toEqual([
      { kind: "SPAN", key: "2025-09-01~2025-09-30", start: "2025-09-01", end: "2025-09-30", label: "2025-09-01 至 2025-09-30" },
    ]);
  });
});
