import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DecimalScalar } from "../common/decimal";
import { type Fen, moneyColumn, MoneyScalar } from "../common/money";
import { Reference, TextField } from "../common/column-fields";

/** The committee's money settings for one year (set with FUNDING_SETTINGS_WRITE). */
@ObjectType({ description: "党委年度经费设置：党费返还比例、离退休党员是否按教职工计经费、岗位津贴标准" })
@Entity("funding_setting")
@Index(["collegeId", "year"], { unique: true })
export class FundingSetting extends BaseEntity {
  @Reference({ index: false })
  collegeId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => DecimalScalar, { nullable: true, description: '党费返还比例（0–1，如 "0.5"），DUES_REBATE 四(五)1' })
  @Column({ type: "numeric", precision: 5, scale: 4, nullable: true })
  rebateShare: string | null;

  @Field({ description: "离退休党员是否按教职工计算经费下限（默认是）" })
  @Column({ type: "boolean", default: true })
  retireesAsFaculty: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: "书记年度津贴标准" })
  @Column({ type: "bigint", name: "secretary_allowance_fen", nullable: true, transformer: moneyColumn })
  secretaryAllowance: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: "支委委员年度津贴标准" })
  @Column({ type: "bigint", name: "committee_member_allowance_fen", nullable: true, transformer: moneyColumn })
  committeeMemberAllowance: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: "党小组长年度津贴标准" })
  @Column({ type: "bigint", name: "group_leader_allowance_fen", nullable: true, transformer: moneyColumn })
  groupLeaderAllowance: Fen | null;

  @TextField({ description: "设置人" })
  setBy: string;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  setAt: Date;
}
