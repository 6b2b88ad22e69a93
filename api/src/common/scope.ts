import type { RequestContext } from "../context";

/** Whether a unit (given its path from the college root) lies inside the request's scope. */
export function pathInScope(ctx: RequestContext, path: readonly string[]): boolean {
  const allowed = ctx.scope.unitIds;
  return allowed === null || path.some((id) => allowed.includes(id));
}

/**
 * A SQL condition confining rows to the request's scope, for a column holding a unit's path.
 * Returns `TRUE` for an unrestricted scope so callers always add exactly one condition.
 */
export function scopeCondition(ctx: RequestContext, pathColumn: string): { sql: string; params: Record<string, unknown> } {
  const allowed = ctx.scope.unitIds;
  if (allowed === null) return { sql: "TRUE", params: {} };
  return { sql: `${pathColumn} && ARRAY[:...scopeUnitIds]::uuid[]`, params: { scopeUnitIds: allowed.length ? allowed : [NIL_UUID] } };
}

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/**
 * Whether a unit lies inside the request's scope, read through the request's manager (not the
 * loaders): the scope checks of writes run inside the request's transaction.
 */
export async function unitIdInScope(ctx: RequestContext, unitId: string | null | undefined): Promise<boolean> {
  if (ctx.scope.unitIds === null) return true;
  if (!unitId) return false;
  const [row]: Array<{ path: string[] }> = await ctx.em.query(`SELECT path FROM org_unit WHERE id = $1`, [unitId]);
  return Boolean(row) && pathInScope(ctx, row.path);
}

/** Whether a member's home unit (their group, else their branch) lies inside the request's scope. */
export function memberHomeInScope(ctx: RequestContext, member: { groupId: string | null; branchId: string }): Promise<boolean> {
  return unitIdInScope(ctx, member.groupId ?? member.branchId);
}

/** Whether a member (by id) exists and their home unit lies inside the request's scope. */
export async function memberIdInScope(ctx: RequestContext, memberId: string | null | undefined): Promise<boolean> {
  if (!memberId) return false;
  if (ctx.scope.unitIds === null) return true;
  const [row]: Array<{ path: string[] }> = await ctx.em.query(
    `SELECT home.path FROM member m JOIN org_unit home ON home.id = coalesce(m.group_id, m.branch_id) WHERE m.id = $1`,
    [memberId],
  );
  return Boolean(row) && pathInScope(ctx, row.path);
}
