import { Permission } from "../../api/src/auth/permissions";
import { ROLE_PERMISSIONS, TOKEN_GRANTABLE, UserRole } from "../../api/src/auth/roles";
import type { Viewer } from "./access-oracle";
import type { Client, TestApp } from "./test-app";

/** A caller of the matrices: its client, and what the oracle needs to judge its answers. */
export interface Actor {
  name: string;
  client: Client;
  /** `anonymous`: no credentials at all. */
  viewer: Viewer | "anonymous";
}

export type ActorSpec =
  | { name: string; role: UserRole; scopeUnitId: string | null; memberId?: string }
  | { name: string; token: readonly Permission[]; scopeUnitId: string }
  | { name: string; anonymous: true };

/** Every permission a token may carry that reads (SELF_READ is not grantable to tokens). */
export const ALL_READ_PERMISSIONS: readonly Permission[] = TOKEN_GRANTABLE.filter((p) => p.endsWith("_READ"));

/** Signs the actor in (an account made for it, or an API token issued by the administrator). */
export async function makeActor(app: TestApp, spec: ActorSpec): Promise<Actor> {
  if ("anonymous" in spec) return { name: spec.name, client: app.client(), viewer: "anonymous" };
  if ("token" in spec) {
    const data = await app.ok(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
      i: { name: `矩阵 ${spec.name}`, permissions: spec.token, scopeUnitId: spec.scopeUnitId },
    });
    return {
      name: spec.name,
      client: app.client(data.createApiToken.token),
      viewer: { label: spec.name, roots: [spec.scopeUnitId], permissions: new Set(spec.token) },
    };
  }
  const username = `matrix.${spec.name}`;
  const client = await app.clientFor({ username, role: spec.role, scopeUnitId: spec.scopeUnitId, memberId: spec.memberId ?? null });
  const [{ id }] = await app.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [username]);
  const permissions = new Set(ROLE_PERMISSIONS[spec.role]);
  return {
    name: spec.name,
    client,
    viewer:
      spec.role === UserRole.MEMBER
        ? { label: spec.name, roots: [], member: spec.memberId, user: id, permissions }
        : { label: spec.name, roots: [spec.scopeUnitId!], user: id, permissions },
  };
}
