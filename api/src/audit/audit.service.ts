import type { RequestContext } from "../context";
import { auditedUnit } from "./audit-snapshot";
import { AuditEntry } from "./audit-entry.entity";
import type { AuditFilter } from "./inputs/audit-filter.input";
import type { Page, PageArgs } from "../common/pagination";

export interface AuditRecord {
  operation: string;
  /** The unit the record belongs to, when the snapshot does not say (see auditedUnit). */
  unitId?: string | null;
  entityType: string;
  entityId: string | null;
  collegeId: string | null;
  before?: object | null;
  after?: object | null;
}

/**
 * Written inside the caller's transaction: the change and its audit entry commit or fail together.
 * Each entry carries the unit of its record, so it is read by exactly those who may read the record
 * (the unit it belonged to when it changed: a branch keeps the history of what it recorded).
 */
export async function audit(ctx: RequestContext, record: AuditRecord): Promise<void> {
  await auditMany(ctx, [record]);
}

/** Several entries in one statement (a batch of records written together). */
export async function auditMany(ctx: RequestContext, records: AuditRecord[]): Promise<void> {
  if (!records.length) return;
  const rows = [];
  for (const record of records) {
    const unitId =
      record.unitId !== undefined
        ? record.unitId
        : await auditedUnit(ctx.em, record.entityType, record.entityId, record.after ?? record.before);
    rows.push({
      unitId,
      actorId: ctx.user.id,
      actorLabel: ctx.user.label,
      operation: record.operation,
      entityType: record.entityType,
      entityId: record.entityId,
      collegeId: record.collegeId,
      before: toJson(record.before),
      after: toJson(record.after),
    });
  }
  // Without RETURNING: row-level security lets a caller write an entry it may not read back
  // (an anonymous sign-in, a member account), and RETURNING would make the row pass the read policy.
  await ctx.em.createQueryBuilder().insert().into(AuditEntry).updateEntity(false).values(rows).execute();
}

function toJson(value: object | null | undefined): object | null {
  return value == null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Entries of records in the caller's subtree, newest first; entries of no unit (accounts, college
 * settings) only for college-wide readers, whose units include the college root.
 */
export async function list(ctx: RequestContext, filter: AuditFilter, page: PageArgs): Promise<Page<AuditEntry>> {
  const qb = ctx.em.createQueryBuilder(AuditEntry, "a");
  const access = ctx.records.access;
  if (!access.all) {
    qb.where("(a.unit_id = ANY(:units::uuid[]) OR (a.unit_id IS NULL AND a.college_id = ANY(:units::uuid[])))", {
      units: [...access.units],
    });
  }
  if (filter.entityType) qb.andWhere("a.entity_type = :entityType", { entityType: filter.entityType });
  if (filter.entityId) qb.andWhere("a.entity_id = :entityId", { entityId: filter.entityId });
  if (filter.actorId) qb.andWhere("a.actor_id = :actorId", { actorId: filter.actorId });
  if (filter.operation) qb.andWhere("a.operation = :operation", { operation: filter.operation });
  if (filter.from) qb.andWhere("a.occurred_at >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("a.occurred_at < :to", { to: filter.to });
  const [items, totalCount] = await qb.orderBy("a.id", "DESC").skip(page.offset).take(page.first).getManyAndCount();
  return { items, totalCount };
}
