import { Column, Entity } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference } from "../common/column-fields";
import { VotePurpose } from "./pipeline.enums";

/**
 * A branch general assembly's vote on a case (DEV_VOTE_QUORUM, DEV_VOTE_MAJORITY): who should
 * attend is computed from the branch's full members on the day, less the recorded exclusions.
 * Only a quorate vote is recorded; one that did not reach the majority is kept as not passed.
 */
@ObjectType({ description: "支部党员大会表决" })
@ScopedBy<DevelopmentVote>({ unit: (v) => v.branchId })
@Entity("development_vote")
export class DevelopmentVote extends BaseEntity {
  @Reference()
  caseId: string;

  @Reference()
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => VotePurpose)
  @Column({ type: "enum", enum: VotePurpose, enumName: "development_vote_purpose" })
  purpose: VotePurpose;

  @DateField()
  heldOn: string;

  @Field(() => Int, { description: "当日支部有表决权的正式党员" })
  @Column({ type: "int" })
  fullMembers: number;

  @Field(() => Int, { description: "不计入应到会人数的党员（请假、出国等，逐一登记）" })
  @Column({ type: "int" })
  excluded: number;

  @Field(() => Int, { description: "应到会有表决权的正式党员" })
  @Column({ type: "int" })
  shouldAttend: number;

  @Field(() => Int)
  @Column({ type: "int" })
  present: number;

  @Field(() => Int)
  @Column({ type: "int" })
  votesFor: number;

  @Field(() => Int)
  @Column({ type: "int" })
  votesAgainst: number;

  @Field(() => Int)
  @Column({ type: "int" })
  abstentions: number;

  @Field({ description: "赞成票超过应到会有表决权正式党员的半数" })
  @Column({ type: "boolean" })
  passed: boolean;
}
