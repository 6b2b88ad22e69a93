import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { birthDate, birthMonth, sensitive } from "../auth/mask";
import { DateScalar } from "../common/scalars";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { OrgUnit } from "../org/org-unit.entity";
import { MassContact } from "./mass-contact.entity";
import { MemberTransfer } from "./member-transfer.entity";
import { Member } from "./member.entity";
import * as MemberService from "./member.service";
import { RegisterEntry } from "./register-entry.entity";
import { MemberFilter } from "./inputs/member-filter.input";
import { CreateMemberInput, RemoveMemberInput, TransferMemberInput, UpdateMemberInput } from "./inputs/member.inputs";

const MemberSearchPage = PageType(Member, "MemberSearchPage");
export const MemberResult = resultUnion("MemberResult", Member);

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberSearchPage, { description: "党员查询：组织子树、类别、身份、流动、姓名" })
  @Authorized(Permission.MEMBER_READ)
  members(@Ctx() ctx: RequestContext, @Arg("filter", () => MemberFilter, { nullable: true }) filter: MemberFilter, @Args() page: PageArgs) {
    return MemberService.list(ctx, filter ?? {}, page);
  }

  @Query(() => Member, { nullable: true })
  @Authorized(Permission.MEMBER_READ)
  member(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return MemberService.findOne(ctx, id);
  }

  @Mutation(() => MemberResult, { description: "党员入册（建档、发展、转入）" })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  createMember(@Ctx() ctx: RequestContext, @Arg("input") input: CreateMemberInput) {
    return MemberService.create(ctx, input);
  }

  @Mutation(() => MemberResult)
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  updateMember(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateMemberInput) {
    return MemberService.update(ctx, input);
  }

  @Mutation(() => MemberResult, { description: "校内支部间转接组织关系" })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  transferMember(@Ctx() ctx: RequestContext, @Arg("input") input: TransferMemberInput) {
    return MemberService.transfer(ctx, input);
  }

  @Mutation(() => MemberResult, { description: "出册（转出、毕业、去世等）；记录永久保留" })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  removeMember(@Ctx() ctx: RequestContext, @Arg("input") input: RemoveMemberInput) {
    return MemberService.remove(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.orgUnit.load(member.branchId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  group(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return member.groupId ? ctx.loaders.orgUnit.load(member.groupId) : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "出生日期（敏感：无 MEMBER_SENSITIVE_READ 权限时为空，见 birthMonth）" })
  birthDate(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return birthDate(ctx, member.birthDate, member.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "出生年月（YYYY-MM），人人可见" })
  birthMonth(@Root() member: Member) {
    return birthMonth(member.birthDate);
  }

  @FieldResolver(() => String, { nullable: true, description: "身份证号（敏感：无 MEMBER_SENSITIVE_READ 权限时只显示后 4 位）" })
  idNumber(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return sensitive(ctx, member.idNumber, member.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "联系电话（敏感：无 MEMBER_SENSITIVE_READ 权限时只显示后 4 位）" })
  phone(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return sensitive(ctx, member.phone, member.id);
  }

  @FieldResolver(() => [MassContact], { description: "联系的党外群众（含已结束的联系）" })
  massContacts(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.massContactsOfMember.load(member.id);
  }

  @FieldResolver(() => [RegisterEntry], { description: "名册增减记录" })
  registerEntries(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.registerOfMember.load(member.id);
  }

  @FieldResolver(() => [MemberTransfer], { description: "校内转接记录" })
  transfers(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.transfersOfMember.load(member.id);
  }
}

@Resolver(() => RegisterEntry)
export class RegisterEntryResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  branch(@Ctx() ctx: RequestContext, @Root() entry: RegisterEntry) {
    return ctx.loaders.orgUnit.load(entry.branchId);
  }
}

@Resolver(() => MemberTransfer)
export class MemberTransferResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  fromBranch(@Ctx() ctx: RequestContext, @Root() transfer: MemberTransfer) {
    return ctx.loaders.orgUnit.load(transfer.fromBranchId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  toBranch(@Ctx() ctx: RequestContext, @Root() transfer: MemberTransfer) {
    return ctx.loaders.orgUnit.load(transfer.toBranchId);
  }
}
