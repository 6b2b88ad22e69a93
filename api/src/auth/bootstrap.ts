import type { DataSource, EntityManager } from "typeorm";
import { AuditEntry } from "../audit/audit-entry.entity";
import { generatePassword, hashPassword } from "./passwords";
import { UserRole } from "./roles";
import { User } from "./user.entity";

export interface CreatedAdministrator {
  username: string;
  password: string;
  generated: boolean;
}

/**
 * First start: when no administrator exists, create `admin` for the (first) college with the
 * password from ADMIN_PASSWORD, or a generated one that the caller prints once.
 */
export async function ensureAdministrator(dataSource: DataSource, password?: string): Promise<CreatedAdministrator | null> {
  return dataSource.transaction(async (em) => {
    await em.query("LOCK TABLE app_user IN EXCLUSIVE MODE");
    if (await em.existsBy(User, { role: UserRole.ADMIN })) return null;
    const [root] = await em.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE' ORDER BY created_at LIMIT 1`);
    if (!root) return null;
    const chosen = password || generatePassword();
    await createAccount(
      em,
      { username: "admin", displayName: "系统管理员", role: UserRole.ADMIN, scopeUnitId: root.id, collegeId: root.id },
      chosen,
    );
    return { username: "admin", password: chosen, generated: !password };
  });
}

export interface AccountSeed {
  username: string;
  displayName: string;
  role: UserRole;
  scopeUnitId?: string | null;
  memberId?: string | null;
  collegeId: string;
}

export async function createAccount(em: EntityManager, seed: AccountSeed, password: string): Promise<User> {
  const user = await em.save(
    em.create(User, {
      username: seed.username,
      displayName: seed.displayName,
      passwordHash: await hashPassword(password),
      role: seed.role,
      scopeUnitId: seed.scopeUnitId ?? null,
      memberId: seed.memberId ?? null,
      collegeId: seed.collegeId,
    }),
  );
  await em.insert(AuditEntry, {
    actorId: null,
    actorLabel: "system",
    operation: "createUser",
    entityType: "User",
    entityId: user.id,
    collegeId: seed.collegeId,
    after: { username: user.username, role: user.role, scopeUnitId: user.scopeUnitId, memberId: user.memberId },
  });
  return user;
}
