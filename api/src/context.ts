import type { DataSource, EntityManager } from "typeorm";
import { createLoaders, Loaders } from "./loaders";
import { Permission } from "./auth/permissions";
import type { UserRole } from "./auth/roles";

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
  dataSource: DataSource;
  /** The manager to use for every read and write: inside a mutation, bound to its transaction. */
  em: EntityManager;
  loaders: Loaders;
  user: CurrentUser;
  scope: Scope;
  /** The caller's network address (behind a loopback proxy, the forwarded one): throttling keys on it. */
  clientAddress: string;
}

export const ANONYMOUS: CurrentUser = { id: null, label: "anonymous", permissions: new Set() };
export const SYSTEM: CurrentUser = { id: null, label: "system", permissions: new Set(Object.values(Permission)) };
export const UNRESTRICTED: Scope = { unitIds: null };

export function createContext(dataSource: DataSource, user: CurrentUser, scope: Scope, clientAddress = ""): RequestContext {
  return { dataSource, em: dataSource.manager, loaders: createLoaders(dataSource.manager), user, scope, clientAddress };
}
