import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";
import { DevelopmentProcedure, DevelopmentStage, DevelopmentStepKind } from "./pipeline.enums";

/**
 * One dated, attributed record of the workflow, with the filed documents that back it. Append-only
 * (a trigger refuses UPDATE and DELETE): a mistake is put right by a CORRECTION step naming the
 * step it corrects, and the original stays.
 */
@ObjectType({ description: "发展党员过程记录（只增不改；更正另记一条）" })
@ScopedBy<DevelopmentStep>({ unit: (s) => s.branchId })
@Entity("development_step")
@Index(["caseId", "occurredOn"])
export class DevelopmentStep extends BaseEntity {
  @Reference({ index: false })
  caseId: string;

  @Reference({ description: "档案所在支部" })
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => DevelopmentStepKind)
  @Column({ type: "enum", enum: DevelopmentStepKind, enumName: "development_step_kind" })
  kind: DevelopmentStepKind;

  @Field(() => DevelopmentProcedure, { nullable: true })
  @Column({ type: "enum", enum: DevelopmentProcedure, enumName: "development_procedure", nullable: true })
  procedure: DevelopmentProcedure | null;

  @DateField({ description: "发生日期" })
  occurredOn: string;

  @Field(() => DevelopmentStage, { nullable: true })
  @Column({ type: "enum", enum: DevelopmentStage, enumName: "development_stage", nullable: true })
  stageFrom: DevelopmentStage | null;

  @Field(() => DevelopmentStage, { nullable: true })
  @Column({ type: "enum", enum: DevelopmentStage, enumName: "development_stage", nullable: true })
  stageTo: DevelopmentStage | null;

  /** The record this step made (a notice, a vote, a trainer or introducer, a report), if any. */
  @Field(() => ID, { nullable: true, description: "本步骤产生的记录（公示、表决、培养人/介绍人、汇报）" })
  @Column({ type: "uuid", nullable: true })
  recordId: string | null;

  @Field(() => [ID], { description: "所附备案文件" })
  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  documentIds: string[];

  @TextField({ nullable: true })
  note: string | null;

  @Reference({ nullable: true, description: "本条更正的记录" })
  correctsStepId: string | null;

  @TextField({ description: "记录人" })
  recordedBy: string;

  @Column({ type: "uuid", nullable: true })
  recordedById: string | null;
}
