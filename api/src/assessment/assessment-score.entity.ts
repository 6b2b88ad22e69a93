import { Column, Entity, Index, Unique } from "typeorm";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";
import { pointsColumn } from "./points";

/** One piece of evidence behind a proposal: the record (or rule) and what it showed. */
export interface ProposalEvidence {
  kind: string;
  id: string;
  label: string;
}

/** What the system proposed for a sub-element, stored with the sheet (a later record change does not move it). */
export interface StoredProposal {
  how: string;
  evidence: ProposalEvidence[];
}

/**
 * A sub-element's line on a sheet: what the records proposed (value, how, evidence), and what the
 * panel gave it — confirmed or overridden, by whom, when and why. An override keeps the proposal.
 */
@ObjectType({ description: "评分表的一个测评要素：建议分及其依据、评委给分" })
@ScopedBy<AssessmentScore>({ unit: (s) => s.unitId })
@Entity("assessment_score")
@Unique(["sheetId", "key"])
export class AssessmentScore extends BaseEntity {
  @Reference({ index: false })
  sheetId: string;

  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field({ description: "要素编号，如 1.2；附加分指标为指标号" })
  @Column({ type: "text" })
  key: string;

  @Field(() => Int, { description: "二级指标号（1–20）" })
  @Column({ type: "int" })
  indicator: number;

  @TextField({ description: "测评要素" })
  label: string;

  @Field(() => Float, { nullable: true, description: "分值；附加分指标为空" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true, transformer: pointsColumn })
  max: number | null;

  @Field(() => Float, { nullable: true, description: "系统依据记录提出的建议分；无记录可依时为空" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true, transformer: pointsColumn })
  proposedValue: number | null;

  @Column({ type: "jsonb", nullable: true })
  proposal: StoredProposal | null;

  @Field(() => Float, { nullable: true, description: "评委给分（确认建议分或改分）；未评为空" })
  @Column({ type: "numeric", precision: 6, scale: 1, nullable: true, transformer: pointsColumn })
  score: number | null;

  @Field({ description: "评委给分与建议分不同（改分）" })
  @Column({ type: "boolean", default: false })
  overridden: boolean;

  @TextField({ nullable: true, description: "改分理由" })
  reason: string | null;

  @Column({ type: "uuid", nullable: true })
  assessedById: string | null;

  @TextField({ nullable: true, description: "评分人" })
  assessedByLabel: string | null;

  @Field(() => Date, { nullable: true, description: "评分时间" })
  @Column({ type: "timestamptz", nullable: true })
  assessedAt: Date | null;
}
