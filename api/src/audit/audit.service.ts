import type { RequestContext } from "../context";
import { AuditEntry } from "./audit-entry.entity";

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
