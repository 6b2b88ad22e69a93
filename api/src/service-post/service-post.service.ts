import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { resolveCollege } from "../calendar/calendar.service";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { pathInScope, scopeCondition, unitIdInScope } from "../common/scope";
import { lockInScope, snapshot } from "../common/versioned";
import { MemberCategory, MemberStatus } from "../member/member.enums";
import { OrgUnit } from "../org/org-unit.entity";
import { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import { ServicePostCoverage } from "./service-post-coverage";
import { ServicePostHolder } from "./service-post-holder.entity";
import { ServicePostType } from "./service-post-type.entity";
import { ServicePost } from "./service-post.entity";
import type {
  AppointServicePostHolderInput,
  ArchiveServicePostInput,
  CreateServicePostInput,
  CreateServicePostTypeInput,
  EndServicePostHolderInput,
  ServicePostFilter,
  UpdateServicePostInput,
} from "./inputs/service-post.inputs";

const POST = "ServicePost";
const HOLDER = "ServicePostHolder";

// ── post types ──────────────────────────────────────────────────────────────────────────────────

/** The built-in types plus those of the colleges in scope (or of one college). */
export async function listTypes(ctx: RequestContext, collegeId: string | undefined, includeArchived: boolean): Promise<ServicePostType[]> {
  const qb = ctx.em.createQueryBuilder(ServicePostType, "t");
  const allowed = ctx.scope.unitIds;
  // a college's own types only for callers of that college (another college reads as not found)
  if (collegeId) qb.where("(t.college_id IS NULL OR t.college_id = :collegeId)", { collegeId: await resolveCollege(ctx, collegeId, false) });
  else if (allowed !== null) {
    qb.where(`(t.college_id IS NULL OR t.college_id IN (SELECT u.college_id FROM org_unit u WHERE u.id IN (:...allowed)))`, {
      allowed: allowed.length ? allowed : ["00000000-0000-0000-0000-000000000000"],
    });
  }
  if (!includeArchived) qb.andWhere("t.archived_at IS NULL");
  return qb.orderBy("t.college_id", "ASC", "NULLS FIRST").addOrderBy("t.sort_order", "ASC").addOrderBy("t.name", "ASC").getMany();
}

/** A college adds a type of post; only whoever may act for the whole college may. */
export async function createType(ctx: RequestContext, input: CreateServicePostTypeInput): Promise<ServicePostType> {
  const college = await lockUnitInScope(ctx, input.collegeId);
  if (college.kind !== OrgUnitKind.PARTY_COMMITTEE) throw badInput({ collegeId: [`“${college.name}”不是学校党委`] });
  const name = input.name.trim();
  const clash = await ctx.em
    .createQueryBuilder(ServicePostType, "t")
    .where("(t.college_id IS NULL OR t.college_id = :collegeId) AND t.name = :name", { collegeId: college.id, name })
    .getCount();
  if (clash) throw badInput({ name: [`已有岗位类型“${name}”`] });
  const type = await ctx.em.save(
    ctx.em.create(ServicePostType, { collegeId: college.id, name, description: input.description?.trim() || null, sortOrder: input.sortOrder ?? 10, archivedAt: null }),
  );
  await audit(ctx, { operation: "createServicePostType", entityType: "ServicePostType", entityId: type.id, collegeId: college.id, after: type });
  return type;
}

// ── posts ───────────────────────────────────────────────────────────────────────────────────────

export async function findPost(ctx: RequestContext, id: string): Promise<ServicePost | null> {
  if (!isId(id)) return null;
  const post = await ctx.loaders.servicePost.load(id);
  return post && (await unitInScope(ctx, post.hostUnitId)) ? post : null;
}

export async function listPosts(ctx: RequestContext, filter: ServicePostFilter = {}, page: PageArgs): Promise<Page<ServicePost>> {
  const scope = scopeCondition(ctx, "u.path");
  const qb = ctx.em.createQueryBuilder(ServicePost, "p").innerJoin(OrgUnit, "u", "u.id = p.host_unit_id").where(scope.sql, scope.params);
  if (filter.unitId) qb.andWhere("u.path @> ARRAY[:unitId]::uuid[]", { unitId: filter.unitId });
  if (filter.typeId) qb.andWhere("p.type_id = :typeId", { typeId: filter.typeId });
  if (filter.placeKind) qb.andWhere("p.place_kind = :placeKind", { placeKind: filter.placeKind });
  if (filter.activeOn) qb.andWhere("p.term_start <= :on AND (p.term_end IS NULL OR p.term_end >= :on)", { on: filter.activeOn });
  if (!filter.includeArchived) qb.andWhere("p.archived_at IS NULL");
  qb.orderBy("u.path", "ASC").addOrderBy("p.place", "ASC").addOrderBy("p.name", "ASC").addOrderBy("p.id", "ASC");
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

/** A post is set up by a student branch (设岗定责 is for student members) at a place, for a term. */
export async function createPost(ctx: RequestContext, input: CreateServicePostInput): Promise<ServicePost | Refusal> {
  if (input.termEnd && input.termEnd < input.termStart) throw badInput({ termEnd: ["任期结束不能早于开始"] });
  const host = await lockUnitInScope(ctx, input.hostUnitId);
  if (host.kind !== OrgUnitKind.BRANCH || host.branchKind !== BranchKind.STUDENT) {
    throw badInput({ hostUnitId: [`“${host.name}”不是学生党支部，设岗定责岗位由学生党支部设立`] });
  }
  if (host.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${host.name}”已撤销`, { field: "hostUnitId" });
  const type = await ctx.em.findOneBy(ServicePostType, { id: input.typeId });
  if (!type || (type.collegeId !== null && type.collegeId !== host.collegeId)) throw badInput({ typeId: ["没有该岗位类型"] });
  if (type.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `岗位类型“${type.name}”已停用`, { field: "typeId" });
  const post = await ctx.em.save(
    ctx.em.create(ServicePost, {
      typeId: type.id,
      hostUnitId: host.id,
      collegeId: host.collegeId,
      name: input.name.trim(),
      placeKind: input.placeKind,
      place: input.place.trim(),
      duties: input.duties.trim(),
      termStart: input.termStart,
      termEnd: input.termEnd ?? null,
      archivedAt: null,
      archiveReason: null,
    }),
  );
  await audit(ctx, { operation: "createServicePost", entityType: POST, entityId: post.id, collegeId: post.collegeId, after: post });
  return post;
}

export async function updatePost(ctx: RequestContext, input: UpdateServicePostInput): Promise<ServicePost | Refusal> {
  const post = await lockPostInScope(ctx, input.id, input.version);
  if (post.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `“${post.name}”已撤岗`);
  if (input.termEnd && input.termEnd < post.termStart) throw badInput({ termEnd: ["任期结束不能早于开始"] });
  const before = snapshot(post);
  if (input.name) post.name = input.name.trim();
  if (input.placeKind) post.placeKind = input.placeKind;
  if (input.place) post.place = input.place.trim();
  if (input.duties) post.duties = input.duties.trim();
  if (input.termEnd) post.termEnd = input.termEnd;
  const after = await ctx.em.save(post);
  await audit(ctx, { operation: "updateServicePost", entityType: POST, entityId: post.id, collegeId: post.collegeId, before, after });
  return after;
}

/** Withdrawing a post ends its open holdings on that day; the history stays. */
export async function archivePost(ctx: RequestContext, input: ArchiveServicePostInput): Promise<ServicePost | Refusal> {
  const post = await lockPostInScope(ctx, input.id, input.version);
  if (post.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `“${post.name}”已撤岗`);
  const before = snapshot(post);
  await ctx.em.query(
    `UPDATE service_post_holder SET end_date = greatest(start_date, $2::date), version = version + 1, updated_at = now()
      WHERE post_id = $1 AND end_date IS NULL`,
    [post.id, today()],
  );
  post.archivedAt = new Date();
  post.archiveReason = input.reason.trim();
  const after = await ctx.em.save(post);
  await audit(ctx, { operation: "archiveServicePost", entityType: POST, entityId: post.id, collegeId: post.collegeId, before, after });
  return after;
}

// ── holders ─────────────────────────────────────────────────────────────────────────────────────

/** Only an active student member of the host branch's subtree may hold a post, within its term. */
export async function appointHolder(ctx: RequestContext, input: AppointServicePostHolderInput): Promise<ServicePostHolder | Refusal> {
  const post = await lockInScope(ctx, ServicePost, POST, input.postId, (p) => unitIdInScope(ctx, p.hostUnitId));
  const host = await ctx.em.findOneByOrFail(OrgUnit, { id: post.hostUnitId });
  if (post.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `“${post.name}”已撤岗`, { field: "postId" });
  if (input.endDate && input.endDate < input.startDate) throw badInput({ endDate: ["结束日期不能早于开始日期"] });
  if (input.startDate < post.termStart || (post.termEnd && input.startDate > post.termEnd)) {
    throw badInput({ startDate: [`应在岗位任期（${post.termStart} 至 ${post.termEnd ?? "今"}）内`] });
  }
  // Out of scope reads as not found, never as a refusal naming the member.
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE) return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  if (member.category !== MemberCategory.STUDENT) {
    return Refusal.of(RefusalCode.NOT_A_STUDENT, `${member.name}不是学生党员，设岗定责岗位由学生党员担任`, { field: "memberId" });
  }
  const home = await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId });
  if (!home.path.includes(host.id)) {
    return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${member.name}不是“${host.name}”的党员，不能担任该支部设立的岗位`, { field: "memberId" });
  }
  const open = await ctx.em.findOne(ServicePostHolder, { where: { postId: post.id, memberId: member.id, endDate: IsNull() } });
  if (open) return Refusal.of(RefusalCode.ALREADY_LINKED, `${member.name}已在“${post.name}”任职（自 ${open.startDate}）`);
  const holder = await ctx.em.save(
    ctx.em.create(ServicePostHolder, { postId: post.id, memberId: member.id, collegeId: post.collegeId, startDate: input.startDate, endDate: input.endDate ?? null }),
  );
  await audit(ctx, { operation: "appointServicePostHolder", entityType: HOLDER, entityId: holder.id, collegeId: holder.collegeId, after: holder });
  return holder;
}

export async function endHolder(ctx: RequestContext, input: EndServicePostHolderInput): Promise<ServicePostHolder | Refusal> {
  const holder = await lockInScope(ctx, ServicePostHolder, HOLDER, input.id, (h) => postInScope(ctx, h.postId), input.version);
  if (holder.endDate) return Refusal.of(RefusalCode.ALREADY_ENDED, `该任职已于 ${holder.endDate} 结束`);
  if (input.endDate < holder.startDate) throw badInput({ endDate: ["结束日期不能早于开始日期"] });
  const before = snapshot(holder);
  holder.endDate = input.endDate;
  const after = await ctx.em.save(holder);
  await audit(ctx, { operation: "endServicePostHolder", entityType: HOLDER, entityId: holder.id, collegeId: holder.collegeId, before, after });
  return after;
}

/**
 * Share of a subtree's active student members who hold at least one post on a day, per branch and
 * in total (ROLLUP), in one statement.
 */
export async function coverage(ctx: RequestContext, unitId: string, on: string = today()): Promise<ServicePostCoverage> {
  const unit = isId(unitId) ? await ctx.loaders.orgUnit.load(unitId) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", unitId);
  const rows: Array<{ branch_id: string | null; student_members: number; holders: number; share: number }> = await ctx.em.query(
    `WITH students AS (
       SELECT m.id, m.branch_id FROM member m JOIN org_unit h ON h.id = coalesce(m.group_id, m.branch_id)
        WHERE h.path @> ARRAY[$1::uuid] AND m.status = 'ACTIVE' AND m.category = 'STUDENT'
     ), holding AS (
       SELECT DISTINCT ph.member_id FROM service_post_holder ph
        WHERE ph.start_date <= $2::date AND (ph.end_date IS NULL OR ph.end_date >= $2::date)
     )
     SELECT s.branch_id, count(*)::int AS student_members, count(h.member_id)::int AS holders,
            coalesce(round(count(h.member_id)::numeric / nullif(count(*), 0), 4), 0)::float8 AS share
       FROM students s LEFT JOIN holding h ON h.member_id = s.id
      GROUP BY ROLLUP (s.branch_id)
      ORDER BY s.branch_id NULLS FIRST`,
    [unit.id, on],
  );
  // ROLLUP's grand total is the row without a branch (present even when there are no students).
  const total = rows.find((r) => r.branch_id === null);
  return {
    unitId: unit.id,
    on,
    studentMembers: total?.student_members ?? 0,
    holders: total?.holders ?? 0,
    share: total?.share ?? 0,
    branches: rows
      .filter((r) => r.branch_id !== null)
      .map((r) => ({ unitId: r.branch_id!, studentMembers: r.student_members, holders: r.holders, share: r.share })),
  };
}

async function unitInScope(ctx: RequestContext, unitId: string): Promise<boolean> {
  const unit = await ctx.loaders.orgUnit.load(unitId);
  return Boolean(unit && pathInScope(ctx, unit.path));
}

function lockPostInScope(ctx: RequestContext, id: string, version: number): Promise<ServicePost> {
  return lockInScope(ctx, ServicePost, POST, id, (p) => unitIdInScope(ctx, p.hostUnitId), version);
}

/** A holding is its post's: in scope when the post's host unit is. */
async function postInScope(ctx: RequestContext, postId: string): Promise<boolean> {
  const post = await ctx.em.findOneBy(ServicePost, { id: postId });
  return Boolean(post) && unitIdInScope(ctx, post!.hostUnitId);
}
