import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** 校内组织关系接转: a dated move of a member from one branch to another. */
@ObjectType({ description: "校内组织关系接转记录" })
@ScopedBy<MemberTransfer>({ member: (t) => t.memberId })
@Entity("member_transfer")
export class MemberTransfer extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  fromBranchId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  toBranchId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  transferredOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
