import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { VoidableEntity } from "../common/archivable.entity";
import { DecisionCategory } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";

/** A 三重一大 decision and the consultation held before it (四(二)5). */
@ObjectType({ description: "三重一大事项决策及事前酝酿沟通" })
@ScopedBy<MajorDecision>({ unit: (d) => d.unitId })
@Entity("major_decision")
@Index(["unitId", "decidedOn"])
@Index(["collegeId", "decidedOn"])
export class MajorDecision extends VoidableEntity {
  @Field(() => ID)
  @Column({ type: "uuid" })
  unitId: string;

  @Column({ type: "uuid" })
  collegeId: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => DecisionCategory)
  @Index()
  @Column({ type: "enum", enum: DecisionCategory, enumName: "decision_category" })
  category: DecisionCategory;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  decidedOn: string;

  @Field({ description: "酝酿沟通情况" })
  @Column({ type: "text" })
  consultation: string;

  @Field(() => DateScalar, { description: "沟通日期（不晚于决策日期）" })
  @Column({ type: "date" })
  consultedOn: string;

  @Field({ description: "沟通对象" })
  @Column({ type: "text" })
  consultedWith: string;
}
