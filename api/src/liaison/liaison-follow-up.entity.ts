import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** Something a visit left to do, until it is resolved. */
@ObjectType({ description: "走访后续事项" })
@ScopedBy<LiaisonFollowUp>({ home: "liaison_visit", id: (f) => f.visitId })
@Entity("liaison_follow_up")
export class LiaisonFollowUp extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  visitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "事项" })
  @Column({ type: "text" })
  content: string;

  /** Order within the visit. */
  @Column({ type: "int", default: 0 })
  position: number;

  @Field(() => DateScalar, { nullable: true, description: "期限" })
  @Column({ type: "date", nullable: true })
  dueOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: "办结日期" })
  @Column({ type: "date", nullable: true })
  resolvedOn: string | null;

  @Field(() => String, { nullable: true, description: "办理结果" })
  @Column({ type: "text", nullable: true })
  resolution: string | null;
}
