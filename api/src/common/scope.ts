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
