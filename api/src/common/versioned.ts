import { EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext } from "../context";
import { conflict, notFound } from "./errors";

/**
 * Loads a row for change inside the request's transaction, locked until commit, and refuses
 * with CONFLICT when the caller edited an older version. A concurrent editor waits on the lock,
 * then sees the new version and is refused: nobody silently overwrites anybody.
 */
export async function lockVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  expectedVersion: number,
): Promise<T> {
  const row = await lockExisting(ctx, entity, typeName, id);
  if (row.version !== expectedVersion) throw conflict(typeName, id, expectedVersion, row.version);
  return row;
}

/** Loads and locks a row that must exist (a referenced parent, branch, member …). */
export async function lockExisting<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
): Promise<T> {
  const row = await ctx.em.findOne(entity, { where: { id } as never, lock: { mode: "pessimistic_write" } });
  if (!row) throw notFound(typeName, id);
  return row;
}

/** A plain snapshot of an entity for the audit log's before/after. */
export function snapshot<T extends object>(row: T): Record<string, unknown> {
  return { ...(row as Record<string, unknown>) };
}
