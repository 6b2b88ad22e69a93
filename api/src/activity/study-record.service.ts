import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { badInput, FieldErrors } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { memberIdInScope, pathInScope, scopeCondition } from "../common/scope";
import {
  archiveRecord,
  createRecord,
  frozenOnceArchived,
  patchRecord,
  pageOf,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { OrgUnit } from "../org/org-unit.entity";
import { Member } from "../member/member.entity";
import { memberInScope } from "./activity.service";
import { hoursText, hundredths } from "./hours";
import { StudyRecord } from "./study-record.entity";
import type {
  ArchiveStudyRecordInput,
  CreateStudyRecordInput,
  StudyRecordFilter,
  UpdateStudyRecordInput,
} from "./inputs/study-record.inputs";

const TYPE = "StudyRecord";
const NULLABLE_FIELDS = ["provider", "note"];

/** A study record is its member's: in scope when the member is; archived, it no longer changes. */
const STUDY_RECORD = {
  entity: StudyRecord,
  typeName: TYPE,
  inScope: (ctx: RequestContext, r: StudyRecord) => memberIdInScope(ctx, r.memberId),
  frozen: frozenOnceArchived<StudyRecord>((r) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `学习记录“${r.title}”已归档，不能再修改`)),
  reread: true,
} satisfies RecordKind<StudyRecord>;

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
  return pageOf(qb, page);
}

export async function create(ctx: RequestContext, input: CreateStudyRecordInput): Promise<StudyRecord> {
  const member = await memberInScope(ctx, input.memberId);
  const record = ctx.em.create(StudyRecord, {
    collegeId: member.collegeId,
    memberId: member.id,
    kind: input.kind,
    studiedOn: input.studiedOn,
    title: input.title.trim(),
    provider: textOrNull(input.provider),
    hours: input.hours,
    integrityHours: input.integrityHours ?? "0",
    note: textOrNull(input.note),
    archivedAt: null,
    archiveReason: null,
  });
  check(record);
  return createRecord(ctx, STUDY_RECORD, "createStudyRecord", record);
}

export function update(ctx: RequestContext, input: UpdateStudyRecordInput): Promise<StudyRecord | Refusal> {
  return patchRecord(ctx, STUDY_RECORD, "updateStudyRecord", input, { nullable: NULLABLE_FIELDS, check });
}

export function archive(ctx: RequestContext, input: ArchiveStudyRecordInput): Promise<StudyRecord | Refusal> {
  return archiveRecord(ctx, STUDY_RECORD, "archiveStudyRecord", input);
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
