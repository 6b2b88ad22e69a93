import type { FieldErrors } from "../common/errors";

/** Hours are numeric(5,2): at most two decimals, 0 … 999.99. Returns hundredths of an hour, or records a field error. */
export function hundredths(value: string, field: string, errors: FieldErrors, options: { positive?: boolean } = {}): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) {
    (errors[field] ??= []).push("学时应为数字");
    return 0;
  }
  const [, sign, whole, fraction = ""] = m;
  if (fraction.length > 2) {
    (errors[field] ??= []).push("学时最多保留两位小数");
    return 0;
  }
  const n = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  const signed = sign && n !== 0 ? -n : n;
  if (signed < 0) (errors[field] ??= []).push("学时不能为负数");
  else if (options.positive && signed === 0) (errors[field] ??= []).push("学时应大于 0");
  else if (signed > 99999) (errors[field] ??= []).push("学时不能超过 999.99");
  return signed;
}

/** 250 → "2.5" (for messages). */
export function hoursText(hundredthsOfHour: number): string {
  return String(hundredthsOfHour / 100);
}
