import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { VoidableEntity } from "../common/archivable.entity";
import { AwardKind, AwardStatus } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/**
 * A nomination in the biennial awards (AWARDS_BIENNIAL, 四(五)3(1)). For 先进基层党组织 the
 * nominee is the unit itself; for the two personal awards it is a member and `unitId` is the
 * member's branch (which also scopes who may see the record).
 */
@ObjectType({ description: "评选表彰（先进基层党组织、优秀党务工作者、优秀共产党员）" })
@ScopedBy<Award>({ unit: (a) => a.unitId })
@Entity("award")
@Index(["collegeId", "cycleYear", "kind"])
export class Award extends VoidableEntity {
  @Reference({ description: "被推荐的组织，或被推荐党员所在支部" })
  unitId: string;

  @Reference({ nullable: true, description: "被推荐党员（个人奖项）" })
  nomineeMemberId: string | null;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => AwardKind)
  @Column({ type: "enum", enum: AwardKind, enumName: "award_kind" })
  kind: AwardKind;

  @Field(() => Int, { description: "评选年度（两年一次）" })
  @Column({ type: "int" })
  cycleYear: number;

  @Field(() => AwardStatus)
  @Index()
  @Column({ type: "enum", enum: AwardStatus, enumName: "award_status", default: AwardStatus.NOMINATED })
  status: AwardStatus;

  @DateField()
  nominatedOn: string;

  @DateField({ nullable: true })
  reviewedOn: string | null;

  @DateField({ nullable: true, description: "表彰（或不予表彰）决定日期" })
  decidedOn: string | null;

  @TextField({ nullable: true, description: "审核人" })
  reviewer: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
