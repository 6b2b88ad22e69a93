import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput, notFound } from "../common/errors";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { scopeCondition, unitIdInScope } from "../common/scope";
import { lockUnitInScope } from "../common/locks";
import { lockInScope, snapshot } from "../common/versioned";
import { OrgUnit } from "../org/org-unit.entity";
import { KIND_LABELS, OrgUnitKind } from "../org/org-unit.enums";

/**
 * The shared life cycle of records that belong to an org unit and are archived rather than
 * deleted (funds, allowances, awards, honours, notices, decisions, risks): scoped lists, create
 * in an in-scope live unit, versioned update, archive — each write audited in its transaction.
 * Services of both areas call these with their entity and the column naming the unit.
 */
export interface UnitRecord extends ObjectLiteral {
  id: string;
  version: number;
  collegeId: string;
  archivedAt: Date | null;
  archiveReason: string | null;
}

export type UnitKey = "unitId" | "branchId";

/** The unit a new record is filed under: in scope, not archived, and of an allowed kind. */
export async function recordUnit(ctx: RequestContext, unitId: string, field: string, kinds?: OrgUnitKind[]): Promise<OrgUnit | Refusal> {
  const unit = await lockUnitInScope(ctx, unitId);
  if (kinds && !kinds.includes(unit.kind)) {
    throw badInput({ [field]: [`“${unit.name}”是${KIND_LABELS[unit.kind]}，此处应为${kinds.map((k) => KIND_LABELS[k]).join("或")}`] });
  }
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field });
  return unit;
}

export interface RecordFilterBase {
  unitId?: string;
  year?: number;
  includeArchived?: boolean;
}

export interface ListSpec<T extends ObjectLiteral> {
  /** The unit column in SQL (`unit_id` or `branch_id`). */
  unitColumn: string;
  /** How the year filter applies: an int column, or a date column (half-open range, index-friendly). */
  year: { intColumn: string } | { dateColumn: string };
  order: Array<[string, "ASC" | "DESC"]>;
  where?: (qb: SelectQueryBuilder<T>) => void;
}

/** A page of records inside the caller's scope (and the filter's subtree), newest first. */
export async function listRecords<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  spec: ListSpec<T>,
  filter: RecordFilterBase,
  page: PageArgs,
): Promise<Page<T>> {
  const scope = scopeCondition(ctx, "u.path");
  const qb = ctx.em
    .createQueryBuilder(entity, "r")
    .innerJoin(OrgUnit, "u", `u.id = r.${spec.unitColumn}`)
    .where(scope.sql, scope.params);
  if (filter.unitId) qb.andWhere("u.path @> ARRAY[:unitId]::uuid[]", { unitId: filter.unitId });
  if (filter.year !== undefined && filter.year !== null) {
    if ("intColumn" in spec.year) qb.andWhere(`r.${spec.year.intColumn} = :year`, { year: filter.year });
    else {
      qb.andWhere(`r.${spec.year.dateColumn} >= :yearFrom AND r.${spec.year.dateColumn} < :yearTo`, {
        yearFrom: `${filter.year}-01-01`,
        yearTo: `${filter.year + 1}-01-01`,
      });
    }
  }
  if (!filter.includeArchived) qb.andWhere("r.archived_at IS NULL");
  spec.where?.(qb);
  for (const [column, direction] of spec.order) qb.addOrderBy(column, direction);
  qb.addOrderBy("r.id", "ASC");
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

/** Inserts a new record and audits it. */
export async function createRecord<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  operation: string,
  values: Partial<T>,
): Promise<T> {
  const saved = (await ctx.em.save(ctx.em.create(entity, values as never))) as T;
  await audit(ctx, { operation, entityType: typeName, entityId: saved.id, collegeId: saved.collegeId, after: saved });
  return saved;
}

/** Locks a record for change: right version, inside the caller's scope. */
export async function lockRecord<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  id: string,
  version: number,
  unitKey: UnitKey,
): Promise<T> {
  return lockInScope(ctx, entity, typeName, id, (row) => unitIdInScope(ctx, row[unitKey] as string), version);
}

/**
 * Applies the given fields (undefined = unchanged; null on a required field = field-level error),
 * trims text, lets the caller validate the result, saves and audits. Archived records are frozen.
 */
export async function updateRecord<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  operation: string,
  input: { id: string; version: number } & Record<string, unknown>,
  options: { unitKey: UnitKey; required: readonly string[]; validate?: (row: T) => void },
): Promise<T | Refusal> {
  const row = await lockRecord(ctx, entity, typeName, input.id, input.version, options.unitKey);
  if (row.archivedAt) return archivedRefusal();
  const { id: _id, version: _version, ...fields } = input;
  const cleared = options.required.filter((key) => fields[key] === null);
  if (cleared.length) throw badInput(Object.fromEntries(cleared.map((key) => [key, ["不能为空"]])));
  const before = snapshot(row);
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (row as Record<string, unknown>)[key] = typeof value === "string" ? value.trim() : value;
  }
  options.validate?.(row);
  const after = await ctx.em.save(row);
  await audit(ctx, { operation, entityType: typeName, entityId: row.id, collegeId: row.collegeId, before, after });
  return after;
}

/** Archives (作废) a record with a reason; it stays readable but no longer counts. */
export async function archiveRecord<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  typeName: string,
  operation: string,
  input: { id: string; version: number; reason: string },
  unitKey: UnitKey,
): Promise<T | Refusal> {
  const row = await lockRecord(ctx, entity, typeName, input.id, input.version, unitKey);
  if (row.archivedAt) return archivedRefusal();
  const before = snapshot(row);
  (row as UnitRecord).archivedAt = new Date();
  (row as UnitRecord).archiveReason = input.reason.trim();
  const after = await ctx.em.save(row);
  await audit(ctx, { operation, entityType: typeName, entityId: row.id, collegeId: row.collegeId, before, after });
  return after;
}

export function archivedRefusal(): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, "该记录已作废，不能再修改");
}

/** Trimmed text or null for optional text inputs. */
export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
