import dayjs from "dayjs";
import "dayjs/locale/zh-cn";

dayjs.locale("zh-cn");

/** 2026年3月5日 */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY年M月D日") : "—";
}

/** 2026年3月5日 14:05 */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY年M月D日 HH:mm") : "—";
}

/** A LocalDate for the API (YYYY-MM-DD). */
export function toLocalDate(value: dayjs.Dayjs): string {
  return value.format("YYYY-MM-DD");
}

export function formatPercent(rate: number | null | undefined, digits = 0): string {
  return rate == null ? "—" : `${(rate * 100).toFixed(digits)}%`;
}

/** Money as the API sends it (a decimal string in yuan) → ¥1,234.50 */
export function formatYuan(value: string | null | undefined): string {
  if (value == null) return "—";
  const n = Number(value);
  return Number.isFinite(n) ? `¥${n.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : value;
}
