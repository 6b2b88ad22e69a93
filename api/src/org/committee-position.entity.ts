import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { CommitteeRole } from "./org-unit.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/**
 * A seat on a unit's committee for a term. Terms are kept, never overwritten, so the history of
 * who served when (and whether re-election came on time, 附件 指标1) stays visible.
 */
@ObjectType({ description: "委员会成员任职（书记、副书记、委员）" })
@ScopedBy<CommitteePosition>({ unit: (p) => p.unitId })
@Entity("committee_position")
export class CommitteePosition extends BaseEntity {
  @Reference()
  unitId: string;

  @Reference()
  memberId: string;

  @CollegeColumn()
  collegeId: string;

  @Field(() => CommitteeRole)
  @Column({ type: "enum", enum: CommitteeRole, enumName: "committee_role" })
  role: CommitteeRole;

  @TextField({ nullable: true, description: "分工，如“组织委员”“宣传委员”“纪检委员”" })
  duty: string | null;

  @DateField()
  termStart: string;

  @DateField({ nullable: true, description: "届满日期（计划换届日）" })
  termEnd: string | null;

  @DateField({ nullable: true, description: "实际离任日期" })
  endedOn: string | null;
}
