import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import * as AccountService from "./account.service";
import { ApiToken } from "./api-token.entity";
import { CreatedApiToken, UserResult } from "./auth.types";
import { CreateApiTokenInput, CreateUserInput, UpdateUserInput } from "./inputs/auth.inputs";
import { Permission } from "./permissions";
import { User } from "./user.entity";

const UserPage = PageType(User);
const ApiTokenPage = PageType(ApiToken);
const ApiTokenResult = resultUnion("ApiTokenResult", ApiToken);

@Resolver()
export class AccountResolver {
  @Query(() => UserPage, { description: "用户列表" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  users(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return AccountService.listUsers(ctx, page);
  }

  @Mutation(() => UserResult, { description: "新建用户" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  @Transaction()
  createUser(@Ctx() ctx: RequestContext, @Arg("input") input: CreateUserInput) {
    return AccountService.createUser(ctx, input);
  }

  @Mutation(() => UserResult, { description: "修改用户：角色、范围、停用、重设密码" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  @Transaction()
  updateUser(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateUserInput) {
    return AccountService.updateUser(ctx, input);
  }

  @Query(() => ApiTokenPage, { description: "集成接口令牌" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  apiTokens(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return AccountService.listApiTokens(ctx, page);
  }

  @Mutation(() => CreatedApiToken, { description: "新建接口令牌（明文只显示这一次）" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  @Transaction()
  createApiToken(@Ctx() ctx: RequestContext, @Arg("input") input: CreateApiTokenInput) {
    return AccountService.createApiToken(ctx, input);
  }

  @Mutation(() => ApiTokenResult, { description: "撤销接口令牌" })
  @Authorized(Permission.ACCOUNT_ADMIN)
  @Transaction()
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number) {
    return AccountService.revokeApiToken(ctx, id, version);
  }
}
