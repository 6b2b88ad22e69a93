import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { memberIdInScope, pathInScope, scopeCondition } from "../common/scope";
import { lockInScope, snapshot } from "../common/versioned";
import { OrgUnit } from "../org/org-unit.entity";
import { Member } from "../member/member.entity";
import { memberInScope } from "./activity.service";
import { hoursText, hundredths } from "./hours";
import { StudyRecord } from "./study-record.entity";
import type { ArchiveStudyRecordInput, CreateStudyRecordInput, StudyRecordFilter, UpdateStudyRecordInput } from "./inputs/study-record.inputs";

const TYPE = "StudyRecord";
const NULLABLE_FIELDS = ["provider", "note"];

export async function findOne(ctx: RequestContext, id: string): Promise<StudyRecord | null> {
  if (!isId(id)) return null;
  const record = await ctx.loaders.studyRecord.load(id);
  if (!record) return null;
  const member = await ctx.loaders.member.load(record.memberId);
  const home = member ? await ctx.loaders.orgUnit.load(member.groupId ?? member.branchId) : null;
  return home && pathInScope(ctx, home.path) ? record : null;
}

export async function list(ctx: RequestContext, filter: StudyRecordFilter = {}, page: PageArgs): Promise<Page<StudyRecord>> {
  if (filter.from && filter.to && filter.to < filter.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  const scope = scopeCondition(ctx, "home.path");
  const qb = ctx.em
    .createQueryBuilder(StudyRecord, "s")
    .innerJoin(Member, "m", "m.id = s.member_id")
    .innerJoin(OrgUnit, "home", "home.id = coalesce(m.group_id, m.branch_id)")
    .where(scope.sql, scope.params);
  if (filter.memberId) qb.andWhere("s.member_id = :memberId", { memberId: filter.memberId });
  if (filter.unitId) qb.andWhere("home.path @> ARRAY[:unitId]::uuid[]", { unitId: filter.unitId });
  if (filter.kind) qb.andWhere("s.kind = :kind", { kind: filter.kind });
  if (filter.from) qb.andWhere("s.studied_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("s.studied_on <= :to", { to: filter.to });
  if (!filter.includeArchived) qb.andWhere("s.archived_at IS NULL");
  qb.orderBy("s.studied_on", "DESC").addOrderBy("s.id", "ASC");
  // The joins are one-to-one: plain OFFSET/LIMIT, no DISTINCT pre-query.
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

export async function create(ctx: RequestContext, input: CreateStudyRecordInput): Promise<StudyRecord> {
  const member = await memberInScope(ctx, input.memberId);
  const record = ctx.em.create(StudyRecord, {
    collegeId: member.collegeId,
    memberId: member.id,
    kind: input.kind,
    studiedOn: input.studiedOn,
    title: input.title.trim(),
    provider: input.provider?.trim() || null,
    hours: input.hours,
    integrityHours: input.integrityHours ?? "0",
    note: input.note?.trim() || null,
    archivedAt: null,
    archiveReason: null,
  });
  check(record);
  const saved = await ctx.em.save(record);
  const after = await ctx.em.findOneByOrFail(StudyRecord, { id: saved.id });
  await audit(ctx, { operation: "createStudyRecord", entityType: TYPE, entityId: saved.id, collegeId: saved.collegeId, after });
  return after;
}

export async function update(ctx: RequestContext, input: UpdateStudyRecordInput): Promise<StudyRecord | Refusal> {
  const record = await lockRecordInScope(ctx, input.id, input.version);
  if (record.archivedAt) return archived(record);
  const before = snapshot(record);
  const { id: _id, version: _v, ...fields } = input;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null && !NULLABLE_FIELDS.includes(key)) throw badInput({ [key]: ["不能为空"] });
    const text = typeof value === "string" ? value.trim() : value;
    (record as never as Record<string, unknown>)[key] = text === "" && NULLABLE_FIELDS.includes(key) ? null : text;
  }
  check(record);
  await ctx.em.save(record);
  const after = await ctx.em.findOneByOrFail(StudyRecord, { id: record.id });
  await audit(ctx, { operation: "updateStudyRecord", entityType: TYPE, entityId: record.id, collegeId: record.collegeId, before, after });
  return after;
}

export async function archive(ctx: RequestContext, input: ArchiveStudyRecordInput): Promise<StudyRecord | Refusal> {
  const record = await lockRecordInScope(ctx, input.id, input.version);
  if (record.archivedAt) return archived(record);
  const before = snapshot(record);
  record.archivedAt = new Date();
  record.archiveReason = input.reason.trim();
  await ctx.em.save(record);
  const after = await ctx.em.findOneByOrFail(StudyRecord, { id: record.id });
  await audit(ctx, { operation: "archiveStudyRecord", entityType: TYPE, entityId: record.id, collegeId: record.collegeId, before, after });
  return after;
}

/** A study record is its member's: in scope when the member is. */
function lockRecordInScope(ctx: RequestContext, id: string, version: number): Promise<StudyRecord> {
  return lockInScope(ctx, StudyRecord, TYPE, id, (r) => memberIdInScope(ctx, r.memberId), version);
}

function archived(record: StudyRecord): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, `学习记录“${record.title}”已归档，不能再修改`);
}

function check(record: StudyRecord): void {
  const errors: FieldErrors = {};
  const hours = hundredths(String(record.hours), "hours", errors, { positive: true });
  const integrity = hundredths(String(record.integrityHours), "integrityHours", errors);
  if (!errors.hours && !errors.integrityHours && integrity > hours) {
    errors.integrityHours = [`廉政教育学时不能超过学时（${hoursText(hours)} 小时）`];
  }
  if (record.studiedOn > today()) errors.studiedOn = ["学习日期不能晚于今天"];
  if (!record.title.trim()) errors.title = ["不能为空"];
  if (Object.keys(errors).length) throw badInput(errors);
}
