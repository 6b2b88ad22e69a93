import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope } from "../common/locks";
import { pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import {
  archiveRecord,
  changeRecord,
  createRecord,
  frozenOnceArchived,
  lockRecord,
  pageOf,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { OrgUnit } from "../org/org-unit.entity";
import { ServiceEvaluation } from "./service-evaluation.entity";
import { ServicePledge } from "./service-pledge.entity";
import type {
  ArchiveServicePledgeInput,
  CreateServicePledgeInput,
  RecordServiceEvaluationInput,
  ServiceEvaluationFilter,
  ServicePledgeFilter,
  UpdateServicePledgeInput,
} from "./inputs/service-post.inputs";

const PLEDGE = "ServicePledge";
const EVALUATION = "ServiceEvaluation";

/** A pledge is its member's branch's: in scope when that unit is; withdrawn (archived), it no longer changes. */
const PLEDGE_KIND = {
  entity: ServicePledge,
  typeName: PLEDGE,
  inScope: (ctx: RequestContext, p: ServicePledge) => unitIdInScope(ctx, p.unitId),
  frozen: frozenOnceArchived<ServicePledge>(() => Refusal.of(RefusalCode.RECORD_ARCHIVED, "该承诺已撤回")),
} satisfies RecordKind<ServicePledge>;

const EVALUATION_KIND: RecordKind<ServiceEvaluation> = {
  entity: ServiceEvaluation,
  typeName: EVALUATION,
  inScope: (ctx, e) => unitIdInScope(ctx, e.unitId),
};

export async function findPledge(ctx: RequestContext, id: string): Promise<ServicePledge | null> {
  if (!isId(id)) return null;
  const pledge = await ctx.loaders.servicePledge.load(id);
  return pledge && (await unitInScope(ctx, pledge.unitId)) ? pledge : null;
}

export async function listPledges(ctx: RequestContext, filter: ServicePledgeFilter = {}, page: PageArgs): Promise<Page<ServicePledge>> {
  const qb = rowsInScope(ctx, ServicePledge, "p", "u.id = p.unit_id", filter.unitId).andWhere("p.archived_at IS NULL");
  if (filter.memberId) qb.andWhere("p.member_id = :memberId", { memberId: filter.memberId });
  if (filter.serviceWindow) qb.andWhere("p.service_window ILIKE :w", { w: `%${escapeLike(filter.serviceWindow)}%` });
  if (filter.from) qb.andWhere("p.pledged_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("p.pledged_on <= :to", { to: filter.to });
  qb.orderBy("p.pledged_on", "DESC").addOrderBy("p.id", "ASC");
  return pageOf(qb, page);
}

/** 三亮 at a service window: an active member of the subtree in scope shows standard, identity, pledge. */
export async function createPledge(ctx: RequestContext, input: CreateServicePledgeInput): Promise<ServicePledge | Refusal> {
  if (input.pledgedOn > today()) throw badInput({ pledgedOn: ["日期不能晚于今天"] });
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE)
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  return createRecord(ctx, PLEDGE_KIND, "createServicePledge", {
    memberId: member.id,
    unitId: member.branchId,
    collegeId: member.collegeId,
    serviceWindow: input.serviceWindow.trim(),
    standard: input.standard.trim(),
    identity: input.identity.trim(),
    pledge: input.pledge.trim(),
    pledgedOn: input.pledgedOn,
    archivedAt: null,
    archiveReason: null,
  });
}

/** Changes what is given; a blank or null field stays as it was. */
export function updatePledge(ctx: RequestContext, input: UpdateServicePledgeInput): Promise<ServicePledge | Refusal> {
  return changeRecord(ctx, PLEDGE_KIND, "updateServicePledge", input, {
    apply: (pledge) => {
      if (input.standard) pledge.standard = input.standard.trim();
      if (input.identity) pledge.identity = input.identity.trim();
      if (input.pledge) pledge.pledge = input.pledge.trim();
    },
  });
}

export function archivePledge(ctx: RequestContext, input: ArchiveServicePledgeInput): Promise<ServicePledge | Refusal> {
  return archiveRecord(ctx, PLEDGE_KIND, "archiveServicePledge", input);
}

export async function listEvaluations(
  ctx: RequestContext,
  filter: ServiceEvaluationFilter = {},
  page: PageArgs,
): Promise<Page<ServiceEvaluation>> {
  const qb = rowsInScope(ctx, ServiceEvaluation, "e", "u.id = e.unit_id", filter.unitId);
  if (filter.memberId) qb.andWhere("e.member_id = :memberId", { memberId: filter.memberId });
  if (filter.pledgeId) qb.andWhere("e.pledge_id = :pledgeId", { pledgeId: filter.pledgeId });
  if (filter.evaluatorKind) qb.andWhere("e.evaluator_kind = :kind", { kind: filter.evaluatorKind });
  if (filter.from) qb.andWhere("e.evaluated_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("e.evaluated_on <= :to", { to: filter.to });
  qb.orderBy("e.evaluated_on", "DESC").addOrderBy("e.id", "ASC");
  return pageOf(qb, page);
}

/** 三评: a score 0–100 by the public, a fellow member or a leader, on a pledge or on a member. */
export async function recordEvaluation(ctx: RequestContext, input: RecordServiceEvaluationInput): Promise<ServiceEvaluation | Refusal> {
  if (!input.pledgeId && !input.memberId) throw badInput({ memberId: ["请指定被评议的党员或承诺"] });
  if (input.evaluatedOn > today()) throw badInput({ evaluatedOn: ["日期不能晚于今天"] });
  let memberId: string;
  let unitId: string;
  let collegeId: string;
  if (input.pledgeId) {
    const pledge = await lockRecord(ctx, PLEDGE_KIND, input.pledgeId);
    if (input.memberId && input.memberId !== pledge.memberId) throw badInput({ memberId: ["与承诺的党员不一致"] });
    if (pledge.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, "该承诺已撤回", { field: "pledgeId" });
    if (input.evaluatedOn < pledge.pledgedOn) throw badInput({ evaluatedOn: [`评议日期不能早于承诺日期 ${pledge.pledgedOn}`] });
    ({ memberId, unitId, collegeId } = pledge);
  } else {
    const member = await ctx.em.findOneBy(Member, { id: input.memberId! });
    const home = member ? await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId }) : null;
    if (!member || !home || !pathInScope(ctx, home.path)) throw notFound("Member", input.memberId!);
    if (member.status !== MemberStatus.ACTIVE)
      return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
    memberId = member.id;
    unitId = member.branchId;
    collegeId = member.collegeId;
  }
  return createRecord(ctx, EVALUATION_KIND, "recordServiceEvaluation", {
    pledgeId: input.pledgeId ?? null,
    memberId,
    unitId,
    collegeId,
    evaluatorKind: input.evaluatorKind,
    evaluatorLabel: input.evaluatorLabel.trim(),
    aspect: input.aspect ?? null,
    score: input.score,
    comment: textOrNull(input.comment),
    evaluatedOn: input.evaluatedOn,
  });
}

async function unitInScope(ctx: RequestContext, unitId: string): Promise<boolean> {
  const unit = await ctx.loaders.orgUnit.load(unitId);
  return Boolean(unit && pathInScope(ctx, unit.path));
}
