import { Column, Entity, Index } from "typeorm";
import { ObjectType } from "type-graphql";
import { VoidableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference } from "../common/column-fields";
import { DisciplineLevel } from "./assessment.enums";

/**
 * A party disciplinary decision on a member: the veto's evidence (附件 六(二)). Filed under the
 * member's branch at the time of the decision, so the veto falls on that branch's sheet. Level,
 * decision document and reason are sensitive (masked without MEMBER_SENSITIVE_READ: the resolver).
 * Under row-level security (migration assessment).
 */
@ObjectType({ description: "党员党纪处分记录（考核一票否决依据，附件 六(二)）" })
@ScopedBy<DisciplineCase>({ unit: (d) => d.unitId }, { self: (d) => d.memberId })
@Entity("discipline_case")
@Index(["unitId", "decidedOn"])
export class DisciplineCase extends VoidableEntity {
  @Reference()
  memberId: string;

  @Reference({ index: false, description: "处分时党员所在支部" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @DateField({ description: "处分决定日期" })
  decidedOn: string;

  @Column({ type: "enum", enum: DisciplineLevel, enumName: "discipline_level" })
  level: DisciplineLevel;

  @Column({ type: "text" })
  decisionDocument: string;

  @Column({ type: "text", nullable: true })
  reason: string | null;
}
