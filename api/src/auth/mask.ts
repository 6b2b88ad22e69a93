import type { RequestContext } from "../context";
import { Permission } from "./permissions";

/**
 * Sensitive personal data (ID numbers, phones) is shown whole only to holders of
 * MEMBER_SENSITIVE_READ and to the person themself; everyone else sees the ends only.
 */
export function sensitive(ctx: RequestContext, value: string | null, ownerMemberId?: string): string | null {
  if (value == null) return null;
  if (ctx.user.permissions.has(Permission.MEMBER_SENSITIVE_READ)) return value;
  if (ownerMemberId && ctx.user.memberId === ownerMemberId) return value;
  return mask(value);
}

export function mask(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  const keep = value.length >= 11 ? 3 : 1;
  return value.slice(0, keep) + "*".repeat(value.length - keep - 4) + value.slice(-4);
}
