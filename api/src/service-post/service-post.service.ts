import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { resolveCollege } from "../calendar/calendar.service";
import { today } from "../common/dates";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { pathInScope, unitIdInScope } from "../common/scope";
import {
  archiveRecord,
  changeRecord,
  createRecord,
  endRecord,
  frozenOnceArchived,
  lockRecord,
  pageOf,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
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

/** A college's own type of post (the built-in ones have no college and are not changed here). */
const POST_TYPE: RecordKind<ServicePostType> = {
  entity: ServicePostType,
  typeName: "ServicePostType",
  inScope: (ctx, t) => t.collegeId === null || unitIdInScope(ctx, t.collegeId),
};

/** A post is its host branch's: in scope when the branch is; withdrawn (archived), it no longer changes. */
const POST_KIND = {
  entity: ServicePost,
  typeName: POST,
  inScope: (ctx: RequestContext, p: ServicePost) => unitIdInScope(ctx, p.hostUnitId),
  frozen: frozenOnceArchived<ServicePost>((p) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `“${p.name}”已撤岗`)),
} satisfies RecordKind<ServicePost>;

/** A holding is its post's: in scope when the post's host unit is. */
const HOLDER_KIND: RecordKind<ServicePostHolder> = {
  entity: ServicePostHolder,
  typeName: HOLDER,
  inScope: async (ctx, h) => {
    const post = await ctx.em.findOneBy(ServicePost, { id: h.postId });
    return Boolean(post) && unitIdInScope(ctx, post!.hostUnitId);
  },
};

// ── post types ──────────────────────────────────────────────────────────────────────────────────

/** The built-in types plus those of the colleges in scope (or of one college). */
export async function listTypes(ctx: RequestContext, collegeId: string | undefined, includeArchived: boolean): Promise<ServicePostType[]> {
  const qb = ctx.em.createQueryBuilder(ServicePostType, "t");
  const allowed = ctx.scope.unitIds;
  // a college's own types only for callers of that college (another college reads as not found)
  if (collegeId)
    qb.where("(t.college_id IS NULL OR t.college_id = :collegeId)", { collegeId: await resolveCollege(ctx, collegeId, false) });
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
  return createRecord(ctx, POST_TYPE, "createServicePostType", {
    collegeId: college.id,
    name,
    description: textOrNull(input.description),
    sortOrder: input.sortOrder ?? 10,
    archivedAt: null,
  });
}

// ── posts ───────────────────────────────────────────────────────────────────────────────────────

export async function findPost(ctx: RequestContext, id: string): Promise<ServicePost | null> {
  if (!isId(id)) return null;
  const post = await ctx.loaders.servicePost.load(id);
  return post && (await unitInScope(ctx, post.hostUnitId)) ? post : null;
}

export async function listPosts(ctx: RequestContext, filter: ServicePostFilter = {}, page: PageArgs): Promise<Page<ServicePost>> {
  const qb = rowsInScope(ctx, ServicePost, "p", "u.id = p.host_unit_id", filter.unitId);
  if (filter.typeId) qb.andWhere("p.type_id = :typeId", { typeId: filter.typeId });
  if (filter.placeKind) qb.andWhere("p.place_kind = :placeKind", { placeKind: filter.placeKind });
  if (filter.activeOn) qb.andWhere("p.term_start <= :on AND (p.term_end IS NULL OR p.term_end >= :on)", { on: filter.activeOn });
  if (!filter.includeArchived) qb.andWhere("p.archived_at IS NULL");
  qb.orderBy("u.path", "ASC").addOrderBy("p.place", "ASC").addOrderBy("p.name", "ASC").addOrderBy("p.id", "ASC");
  return pageOf(qb, page);
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
  return createRecord(ctx, POST_KIND, "createServicePost", {
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
  });
}

/** Changes what is given; a blank or null field stays as it was. */
export function updatePost(ctx: RequestContext, input: UpdateServicePostInput): Promise<ServicePost | Refusal> {
  return changeRecord(ctx, POST_KIND, "updateServicePost", input, {
    apply: (post) => {
      if (input.termEnd && input.termEnd < post.termStart) throw badInput({ termEnd: ["任期结束不能早于开始"] });
      if (input.name) post.name = input.name.trim();
      if (input.placeKind) post.placeKind = input.placeKind;
      if (input.place) post.place = input.place.trim();
      if (input.duties) post.duties = input.duties.trim();
      if (input.termEnd) post.termEnd = input.termEnd;
    },
  });
}

/** Withdrawing a post ends its open holdings on that day; the history stays. */
export function archivePost(ctx: RequestContext, input: ArchiveServicePostInput): Promise<ServicePost | Refusal> {
  return archiveRecord(ctx, POST_KIND, "archiveServicePost", input, async (post) => {
    await ctx.em.query(
      `UPDATE service_post_holder SET end_date = greatest(start_date, $2::date), version = version + 1, updated_at = now()
        WHERE post_id = $1 AND end_date IS NULL`,
      [post.id, today()],
    );
  });
}

// ── holders ─────────────────────────────────────────────────────────────────────────────────────

/** Only an active student member of the host branch's subtree may hold a post, within its term. */
export async function appointHolder(ctx: RequestContext, input: AppointServicePostHolderInput): Promise<ServicePostHolder | Refusal> {
  const post = await lockRecord(ctx, POST_KIND, input.postId);
  const host = await ctx.em.findOneByOrFail(OrgUnit, { id: post.hostUnitId });
  if (post.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `“${post.name}”已撤岗`, { field: "postId" });
  if (input.endDate && input.endDate < input.startDate) throw badInput({ endDate: ["结束日期不能早于开始日期"] });
  if (input.startDate < post.termStart || (post.termEnd && input.startDate > post.termEnd)) {
    throw badInput({ startDate: [`应在岗位任期（${post.termStart} 至 ${post.termEnd ?? "今"}）内`] });
  }
  // Out of scope reads as not found, never as a refusal naming the member.
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE)
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  if (member.category !== MemberCategory.STUDENT) {
    return Refusal.of(RefusalCode.NOT_A_STUDENT, `${member.name}不是学生党员，设岗定责岗位由学生党员担任`, { field: "memberId" });
  }
  const home = await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId });
  if (!home.path.includes(host.id)) {
    return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${member.name}不是“${host.name}”的党员，不能担任该支部设立的岗位`, {
      field: "memberId",
    });
  }
  const open = await ctx.em.findOne(ServicePostHolder, { where: { postId: post.id, memberId: member.id, endDate: IsNull() } });
  if (open) return Refusal.of(RefusalCode.ALREADY_LINKED, `${member.name}已在“${post.name}”任职（自 ${open.startDate}）`);
  return createRecord(ctx, HOLDER_KIND, "appointServicePostHolder", {
    postId: post.id,
    memberId: member.id,
    collegeId: post.collegeId,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
  });
}

export function endHolder(ctx: RequestContext, input: EndServicePostHolderInput): Promise<ServicePostHolder | Refusal> {
  return endRecord(ctx, HOLDER_KIND, "endServicePostHolder", input, { start: "startDate", end: "endDate", called: "该任职" });
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
