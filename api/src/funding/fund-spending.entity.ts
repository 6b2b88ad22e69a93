import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { VoidableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/**
 * Money a branch spent from its activity fund. No link to an activity record on purpose: the
 * activity table belongs to another area and may not exist when this migration runs; a uuid
 * without a foreign key could dangle unnoticed. When activities exist, their migration adds
 * `activity_id uuid REFERENCES activity(id)` here (nullable, indexed) and a field resolver.
 */
@ObjectType({ description: "党支部活动经费支出" })
@ScopedBy<FundSpending>({ unit: (s) => s.branchId })
@Entity("fund_spending")
@Index(["branchId", "spentOn"])
@Index(["collegeId", "spentOn"])
export class FundSpending extends VoidableEntity {
  @Reference({ index: false })
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @DateField()
  spentOn: string;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint", name: "amount_fen", transformer: moneyColumn })
  amount: Fen;

  @TextField({ description: "用途" })
  purpose: string;

  @TextField({ nullable: true, description: "票据号" })
  receiptNumber: string | null;
}
