import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GovernanceRecord } from "./governance-record.entity";
import { DecisionCategory } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, TextField } from "../common/column-fields";

/** A 三重一大 decision and the consultation held before it (四(二)5). */
@ObjectType({ description: "三重一大事项决策及事前酝酿沟通" })
@ScopedBy<MajorDecision>({ unit: (d) => d.unitId })
@Entity("major_decision")
@Index(["unitId", "decidedOn"])
@Index(["collegeId", "decidedOn"])
export class MajorDecision extends GovernanceRecord {
  @TextField()
  title: string;

  @Field(() => DecisionCategory)
  @Index()
  @Column({ type: "enum", enum: DecisionCategory, enumName: "decision_category" })
  category: DecisionCategory;

  @DateField()
  decidedOn: string;

  @TextField({ description: "酝酿沟通情况" })
  consultation: string;

  @DateField({ description: "沟通日期（不晚于决策日期）" })
  consultedOn: string;

  @TextField({ description: "沟通对象" })
  consultedWith: string;
}
