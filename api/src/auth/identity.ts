import type { EntityManager } from "typeorm";
import { AppError, ErrorCode } from "../common/errors";
import { ANONYMOUS, CurrentUser, Scope } from "../context";
import type { Permission } from "./permissions";
import { ROLE_PERMISSIONS, TOKEN_GRANTABLE, UserRole } from "./roles";
import { ACCESS_PREFIX, API_TOKEN_PREFIX, hashToken } from "./tokens";

export interface Identity {
  user: CurrentUser;
  scope: Scope;
}

/** Whatever runs SQL: the request's connection before its transaction begins. */
type Queryable = Pick<EntityManager, "query">;

export const NOBODY: Identity = { user: ANONYMOUS, scope: { unitIds: [] } };

/**
 * Resolves `Authorization: Bearer …` to a user (session access token) or an integration (API
 * token) in one statement, and touches `last_used_at` at most once a minute. No header is
 * anonymous (no permissions); a bad, expired or revoked token is UNAUTHENTICATED, so a client
 * knows to refresh rather than silently seeing less.
 */
export async function authenticate(db: Queryable, header: string | undefined): Promise<Identity> {
  if (!header) return NOBODY;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (token?.startsWith(ACCESS_PREFIX)) return sessionIdentity(db, token);
  if (token?.startsWith(API_TOKEN_PREFIX)) return tokenIdentity(db, token);
  throw unauthenticated("无法识别的凭据");
}

async function sessionIdentity(db: Queryable, token: string): Promise<Identity> {
  const rows: Array<{
    id: string;
    username: string;
    display_name: string;
    role: UserRole;
    scope_unit_id: string | null;
    member_id: string | null;
    session_id: string;
  }> = await db.query(
    `WITH hit AS (
         SELECT s.id AS session_id, u.id, u.username, u.display_name, u.role, u.scope_unit_id, u.member_id, s.last_used_at
           FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.access_hash = $1 AND s.revoked_at IS NULL AND s.access_expires_at > now() AND u.disabled_at IS NULL
       ), touched AS (
         UPDATE user_session SET last_used_at = now()
          WHERE id IN (SELECT session_id FROM hit WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
       )
       SELECT * FROM hit`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) throw unauthenticated("登录已过期，请重新登录或刷新会话");
  return {
    user: {
      id: row.id,
      label: `${row.display_name} (${row.username})`,
      permissions: new Set(ROLE_PERMISSIONS[row.role]),
      role: row.role,
      memberId: row.member_id,
      sessionId: row.session_id,
    },
    scope: { unitIds: row.role === UserRole.MEMBER || !row.scope_unit_id ? [] : [row.scope_unit_id] },
  };
}

async function tokenIdentity(db: Queryable, token: string): Promise<Identity> {
  const rows: Array<{ id: string; name: string; permissions: Permission[]; scope_unit_id: string }> = await db.query(
    `WITH hit AS (
       SELECT id, name, permissions, scope_unit_id, last_used_at FROM api_token
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
     ), touched AS (
       UPDATE api_token SET last_used_at = now()
        WHERE id IN (SELECT id FROM hit WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
     )
     SELECT * FROM hit`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) throw unauthenticated("接口令牌无效、已过期或已撤销");
  return {
    user: {
      id: null,
      tokenId: row.id,
      label: `token:${row.name}`,
      permissions: new Set(row.permissions.filter((p) => TOKEN_GRANTABLE.includes(p))),
    },
    scope: { unitIds: [row.scope_unit_id] },
  };
}

function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}
