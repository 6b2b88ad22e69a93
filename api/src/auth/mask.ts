import type { RequestContext } from "../context";
import { Permission } from "./permissions";

/**
 * Sensitive personal data (ID numbers, phones, the day of birth) is shown whole only to holders of
 * MEMBER_SENSITIVE_READ and to the person themself; everyone else sees what {@link mask} leaves.
 */
export function seesSensitive(ctx: RequestContext, ownerMemberId?: string): boolean {
  if (ctx.user.permissions.has(Permission.MEMBER_SENSITIVE_READ)) return true;
  return Boolean(ownerMemberId && ctx.user.memberId === ownerMemberId);
}

export function sensitive(ctx: RequestContext, value: string | null, ownerMemberId?: string): string | null {
  if (value == null) return null;
  return seesSensitive(ctx, ownerMemberId) ? value : mask(value);
}

/**
 * Only the last 4 characters stay. An ID number is region (6) + birth date (8) + sequence (3) +
 * check digit: any kept prefix names the region, and with the birth year and month shown elsewhere
 * every extra kept character shrinks the candidates (7 kept + the birth date left ~90). The last 4
 * alone leave the region and the day of birth unknown. Phones keep the same 4 (the number's tail).
 */
export function mask(value: string): string {
  const keep = value.length > 4 ? 4 : 0;
  return "*".repeat(value.length - keep) + value.slice(value.length - keep);
}

/** The birth date whole for those who see sensitive data; for everyone else none (see {@link birthMonth}). */
export function birthDate(ctx: RequestContext, value: string | null, ownerMemberId: string): string | null {
  return value != null && seesSensitive(ctx, ownerMemberId) ? value : null;
}

/** "YYYY-MM": the age a secretary's committee needs, without the day an ID number is built from. */
export function birthMonth(value: string | null): string | null {
  return value == null ? null : value.slice(0, 7);
}
