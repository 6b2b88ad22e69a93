import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** Stored as the first day of the month (`date`), handled as `YYYY-MM` everywhere else. */
export const monthColumn = {
  to: (value: string | null | undefined) => (value == null ? value : `${value.slice(0, 7)}-01`),
  from: (value: string | null) => (value == null ? null : value.slice(0, 7)),
};

/**
 * One member's dues for one month (DUES_PAID, 四(三)2(3); 附件 指标10): unique per member and
 * month. `branchId` is the member's branch when it was recorded, so a later transfer leaves past
 * dues in the books of the branch that collected them.
 */
@ObjectType({ description: "党员月度党费缴纳记录" })
@ScopedBy<DuesRecord>({ unit: (d) => d.branchId }, { self: (d) => d.memberId })
@Entity("dues_record")
@Index(["memberId", "month"], { unique: true })
@Index(["branchId", "month"])
@Index(["collegeId", "month"])
export class DuesRecord extends BaseEntity {
  @Reference({ index: false })
  memberId: string;

  @Reference({ index: false })
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field({ description: "所属月份，YYYY-MM" })
  @Column({ type: "date", transformer: monthColumn })
  month: string;

  @Field(() => MoneyScalar, { description: "应交" })
  @Column({ type: "bigint", name: "amount_due_fen", transformer: moneyColumn })
  amountDue: Fen;

  @Field(() => MoneyScalar, { description: "实交" })
  @Column({ type: "bigint", name: "amount_paid_fen", transformer: moneyColumn })
  amountPaid: Fen;

  @Field(() => DateScalar, { nullable: true, description: "缴纳日期" })
  @Index()
  @Column({ type: "date", nullable: true })
  paidOn: string | null;

  @TextField({ nullable: true, description: "收缴人" })
  collectedBy: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
