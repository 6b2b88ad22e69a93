import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { AuthSession, BrowserLoginResult, BrowserSession, ChangePasswordResult, LoginResult } from "./auth.types";
import * as AuthService from "./auth.service";
import { AUTH_POLICY } from "./auth-policy";
import { ChangePasswordInput, LoginInput } from "./inputs/auth.inputs";
import { Permission } from "./permissions";
import { ROLE_PERMISSIONS } from "./roles";
import { User } from "./user.entity";

@Resolver(() => User)
export class AuthResolver {
  /** Public (auth/public-operations.ts): the way in. */
  @Mutation(() => LoginResult, {
    description: `登录；同一用户名自同一网络地址失败 ${AUTH_POLICY.maxFailedLogins} 次、或同一地址失败 ${AUTH_POLICY.maxFailedLoginsPerAddress} 次，暂停 ${AUTH_POLICY.lockoutMinutes} 分钟`,
  })
  login(@Ctx() ctx: RequestContext, @Arg("input") input: LoginInput) {
    return AuthService.login(ctx, input);
  }

  /** Public: a refresh token is itself the credential. */
  @Mutation(() => AuthSession, {
    description: "用刷新令牌换取新的令牌（旧令牌随即失效；再次使用已换过的刷新令牌，则由它派生的全部会话一并注销）",
  })
  refreshSession(@Ctx() ctx: RequestContext, @Arg("refreshToken") refreshToken: string) {
    return AuthService.refresh(ctx, refreshToken);
  }

  /** Public: the way in for a browser page (the refresh token goes into an httpOnly cookie). */
  @Mutation(() => BrowserLoginResult, {
    description:
      "浏览器登录：同 login，但刷新令牌只写入 httpOnly、SameSite=Strict、Path=/graphql 的 Cookie，不出现在响应中；用 refreshBrowserSession 续期",
  })
  browserLogin(@Ctx() ctx: RequestContext, @Arg("input") input: LoginInput) {
    return AuthService.browserLogin(ctx, input);
  }

  /** Public: the cookie is itself the credential (never sent cross-site: SameSite=Strict; simple requests refused: CSRF prevention). */
  @Mutation(() => BrowserSession, {
    description:
      "浏览器会话续期：用 Cookie 中的刷新令牌换新的访问令牌，Cookie 随之轮换；重复使用已换过的刷新令牌则注销该登录派生的全部会话",
  })
  refreshBrowserSession(@Ctx() ctx: RequestContext) {
    return AuthService.browserRefresh(ctx);
  }

  @Mutation(() => Boolean, { description: "注销当前会话（浏览器会话的 Cookie 一并清除）" })
  @Authorized(Permission.SELF_READ)
  @Transaction()
  logout(@Ctx() ctx: RequestContext) {
    return AuthService.logout(ctx);
  }

  @Mutation(() => ChangePasswordResult, { description: "修改本人密码（其他会话随即注销）；当前密码错误与登录失败一并计数，过多则暂停" })
  @Authorized(Permission.SELF_READ)
  @Transaction()
  changeMyPassword(@Ctx() ctx: RequestContext, @Arg("input") input: ChangePasswordInput) {
    return AuthService.changePassword(ctx, input);
  }

  @Query(() => User, { nullable: true, description: "当前登录的用户" })
  @Authorized(Permission.SELF_READ)
  me(@Ctx() ctx: RequestContext) {
    return AuthService.me(ctx);
  }

  @FieldResolver(() => [Permission], { description: "该用户角色拥有的权限" })
  permissions(@Root() user: User) {
    return ROLE_PERMISSIONS[user.role];
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  scopeUnit(@Ctx() ctx: RequestContext, @Root() user: User) {
    return user.scopeUnitId ? ctx.loaders.orgUnit.load(user.scopeUnitId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() user: User) {
    return user.memberId ? ctx.loaders.member.load(user.memberId) : null;
  }
}
