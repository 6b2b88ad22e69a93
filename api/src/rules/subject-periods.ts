import { addDays, daysBetween, daysInMonth, localDate, Period } from "../common/periods";
import type { LoadedSubject, RulePeriod, SpanLength } from "./rule.types";

type SubjectPeriod = Extract<RulePeriod, { kind: "subject" }>;

/**
 * The periods of a subject-dated rule for one subject that overlap [from, to]: from the subject's
 * date for `length`, then (`repeat`) the next length, and so on — none starting after the subject
 * ended. Each is anchored on the first date (the n-th starts n lengths after it), so month lengths
 * do not drift: from 01-31 by one month gives 01-31–02-27, 02-28–03-30, 03-31–….
 */
export function subjectPeriods(rule: SubjectPeriod, subject: LoadedSubject, from: string, to: string): Period[] {
  const first = rule.from(subject);
  if (!first) return [];
  const { months = 0, days = 0 } = rule.length;
  if (months < 0 || days < 0 || months + days === 0)
    throw new Error(`a subject-dated period needs a positive length, not ${JSON.stringify(rule.length)}`);
  const periods: Period[] = [];
  // Skip the periods wholly before `from` without listing them: an upper bound of a length in days
  // (months of 31) never skips one that overlaps it.
  const longest = months * 31 + days;
  let n = rule.repeat ? Math.max(0, Math.floor(daysBetween(first, from) / longest) - 1) : 0;
  for (; ; n++) {
    const start = shifted(first, rule.length, n);
    if (start > to || (subject.end && start > subject.end)) break;
    const end = addDays(shifted(first, rule.length, n + 1), -1);
    if (end >= from) periods.push(spanPeriod(start, end));
    if (!rule.repeat) break;
  }
  return periods;
}

export function spanPeriod(start: string, end: string): Period {
  return { kind: "SPAN", key: `${start}~${end}`, start, end, label: `${start} 至 ${end}` };
}

/** `date` moved by n lengths: n × months (the day kept, or the month's last), then n × days. */
function shifted(date: string, length: SpanLength, n: number): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const monthIndex = y * 12 + (m - 1) + n * (length.months ?? 0);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return addDays(localDate(year, month, Math.min(d, daysInMonth(year, month))), n * (length.days ?? 0));
}
