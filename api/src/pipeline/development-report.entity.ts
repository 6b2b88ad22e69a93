import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference } from "../common/column-fields";
import { ProbationReportKind } from "./pipeline.enums";

/** A probationer's report: to an introducer every two months, in writing to the branch every quarter. */
@ObjectType({ description: "预备党员汇报" })
@ScopedBy<DevelopmentReport>({ unit: (r) => r.branchId }, { member: (r) => r.memberId })
@Entity("development_report")
export class DevelopmentReport extends BaseEntity {
  @Reference()
  caseId: string;

  @Reference()
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Reference({ description: "预备党员" })
  memberId: string;

  @Field(() => ProbationReportKind)
  @Column({ type: "enum", enum: ProbationReportKind, enumName: "probation_report_kind" })
  kind: ProbationReportKind;

  @DateField()
  reportedOn: string;

  @Reference({ nullable: true, description: "听取汇报的入党介绍人" })
  introducerMemberId: string | null;

  @Reference({ nullable: true, description: "书面汇报（备案文件）" })
  documentId: string | null;
}
