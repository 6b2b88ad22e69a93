import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { CommitteePosition } from "./committee-position.entity";
import { MemberCounts } from "./subtree-member-counts";
import { OrgUnit } from "./org-unit.entity";
import * as OrgUnitService from "./org-unit.service";
import { CreateOrgUnitInput } from "./inputs/create-org-unit.input";
import { OrgUnitFilter } from "./inputs/org-unit-filter.input";
import { ArchiveOrgUnitInput, MoveOrgUnitInput, RenameOrgUnitInput, UpdateOrgUnitInput } from "./inputs/update-org-unit.input";
import { MembersOfUnitArgs } from "./inputs/members-of-unit.args";

export const OrgUnitPage = PageType(OrgUnit);
export const MemberPage = PageType(Member);
export const OrgUnitResult = resultUnion("OrgUnitResult", OrgUnit);

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnitPage, { description: "组织列表（按层级、原文顺序）" })
  @Authorized(Permission.ORG_READ)
  orgUnits(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => OrgUnitFilter, { nullable: true }) filter: OrgUnitFilter,
    @Args() page: PageArgs,
  ) {
    return OrgUnitService.list(ctx, filter ?? {}, page);
  }

  @Query(() => OrgUnit, { nullable: true })
  @Authorized(Permission.ORG_READ)
  orgUnit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return OrgUnitService.findOne(ctx, id);
  }

  @Mutation(() => OrgUnitResult)
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  createOrgUnit(@Ctx() ctx: RequestContext, @Arg("input") input: CreateOrgUnitInput) {
    return OrgUnitService.create(ctx, input);
  }

  @Mutation(() => OrgUnitResult)
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  renameOrgUnit(@Ctx() ctx: RequestContext, @Arg("input") input: RenameOrgUnitInput) {
    return OrgUnitService.rename(ctx, input);
  }

  @Mutation(() => OrgUnitResult)
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  updateOrgUnit(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateOrgUnitInput) {
    return OrgUnitService.update(ctx, input);
  }

  @Mutation(() => OrgUnitResult, { description: "移动到新的上级组织（不能移到自身子树内）" })
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  moveOrgUnit(@Ctx() ctx: RequestContext, @Arg("input") input: MoveOrgUnitInput) {
    return OrgUnitService.move(ctx, input);
  }

  @Mutation(() => OrgUnitResult, { description: "撤销组织（须无下级组织和在册党员）；记录保留" })
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  archiveOrgUnit(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveOrgUnitInput) {
    return OrgUnitService.archive(ctx, input);
  }

  @FieldResolver(() => String, { description: "全称，如“管理工程学院教工支部”" })
  fullName(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return OrgUnitService.fullName(ctx, unit);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return unit.parentId ? ctx.loaders.orgUnit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: "直接下级组织" })
  children(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit, @Arg("includeArchived", { defaultValue: false }) includeArchived: boolean) {
    return (includeArchived ? ctx.loaders.childrenOfUnitWithArchived : ctx.loaders.childrenOfUnit).load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: "上级组织链，从学校党委开始" })
  ancestors(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return OrgUnitService.ancestors(ctx, unit);
  }

  @FieldResolver(() => [CommitteePosition], { description: "委员会成员（默认仅现任）" })
  committee(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit, @Arg("includeEnded", { defaultValue: false }) includeEnded: boolean) {
    return (includeEnded ? ctx.loaders.committeeHistoryOfUnit : ctx.loaders.committeeOfUnit).load(unit.id);
  }

  @FieldResolver(() => MemberCounts, { nullable: true, description: "子树内在册党员人数（仅可查看其党员的组织）" })
  memberCounts(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return ctx.loaders.memberCounts.load(unit.id);
  }

  @FieldResolver(() => MemberPage, { description: "本组织的在册党员（subtree: true 含下级组织）" })
  members(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit, @Args() args: MembersOfUnitArgs) {
    return ctx.loaders.membersOfUnit(args.first, args.offset, args.subtree).load(unit.id);
  }
}
