import type { DeepPartial, EntityTarget, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../context";
import { badInput } from "./errors";
import { lockUnitInScope } from "./locks";
import type { Page, PageArgs } from "./pagination";
import { Refusal, RefusalCode } from "./refusal";
import { unitIdInScope } from "./scope";
import type { ArchivableEntity } from "./archivable.entity";
import { createRecord, frozenOnceArchived, pageOf, RecordKind, rowsInScope, StoredRecord } from "./record-life-cycle";
import type { OrgUnit } from "../org/org-unit.entity";
import { KIND_LABELS, OrgUnitKind } from "../org/org-unit.enums";

/*
 * Records filed under an org unit and voided rather than deleted (funds, allowances, awards,
 * honours, notices, decisions, risks): in scope when their unit is, listed by unit and year.
 */

export type UnitRecord = StoredRecord & ArchivableEntity;

type UnitKey = "unitId" | "branchId";

/** The record kind of a unit record whose unit is in `unitKey`. */
export function unitRecordKind<T extends UnitRecord>(entity: EntityTarget<T>, typeName: string, unitKey: UnitKey) {
  return {
    entity,
    typeName,
    unitKey,
    inScope: (ctx: RequestContext, row: T) => unitIdInScope(ctx, row[unitKey] as string),
    frozen: frozenOnceArchived<T>(),
  } satisfies RecordKind<T> & { unitKey: UnitKey };
}

/**
 * Files a new record under a live unit of one of `kinds` (see recordUnit: the refusal names the
 * input field of the unit) and audits it; the unit and college columns are filled in.
 */
export async function createUnitRecord<T extends UnitRecord>(
  ctx: RequestContext,
  kind: RecordKind<T> & { unitKey: UnitKey },
  operation: string,
  unitId: string,
  kinds: OrgUnitKind[],
  values: DeepPartial<T>,
): Promise<T | Refusal> {
  const unit = await recordUnit(ctx, unitId, kind.unitKey, kinds);
  if (unit instanceof Refusal) return unit;
  return createRecord(ctx, kind, operation, { ...values, [kind.unitKey]: unit.id, collegeId: unit.collegeId } as DeepPartial<T>);
}

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

export interface ListSpec<T extends UnitRecord> {
  /** The unit column in SQL (`unit_id` or `branch_id`). */
  unitColumn: string;
  /** How the year filter applies: an int column, or a date column (half-open range, index-friendly). */
  year: { intColumn: string } | { dateColumn: string };
  order: Array<[string, "ASC" | "DESC"]>;
  where?: (qb: SelectQueryBuilder<T>) => void;
}

/** A page of records inside the caller's scope (and the filter's subtree), newest first. */
export function listRecords<T extends UnitRecord>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  spec: ListSpec<T>,
  filter: RecordFilterBase,
  page: PageArgs,
): Promise<Page<T>> {
  const qb = rowsInScope(ctx, entity, "r", `u.id = r.${spec.unitColumn}`, filter.unitId);
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
  return pageOf(qb, page);
}
