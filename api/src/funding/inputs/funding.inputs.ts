import { Versioned } from "../../common/input-mixins";
import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { type Fen, MoneyScalar } from "../../common/money";
import { FundSource, PartyWorkPostKind } from "../funding.enums";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = "月份格式应为 YYYY-MM，如 2025-09";

// ── settings ───────────────────────────────────────────────────────────────────

@InputType({ description: "党委年度经费设置（新建时不传 version；修改时传回当前 version）" })
export class SetFundingSettingInput {
  @Field(() => ID, { description: "学校（党委）的 id" })
  @IsUUID()
  collegeId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number;

  @Field(() => DecimalScalar, { nullable: true, description: "党费返还比例，0–1，最多 4 位小数" })
  @IsOptional()
  rebateShare?: string;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  retireesAsFaculty?: boolean;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  secretaryAllowance?: Fen;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  committeeMemberAllowance?: Fen;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  groupLeaderAllowance?: Fen;
}

// ── allocations and spending ───────────────────────────────────────────────────

@InputType()
export class FundFilter {
  @Field(() => ID, { nullable: true, description: "该组织及其全部下级组织" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class FundAllocationFilter extends FundFilter {
  @Field(() => FundSource, { nullable: true })
  @IsOptional()
  source?: FundSource;
}

@InputType()
export class CreateFundAllocationInput {
  @Field(() => ID)
  @IsUUID()
  branchId: string;

  @Field(() => Int, { description: "经费年度" })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => MoneyScalar)
  amount: Fen;

  @Field(() => FundSource)
  source: FundSource;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;

  @Field(() => DateScalar)
  allocatedOn: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateFundAllocationInput extends Versioned() {
  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  amount?: Fen;

  @Field(() => FundSource, { nullable: true })
  @IsOptional()
  source?: FundSource;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  allocatedOn?: string;
}

@InputType()
export class CreateFundSpendingInput {
  @Field(() => ID)
  @IsUUID()
  branchId: string;

  @Field(() => DateScalar)
  spentOn: string;

  @Field(() => MoneyScalar)
  amount: Fen;

  @Field({ description: "用途" })
  @Length(1, 500)
  purpose: string;

  @Field({ nullable: true, description: "票据号" })
  @IsOptional()
  @MaxLength(100)
  receiptNumber?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateFundSpendingInput extends Versioned() {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  spentOn?: string;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  amount?: Fen;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  purpose?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  receiptNumber?: string;
}

// ── dues ───────────────────────────────────────────────────────────────────────

@InputType()
export class DuesFilter {
  @Field(() => ID, { nullable: true, description: "该组织及其全部下级组织（按缴费时所在支部）" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
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

  @Field(() => DateScalar, { nullable: true, description: "缴纳日期（实交大于 0 时必填）" })
  @IsOptional()
  paidOn?: string;
}

@InputType()
export class RecordDuesInput extends DuesAmountsInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field({ description: "YYYY-MM" })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;

  @Field({ nullable: true, description: "收缴人" })
  @IsOptional()
  @MaxLength(50)
  collectedBy?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: "调整一条党费记录（只修改给出的字段）" })
export class AdjustDuesInput extends Versioned() {
  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  amountDue?: Fen;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  amountPaid?: Fen;

  @Field(() => DateScalar, { nullable: true, description: "缴纳日期；实交改为 0 时传 null" })
  @IsOptional()
  paidOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  collectedBy?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class BranchDuesRowInput extends DuesAmountsInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;
}

@InputType({ description: "按支部批量登记一个月的党费（一个事务）" })
export class RecordBranchDuesInput {
  @Field(() => ID)
  @IsUUID()
  branchId: string;

  @Field({ description: "YYYY-MM" })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;

  @Field({ nullable: true, description: "收缴人" })
  @IsOptional()
  @MaxLength(50)
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => PartyWorkPostKind, { nullable: true })
  @IsOptional()
  postKind?: PartyWorkPostKind;
}

@InputType()
export class CreatePartyWorkAllowanceInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => ID, { description: "任职的组织（支部、党总支或党小组）" })
  @IsUUID()
  unitId: string;

  @Field(() => ID, { nullable: true, description: "对应的委员会任职（如有）" })
  @IsOptional()
  @IsUUID()
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

  @Field(() => MoneyScalar, { nullable: true, description: "津贴金额；不填则按本年度该岗位津贴标准" })
  @IsOptional()
  amount?: Fen;
}

@InputType({ description: "只修改给出的字段" })
export class UpdatePartyWorkAllowanceInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  post?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsHundredths("工作量")
  @IsOptional()
  workloadCredit?: string;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  amount?: Fen;
}
