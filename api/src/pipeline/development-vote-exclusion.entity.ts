import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ObjectType } from "type-graphql";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * A full member not counted among those who should attend a vote, and why (on leave, abroad …).
 * A line of its vote (no id of its own in the API): written with the vote, never changed.
 */
@ObjectType({ description: "不计入应到会人数的党员" })
@ScopedBy<DevelopmentVoteExclusion>({ unit: (x) => x.branchId }, { member: (x) => x.memberId })
@Entity("development_vote_exclusion")
export class DevelopmentVoteExclusion {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column({ type: "uuid" })
  voteId: string;

  @Column({ type: "uuid" })
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Reference({ index: false })
  memberId: string;

  @TextField({ description: "原因（请假、出国、受处分停止表决权等）" })
  reason: string;
}
