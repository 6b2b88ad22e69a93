import { daysInMonth, localDate } from "../common/periods";

/**
 * Calendar arithmetic of the development rules: a year or a month later is the same day of the
 * month, or the month's last day when it has none (born 2004-02-29: 18 on 2022-02-28).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return localDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole years from `from` to `to` (an age on a day). */
export function wholeYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years--;
  return years;
}
