import type { DataSource, EntityManager } from "typeorm";
import { createLoaders, Loaders } from "./loaders";
import { Permission } from "./auth/permissions";

/** Who is asking, and what they may do (the union of their role's permissions). */
export interface CurrentUser {
  id: string | null;
  label: string;
  permissions: ReadonlySet<Permission>;
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
}

export const ANONYMOUS: CurrentUser = { id: null, label: "anonymous", permissions: new Set(Object.values(Permission)) };
export const SYSTEM: CurrentUser = { id: null, label: "system", permissions: new Set(Object.values(Permission)) };
export const UNRESTRICTED: Scope = { unitIds: null };

export function createContext(dataSource: DataSource, user: CurrentUser = ANONYMOUS, scope: Scope = UNRESTRICTED): RequestContext {
  return { dataSource, em: dataSource.manager, loaders: createLoaders(dataSource.manager), user, scope };
}
