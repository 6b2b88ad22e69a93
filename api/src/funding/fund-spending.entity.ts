import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { VoidableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";

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
  @Field(() => ID)
  @Column({ type: "uuid" })
  branchId: string;

  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  spentOn: string;

  @Field(() => MoneyScalar)
  @Column({ type: "bigint", name: "amount_fen", transformer: moneyColumn })
  amount: Fen;

  @Field({ description: "用途" })
  @Column({ type: "text" })
  purpose: string;

  @Field(() => String, { nullable: true, description: "票据号" })
  @Column({ type: "text", nullable: true })
  receiptNumber: string | null;
}
