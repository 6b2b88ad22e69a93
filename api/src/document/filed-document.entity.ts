import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Archivable } from "../common/archivable.entity";
import { DocumentKind } from "./document.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, Reference, TextField } from "../common/column-fields";

/**
 * A written document filed with the organisation (备案文件): a general branch's annual report or
 * rules of procedure, a branch's development plan, the committee's yearly study, a member's
 * thought report. Corrected by archiving, never deleted. A thought report is filed at the
 * member's branch (`unitId`), so scope and unit lists treat it like any other document.
 */
@ObjectType({ description: "备案文件：年度工作报告、议事规则、培养发展计划、党委专题研究、党员思想汇报" })
@ScopedBy<FiledDocument>({ unit: (d) => d.unitId }, { self: (d) => d.memberId })
@Entity("filed_document")
@Index("idx_filed_document_unit", ["unitId", "kind", "filedOn"])
@Index("idx_filed_document_member", ["memberId", "filedOn"])
export class FiledDocument extends Archivable({ archivedAt: "归档（作废）时间；归档的文件保留但不再计入", archiveReason: "归档原因" }) {
  @Index("idx_filed_document_college")
  @Column({ type: "uuid" })
  collegeId: string;

  @Reference({ index: false, description: "报送（备案）的组织；思想汇报为党员所在支部" })
  unitId: string;

  @Reference({ index: false, nullable: true, description: "汇报人（仅思想汇报）" })
  memberId: string | null;

  @Field(() => DocumentKind)
  @Column({ type: "enum", enum: DocumentKind, enumName: "document_kind" })
  kind: DocumentKind;

  @TextField({ description: "标题" })
  title: string;

  @DateField({ description: "报送（备案）日期" })
  filedOn: string;

  @TextField({ nullable: true, description: "接收人或接收部门，如“组织部 王老师”" })
  receivedBy: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
