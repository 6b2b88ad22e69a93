import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput, notFound } from "../common/errors";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, scopeCondition } from "../common/scope";
import { lockInScope, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import { ApiToken } from "./api-token.entity";
import { revokeOtherSessions } from "./auth.service";
import { forgetUsername } from "./login-throttle";
import { CreatedApiToken } from "./auth.types";
import type { CreateApiTokenInput, CreateUserInput, UpdateUserInput } from "./inputs/auth.inputs";
import { hashPassword } from "./passwords";
import { UserRole } from "./roles";
import { API_TOKEN_PREFIX, hashToken, newToken } from "./tokens";
import { TOKEN_GRANTABLE } from "./roles";
import { User } from "./user.entity";

/** The unit kind a scoped role must be anchored at: a secretary's scope is their own unit. */
const SCOPE_KIND: Partial<Record<UserRole, OrgUnitKind[]>> = {
  ADMIN: [OrgUnitKind.PARTY_COMMITTEE],
  LEADERSHIP: [OrgUnitKind.PARTY_COMMITTEE],
  GENERAL_BRANCH_SECRETARY: [OrgUnitKind.GENERAL_BRANCH],
  GENERAL_BRANCH_COMMITTEE: [OrgUnitKind.GENERAL_BRANCH],
  BRANCH_SECRETARY: [OrgUnitKind.BRANCH],
  BRANCH_COMMITTEE: [OrgUnitKind.BRANCH],
};

export async function listUsers(ctx: RequestContext, page: PageArgs): Promise<Page<User>> {
  const scope = scopeCondition(ctx, "u.path");
  const [items, totalCount] = await ctx.em
    .createQueryBuilder(User, "a")
    .leftJoin(Member, "m", "m.id = a.member_id")
    .innerJoin(OrgUnit, "u", "u.id = coalesce(a.scope_unit_id, m.branch_id)")
    .where(scope.sql, scope.params)
    .orderBy("a.username", "ASC")
    .skip(page.offset)
    .take(page.first)
    .getManyAndCount();
  return { items, totalCount };
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User | Refusal> {
  const username = input.username.toLowerCase();
  if (await ctx.em.existsBy(User, { username })) {
    return Refusal.of(RefusalCode.USERNAME_TAKEN, `用户名“${username}”已被使用`, { field: "username" });
  }
  const anchor = await checkAnchor(ctx, input.role, input.scopeUnitId ?? null, input.memberId ?? null);
  const user = await ctx.em.save(
    ctx.em.create(User, {
      username,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      scopeUnitId: anchor.scopeUnitId,
      memberId: input.memberId ?? null,
      collegeId: anchor.collegeId,
    }),
  );
  await audit(ctx, { operation: "createUser", entityType: "User", entityId: user.id, collegeId: user.collegeId, after: redact(user) });
  return user;
}

export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<User | Refusal> {
  // scope before version: an account outside the caller's scope is not found, whatever the version
  const user = await lockInScope(ctx, User, "User", input.id, (u) => accountInScope(ctx, u), input.version);
  const before = redact(user);
  if (input.displayName !== undefined) user.displayName = input.displayName.trim();
  if (input.role !== undefined || input.scopeUnitId !== undefined) {
    const role = input.role ?? user.role;
    const anchor = await checkAnchor(ctx, role, input.scopeUnitId ?? user.scopeUnitId, user.memberId);
    Object.assign(user, { role, scopeUnitId: anchor.scopeUnitId, collegeId: anchor.collegeId });
  }
  if (input.disabled !== undefined) user.disabledAt = input.disabled ? new Date() : null;
  if (input.password !== undefined) {
    user.passwordHash = await hashPassword(input.password);
    user.lockedUntil = null;
    await forgetUsername(ctx.em, user.username);
  }
  const after = await ctx.em.save(user);
  if (input.disabled || input.password !== undefined || input.role !== undefined || input.scopeUnitId !== undefined) {
    await revokeOtherSessions(ctx.em, user.id);
  }
  await audit(ctx, {
    operation: "updateUser",
    entityType: "User",
    entityId: user.id,
    collegeId: user.collegeId,
    before,
    after: redact(after),
  });
  return after;
}

export async function listApiTokens(ctx: RequestContext, page: PageArgs): Promise<Page<ApiToken>> {
  const scope = scopeCondition(ctx, "u.path");
  const [items, totalCount] = await ctx.em
    .createQueryBuilder(ApiToken, "t")
    .innerJoin(OrgUnit, "u", "u.id = t.scope_unit_id")
    .where(scope.sql, scope.params)
    .orderBy("t.created_at", "DESC")
    .skip(page.offset)
    .take(page.first)
    .getManyAndCount();
  return { items, totalCount };
}

export async function createApiToken(ctx: RequestContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  const unit = await ctx.em.findOneBy(OrgUnit, { id: input.scopeUnitId });
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", input.scopeUnitId);
  const notGrantable = input.permissions.filter((p) => !TOKEN_GRANTABLE.includes(p));
  if (notGrantable.length) throw badInput({ permissions: [`接口令牌不能授予：${notGrantable.join("、")}`] });
  if (input.expiresAt && input.expiresAt <= new Date()) throw badInput({ expiresAt: ["过期时间须在将来"] });
  const token = newToken(API_TOKEN_PREFIX);
  const apiToken = await ctx.em.save(
    ctx.em.create(ApiToken, {
      name: input.name.trim(),
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 10),
      permissions: [...new Set(input.permissions)],
      scopeUnitId: unit.id,
      collegeId: unit.collegeId,
      createdBy: ctx.user.id,
      expiresAt: input.expiresAt ?? null,
    }),
  );
  const { tokenHash: _hidden, ...shown } = apiToken;
  await audit(ctx, { operation: "createApiToken", entityType: "ApiToken", entityId: apiToken.id, collegeId: unit.collegeId, after: shown });
  return Object.assign(new CreatedApiToken(), { token, apiToken });
}

export async function revokeApiToken(ctx: RequestContext, id: string, version: number): Promise<ApiToken | Refusal> {
  const token = await lockInScope(ctx, ApiToken, "ApiToken", id, (t) => unitInScope(ctx, t.scopeUnitId), version);
  if (token.revokedAt) return Refusal.of(RefusalCode.ALREADY_REVOKED, `令牌“${token.name}”已于此前撤销`);
  token.revokedAt = new Date();
  const after = await ctx.em.save(token);
  await audit(ctx, {
    operation: "revokeApiToken",
    entityType: "ApiToken",
    entityId: id,
    collegeId: token.collegeId,
    after: { revokedAt: after.revokedAt },
  });
  return after;
}

/**
 * The unit an account is anchored at must exist, be of the role's kind and lie in the caller's
 * scope; a member's own account is anchored at the member, who must be in scope.
 */
/** An account is in scope when what it is confined to is: its member's home unit, or its scope unit. */
async function accountInScope(ctx: RequestContext, user: User): Promise<boolean> {
  if (user.role === UserRole.MEMBER) {
    const member = user.memberId ? await ctx.em.findOneBy(Member, { id: user.memberId }) : null;
    return member !== null && (await unitInScope(ctx, member.groupId ?? member.branchId));
  }
  return unitInScope(ctx, user.scopeUnitId);
}

async function unitInScope(ctx: RequestContext, unitId: string | null): Promise<boolean> {
  const unit = unitId ? await ctx.em.findOneBy(OrgUnit, { id: unitId }) : null;
  return unit !== null && pathInScope(ctx, unit.path);
}

async function checkAnchor(ctx: RequestContext, role: UserRole, scopeUnitId: string | null, memberId: string | null) {
  if (role === UserRole.MEMBER) {
    if (!memberId) throw badInput({ memberId: ["党员本人账号须指定对应的党员"] });
    const member = await ctx.em.findOneBy(Member, { id: memberId });
    const home = member && (await ctx.em.findOneBy(OrgUnit, { id: member.groupId ?? member.branchId }));
    if (!member || !home || !pathInScope(ctx, home.path)) throw notFound("Member", memberId);
    return { scopeUnitId: null, collegeId: member.collegeId };
  }
  if (!scopeUnitId) throw badInput({ scopeUnitId: ["须指定可访问的组织"] });
  const unit = await ctx.em.findOneBy(OrgUnit, { id: scopeUnitId });
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", scopeUnitId);
  const kinds = SCOPE_KIND[role] ?? [];
  if (!kinds.includes(unit.kind)) throw badInput({ scopeUnitId: [`该角色的组织应为${kinds.join("/")}，而“${unit.name}”是${unit.kind}`] });
  return { scopeUnitId: unit.id, collegeId: unit.collegeId };
}

/** Never write a password hash into the audit log. */
function redact(user: User): Record<string, unknown> {
  const { passwordHash: _hidden, ...rest } = snapshot(user);
  return rest;
}
