import { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "../context";
import { conflict, notFound } from "./errors";
import { isId } from "./ids";

/** Whether a loaded row lies inside the request's scope (see scope.ts for the usual checks). */
export type ScopeCheck<T> = (row: T) => boolean | Promise<boolean>;

/**
 * Loads a row for change inside the request's transaction, in this order:
 *   1. it exists and lies in the caller's scope — else NOT_FOUND, read without a lock;
 *   2. it is locked until commit (a concurrent editor waits here);
 *   3. the caller edited the current version — else CONFLICT.
 * Scope comes first so that an id outside it reads exactly like an id that does not exist: no
 * CONFLICT telling its version, no lock held on someone else's row. The check runs again on the
 * locked row, since scope follows columns (a member's branch, an activity's host) that a concurrent
 * writer may have changed between the two reads.
 *
 * Every update, archive and end path, and every referenced row that is locked, goes through here
 * (issue 11: a foreign id with a stale version used to answer CONFLICT with the actual version).
 */
export async function lockInScope<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  inScope: ScopeCheck<T>,
  expectedVersion?: number,
): Promise<T> {
  if (!isId(id)) throw notFound(typeName, id);
  const seen = await ctx.em.findOne(entity, { where: { id } as never });
  if (!seen || !(await inScope(seen))) throw notFound(typeName, id);
  const row = await ctx.em.findOne(entity, { where: { id } as never, lock: { mode: "pessimistic_write" } });
  if (!row || !(await inScope(row))) throw notFound(typeName, id);
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw conflict(typeName, id, expectedVersion, row.version);
  return row;
}

/** A plain snapshot of an entity for the audit log's before/after. */
export function snapshot<T extends object>(row: T): Record<string, unknown> {
  return { ...(row as Record<string, unknown>) };
}
