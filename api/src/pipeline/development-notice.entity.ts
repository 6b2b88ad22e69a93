import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";
import { NoticeOutcome, NoticePurpose } from "./pipeline.enums";

/** A public notice (公示) about a case: its days, and — once closed — whether an objection was sustained (DEV_PUBLIC_NOTICE). */
@ObjectType({ description: "公示" })
@ScopedBy<DevelopmentNotice>({ unit: (n) => n.branchId })
@Entity("development_notice")
export class DevelopmentNotice extends BaseEntity {
  @Reference()
  caseId: string;

  @Reference()
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => NoticePurpose)
  @Column({ type: "enum", enum: NoticePurpose, enumName: "notice_purpose" })
  purpose: NoticePurpose;

  @DateField()
  startsOn: string;

  @DateField()
  endsOn: string;

  @DateField({ nullable: true, description: "公示结果登记日期" })
  closedOn: string | null;

  @Field(() => NoticeOutcome, { nullable: true })
  @Column({ type: "enum", enum: NoticeOutcome, enumName: "notice_outcome", nullable: true })
  outcome: NoticeOutcome | null;

  @TextField({ nullable: true, description: "异议及核实情况" })
  outcomeNote: string | null;
}
