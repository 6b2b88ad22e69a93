import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A branch handed its 党支部活动记录册 for a semester to 组织部 (四(二)3(2)): once per branch and semester. */
@ObjectType({ description: "活动记录册上交记录" })
@ScopedBy<RecordBookHandIn>({ unit: (h) => h.branchId })
@Entity("record_book_hand_in")
export class RecordBookHandIn extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  branchId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  semesterId: string;

  @Field(() => DateScalar, { description: "上交日期" })
  @Column({ type: "date" })
  handedInOn: string;

  @Field({ description: "接收人（如“组织部 王老师”）" })
  @Column({ type: "text" })
  receivedBy: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
