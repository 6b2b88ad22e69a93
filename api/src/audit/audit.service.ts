import type { RequestContext } from "../context";
import { AuditEntry } from "./audit-entry.entity";
import type { AuditFilter } from "./inputs/audit-filter.input";
import type { Page, PageArgs } from "../common/pagination";

export interface AuditRecord {
  operation: string;
  entityType: string;
  entityId: string | null;
  collegeId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Written inside the caller's transaction: the change and its audit entry commit or fail together. */
export async function audit(ctx: RequestContext, record: AuditRecord): Promise<void> {
  await ctx.em.insert(AuditEntry, {
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

function toJson(value: object | null | undefined): object | null {
  return value == null ? null : JSON.parse(JSON.stringify(value));
}

/** Entries of the colleges in the caller's scope, newest first. */
export async function list(ctx: RequestContext, filter: AuditFilter, page: PageArgs): Promise<Page<AuditEntry>> {
  const qb = ctx.em.createQueryBuilder(AuditEntry, "a");
  const scopeIds = ctx.scope.unitIds;
  if (scopeIds !== null) {
    // Audit entries carry only their college; the permission is granted at college level only.
    qb.where("a.college_id IN (SELECT college_id FROM org_unit WHERE id = ANY(:scopeIds))", { scopeIds });
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
