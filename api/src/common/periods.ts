/**
 * Period math for the cadence rules (DOMAIN §3): calendar month, quarter, half-year (Jan–Jun,
 * Jul–Dec), calendar year, and semester from the college's academic calendar. Pure functions over
 * LocalDate strings ('YYYY-MM-DD'): no time zone, no database, unit-tested beside this file.
 * Every period is a closed range [start, end] of dates, so `start <= date && date <= end` holds
 * by string comparison.
 */
export type PeriodKind = "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "SEMESTER";

export const PERIOD_KINDS: readonly PeriodKind[] = ["MONTH", "QUARTER", "HALF_YEAR", "YEAR", "SEMESTER"];

export interface Period {
  /** SPAN: a period running from a subject's own date (a case's opening …), not from the calendar. */
  kind: PeriodKind | "SPAN";
  /** Stable machine key: "2025-09", "2025-Q3", "2025-H2", "2025", "2025-2026-AUTUMN". */
  key: string;
  start: string;
  end: string;
  /** zh-CN label: “2025年9月”“2025年第3季度”“2025年下半年”“2025年”“2025-2026学年秋季学期”. */
  label: string;
  /** Only for SEMESTER periods: the semester's id. */
  semesterId?: string;
}

/** What the period math needs of a semester (the entity has more). */
export interface SemesterLike {
  id: string;
  academicYear: string;
  term: "AUTUMN" | "SPRING";
  startsOn: string;
  endsOn: string;
}

export interface PeriodsOfDate {
  month: Period;
  quarter: Period;
  halfYear: Period;
  year: Period;
  /** Null when the date falls between semesters (a vacation) or no calendar covers it. */
  semester: Period | null;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in 'YYYY-MM-DD' form (rejects 2025-02-29, 2025-13-01). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: string): [number, number, number] {
  if (!isLocalDate(date)) throw new RangeError(`not a LocalDate: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
export const localDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The date `days` after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** A span of whole months [startMonth, startMonth + months − 1] of `year`. */
function monthSpan(year: number, startMonth: number, months: number): { start: string; end: string } {
  const endMonth = startMonth + months - 1;
  return { start: localDate(year, startMonth, 1), end: localDate(year, endMonth, daysInMonth(year, endMonth)) };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: "MONTH", key: `${pad(year, 4)}-${pad(month)}`, ...monthSpan(year, month, 1), label: `${year}年${month}月` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return {
    kind: "QUARTER",
    key: `${pad(year, 4)}-Q${quarter}`,
    ...monthSpan(year, quarter * 3 - 2, 3),
    label: `${year}年第${quarter}季度`,
  };
}

export function halfYearPeriod(year: number, half: 1 | 2): Period {
  return {
    kind: "HALF_YEAR",
    key: `${pad(year, 4)}-H${half}`,
    ...monthSpan(year, half === 1 ? 1 : 7, 6),
    label: `${year}年${half === 1 ? "上" : "下"}半年`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: "YEAR", key: pad(year, 4), ...monthSpan(year, 1, 12), label: `${year}年` };
}

export const TERM_LABELS = { AUTUMN: "秋季学期", SPRING: "春季学期" } as const;

export function semesterPeriod(s: SemesterLike): Period {
  return {
    kind: "SEMESTER",
    key: `${s.academicYear}-${s.term}`,
    start: s.startsOn,
    end: s.endsOn,
    label: `${s.academicYear}学年${TERM_LABELS[s.term]}`,
    semesterId: s.id,
  };
}

export function monthOf(date: string): Period {
  const [y, m] = parts(date);
  return monthPeriod(y, m);
}

export function quarterOf(date: string): Period {
  const [y, m] = parts(date);
  return quarterPeriod(y, Math.ceil(m / 3));
}

export function halfYearOf(date: string): Period {
  const [y, m] = parts(date);
  return halfYearPeriod(y, m <= 6 ? 1 : 2);
}

export function yearOf(date: string): Period {
  return yearPeriod(parts(date)[0]);
}

/** The semester whose [startsOn, endsOn] contains the date, or null (vacation, or no calendar). */
export function semesterOf<S extends SemesterLike>(date: string, semesters: readonly S[]): S | null {
  parts(date);
  return semesters.find((s) => s.startsOn <= date && date <= s.endsOn) ?? null;
}

export function periodsOf(date: string, semesters: readonly SemesterLike[] = []): PeriodsOfDate {
  const semester = semesterOf(date, semesters);
  return {
    month: monthOf(date),
    quarter: quarterOf(date),
    halfYear: halfYearOf(date),
    year: yearOf(date),
    semester: semester ? semesterPeriod(semester) : null,
  };
}

/**
 * Every period of the given kinds that overlaps [from, to], in kind order then by start: the grid
 * a compliance report evaluates. Periods are whole (a month is returned from its 1st even when
 * `from` is the 15th): the caller decides whether a partly covered period is PENDING.
 */
export function periodGrid(
  from: string,
  to: string,
  semesters: readonly SemesterLike[] = [],
  kinds: readonly PeriodKind[] = PERIOD_KINDS,
): Period[] {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  if (to < from) return [];
  const out: Period[] = [];
  for (const kind of kinds) {
    switch (kind) {
      case "MONTH":
        for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((m = 1), y++) : m++) out.push(monthPeriod(y, m));
        break;
      case "QUARTER":
        for (let y = fy, q = Math.ceil(fm / 3); y < ty || (y === ty && q <= Math.ceil(tm / 3)); q === 4 ? ((q = 1), y++) : q++) {
          out.push(quarterPeriod(y, q));
        }
        break;
      case "HALF_YEAR":
        for (let y = fy, h = fm <= 6 ? 1 : 2; y < ty || (y === ty && h <= (tm <= 6 ? 1 : 2)); h === 2 ? ((h = 1), y++) : h++) {
          out.push(halfYearPeriod(y, h as 1 | 2));
        }
        break;
      case "YEAR":
        for (let y = fy; y <= ty; y++) out.push(yearPeriod(y));
        break;
      case "SEMESTER":
        out.push(
          ...[...semesters]
            .filter((s) => s.startsOn <= to && s.endsOn >= from)
            .sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1))
            .map(semesterPeriod),
        );
        break;
    }
  }
  return out;
}

/** "2025-2026" → the academic year that starts in autumn 2025; validates consecutive years. */
export function isAcademicYearLabel(label: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(label);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** What makes two periods the same period. */
export const periodId = (p: Period) => `${p.kind}|${p.key}`;

/** Each period once (by kind and key), in first-seen order. */
export function uniquePeriods(periods: readonly Period[]): Period[] {
  return [...new Map(periods.map((p) => [periodId(p), p])).values()];
}
