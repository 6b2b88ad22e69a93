import { Column, Entity, Index, Unique } from "typeorm";
import { Field, Float, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";
import { AssessmentGrade, AssessmentSheetStatus } from "./assessment.enums";
import { pointsColumn } from "./points";

/**
 * One branch's score sheet in a round: its state (sheet-workflow.ts), totals and grade as last
 * computed, the veto, and the dates of notification, appeal and review (附件 四(二)). The lines
 * (assessment_score) hold each sub-element's proposal and the panel's score.
 */
@ObjectType({ description: "党支部考核评分表" })
@ScopedBy<AssessmentSheet>({ unit: (s) => s.unitId })
@Entity("assessment_sheet")
@Unique(["roundId", "unitId"])
@Index(["unitId"])
export class AssessmentSheet extends BaseEntity {
  @Reference({ index: false })
  roundId: string;

  @Reference({ index: false, description: "被考核的党支部" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @Field(() => AssessmentSheetStatus)
  @Column({ type: "enum", enum: AssessmentSheetStatus, enumName: "assessment_sheet_status", default: AssessmentSheetStatus.DRAFT })
  status: AssessmentSheetStatus;

  @Field(() => Float, { nullable: true, description: "基础分（指标1–16，满分100）；有未评要素时为空" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true, transformer: pointsColumn })
  baseScore: number | null;

  @Field(() => Float, { description: "附加分（指标17–20）" })
  @Column({ type: "numeric", precision: 6, scale: 1, default: 0, transformer: pointsColumn })
  bonusScore: number;

  @Field(() => Float, { nullable: true, description: "总分 = 基础分 + 附加分" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true, transformer: pointsColumn })
  total: number | null;

  @Field(() => AssessmentGrade, { nullable: true, description: "考核等级（一票否决时为不合格）" })
  @Column({ type: "enum", enum: AssessmentGrade, enumName: "assessment_grade", nullable: true })
  grade: AssessmentGrade | null;

  @Field({ description: "是否因党员受处分一票否决（附件 六(二)）" })
  @Column({ type: "boolean", default: false })
  vetoed: boolean;

  @TextField({ nullable: true, description: "一票否决的理由与依据" })
  vetoNote: string | null;

  @DateField({ nullable: true, description: "报党委审定日期" })
  submittedOn: string | null;

  @DateField({ nullable: true, description: "书面通知日期" })
  notifiedOn: string | null;

  @DateField({ nullable: true, description: "申请复核日期" })
  appealedOn: string | null;

  @TextField({ nullable: true, description: "复核申请理由" })
  appealReason: string | null;

  @DateField({ nullable: true, description: "复核意见日期" })
  reviewedOn: string | null;

  @TextField({ nullable: true, description: "复核意见" })
  reviewOpinion: string | null;

  @DateField({ nullable: true, description: "定级日期" })
  finalOn: string | null;

  @Field(() => Date, { nullable: true, description: "建议分最近一次提出的时间" })
  @Column({ type: "timestamptz", nullable: true })
  proposedAt: Date | null;
}
