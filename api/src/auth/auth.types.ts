import { createUnionType, Field, Int, ObjectType } from "type-graphql";
import { ErrorResult, Refusal } from "../common/refusal";
import { ApiToken } from "./api-token.entity";
import { User } from "./user.entity";

@ObjectType({ description: "登录会话：访问令牌短期有效，用刷新令牌换新" })
export class AuthSession {
  @Field({ description: "放在 Authorization: Bearer … 中" })
  accessToken: string;

  @Field(() => Date)
  accessExpiresAt: Date;

  @Field()
  refreshToken: string;

  @Field(() => Date)
  refreshExpiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ implements: ErrorResult, description: "登录或修改密码被拒绝：用户名或密码错误，或密码错误过多而暂停（按网络地址）" })
export class LoginRefused extends ErrorResult {
  @Field(() => Int, { nullable: true, description: "暂停时：多少秒后可再试" })
  retryAfterSeconds?: number;
}

export const LoginResult = createUnionType({
  name: "LoginResult",
  types: () => [AuthSession, LoginRefused] as const,
  resolveType: (value) => (value instanceof LoginRefused ? LoginRefused : AuthSession),
});

/** A wrong current password is a result, not an error: it is counted and committed (see AuthService.changePassword). */
export const ChangePasswordResult = createUnionType({
  name: "ChangePasswordResult",
  types: () => [User, LoginRefused] as const,
  resolveType: (value) => (value instanceof LoginRefused ? LoginRefused : User),
});

@ObjectType({ description: "新建的接口令牌：明文只在此返回一次" })
export class CreatedApiToken {
  @Field()
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

export const UserResult = createUnionType({
  name: "UserResult",
  types: () => [User, Refusal] as const,
  resolveType: (value) => (value instanceof Refusal ? Refusal : User),
});

@ObjectType({
  description: "浏览器会话：访问令牌在响应中（只存于页面内存），刷新令牌只在 httpOnly、SameSite=Strict、Path=/graphql 的 Cookie 中",
})
export class BrowserSession {
  @Field({ description: "放在 Authorization: Bearer … 中" })
  accessToken: string;

  @Field(() => Date)
  accessExpiresAt: Date;

  @Field(() => Date, { description: "Cookie 中刷新令牌的到期时间" })
  refreshExpiresAt: Date;

  @Field(() => User)
  user: User;
}

export const BrowserLoginResult = createUnionType({
  name: "BrowserLoginResult",
  types: () => [BrowserSession, LoginRefused] as const,
  resolveType: (value) => (value instanceof LoginRefused ? LoginRefused : BrowserSession),
});
