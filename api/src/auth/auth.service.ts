import type { EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { AppError, ErrorCode } from "../common/errors";
import { RefusalCode } from "../common/refusal";
import { AuthSession, LoginRefused } from "./auth.types";
import type { ChangePasswordInput, LoginInput } from "./inputs/auth.inputs";
import { hashPassword, verifyPassword } from "./passwords";
import { ACCESS_PREFIX, hashToken, newToken, REFRESH_PREFIX } from "./tokens";
import { User } from "./user.entity";
import { UserSession } from "./user-session.entity";

/** Session lifetimes and the lockout policy, in one place. */
export const AUTH_POLICY = {
  accessTtlMinutes: 30,
  refreshTtlDays: 14,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
} as const;

/** Compared against when the username does not exist, so timing does not reveal which usernames do. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks a password; after `maxFailedLogins` failures in a row the account is locked for
 * `lockoutMinutes`. Failures are committed even though the answer is a refusal.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthSession | LoginRefused> {
  return ctx.em.transaction(async (em) => {
    const user = await em.findOne(User, { where: { username: input.username.trim().toLowerCase() }, lock: { mode: "pessimistic_write" } });
    if (!user || user.disabledAt) {
      await verifyPassword(await (decoyHash ??= hashPassword("decoy-password")), input.password);
      return refused(RefusalCode.INVALID_CREDENTIALS, "用户名或密码错误");
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      const retryAfterSeconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
      return refused(RefusalCode.ACCOUNT_LOCKED, `连续登录失败次数过多，账号已锁定，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`, retryAfterSeconds);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const failures = user.failedLogins + 1;
      const lock = failures >= AUTH_POLICY.maxFailedLogins;
      await em.update(User, { id: user.id }, {
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + AUTH_POLICY.lockoutMinutes * 60_000) : user.lockedUntil,
        version: () => "version",
      });
      await audit({ ...ctx, em, user: { ...ctx.user, label: `login:${user.username}` } }, {
        operation: lock ? "loginLocked" : "loginFailed", entityType: "User", entityId: user.id, collegeId: user.collegeId,
      });
      return lock
        ? refused(RefusalCode.ACCOUNT_LOCKED, `连续 ${AUTH_POLICY.maxFailedLogins} 次登录失败，账号锁定 ${AUTH_POLICY.lockoutMinutes} 分钟`, AUTH_POLICY.lockoutMinutes * 60)
        : refused(RefusalCode.INVALID_CREDENTIALS, "用户名或密码错误");
    }
    await em.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now, version: () => "version" });
    const session = await openSession(em, user);
    await audit({ ...ctx, em, user: { ...ctx.user, id: user.id, label: user.username } }, {
      operation: "login", entityType: "User", entityId: user.id, collegeId: user.collegeId,
    });
    return session;
  });
}

/** Trades a refresh token for a new pair (rotation: the old refresh token stops working). */
export async function refresh(ctx: RequestContext, refreshToken: string): Promise<AuthSession> {
  return ctx.em.transaction(async (em) => {
    const session = await em
      .createQueryBuilder(UserSession, "s")
      .setLock("pessimistic_write")
      .where("s.refresh_hash = :hash AND s.revoked_at IS NULL AND s.refresh_expires_at > now()", { hash: hashToken(refreshToken) })
      .getOne();
    const user = session && (await em.findOneBy(User, { id: session.userId }));
    if (!session || !user || user.disabledAt) throw new AppError(ErrorCode.UNAUTHENTICATED, "会话已失效，请重新登录", { http: { status: 401 } });
    await em.update(UserSession, { id: session.id }, { revokedAt: new Date() });
    return openSession(em, user);
  });
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (!ctx.user.sessionId) return false;
  await ctx.em.update(UserSession, { id: ctx.user.sessionId }, { revokedAt: new Date() });
  return true;
}

export async function me(ctx: RequestContext): Promise<User | null> {
  return ctx.user.id ? ctx.em.findOneBy(User, { id: ctx.user.id }) : null;
}

export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
  const user = await ctx.em.findOne(User, { where: { id: ctx.user.id ?? undefined }, lock: { mode: "pessimistic_write" } });
  if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, "请先登录");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, "当前密码不正确", { fields: { currentPassword: ["当前密码不正确"] } });
  }
  user.passwordHash = await hashPassword(input.newPassword);
  await ctx.em.save(user);
  await revokeOtherSessions(ctx.em, user.id, ctx.user.sessionId);
  await audit(ctx, { operation: "changePassword", entityType: "User", entityId: user.id, collegeId: user.collegeId });
  return true;
}

export async function revokeOtherSessions(em: EntityManager, userId: string, keep?: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(UserSession)
    .set({ revokedAt: () => "now()" })
    .where("user_id = :userId AND revoked_at IS NULL" + (keep ? " AND id <> :keep" : ""), { userId, keep })
    .execute();
}

async function openSession(em: EntityManager, user: User): Promise<AuthSession> {
  const accessToken = newToken(ACCESS_PREFIX);
  const refreshToken = newToken(REFRESH_PREFIX);
  const now = Date.now();
  const accessExpiresAt = new Date(now + AUTH_POLICY.accessTtlMinutes * 60_000);
  const refreshExpiresAt = new Date(now + AUTH_POLICY.refreshTtlDays * 86_400_000);
  await em.insert(UserSession, {
    userId: user.id,
    accessHash: hashToken(accessToken),
    accessExpiresAt,
    refreshHash: hashToken(refreshToken),
    refreshExpiresAt,
  });
  return Object.assign(new AuthSession(), { accessToken, accessExpiresAt, refreshToken, refreshExpiresAt, user });
}

function refused(errorCode: RefusalCode, message: string, retryAfterSeconds?: number): LoginRefused {
  return Object.assign(new LoginRefused(), { errorCode, message, retryAfterSeconds });
}
