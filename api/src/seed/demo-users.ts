import type { EntityManager } from "typeorm";
import { createAccount } from "../auth/bootstrap";
import { UserRole } from "../auth/roles";
import type { SeededUnit } from "./seed-structure";

export const DEMO_PASSWORD_DEFAULT = "demo-2026!";

/** One demo account per role, all around 财经学院 so their scopes nest visibly. README lists them. */
export const DEMO_ACCOUNTS = [
  { username: "zuzhibu", displayName: "组织部（演示）", role: UserRole.ADMIN, unit: "college" },
  { username: "lingdao", displayName: "校领导（演示）", role: UserRole.LEADERSHIP, unit: "college" },
  { username: "caijing.shuji", displayName: "财经学院党总支书记（演示）", role: UserRole.GENERAL_BRANCH_SECRETARY, unit: "财经学院党总支" },
  {
    username: "caijing.weiyuan",
    displayName: "财经学院党总支委员（演示）",
    role: UserRole.GENERAL_BRANCH_COMMITTEE,
    unit: "财经学院党总支",
  },
  {
    username: "caijing.xs.shuji",
    displayName: "财经学院学生支部书记（演示）",
    role: UserRole.BRANCH_SECRETARY,
    unit: "财经学院党总支/学生支部",
  },
  {
    username: "caijing.xs.weiyuan",
    displayName: "财经学院学生支部委员（演示）",
    role: UserRole.BRANCH_COMMITTEE,
    unit: "财经学院党总支/学生支部",
  },
  { username: "dangyuan", displayName: "学生党员（演示）", role: UserRole.MEMBER, unit: "财经学院党总支/学生支部" },
] as const;

export async function createDemoUsers(em: EntityManager, units: SeededUnit[], password: string): Promise<number> {
  const college = units[0];
  const byPath = (spec: string) => {
    if (spec === "college") return college;
    const [gb, branch] = spec.split("/");
    return units.find((u) => (branch ? u.name === branch && u.parentName === gb : u.name === gb))!;
  };
  for (const account of DEMO_ACCOUNTS) {
    const unit = byPath(account.unit);
    let memberId: string | null = null;
    if (account.role === UserRole.MEMBER) {
      const [member] = await em.query(
        `SELECT id FROM member WHERE branch_id = $1 AND status = 'ACTIVE'
            AND id NOT IN (SELECT member_id FROM committee_position) ORDER BY name LIMIT 1`,
        [unit.id],
      );
      memberId = member?.id ?? null;
      if (!memberId) continue;
    }
    await createAccount(
      em,
      {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        scopeUnitId: memberId ? null : unit.id,
        memberId,
        collegeId: college.id,
      },
      password,
    );
  }
  return DEMO_ACCOUNTS.length;
}
