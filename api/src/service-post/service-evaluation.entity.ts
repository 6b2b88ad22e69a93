import { Column, Entity, Index } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { EvaluationAspect, EvaluatorKind } from "./service-post.enums";
import { ScopedBy } from "../auth/record-scope";

/** 三评 (四(四)2): the public, fellow members or a leader score a member's service, 0–100. */
@ObjectType({ description: "三评：群众评议、党员互评、领导点评" })
@ScopedBy<ServiceEvaluation>({ unit: (e) => e.unitId })
@Entity("service_evaluation")
export class ServiceEvaluation extends BaseEntity {
  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: "uuid", nullable: true })
  pledgeId: string | null;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => EvaluatorKind)
  @Index()
  @Column({ type: "enum", enum: EvaluatorKind, enumName: "evaluator_kind" })
  evaluatorKind: EvaluatorKind;

  @Field({ description: "评议人，如“服务对象”“财务处处长”" })
  @Column({ type: "text" })
  evaluatorLabel: string;

  @Field(() => EvaluationAspect, { nullable: true, description: "三比：技能、作风、业绩" })
  @Column({ type: "enum", enum: EvaluationAspect, enumName: "evaluation_aspect", nullable: true })
  aspect: EvaluationAspect | null;

  @Field(() => Int)
  @Column({ type: "int" })
  score: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  evaluatedOn: string;
}
