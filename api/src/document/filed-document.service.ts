import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { badInput, FieldErrors } from "../common/errors";
import { lockUnitInScope } from "../common/locks";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, unitIdInScope } from "../common/scope";
import {
  archiveRecord,
  createRecord,
  frozenOnceArchived,
  pageOf,
  patchRecord,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { lockInScope } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { OrgUnit } from "../org/org-unit.entity";
import { KIND_LABELS } from "../org/org-unit.enums";
import { DOCUMENT_KIND_LABELS, DOCUMENT_UNIT_KIND, DocumentKind } from "./document.enums";
import { FiledDocument } from "./filed-document.entity";
import type {
  ArchiveFiledDocumentInput,
  FileDocumentInput,
  FiledDocumentFilter,
  UpdateFiledDocumentInput,
} from "./inputs/filed-document.inputs";

const TYPE = "FiledDocument";
const NULLABLE_FIELDS = ["receivedBy", "note"];

/** A document is its unit's: in scope when the unit is; archived, it no longer changes. */
const DOCUMENT = {
  entity: FiledDocument,
  typeName: TYPE,
  inScope: (ctx: RequestContext, d: FiledDocument) => unitIdInScope(ctx, d.unitId),
  frozen: frozenOnceArchived<FiledDocument>((d) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `备案文件“${d.title}”已归档，不能再修改`)),
  reread: true,
} satisfies RecordKind<FiledDocument>;

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
  const qb = rowsInScope(ctx, FiledDocument, "d", "u.id = d.unit_id", filter.unitId);
  if (filter.memberId) qb.andWhere("d.member_id = :memberId", { memberId: filter.memberId });
  if (filter.kind) qb.andWhere("d.kind = :kind", { kind: filter.kind });
  if (filter.from) qb.andWhere("d.filed_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("d.filed_on <= :to", { to: filter.to });
  if (!filter.includeArchived) qb.andWhere("d.archived_at IS NULL");
  qb.orderBy("d.filed_on", "DESC").addOrderBy("d.created_at", "DESC").addOrderBy("d.id", "ASC");
  return pageOf(qb, page);
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
  if (unit.archivedAt)
    return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销，不能再登记备案文件`, { field: isReport ? "memberId" : "unitId" });

  return createRecord(ctx, DOCUMENT, "fileDocument", {
    collegeId: unit.collegeId,
    unitId: unit.id,
    memberId,
    kind: input.kind,
    title: input.title.trim(),
    filedOn: input.filedOn,
    receivedBy: textOrNull(input.receivedBy),
    note: textOrNull(input.note),
    archivedAt: null,
    archiveReason: null,
  });
}

export function update(ctx: RequestContext, input: UpdateFiledDocumentInput): Promise<FiledDocument | Refusal> {
  return patchRecord(ctx, DOCUMENT, "updateFiledDocument", input, {
    nullable: NULLABLE_FIELDS,
    check: (document) => {
      const errors: FieldErrors = {};
      checkFields(document.title, document.filedOn, errors);
      if (Object.keys(errors).length) throw badInput(errors);
    },
  });
}

/** Archives (作废) a document with a reason: it stays readable but no longer counts as filed. */
export function archive(ctx: RequestContext, input: ArchiveFiledDocumentInput): Promise<FiledDocument | Refusal> {
  return archiveRecord(ctx, DOCUMENT, "archiveFiledDocument", input);
}

function checkFields(title: string, filedOn: string, errors: FieldErrors): void {
  if (!title.trim()) errors.title = ["不能为空"];
  if (filedOn > today()) errors.filedOn = ["报送日期不能晚于今天"];
}
