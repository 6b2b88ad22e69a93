import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A member keeps in touch with 1–3 non-party people (四(二)4(2)); a link ends, it is not deleted. */
@ObjectType({ description: "党员联系群众" })
@ScopedBy<MassContact>({ member: (c) => c.memberId }, { home: "person", id: (c) => c.personId })
@Entity("mass_contact")
export class MassContact extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  personId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  since: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
