import {
  addDays,
  daysBetween,
  halfYearOf,
  isAcademicYearLabel,
  isLocalDate,
  monthOf,
  periodGrid,
  periodsOf,
  quarterOf,
  semesterOf,
  SemesterLike,
  yearOf,
} from "./periods";

const SEMESTERS: SemesterLike[] = [
  { id: "s1", academicYear: "2025-2026", term: "AUTUMN", startsOn: "2025-09-01", endsOn: "2026-01-16" },
  { id: "s2", academicYear: "2025-2026", term: "SPRING", startsOn: "2026-02-23", endsOn: "2026-07-03" },
  { id: "s0", academicYear: "2024-2025", term: "SPRING", startsOn: "2025-02-24", endsOn: "2025-07-04" },
];

describe("periods", () => {
  it("gives the month, quarter, half-year and year of a date, closed at both ends", () => {
    expect(monthOf("2025-09-30")).toEqual({ kind: "MONTH", key: "2025-09", start: "2025-09-01", end: "2025-09-30", label: "2025年9月" });
    expect(quarterOf("2025-09-30")).toEqual({
      kind: "QUARTER",
      key: "2025-Q3",
      start: "2025-07-01",
      end: "2025-09-30",
      label: "2025年第3季度",
    });
    expect(halfYearOf("2025-06-30")).toMatchObject({ key: "2025-H1", start: "2025-01-01", end: "2025-06-30", label: "2025年上半年" });
    expect(halfYearOf("2025-07-01")).toMatchObject({ key: "2025-H2", start: "2025-07-01", end: "2025-12-31", label: "2025年下半年" });
    expect(yearOf("2025-12-31")).toEqual({ kind: "YEAR", key: "2025", start: "2025-01-01", end: "2025-12-31", label: "2025年" });
  });

  it("handles 31 December and the first of January as different years, quarters and halves", () => {
    const dec = periodsOf("2025-12-31");
    const jan = periodsOf("2026-01-01");
    expect([dec.month.key, dec.quarter.key, dec.halfYear.key, dec.year.key]).toEqual(["2025-12", "2025-Q4", "2025-H2", "2025"]);
    expect([jan.month.key, jan.quarter.key, jan.halfYear.key, jan.year.key]).toEqual(["2026-01", "2026-Q1", "2026-H1", "2026"]);
    expect(dec.quarter.end).toBe("2025-12-31");
  });

  it("knows February's last day in leap and common years", () => {
    expect(monthOf("2024-02-29")).toMatchObject({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthOf("2025-02-10").end).toBe("2025-02-28");
    expect(monthOf("2100-02-01").end).toBe("2100-02-28");
    expect(monthOf("2000-02-01").end).toBe("2000-02-29");
    expect(quarterOf("2024-02-29")).toMatchObject({ key: "2024-Q1", end: "2024-03-31" });
    expect(isLocalDate("2024-02-29")).toBe(true);
    expect(isLocalDate("2025-02-29")).toBe(false);
    expect(isLocalDate("2025-13-01")).toBe(false);
    expect(() => monthOf("2025-02-29")).toThrow(RangeError);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(daysBetween("2024-02-01", "2024-03-01")).toBe(29);
  });

  it("resolves the semester containing a date, including its first and last day", () => {
    expect(semesterOf("2025-09-01", SEMESTERS)?.id).toBe("s1");
    expect(semesterOf("2026-01-16", SEMESTERS)?.id).toBe("s1");
    expect(semesterOf("2026-02-23", SEMESTERS)?.id).toBe("s2");
    expect(periodsOf("2025-10-10", SEMESTERS).semester).toEqual({
      kind: "SEMESTER",
      key: "2025-2026-AUTUMN",
      start: "2025-09-01",
      end: "2026-01-16",
      label: "2025-2026学年秋季学期",
      semesterId: "s1",
    });
  });

  it("returns no semester for a date in the winter or summer gap", () => {
    expect(semesterOf("2026-01-17", SEMESTERS)).toBeNull();
    expect(semesterOf("2026-02-22", SEMESTERS)).toBeNull();
    expect(semesterOf("2025-08-15", SEMESTERS)).toBeNull();
    const winter = periodsOf("2026-02-01", SEMESTERS);
    expect(winter.semester).toBeNull();
    expect(winter.month.key).toBe("2026-02");
  });

  it("enumerates every period overlapping a range, whole periods, in order", () => {
    const grid = periodGrid("2025-11-15", "2026-02-23", SEMESTERS);
    const keys = (kind: string) => grid.filter((p) => p.kind === kind).map((p) => p.key);
    expect(keys("MONTH")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(keys("QUARTER")).toEqual(["2025-Q4", "2026-Q1"]);
    expect(keys("HALF_YEAR")).toEqual(["2025-H2", "2026-H1"]);
    expect(keys("YEAR")).toEqual(["2025", "2026"]);
    // The spring semester starts on the range's last day: it overlaps, so it is in the grid.
    expect(keys("SEMESTER")).toEqual(["2025-2026-AUTUMN", "2025-2026-SPRING"]);
    expect(grid.find((p) => p.key === "2025-11")).toMatchObject({ start: "2025-11-01", end: "2025-11-30" });
  });

  it("crosses year ends for every kind and limits to the kinds asked for", () => {
    expect(periodGrid("2024-12-31", "2025-01-01", [], ["MONTH", "QUARTER", "HALF_YEAR", "YEAR"]).map((p) => p.key)).toEqual([
      "2024-12",
      "2025-01",
      "2024-Q4",
      "2025-Q1",
      "2024-H2",
      "2025-H1",
      "2024",
      "2025",
    ]);
    expect(periodGrid("2025-01-01", "2026-12-31", [], ["QUARTER"])).toHaveLength(8);
    expect(periodGrid("2025-01-01", "2025-12-31", [], ["MONTH"])).toHaveLength(12);
    expect(periodGrid("2025-07-05", "2025-08-31", SEMESTERS, ["SEMESTER"])).toEqual([]);
    expect(periodGrid("2026-01-01", "2025-01-01")).toEqual([]);
  });

  it("validates academic-year labels", () => {
    expect(isAcademicYearLabel("2025-2026")).toBe(true);
    expect(isAcademicYearLabel("2025-2027")).toBe(false);
    expect(isAcademicYearLabel("2025/2026")).toBe(false);
  });
});
