import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";

/** Someone met on a visit: a tracked person, a member, or just a name. */
@ObjectType({ description: "走访对象" })
@ScopedBy<VisitPerson>({ home: "liaison_visit", id: (p) => p.visitId })
@Entity("visit_person")
export class VisitPerson extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  visitId: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: "uuid", nullable: true })
  personId: string | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: "uuid", nullable: true })
  memberId: string | null;

  @Field({ description: "姓名（登记时的姓名）" })
  @Column({ type: "text" })
  name: string;

  /** Order as entered. */
  @Column({ type: "int", default: 0 })
  position: number;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;
}
