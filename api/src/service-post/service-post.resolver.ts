import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ServiceEvaluation } from "./service-evaluation.entity";
import { ServicePledge } from "./service-pledge.entity";
import * as ServicePledgeService from "./service-pledge.service";
import { ServicePostBranchCoverage, ServicePostCoverage } from "./service-post-coverage";
import { ServicePostHolder } from "./service-post-holder.entity";
import { ServicePostType } from "./service-post-type.entity";
import { ServicePost } from "./service-post.entity";
import * as ServicePostService from "./service-post.service";
import {
  AppointServicePostHolderInput,
  ArchiveServicePledgeInput,
  ArchiveServicePostInput,
  CreateServicePledgeInput,
  CreateServicePostInput,
  CreateServicePostTypeInput,
  EndServicePostHolderInput,
  RecordServiceEvaluationInput,
  ServiceEvaluationFilter,
  ServicePledgeFilter,
  ServicePostCoverageArgs,
  ServicePostFilter,
  UpdateServicePledgeInput,
  UpdateServicePostInput,
} from "./inputs/service-post.inputs";

const ServicePostPage = PageType(ServicePost);
const ServicePledgePage = PageType(ServicePledge);
const ServiceEvaluationPage = PageType(ServiceEvaluation);
export const ServicePostResult = resultUnion("ServicePostResult", ServicePost);
export const ServicePostHolderResult = resultUnion("ServicePostHolderResult", ServicePostHolder);
export const ServicePledgeResult = resultUnion("ServicePledgeResult", ServicePledge);
export const ServiceEvaluationResult = resultUnion("ServiceEvaluationResult", ServiceEvaluation);

@Resolver(() => ServicePostType)
export class ServicePostTypeResolver {
  @Query(() => [ServicePostType], { description: "服务岗位类型（内置 + 本校新增）" })
  @Authorized(Permission.SERVICE_READ)
  servicePostTypes(
    @Ctx() ctx: RequestContext,
    @Arg("collegeId", () => ID, { nullable: true }) collegeId: string | undefined,
    @Arg("includeArchived", { defaultValue: false }) includeArchived: boolean,
  ) {
    return ServicePostService.listTypes(ctx, collegeId ?? undefined, includeArchived);
  }

  @Mutation(() => ServicePostType, { description: "新增岗位类型" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  createServicePostType(@Ctx() ctx: RequestContext, @Arg("input") input: CreateServicePostTypeInput) {
    return ServicePostService.createType(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: "是否为原文所列的内置类型" })
  builtIn(@Root() type: ServicePostType) {
    return type.collegeId === null;
  }
}

@Resolver(() => ServicePost)
export class ServicePostResolver {
  @Query(() => ServicePostPage, { description: "设岗定责岗位" })
  @Authorized(Permission.SERVICE_READ)
  servicePosts(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ServicePostFilter, { nullable: true }) filter: ServicePostFilter,
    @Args() page: PageArgs,
  ) {
    return ServicePostService.listPosts(ctx, filter ?? {}, page);
  }

  @Query(() => ServicePost, { nullable: true })
  @Authorized(Permission.SERVICE_READ)
  servicePost(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ServicePostService.findPost(ctx, id);
  }

  @Query(() => ServicePostCoverage, { description: "学生党员在岗比例（设岗定责覆盖面）" })
  @Authorized(Permission.SERVICE_READ)
  servicePostCoverage(@Ctx() ctx: RequestContext, @Args() args: ServicePostCoverageArgs) {
    return ServicePostService.coverage(ctx, args.unitId, args.on);
  }

  @Mutation(() => ServicePostResult, { description: "设立岗位（学生党支部）" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  createServicePost(@Ctx() ctx: RequestContext, @Arg("input") input: CreateServicePostInput) {
    return ServicePostService.createPost(ctx, input);
  }

  @Mutation(() => ServicePostResult)
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  updateServicePost(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateServicePostInput) {
    return ServicePostService.updatePost(ctx, input);
  }

  @Mutation(() => ServicePostResult, { description: "撤岗（在岗人员同日离岗，记录保留）" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  archiveServicePost(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveServicePostInput) {
    return ServicePostService.archivePost(ctx, input);
  }

  @Mutation(() => ServicePostHolderResult, { description: "学生党员上岗（须为设岗支部的在册学生党员）" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  appointServicePostHolder(@Ctx() ctx: RequestContext, @Arg("input") input: AppointServicePostHolderInput) {
    return ServicePostService.appointHolder(ctx, input);
  }

  @Mutation(() => ServicePostHolderResult, { description: "离岗" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  endServicePostHolder(@Ctx() ctx: RequestContext, @Arg("input") input: EndServicePostHolderInput) {
    return ServicePostService.endHolder(ctx, input);
  }

  @FieldResolver(() => ServicePostType)
  type(@Ctx() ctx: RequestContext, @Root() post: ServicePost) {
    return ctx.loaders.servicePostType.load(post.typeId);
  }

  @FieldResolver(() => OrgUnit, { description: "设岗支部" })
  hostUnit(@Ctx() ctx: RequestContext, @Root() post: ServicePost) {
    return ctx.loaders.orgUnit.load(post.hostUnitId);
  }

  @FieldResolver(() => [ServicePostHolder], { description: "在岗人员（includeEnded: 含已离岗）" })
  holders(@Ctx() ctx: RequestContext, @Root() post: ServicePost, @Arg("includeEnded", { defaultValue: false }) includeEnded: boolean) {
    return (includeEnded ? ctx.loaders.holdersOfPostWithEnded : ctx.loaders.holdersOfPost).load(post.id);
  }
}

@Resolver(() => ServicePostHolder)
export class ServicePostHolderResolver {
  @FieldResolver(() => ServicePost)
  post(@Ctx() ctx: RequestContext, @Root() holder: ServicePostHolder) {
    return ctx.loaders.servicePost.load(holder.postId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() holder: ServicePostHolder) {
    return ctx.loaders.member.load(holder.memberId);
  }
}

@Resolver(() => ServicePostBranchCoverage)
export class ServicePostBranchCoverageResolver {
  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() row: ServicePostBranchCoverage) {
    return ctx.loaders.orgUnit.load(row.unitId);
  }
}

@Resolver(() => ServicePostCoverage)
export class ServicePostCoverageResolver {
  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() row: ServicePostCoverage) {
    return ctx.loaders.orgUnit.load(row.unitId);
  }
}

@Resolver(() => ServicePledge)
export class ServicePledgeResolver {
  @Query(() => ServicePledgePage, { description: "三亮承诺（服务窗口）" })
  @Authorized(Permission.SERVICE_READ)
  servicePledges(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ServicePledgeFilter, { nullable: true }) filter: ServicePledgeFilter,
    @Args() page: PageArgs,
  ) {
    return ServicePledgeService.listPledges(ctx, filter ?? {}, page);
  }

  @Query(() => ServicePledge, { nullable: true })
  @Authorized(Permission.SERVICE_READ)
  servicePledge(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ServicePledgeService.findPledge(ctx, id);
  }

  @Mutation(() => ServicePledgeResult, { description: "亮标准、亮身份、亮承诺" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  createServicePledge(@Ctx() ctx: RequestContext, @Arg("input") input: CreateServicePledgeInput) {
    return ServicePledgeService.createPledge(ctx, input);
  }

  @Mutation(() => ServicePledgeResult)
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  updateServicePledge(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateServicePledgeInput) {
    return ServicePledgeService.updatePledge(ctx, input);
  }

  @Mutation(() => ServicePledgeResult, { description: "撤回承诺（记录保留）" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  archiveServicePledge(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveServicePledgeInput) {
    return ServicePledgeService.archivePledge(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() pledge: ServicePledge) {
    return ctx.loaders.member.load(pledge.memberId);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() pledge: ServicePledge) {
    return ctx.loaders.orgUnit.load(pledge.unitId);
  }

  @FieldResolver(() => [ServiceEvaluation], { description: "评议（三评）" })
  evaluations(@Ctx() ctx: RequestContext, @Root() pledge: ServicePledge) {
    return ctx.loaders.evaluationsOfPledge.load(pledge.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: "平均得分（无评议时为空）" })
  async averageScore(@Ctx() ctx: RequestContext, @Root() pledge: ServicePledge) {
    const evaluations = await ctx.loaders.evaluationsOfPledge.load(pledge.id);
    if (!evaluations.length) return null;
    return Math.round((evaluations.reduce((sum, e) => sum + e.score, 0) / evaluations.length) * 100) / 100;
  }
}

@Resolver(() => ServiceEvaluation)
export class ServiceEvaluationResolver {
  @Query(() => ServiceEvaluationPage, { description: "三评记录" })
  @Authorized(Permission.SERVICE_READ)
  serviceEvaluations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ServiceEvaluationFilter, { nullable: true }) filter: ServiceEvaluationFilter,
    @Args() page: PageArgs,
  ) {
    return ServicePledgeService.listEvaluations(ctx, filter ?? {}, page);
  }

  @Mutation(() => ServiceEvaluationResult, { description: "记录评议（群众评议、党员互评、领导点评）" })
  @Authorized(Permission.SERVICE_WRITE)
  @Transaction()
  recordServiceEvaluation(@Ctx() ctx: RequestContext, @Arg("input") input: RecordServiceEvaluationInput) {
    return ServicePledgeService.recordEvaluation(ctx, input);
  }

  @FieldResolver(() => ServicePledge, { nullable: true })
  pledge(@Ctx() ctx: RequestContext, @Root() e: ServiceEvaluation) {
    return e.pledgeId ? ctx.loaders.servicePledge.load(e.pledgeId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() e: ServiceEvaluation) {
    return ctx.loaders.member.load(e.memberId);
  }
}
