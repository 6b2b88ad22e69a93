import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { CommitteeRole } from "./org-unit.enums";
import { ScopedBy } from "../auth/record-scope";

/**
 * A seat on a unit's committee for a term. Terms are kept, never overwritten, so the history of
 * who served when (and whether re-election came on time, 附件 指标1) stays visible.
 */
@ObjectType({ description: "委员会成员任职（书记、副书记、委员）" })
@ScopedBy<CommitteePosition>({ unit: (p) => p.unitId })
@Entity("committee_position")
export class CommitteePosition extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => CommitteeRole)
  @Column({ type: "enum", enum: CommitteeRole, enumName: "committee_role" })
  role: CommitteeRole;

  @Field(() => String, { nullable: true, description: "分工，如“组织委员”“宣传委员”“纪检委员”" })
  @Column({ type: "text", nullable: true })
  duty: string | null;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  termStart: string;

  @Field(() => DateScalar, { nullable: true, description: "届满日期（计划换届日）" })
  @Column({ type: "date", nullable: true })
  termEnd: string | null;

  @Field(() => DateScalar, { nullable: true, description: "实际离任日期" })
  @Column({ type: "date", nullable: true })
  endedOn: string | null;
}
