import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { lockUnitInScope } from "../common/locks";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, scopeCondition, unitIdInScope } from "../common/scope";
import { lockInScope, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { OrgUnit } from "../org/org-unit.entity";
import { KIND_LABELS } from "../org/org-unit.enums";
import { DOCUMENT_KIND_LABELS, DOCUMENT_UNIT_KIND, DocumentKind } from "./document.enums";
import { FiledDocument } from "./filed-document.entity";
import type { ArchiveFiledDocumentInput, FileDocumentInput, FiledDocumentFilter, UpdateFiledDocumentInput } from "./inputs/filed-document.inputs";

const TYPE = "FiledDocument";
const NULLABLE_FIELDS = ["receivedBy", "note"];

export async function findOne(ctx: RequestContext, id: string): Promise<FiledDocument | null> {
  if (!isId(id)) return null;
  const document = await ctx.em.findOneBy(FiledDocument, { id });
  if (!document) return null;
  const unit = await ctx.loaders.orgUnit.load(document.unitId);
  return unit && pathInScope(ctx, unit.path) ? document : null;
}

/** Documents filed by units of the caller's scope (and of the filter's subtree), newest first. */
export async function list(ctx: RequestContext, filter: FiledDocumentFilter = {}, page: PageArgs): Promise<Page<FiledDocument>> {
  if (filter.from && filter.to && filter.to < filter.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  const scope = scopeCondition(ctx, "u.path");
  const qb = ctx.em
    .createQueryBuilder(FiledDocument, "d")
    .innerJoin(OrgUnit, "u", "u.id = d.unit_id")
    .where(scope.sql, scope.params);
  if (filter.unitId) qb.andWhere("u.path @> ARRAY[:unitId]::uuid[]", { unitId: filter.unitId });
  if (filter.memberId) qb.andWhere("d.member_id = :memberId", { memberId: filter.memberId });
  if (filter.kind) qb.andWhere("d.kind = :kind", { kind: filter.kind });
  if (filter.from) qb.andWhere("d.filed_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("d.filed_on <= :to", { to: filter.to });
  if (!filter.includeArchived) qb.andWhere("d.archived_at IS NULL");
  qb.orderBy("d.filed_on", "DESC").addOrderBy("d.created_at", "DESC").addOrderBy("d.id", "ASC");
  // One unit per document: plain OFFSET/LIMIT, no DISTINCT pre-query.
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

/**
 * Files a document. The unit must be of the kind the document belongs to (DOCUMENT_UNIT_KIND);
 * a thought report names its member instead, and is filed at the member's branch.
 */
export async function file(ctx: RequestContext, input: FileDocumentInput): Promise<FiledDocument | Refusal> {
  const isReport = input.kind === DocumentKind.THOUGHT_REPORT;
  const label = DOCUMENT_KIND_LABELS[input.kind];
  const errors: FieldErrors = {};
  if (isReport && !input.memberId) errors.memberId = ["思想汇报须填写汇报的党员"];
  if (!isReport && input.memberId) errors.memberId = [`${label}由组织报送，不填汇报党员`];
  if (!isReport && !input.unitId) errors.unitId = [`须填写报送${label}的${KIND_LABELS[DOCUMENT_UNIT_KIND[input.kind]]}`];
  checkFields(input.title, input.filedOn, errors);
  if (Object.keys(errors).length) throw badInput(errors);

  let unit: OrgUnit;
  let memberId: string | null = null;
  if (isReport) {
    // A report is filed at the member's branch: that branch must be in scope.
    const member = await lockInScope(ctx, Member, "Member", input.memberId!, (m) => unitIdInScope(ctx, m.branchId));
    const branch = await ctx.em.findOneByOrFail(OrgUnit, { id: member.branchId });
    if (input.unitId && input.unitId !== branch.id) {
      throw badInput({ unitId: [`思想汇报登记在党员所在支部（${branch.name}），不需另填组织`] });
    }
    if (member.status !== MemberStatus.ACTIVE) {
      return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册，不能再登记思想汇报`, { field: "memberId" });
    }
    unit = branch;
    memberId = member.id;
  } else {
    unit = await lockUnitInScope(ctx, input.unitId!);
    const expected = DOCUMENT_UNIT_KIND[input.kind];
    if (unit.kind !== expected) {
      throw badInput({ unitId: [`“${unit.name}”是${KIND_LABELS[unit.kind]}，${label}应由${KIND_LABELS[expected]}报送`] });
    }
  }
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销，不能再登记备案文件`, { field: isReport ? "memberId" : "unitId" });

  const document = ctx.em.create(FiledDocument, {
    collegeId: unit.collegeId,
    unitId: unit.id,
    memberId,
    kind: input.kind,
    title: input.title.trim(),
    filedOn: input.filedOn,
    receivedBy: input.receivedBy?.trim() || null,
    note: input.note?.trim() || null,
    archivedAt: null,
    archiveReason: null,
  });
  const saved = await ctx.em.save(document);
  const after = await ctx.em.findOneByOrFail(FiledDocument, { id: saved.id });
  await audit(ctx, { operation: "fileDocument", entityType: TYPE, entityId: after.id, collegeId: after.collegeId, after });
  return after;
}

export async function update(ctx: RequestContext, input: UpdateFiledDocumentInput): Promise<FiledDocument | Refusal> {
  const document = await lockDocumentInScope(ctx, input.id, input.version);
  if (document.archivedAt) return archived(document);
  const before = snapshot(document);
  const { id: _id, version: _v, ...fields } = input;
  const cleared = Object.entries(fields).filter(([key, value]) => value === null && !NULLABLE_FIELDS.includes(key));
  if (cleared.length) throw badInput(Object.fromEntries(cleared.map(([key]) => [key, ["不能为空"]])));
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = typeof value === "string" ? value.trim() : value;
    (document as never as Record<string, unknown>)[key] = text === "" && NULLABLE_FIELDS.includes(key) ? null : text;
  }
  const errors: FieldErrors = {};
  checkFields(document.title, document.filedOn, errors);
  if (Object.keys(errors).length) throw badInput(errors);
  await ctx.em.save(document);
  const after = await ctx.em.findOneByOrFail(FiledDocument, { id: document.id });
  await audit(ctx, { operation: "updateFiledDocument", entityType: TYPE, entityId: document.id, collegeId: document.collegeId, before, after });
  return after;
}

/** Archives (作废) a document with a reason: it stays readable but no longer counts as filed. */
export async function archive(ctx: RequestContext, input: ArchiveFiledDocumentInput): Promise<FiledDocument | Refusal> {
  const document = await lockDocumentInScope(ctx, input.id, input.version);
  if (document.archivedAt) return archived(document);
  const before = snapshot(document);
  document.archivedAt = new Date();
  document.archiveReason = input.reason.trim();
  await ctx.em.save(document);
  const after = await ctx.em.findOneByOrFail(FiledDocument, { id: document.id });
  await audit(ctx, { operation: "archiveFiledDocument", entityType: TYPE, entityId: document.id, collegeId: document.collegeId, before, after });
  return after;
}

function lockDocumentInScope(ctx: RequestContext, id: string, version: number): Promise<FiledDocument> {
  return lockInScope(ctx, FiledDocument, TYPE, id, (d) => unitIdInScope(ctx, d.unitId), version);
}

function archived(document: FiledDocument): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, `备案文件“${document.title}”已归档，不能再修改`);
}

function checkFields(title: string, filedOn: string, errors: FieldErrors): void {
  if (!title.trim()) errors.title = ["不能为空"];
  if (filedOn > today()) errors.filedOn = ["报送日期不能晚于今天"];
}
