import { randomUUID } from "node:crypto";
import { IsNull, Not, type EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { AppError, ErrorCode } from "../common/errors";
import { RefusalCode } from "../common/refusal";
import { AUTH_POLICY } from "./auth-policy";
import { AuthSession, BrowserSession, LoginRefused } from "./auth.types";
import { REFRESH_COOKIE } from "./browser-cookie";
import type { ChangePasswordInput, LoginInput } from "./inputs/auth.inputs";
import { beginAttempt, failed, succeeded } from "./login-throttle";
import { hashPassword, verifyPassword } from "./passwords";
import { ACCESS_PREFIX, hashToken, newToken, REFRESH_PREFIX } from "./tokens";
import { User } from "./user.entity";
import { UserSession } from "./user-session.entity";

export { AUTH_POLICY };

/** Compared against when the username does not exist, so timing does not reveal which usernames do. */
let decoyHash: Promise<string> | undefined;

const INVALID_LOGIN = "用户名或密码错误";
const WRONG_CURRENT_PASSWORD = "当前密码不正确";

/**
 * Checks a password under the sign-in throttle (auth/login-throttle.ts): wrong passwords are counted
 * per (typed username, address) and per address, a key at its limit is locked, and unknown or
 * disabled names go through the very same steps, so no answer tells whether a username exists.
 * Runs on `ctx.em` outside any @Transaction(): the failure counts and audit entries are written
 * even though the answer is a refusal.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthSession | LoginRefused> {
  const username = input.username.trim().toLowerCase();
  const found = await ctx.em.findOneBy(User, { username });
  const user = found && !found.disabledAt ? found : null;
  const check = await checkPassword(ctx, username, user, input.password, INVALID_LOGIN);
  if (check.refused) {
    if (user && check.failed) {
      await audit(
        { ...ctx, user: { ...ctx.user, label: `login:${user.username}` } },
        {
          operation: check.locked ? "loginLocked" : "loginFailed",
          entityType: "User",
          entityId: user.id,
          collegeId: user.collegeId,
        },
      );
    }
    return check.refused;
  }
  const now = new Date();
  await ctx.em.update(User, { id: user!.id }, { lastLoginAt: now, version: () => "version" });
  const session = await openSession(ctx.em, user!, randomUUID());
  await audit(
    { ...ctx, user: { ...ctx.user, id: user!.id, label: user!.username } },
    {
      operation: "login",
      entityType: "User",
      entityId: user!.id,
      collegeId: user!.collegeId,
    },
  );
  return session;
}

/**
 * Trades a refresh token for a new pair (rotation: the old pair stops working). Presenting a refresh
 * token that was already rotated means two parties hold it — the user and a thief — so the whole
 * family of sessions refreshed from that login is revoked: the thief's and the user's next use are
 * both UNAUTHENTICATED and the user signs in again. The revocation is written on `ctx.em` before
 * the error is thrown (refreshSession is not a @Transaction() mutation, so nothing rolls it back).
 */
export async function refresh(ctx: RequestContext, refreshToken: string): Promise<AuthSession> {
  const hash = hashToken(refreshToken);
  // One atomic claim: of two requests with the same token exactly one gets a new pair.
  const claimed: Array<{ user_id: string; family_id: string }> = (
    await ctx.em
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => "now()" })
      .where("refresh_hash = :hash AND revoked_at IS NULL AND refresh_expires_at > now()", { hash })
      .andWhere("user_id IN (SELECT id FROM app_user WHERE disabled_at IS NULL)")
      .returning("user_id, family_id")
      .execute()
  ).raw;
  const user = claimed.length ? await ctx.em.findOneBy(User, { id: claimed[0].user_id }) : null;
  if (!user) {
    const replayed = await ctx.em.findOne(UserSession, { where: { refreshHash: hash, revokedAt: Not(IsNull()) } });
    if (replayed) await revokeFamily(ctx, replayed);
    throw new AppError(ErrorCode.UNAUTHENTICATED, "会话已失效，请重新登录", { http: { status: 401 } });
  }
  return openSession(ctx.em, user, claimed[0].family_id);
}

async function revokeFamily(ctx: RequestContext, replayed: UserSession): Promise<void> {
  const revoked = await ctx.em
    .createQueryBuilder()
    .update(UserSession)
    .set({ revokedAt: () => "now()" })
    .where("family_id = :family AND revoked_at IS NULL", { family: replayed.familyId })
    .execute();
  if (!revoked.affected) return; // already dead (logged out, or replayed before): nothing to record
  const user = await ctx.em.findOneBy(User, { id: replayed.userId });
  await audit(
    { ...ctx, user: { ...ctx.user, label: `refresh:${user?.username ?? replayed.userId}` } },
    {
      operation: "refreshTokenReused",
      entityType: "User",
      entityId: replayed.userId,
      collegeId: user?.collegeId ?? null,
    },
  );
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  const cookie = ctx.web?.cookie(REFRESH_COOKIE);
  if (cookie) {
    // A browser session: its refresh token ends too (even were it another row than the access token's), and the cookie goes.
    if (ctx.user.id) await ctx.em.update(UserSession, { refreshHash: hashToken(cookie), userId: ctx.user.id }, { revokedAt: new Date() });
    ctx.web!.clearCookie(REFRESH_COOKIE);
  }
  if (!ctx.user.sessionId) return false;
  await ctx.em.update(UserSession, { id: ctx.user.sessionId }, { revokedAt: new Date() });
  return true;
}

/**
 * Sign-in for a browser page: as login, but the refresh token is set as an httpOnly cookie
 * (auth/browser-cookie.ts) and never appears in the answer, so no script on the page can read it.
 */
export async function browserLogin(ctx: RequestContext, input: LoginInput): Promise<BrowserSession | LoginRefused> {
  const web = browserExchange(ctx);
  const answer = await login(ctx, input);
  return answer instanceof AuthSession ? toBrowser(web, answer) : answer;
}

/**
 * A browser session's refresh: the token comes from the cookie and the new one goes back into it
 * (rotation and reuse detection exactly as refreshSession). A missing or dead cookie is cleared
 * and answered UNAUTHENTICATED: the page shows the sign-in form.
 */
export async function browserRefresh(ctx: RequestContext): Promise<BrowserSession> {
  const web = browserExchange(ctx);
  const token = web.cookie(REFRESH_COOKIE);
  try {
    if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, "会话已失效，请重新登录", { http: { status: 401 } });
    return toBrowser(web, await refresh(ctx, token));
  } catch (error) {
    web.clearCookie(REFRESH_COOKIE);
    throw error;
  }
}

function browserExchange(ctx: RequestContext) {
  if (!ctx.web) throw new AppError(ErrorCode.BAD_USER_INPUT, "浏览器会话只能通过 HTTP 请求使用");
  return ctx.web;
}

function toBrowser(web: NonNullable<RequestContext["web"]>, session: AuthSession): BrowserSession {
  web.setCookie(REFRESH_COOKIE, session.refreshToken, session.refreshExpiresAt);
  const { accessToken, accessExpiresAt, refreshExpiresAt, user } = session;
  return Object.assign(new BrowserSession(), { accessToken, accessExpiresAt, refreshExpiresAt, user });
}

export async function me(ctx: RequestContext): Promise<User | null> {
  return ctx.user.id ? ctx.em.findOneBy(User, { id: ctx.user.id }) : null;
}

/**
 * Changes the caller's own password. The current password is checked under the same throttle as
 * login (same keys: the username and the caller's address), so a stolen session cannot guess it.
 *
 * A wrong or locked-out attempt is answered with a LoginRefused *result*, not a thrown error or a
 * `Refusal`: @Transaction() rolls back a mutation that throws or returns a Refusal, which would
 * erase the failure count and make the check a free guessing oracle again. A LoginRefused commits.
 */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<User | LoginRefused> {
  const user = await ctx.em.findOne(User, { where: { id: ctx.user.id ?? undefined }, lock: { mode: "pessimistic_write" } });
  if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, "请先登录");
  const check = await checkPassword(ctx, user.username, user, input.currentPassword, WRONG_CURRENT_PASSWORD);
  if (check.refused) {
    if (check.failed) {
      await audit(ctx, {
        operation: check.locked ? "changePasswordLocked" : "changePasswordFailed",
        entityType: "User",
        entityId: user.id,
        collegeId: user.collegeId,
      });
    }
    return check.refused;
  }
  user.passwordHash = await hashPassword(input.newPassword);
  const saved = await ctx.em.save(user);
  await revokeOtherSessions(ctx.em, user.id, ctx.user.sessionId);
  await audit(ctx, { operation: "changePassword", entityType: "User", entityId: user.id, collegeId: user.collegeId });
  return saved;
}

type PasswordCheck = { refused: null } | { refused: LoginRefused; failed: boolean; locked: boolean };

/** The throttled check shared by login and changeMyPassword; `user` null for unknown or disabled names. */
async function checkPassword(
  ctx: RequestContext,
  username: string,
  user: User | null,
  password: string,
  wrongMessage: string,
): Promise<PasswordCheck> {
  const attempt = await beginAttempt(ctx.em, username, ctx.clientAddress);
  if (attempt.locked) return { refused: lockedOut(attempt.retryAfterSeconds), failed: false, locked: true };
  const passwordHash = user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy-password")));
  if (user && (await verifyPassword(passwordHash, password))) {
    await succeeded(ctx.em, attempt.keys);
    return { refused: null };
  }
  if (!user) await verifyPassword(passwordHash, password);
  const locked = await failed(ctx.em, attempt);
  if (locked && user) {
    // For administrators to see; it stops nobody (the locks are per address).
    await ctx.em.update(
      User,
      { id: user.id },
      { lockedUntil: () => `now() + make_interval(mins => ${AUTH_POLICY.lockoutMinutes})`, version: () => "version" },
    );
  }
  return {
    refused: locked ? lockedOut(AUTH_POLICY.lockoutMinutes * 60) : refused(RefusalCode.INVALID_CREDENTIALS, wrongMessage),
    failed: true,
    locked,
  };
}

/** One answer for every lock (name from this address, or the address): it says nothing about the name. */
function lockedOut(retryAfterSeconds: number): LoginRefused {
  return refused(RefusalCode.ACCOUNT_LOCKED, `密码错误次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`, retryAfterSeconds);
}

export async function revokeOtherSessions(em: EntityManager, userId: string, keep?: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(UserSession)
    .set({ revokedAt: () => "now()" })
    .where("user_id = :userId AND revoked_at IS NULL" + (keep ? " AND id <> :keep" : ""), { userId, keep })
    .execute();
}

async function openSession(em: EntityManager, user: User, familyId: string): Promise<AuthSession> {
  const accessToken = newToken(ACCESS_PREFIX);
  const refreshToken = newToken(REFRESH_PREFIX);
  const now = Date.now();
  const accessExpiresAt = new Date(now + AUTH_POLICY.accessTtlMinutes * 60_000);
  const refreshExpiresAt = new Date(now + AUTH_POLICY.refreshTtlDays * 86_400_000);
  await em.insert(UserSession, {
    userId: user.id,
    familyId,
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
