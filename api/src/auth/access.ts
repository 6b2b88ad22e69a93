import type { QueryRunner } from "typeorm";
import type { Identity } from "./identity";

/**
 * What one request may read, worked out once when it starts (one statement) and used on every path
 * a client can walk: root queries, relation fields and loaders alike. The database holds the same
 * sets for row-level security (`app.unit_ids`, `app.member_id`, migration row-level-security).
 */
export interface Access {
  /** Unrestricted (the system; no account has it): every college. */
  readonly all: boolean;
  /** Every unit in the caller's subtree(s): their records, registers and people are readable. */
  readonly units: ReadonlySet<string>;
  /**
   * Units above the caller's scope (and, for a member account, the units above its own record):
   * reached by walking up the tree they show who they are — id, name, kind — and nothing they hold.
   */
  readonly upward: ReadonlySet<string>;
  /** The caller's own member record (a member account reads it and the records about it). */
  readonly selfMemberId: string | null;
}

/** Before a request's operation is resolved (auth/request-sessions.ts opens it): nothing. */
export const NO_ACCESS: Access = { all: false, units: new Set(), upward: new Set(), selfMemberId: null };

/** A unit whose contents (members, committee, documents, rooms, activities …) the caller may read. */
export function unitOpen(access: Access, unitId: string | null | undefined): boolean {
  return unitId != null && (access.all || access.units.has(unitId));
}

/** A unit the caller may at least see the name of: open, or above what is open. */
export function unitNamed(access: Access, unitId: string | null | undefined): boolean {
  return unitId != null && (unitOpen(access, unitId) || access.upward.has(unitId));
}

export interface AccessOptions {
  /** Switch to the application role, which row-level security applies to (tests turn it off to prove the API's own checks alone). */
  rowLevelSecurity: boolean;
  /** The request's statement time limit, set in the same round trip. */
  statementMs: number;
}

/**
 * Expands the identity's subtree roots to every unit below them, finds the units above them (and
 * above the caller's own member record), and hands the same sets to PostgreSQL for row-level
 * security, all in the request's transaction and in one statement.
 */
export async function openAccess(runner: QueryRunner, identity: Identity, options: AccessOptions): Promise<Access> {
  const roots = identity.scope.unitIds;
  const selfMemberId = identity.user.memberId ?? null;
  const [row]: Array<{ units: string[]; upward: string[] }> = await runner.query(
    `WITH open AS (
       SELECT coalesce(array_agg(id), '{}') AS ids FROM org_unit WHERE $1::uuid[] IS NOT NULL AND path && $1::uuid[]
     ), anchors AS (
       SELECT u.path FROM org_unit u WHERE u.id = ANY($1::uuid[])
       UNION ALL
       SELECT u.path FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id) WHERE m.id = $2::uuid
     )
     SELECT (SELECT ids FROM open)::text[] AS units,
            coalesce((SELECT array_agg(DISTINCT a) FROM anchors, unnest(anchors.path) a), '{}')::text[] AS upward,
            set_config('app.unit_ids', CASE WHEN $1::uuid[] IS NULL THEN '*' ELSE (SELECT ids FROM open)::text END, true),
            set_config('app.member_id', coalesce($2::text, ''), true),
            set_config('statement_timeout', $4, true),
            CASE WHEN $3 THEN set_config('role', 'party_app', true) END`,
    [roots, selfMemberId, options.rowLevelSecurity, String(options.statementMs)],
  );
  const units = new Set(row.units);
  return {
    all: roots === null,
    units,
    upward: new Set(row.upward.filter((id) => !units.has(id))),
    selfMemberId,
  };
}
