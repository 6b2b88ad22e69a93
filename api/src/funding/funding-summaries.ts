import { Field, ID, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../common/decimal";
import { type Fen, MoneyScalar } from "../common/money";
import { DuesRecord } from "./dues-record.entity";

/** One branch's activity fund for a year, against the FUNDING_FLOOR (四(五)1). */
@ObjectType({ description: "党支部年度活动经费汇总（对照经费下限 FUNDING_FLOOR 四(五)1）" })
export class FundSummaryRow {
  @Field(() => ID)
  branchId: string;

  @Field(() => Int)
  year: number;

  @Field(() => MoneyScalar, { description: "本年度下拨合计" })
  allocated: Fen;

  @Field(() => MoneyScalar, { description: "本年度支出合计" })
  spent: Fen;

  @Field(() => MoneyScalar, { description: "结余（下拨 − 支出，不含往年结转）" })
  balance: Fen;

  @Field(() => Int, { description: "在册在职教职工党员" })
  facultyMembers: number;

  @Field(() => Int, { description: "在册学生党员" })
  studentMembers: number;

  @Field(() => Int, { description: "在册离退休党员" })
  retiredMembers: number;

  @Field({ description: "离退休党员是否按教职工计（年度设置，默认是）" })
  retireesAsFaculty: boolean;

  @Field(() => MoneyScalar, { description: "经费下限：100 元 × 教职工党员 + 50 元 × 学生党员" })
  floor: Fen;

  @Field({ description: "下拨是否达到下限" })
  meetsFloor: boolean;

  @Field({ description: "规则编号" })
  ruleCode: string;

  @Field({ description: "出处" })
  citation: string;
}

@ObjectType({ description: "党支部年度党费汇总" })
export class DuesSummaryRow {
  @Field(() => ID)
  branchId: string;

  @Field(() => Int)
  year: number;

  @Field(() => MoneyScalar, { description: "应交合计" })
  due: Fen;

  @Field(() => MoneyScalar, { description: "实交合计" })
  paid: Fen;

  @Field(() => Int, { description: "有缴费记录的党员数" })
  members: number;

  @Field(() => Int, { description: "每月都已交足的党员数" })
  membersFullyPaid: number;

  @Field(() => Int, { description: "有欠缴月份的党员数" })
  membersWithArrears: number;
}

@ObjectType({ description: "党费返还（DUES_REBATE 四(五)1）：返还 = 当年实收党费 × 返还比例，四舍五入到分" })
export class DuesRebateRow {
  @Field(() => ID)
  branchId: string;

  @Field(() => Int)
  year: number;

  @Field(() => MoneyScalar, { description: "当年实收党费（按缴纳日期）" })
  collected: Fen;

  @Field(() => DecimalScalar, { nullable: true, description: "返还比例（未设置时为空）" })
  share: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "应返还金额（未设置比例时为空）" })
  rebate: Fen | null;
}

@ObjectType({ description: "按支部批量登记的一个月党费" })
export class DuesBatch {
  @Field(() => ID)
  branchId: string;

  @Field()
  month: string;

  @Field(() => [DuesRecord])
  records: DuesRecord[];

  @Field(() => MoneyScalar)
  totalDue: Fen;

  @Field(() => MoneyScalar)
  totalPaid: Fen;
}
