import type { DeepPartial, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { OrgUnit } from "../org/org-unit.entity";
import type { ArchivableEntity } from "./archivable.entity";
import { badInput, type FieldErrors } from "./errors";
import type { Page, PageArgs } from "./pagination";
import { isRefusal, Refusal, RefusalCode } from "./refusal";
import { scopeCondition } from "./scope";
import { lockInScope, snapshot } from "./versioned";

/*
 * The life cycle every stored record shares: listed within the caller's scope, created, changed at
 * the version the caller saw, archived with a reason, a dated link ended — each write audited in the
 * request's transaction. A service names its record kind once (entity, scope, when it is frozen)
 * and calls these with only what is particular to it.
 */

/** What the life cycle needs of a stored row. */
export interface StoredRecord extends ObjectLiteral {
  id: string;
  version: number;
  /** Null only for catalogue rows built in for every college. */
  collegeId: string | null;
}

export interface RecordKind<T extends StoredRecord> {
  entity: EntityTarget<T>;
  /** The GraphQL type's name: in NOT_FOUND and CONFLICT errors and in audit entries. */
  typeName: string;
  /** Whether a row lies in the caller's scope: checked before its version and its lock (lockInScope). */
  inScope: (ctx: RequestContext, row: T) => boolean | Promise<boolean>;
  /** Why a row may no longer change (archived, a member removed), or null while it may. */
  frozen?: (row: T) => Refusal | null;
  /** Read back after every write: for columns the database normalises or fills (hours, areas, a generated day). */
  reread?: boolean;
}

type Snapshot = Record<string, unknown>;
/** What a step after the write adds to the audit entry's `after` (links it ended …). */
type AuditExtra = object | void;

/** The `frozen` of an archivable kind: an archived row refuses every change, with the kind's own words. */
export function frozenOnceArchived<T extends StoredRecord & ArchivableEntity>(refusal: (row: T) => Refusal = archivedRefusal) {
  return (row: T): Refusal | null => (row.archivedAt ? refusal(row) : null);
}

function archivedRefusal(): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, "该记录已作废，不能再修改");
}

/** A row locked for change (at `version`, when given); NOT_FOUND outside the caller's scope, CONFLICT on a stale version. */
export function lockRecord<T extends StoredRecord>(ctx: RequestContext, kind: RecordKind<T>, id: string, version?: number): Promise<T> {
  return lockInScope(ctx, kind.entity, kind.typeName, id, (row) => kind.inScope(ctx, row), version);
}

/**
 * Saves a new record and audits it. `then` writes what hangs on the record (attendance, linked
 * students): it may still refuse, and what it returns joins the audit entry.
 */
export function createRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  values: DeepPartial<T>,
): Promise<T>;
export function createRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  values: DeepPartial<T>,
  then: (saved: T) => Promise<AuditExtra | Refusal>,
): Promise<T | Refusal>;
export async function createRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  values: DeepPartial<T>,
  then?: (saved: T) => Promise<AuditExtra | Refusal>,
): Promise<T | Refusal> {
  const saved = await stored(ctx, kind, await ctx.em.save(ctx.em.create(kind.entity, values)));
  const extra = await then?.(saved);
  if (isRefusal(extra)) return extra;
  await audit(ctx, {
    operation,
    entityType: kind.typeName,
    entityId: saved.id,
    collegeId: saved.collegeId,
    after: withExtra(saved, extra),
  });
  return saved;
}

export interface Change<T> {
  /** Changes the locked row in memory (`before` is its state as locked); a refusal or a thrown field error writes nothing. */
  apply: (row: T, before: Snapshot) => void | Refusal | Promise<void | Refusal>;
  /** Writes that follow the saved row (ending its links …); what it returns joins the audit entry's `after`. */
  then?: (saved: T, before: Snapshot) => Promise<AuditExtra>;
}

/**
 * The one path of every change to a stored row: lock it in scope at the caller's version, refuse a
 * frozen row, apply the change, save, audit before and after.
 */
export function changeRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T> & { frozen?: undefined },
  operation: string,
  ref: { id: string; version: number },
  change: Change<T> & { apply: (row: T, before: Snapshot) => void | Promise<void> },
): Promise<T>;
export function changeRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  ref: { id: string; version: number },
  change: Change<T>,
): Promise<T | Refusal>;
export async function changeRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  ref: { id: string; version: number },
  change: Change<T>,
): Promise<T | Refusal> {
  const row = await lockRecord(ctx, kind, ref.id, ref.version);
  const frozen = kind.frozen?.(row);
  if (frozen) return frozen;
  const before = snapshot(row);
  const refusal = await change.apply(row, before);
  if (refusal) return refusal;
  const after = await stored(ctx, kind, await ctx.em.save(row));
  const extra = await change.then?.(after, before);
  await audit(ctx, {
    operation,
    entityType: kind.typeName,
    entityId: after.id,
    collegeId: after.collegeId,
    before,
    after: withExtra(after, extra),
  });
  return after;
}

export interface Patch<T> {
  /** Fields an explicit null — or, for text, a blank — clears; null on any other field is a field error. */
  nullable: readonly string[];
  /** Checks the patched row: throws field errors, may refuse. */
  check?: (row: T, before: Snapshot) => void | Refusal | Promise<void | Refusal>;
  then?: Change<T>["then"];
}

/** Changes the fields the input gives (undefined = unchanged), text trimmed; see Patch for null. */
export function patchRecord<T extends StoredRecord>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  input: { id: string; version: number },
  patch: Patch<T>,
): Promise<T | Refusal> {
  const { id: _id, version: _version, ...fields } = input as { id: string; version: number } & Record<string, unknown>;
  return changeRecord(ctx, kind, operation, input, {
    apply: (row, before) => {
      applyFields(row, fields, patch.nullable);
      return patch.check?.(row, before);
    },
    then: patch.then,
  });
}

function applyFields(row: object, fields: Record<string, unknown>, nullable: readonly string[]): void {
  const cleared = Object.keys(fields).filter((key) => fields[key] === null && !nullable.includes(key));
  if (cleared.length) throw badInput(Object.fromEntries(cleared.map((key) => [key, ["不能为空"]])) as FieldErrors);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const given =
      typeof value === "string" ? value.trim() : Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v.trim() : v)) : value;
    (row as Record<string, unknown>)[key] = given === "" && nullable.includes(key) ? null : given;
  }
}

/**
 * Archives (作废/归档) a row with a reason: it stays readable and stops counting. `also` ends what
 * cannot outlive it (a room's users, a post's holders); what it returns joins the audit entry.
 */
export function archiveRecord<T extends StoredRecord & ArchivableEntity>(
  ctx: RequestContext,
  kind: RecordKind<T> & Required<Pick<RecordKind<T>, "frozen">>,
  operation: string,
  input: { id: string; version: number; reason: string },
  also?: (saved: T) => Promise<AuditExtra>,
): Promise<T | Refusal> {
  return changeRecord(ctx, kind, operation, input, {
    apply: (row) => {
      row.archivedAt = new Date();
      row.archiveReason = input.reason.trim();
    },
    then: also,
  });
}

/** A dated link (a seat, a holding, a membership): the columns of its days, and what its refusals call it. */
export interface LinkDays<T, E extends keyof T & string> {
  start: keyof T & string;
  /** The end column; the input names the end day the same way. */
  end: E;
  /** What the link is called in “…已于 day 结束” (empty for “已于 day 结束”). */
  called: string;
  /** The field error for an end before the start, when not the usual one. */
  early?: (row: T) => string;
}

/** Ends a link on the day the input gives: refused when it has ended already, a field error before it began. */
export function endRecord<T extends StoredRecord, E extends keyof T & string>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  operation: string,
  input: { id: string; version: number } & Record<E, string>,
  link: LinkDays<T, E>,
): Promise<T | Refusal> {
  const day = input[link.end];
  return changeRecord(ctx, kind, operation, input, {
    apply: (row) => {
      const ended = row[link.end] as string | null;
      if (ended) return Refusal.of(RefusalCode.ALREADY_ENDED, `${link.called}已于 ${ended} 结束`);
      if (day < (row[link.start] as string)) throw badInput({ [link.end]: [link.early?.(row) ?? "结束日期不能早于开始日期"] });
      (row as Record<string, unknown>)[link.end] = day;
    },
  });
}

/**
 * Rows of `entity` (as `alias`) whose unit — joined as `u` on `unitOn` — lies in the caller's scope,
 * and under `underUnitId` when given.
 */
export function rowsInScope<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  alias: string,
  unitOn: string,
  underUnitId?: string | null,
): SelectQueryBuilder<T> {
  const scope = scopeCondition(ctx, "u.path");
  const qb = ctx.em.createQueryBuilder(entity, alias).innerJoin(OrgUnit, "u", unitOn).where(scope.sql, scope.params);
  if (underUnitId) qb.andWhere("u.path @> ARRAY[:underUnitId]::uuid[]", { underUnitId });
  return qb;
}

/**
 * A page with its total. Plain OFFSET/LIMIT: the lists join one unit (or member) per row, so
 * TypeORM's DISTINCT pre-query for skip/take over joins is not needed.
 */
export async function pageOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: PageArgs): Promise<Page<T>> {
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

/** Trimmed text, or null for none (optional text inputs). */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

async function stored<T extends StoredRecord>(ctx: RequestContext, kind: RecordKind<T>, saved: T): Promise<T> {
  return kind.reread ? ctx.em.findOneByOrFail(kind.entity, { id: saved.id } as never) : saved;
}

function withExtra(after: object, extra: AuditExtra): object {
  return extra ? { ...after, ...extra } : after;
}
