import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { VoidableEntity } from "../common/archivable.entity";
import { FundSource } from "./funding.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** A yearly activity-fund allocation to a branch (FUNDING_FLOOR, 四(五)1). */
@ObjectType({ description: "党支部年度活动经费下拨" })
@ScopedBy<FundAllocation>({ unit: (a) => a.branchId })
@Entity("fund_allocation")
@Index(["branchId", "year"])
@Index(["collegeId", "year"])
export class FundAllocation extends VoidableEntity {
  @Reference({ index: false })
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => Int, { description: "经费年度" })
  @Column({ type: "int" })
  year: number;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint", name: "amount_fen", transformer: moneyColumn })
  amount: Fen;

  @Field(() => FundSource)
  @Column({ type: "enum", enum: FundSource, enumName: "fund_source" })
  source: FundSource;

  @TextField({ nullable: true })
  note: string | null;

  @DateField({ description: "下拨日期" })
  allocatedOn: string;
}
