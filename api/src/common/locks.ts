import type { RequestContext } from "../context";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { memberHomeInScope, pathInScope } from "./scope";
import { lockInScope } from "./versioned";

/**
 * A member locked for change (at `version`, when given) or as the subject of a new record; NOT_FOUND
 * when outside the caller's scope — checked before the version, before the lock and before any
 * refusal could name them (see lockInScope).
 */
export function lockMemberInScope(ctx: RequestContext, id: string, version?: number): Promise<Member> {
  return lockInScope(ctx, Member, "Member", id, (m) => memberHomeInScope(ctx, m), version);
}

/** A unit locked for change (at `version`, when given) or as the target of a write; NOT_FOUND when outside the caller's scope. */
export function lockUnitInScope(ctx: RequestContext, id: string, version?: number): Promise<OrgUnit> {
  return lockInScope(ctx, OrgUnit, "OrgUnit", id, (u) => pathInScope(ctx, u.path), version);
}
