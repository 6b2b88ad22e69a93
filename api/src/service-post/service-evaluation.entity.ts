import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { EvaluationAspect, EvaluatorKind } from "./service-post.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** 三评 (四(四)2): the public, fellow members or a leader score a member's service, 0–100. */
@ObjectType({ description: "三评：群众评议、党员互评、领导点评" })
@ScopedBy<ServiceEvaluation>({ unit: (e) => e.unitId })
@Entity("service_evaluation")
export class ServiceEvaluation extends BaseEntity {
  @Reference({ nullable: true })
  pledgeId: string | null;

  @Reference()
  memberId: string;

  @Reference()
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @Field(() => EvaluatorKind)
  @Index()
  @Column({ type: "enum", enum: EvaluatorKind, enumName: "evaluator_kind" })
  evaluatorKind: EvaluatorKind;

  @TextField({ description: "评议人，如“服务对象”“财务处处长”" })
  evaluatorLabel: string;

  @Field(() => EvaluationAspect, { nullable: true, description: "三比：技能、作风、业绩" })
  @Column({ type: "enum", enum: EvaluationAspect, enumName: "evaluation_aspect", nullable: true })
  aspect: EvaluationAspect | null;

  @Field(() => Int)
  @Column({ type: "int" })
  score: number;

  @TextField({ nullable: true })
  comment: string | null;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  evaluatedOn: string;
}
