import dayjs from "dayjs";

/**
 * The period a leader looks at: a calendar year, a semester (from the college's calendar) or a
 * month. Everything on the page is asked for [from, to]; the heatmap shows its months.
 */
export type PeriodKindChoice = "YEAR" | "SEMESTER" | "MONTH";

export interface SemesterOption {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface PeriodChoice {
  kind: PeriodKindChoice;
  /** YYYY for a year, YYYY-MM for a month, the semester id for a semester. */
  key: string;
}

export interface Period {
  choice: PeriodChoice;
  from: string;
  to: string;
  label: string;
  /** The months the heatmap shows (YYYY-MM), at most 12. */
  months: string[];
  /** The calendar year whose yearly registers (funds, dues) the page shows. */
  year: number;
}

const ISO = "YYYY-MM-DD";

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = dayjs(from).startOf("month"); !m.isAfter(dayjs(to), "month"); m = m.add(1, "month")) months.push(m.format("YYYY-MM"));
  return months;
}

export function monthRange(month: string): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  return { from: start.format(ISO), to: start.endOf("month").format(ISO) };
}

export function monthLabel(month: string): string {
  return dayjs(`${month}-01`).format("YYYY年M月");
}

/** The chosen period's dates; `today` caps the year of the yearly registers. */
export function resolvePeriod(choice: PeriodChoice, semesters: SemesterOption[]): Period | null {
  if (choice.kind === "YEAR") {
    const from = `${choice.key}-01-01`;
    const to = `${choice.key}-12-31`;
    return { choice, from, to, label: `${choice.key}年`, months: monthsBetween(from, to), year: Number(choice.key) };
  }
  if (choice.kind === "MONTH") {
    const { from, to } = monthRange(choice.key);
    // One month alone says little about a trend: the heatmap shows the six months up to it.
    const trailing = monthsBetween(dayjs(from).subtract(5, "month").format(ISO), to);
    return { choice, from, to, label: monthLabel(choice.key), months: trailing, year: dayjs(from).year() };
  }
  const semester = semesters.find((s) => s.id === choice.key);
  if (!semester) return null;
  return {
    choice,
    from: semester.startsOn,
    to: semester.endsOn,
    label: semester.label,
    months: monthsBetween(semester.startsOn, semester.endsOn).slice(0, 12),
    year: dayjs(semester.startsOn).year(),
  };
}

/** "This month / semester / year" for the headline, as of today: the semester running, or the last one begun. */
export function headlinePeriods(semesters: SemesterOption[], today = dayjs().format(ISO)) {
  const month = today.slice(0, 7);
  const semester =
    semesters.find((s) => s.startsOn <= today && today <= s.endsOn) ??
    [...semesters].filter((s) => s.startsOn <= today).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return {
    month: { ...monthRange(month), label: monthLabel(month) },
    semester: semester ? { from: semester.startsOn, to: semester.endsOn, label: semester.label } : null,
    year: { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31`, label: `${today.slice(0, 4)}年` },
  };
}

export function defaultChoice(today = dayjs()): PeriodChoice {
  return { kind: "YEAR", key: String(today.year()) };
}
