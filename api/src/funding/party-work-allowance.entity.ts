import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../common/decimal";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { VoidableEntity } from "../common/archivable.entity";
import { PartyWorkPostKind } from "./funding.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** A member's party-work post for a year: workload credit and allowance (PARTY_WORK_ALLOWANCE, 四(五)1). */
@ObjectType({ description: "党务工作岗位年度工作量与津贴" })
@ScopedBy<PartyWorkAllowance>({ unit: (a) => a.unitId })
@Entity("party_work_allowance")
@Index(["unitId", "year"])
@Index(["collegeId", "year"])
export class PartyWorkAllowance extends VoidableEntity {
  @Reference()
  memberId: string;

  @Reference({ index: false, description: "任职的组织" })
  unitId: string;

  @Reference({ nullable: true, description: "对应的委员会任职（如有）" })
  committeePositionId: string | null;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => PartyWorkPostKind)
  @Column({ type: "enum", enum: PartyWorkPostKind, enumName: "party_work_post_kind" })
  postKind: PartyWorkPostKind;

  @TextField({ description: "岗位说明，如“信息工程学院学生支部书记”" })
  post: string;

  @Field(() => DecimalScalar, { description: "计入工作量（学时或分）" })
  @Column({ type: "numeric", precision: 8, scale: 2 })
  workloadCredit: string;

  @Field(() => MoneyScalar, { description: "津贴金额" })
  @Column({ type: "bigint", name: "amount_fen", transformer: moneyColumn })
  amount: Fen;
}
