import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { type Fen, MoneyScalar } from "../../common/money";
import { FundSource, PartyWorkPostKind } from "../funding.enums";
import { Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = "月份格式应为 YYYY-MM，如 2025-09";

// ── settings ───────────────────────────────────────────────────────────────────

@InputType({ description: "党委年度经费设置（新建时不传 version；修改时传回当前 version）" })
export class SetFundingSettingInput {
  @IdField("学校（党委）的 id")
  collegeId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Optional(() => Int)
  version?: number;

  @Optional(() => DecimalScalar, "党费返还比例，0–1，最多 4 位小数")
  rebateShare?: string;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  retireesAsFaculty?: boolean;

  @Optional(() => MoneyScalar)
  secretaryAllowance?: Fen;

  @Optional(() => MoneyScalar)
  committeeMemberAllowance?: Fen;

  @Optional(() => MoneyScalar)
  groupLeaderAllowance?: Fen;
}

// ── allocations and spending ───────────────────────────────────────────────────

@InputType()
export class FundFilter {
  @OptionalId("该组织及其全部下级组织")
  unitId?: string;

  @Optional(() => Int)
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class FundAllocationFilter extends FundFilter {
  @Optional(() => FundSource)
  source?: FundSource;
}

@InputType()
export class CreateFundAllocationInput {
  @IdField()
  branchId: string;

  @Field(() => Int, { description: "经费年度" })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => MoneyScalar)
  amount: Fen;

  @Field(() => FundSource)
  source: FundSource;

  @OptionalText({ max: 500 })
  note?: string;

  @Field(() => DateScalar)
  allocatedOn: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateFundAllocationInput extends Versioned() {
  @Optional(() => MoneyScalar)
  amount?: Fen;

  @Optional(() => FundSource)
  source?: FundSource;

  @OptionalText({ max: 500 })
  note?: string;

  @OptionalDate()
  allocatedOn?: string;
}

@InputType()
export class CreateFundSpendingInput {
  @IdField()
  branchId: string;

  @Field(() => DateScalar)
  spentOn: string;

  @Field(() => MoneyScalar)
  amount: Fen;

  @Field({ description: "用途" })
  @Length(1, 500)
  purpose: string;

  @OptionalText({ max: 100 }, "票据号")
  receiptNumber?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateFundSpendingInput extends Versioned() {
  @OptionalDate()
  spentOn?: string;

  @Optional(() => MoneyScalar)
  amount?: Fen;

  @OptionalText({ min: 1, max: 500 })
  purpose?: string;

  @OptionalText({ max: 100 })
  receiptNumber?: string;
}

// ── dues ───────────────────────────────────────────────────────────────────────

@InputType()
export class DuesFilter {
  @OptionalId("该组织及其全部下级组织（按缴费时所在支部）")
  unitId?: string;

  @OptionalId()
  memberId?: string;

  @Field({ nullable: true, description: "起始月份（含），YYYY-MM" })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  fromMonth?: string;

  @Field({ nullable: true, description: "截止月份（含），YYYY-MM" })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  toMonth?: string;

  @Field({ nullable: true, defaultValue: false, description: "仅未交足（实交少于应交）" })
  @IsOptional()
  unpaidOnly?: boolean;
}

@InputType()
class DuesAmountsInput {
  @Field(() => MoneyScalar, { description: "应交" })
  amountDue: Fen;

  @Field(() => MoneyScalar, { defaultValue: 0, description: "实交（默认 0，即未交）" })
  amountPaid: Fen;

  @OptionalDate("缴纳日期（实交大于 0 时必填）")
  paidOn?: string;
}

@InputType()
export class RecordDuesInput extends DuesAmountsInput {
  @IdField()
  memberId: string;

  @Field({ description: "YYYY-MM" })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;

  @OptionalText({ max: 50 }, "收缴人")
  collectedBy?: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType({ description: "调整一条党费记录（只修改给出的字段）" })
export class AdjustDuesInput extends Versioned() {
  @Optional(() => MoneyScalar)
  amountDue?: Fen;

  @Optional(() => MoneyScalar)
  amountPaid?: Fen;

  @OptionalDate("缴纳日期；实交改为 0 时传 null")
  paidOn?: string | null;

  @OptionalText({ max: 50 })
  collectedBy?: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType()
export class BranchDuesRowInput extends DuesAmountsInput {
  @IdField()
  memberId: string;
}

@InputType({ description: "按支部批量登记一个月的党费（一个事务）" })
export class RecordBranchDuesInput {
  @IdField()
  branchId: string;

  @Field({ description: "YYYY-MM" })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;

  @OptionalText({ max: 50 }, "收缴人")
  collectedBy?: string;

  @Field(() => [BranchDuesRowInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested()
  rows: BranchDuesRowInput[];
}

// ── allowances ─────────────────────────────────────────────────────────────────

@InputType()
export class PartyWorkAllowanceFilter extends FundFilter {
  @OptionalId()
  memberId?: string;

  @Optional(() => PartyWorkPostKind)
  postKind?: PartyWorkPostKind;
}

@InputType()
export class CreatePartyWorkAllowanceInput {
  @IdField()
  memberId: string;

  @IdField("任职的组织（支部、党总支或党小组）")
  unitId: string;

  @OptionalId("对应的委员会任职（如有）")
  committeePositionId?: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => PartyWorkPostKind)
  postKind: PartyWorkPostKind;

  @Field({ description: "岗位说明" })
  @Length(1, 200)
  post: string;

  @Field(() => DecimalScalar, { description: "计入工作量（学时或分，≥0，最多 2 位小数）" })
  @IsHundredths("工作量")
  workloadCredit: string;

  @Optional(() => MoneyScalar, "津贴金额；不填则按本年度该岗位津贴标准")
  amount?: Fen;
}

@InputType({ description: "只修改给出的字段" })
export class UpdatePartyWorkAllowanceInput extends Versioned() {
  @OptionalText({ min: 1, max: 200 })
  post?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsHundredths("工作量")
  @IsOptional()
  workloadCredit?: string;

  @Optional(() => MoneyScalar)
  amount?: Fen;
}
