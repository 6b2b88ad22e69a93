import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { Transaction } from "../db/transaction";
import { ImportMembersInput, MEMBER_IMPORT_MAX_ROWS } from "./inputs/member-import.inputs";
import { Member } from "./member.entity";
import { MemberImportResult, MemberImportRow } from "./member-import.types";
import * as MemberImportService from "./member-import.service";

@Resolver(() => MemberImportRow)
export class MemberImportResolver {
  @Mutation(() => MemberImportResult, {
    description:
      `党员名册导入（Excel 花名册）：逐行报告字段错误（同 createMember）；dryRun 只校验不写入；写入时有错行则全部不写入，` +
      `除非 onlyValid 只写入通过的行；一次最多 ${MEMBER_IMPORT_MAX_ROWS} 行`,
  })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  importMembers(@Ctx() ctx: RequestContext, @Arg("input") input: ImportMembersInput) {
    return MemberImportService.importMembers(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true, description: "写入时新建的党员" })
  member(@Ctx() ctx: RequestContext, @Root() row: MemberImportRow) {
    return row.memberId ? ctx.loaders.member.load(row.memberId) : null;
  }
}
