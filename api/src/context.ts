import type { DataSource, EntityManager } from "typeorm";
import { createLoaders, Loaders } from "./loaders";
import { Permission } from "./auth/permissions";
import type { UserRole } from "./auth/roles";
import type { Access } from "./auth/access";
import { RecordScope } from "./auth/record-scope";
import type { WebExchange } from "./auth/browser-cookie";

/** Who is asking, and what they may do (their role's permissions, or an API token's). */
export interface CurrentUser {
  /** The account's id; null for anonymous, the system and integration tokens. */
  id: string | null;
  label: string;
  permissions: ReadonlySet<Permission>;
  role?: UserRole;
  memberId?: string | null;
  sessionId?: string;
  tokenId?: string;
}

/**
 * The org subtrees a request may touch: `null` = every college (no restriction). Computed once per
 * request and applied in services, never re-derived in resolvers.
 */
export interface Scope {
  unitIds: string[] | null;
}

export interface RequestContext {
  /**
   * Work shared by every caller, computed under a role that reads the whole college and filtered
   * by the caller's scope when served (the compliance fact cache). Its own small pool: a request
   * holding its connection never waits on the request pool for a second one.
   */
  shared: DataSource;
  /** The request's one connection, inside its one transaction (db/request-session.ts). */
  em: EntityManager;
  loaders: Loaders;
  user: CurrentUser;
  scope: Scope;
  /** What the caller may read on every path (auth/access.ts), and the loaders' filter built on it. */
  records: RecordScope;
  /** The caller's network address (behind a loopback proxy, the forwarded one): throttling keys on it. */
  clientAddress: string;
  /** The HTTP exchange (cookies of browser sessions); absent outside an HTTP request. */
  web?: WebExchange;
}

export const ANONYMOUS: CurrentUser = { id: null, label: "anonymous", permissions: new Set() };
export const SYSTEM: CurrentUser = { id: null, label: "system", permissions: new Set(Object.values(Permission)) };
export const UNRESTRICTED: Scope = { unitIds: null };

export interface ContextParts {
  shared: DataSource;
  em: EntityManager;
  user: CurrentUser;
  scope: Scope;
  access: Access;
  clientAddress: string;
  web?: WebExchange;
}

export function createContext({ shared, em, user, scope, access, clientAddress, web }: ContextParts): RequestContext {
  const ctx = { shared, em, user, scope, clientAddress, web, records: new RecordScope(() => ctx.em, access) } as RequestContext;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
