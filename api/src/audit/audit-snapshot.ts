import type { EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { birthMonth, mask } from "../auth/mask";
import { HOME_UNITS, HomeTable } from "../auth/record-scope";

/** Snapshot keys naming the unit a record belongs to, most specific first (a member's group before its branch). */
const UNIT_KEYS = ["groupId", "branchId", "unitId", "hostUnitId", "ownerUnitId", "collegeUnitId", "scopeUnitId"] as const;
/** Snapshot keys naming a parent record, whose unit the record then belongs to. */
const PARENT_KEYS: Array<[string, HomeTable]> = [
  ["memberId", "member"],
  ["personId", "person"],
  ["activityId", "activity"],
  ["assignmentId", "liaison_assignment"],
  ["visitId", "liaison_visit"],
  ["postId", "service_post"],
  ["pledgeId", "service_pledge"],
  ["classId", "student_class"],
  ["roomId", "activity_room"],
];

/**
 * The unit an audited record belongs to, so its audit entries are scoped like the record: from the
 * snapshot's own unit column, else from the parent record it hangs on (read in the writing
 * transaction). None (null) for records of no unit — accounts, college settings — which only
 * college-wide readers see.
 */
export async function auditedUnit(
  em: EntityManager,
  entityType: string,
  entityId: string | null,
  snapshot: object | null | undefined,
): Promise<string | null> {
  if (entityType === "OrgUnit") return entityId;
  const row = (snapshot ?? {}) as Record<string, unknown>;
  for (const key of UNIT_KEYS) if (typeof row[key] === "string") return row[key] as string;
  for (const [key, table] of PARENT_KEYS) {
    if (typeof row[key] !== "string") continue;
    const [home]: Array<{ unit: string | null }> = await em.query(
      `SELECT (${HOME_UNITS[table]})[1]::text AS unit FROM ${table} t WHERE t.id = $1`,
      [row[key]],
    );
    if (home?.unit) return home.unit;
  }
  return null;
}

/** Personal data inside before/after snapshots, masked as on the records themselves. */
export function maskedSnapshot(ctx: RequestContext, snapshot: object | null): object | null {
  if (snapshot == null || ctx.user.permissions.has(Permission.MEMBER_SENSITIVE_READ)) return snapshot;
  return maskDeep(snapshot) as object;
}

function maskDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if ((key === "idNumber" || key === "phone") && typeof inner === "string") out[key] = mask(inner);
    else if (key === "birthDate" && typeof inner === "string") out.birthMonth = birthMonth(inner);
    else out[key] = maskDeep(inner);
  }
  return out;
}
