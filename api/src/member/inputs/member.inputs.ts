import { Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { DateScalar } from "../../common/scalars";
import {
  ADDITION_REASONS,
  Gender,
  MemberCategory,
  MemberStanding,
  MobileStatus,
  RegisterReason,
  REMOVAL_REASONS,
} from "../member.enums";

/** 18-character resident ID (last may be X). */
const ID_NUMBER = /^\d{17}[\dXx]$/;
const PHONE = /^[0-9+\- ]{5,20}$/;

@InputType({ description: "党员的可编辑信息" })
export class MemberFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  gender?: Gender;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  birthDate?: string;

  @Field(() => MemberCategory, { nullable: true })
  @IsOptional()
  category?: MemberCategory;

  @Field(() => MemberStanding, { nullable: true })
  @IsOptional()
  standing?: MemberStanding;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  joinedOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  fullSince?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  probationEndsOn?: string;

  @Field(() => ID, { nullable: true, description: "所在党小组（须属于所在支部）" })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  className?: string;

  @Field(() => MobileStatus, { nullable: true })
  @IsOptional()
  mobileStatus?: MobileStatus;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  mobileLocation?: string;

  @Field({ nullable: true, description: "身份证号（18 位）" })
  @IsOptional()
  @Matches(ID_NUMBER, { message: "身份证号应为 18 位，最后一位可为 X" })
  idNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: "电话号码格式不正确" })
  phone?: string;
}

@InputType()
export class CreateMemberInput extends MemberFieldsInput {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => MemberCategory)
  category: MemberCategory;

  @Field(() => MemberStanding)
  standing: MemberStanding;

  @Field(() => ID)
  @IsUUID()
  branchId: string;

  @Field(() => RegisterReason, { defaultValue: RegisterReason.INITIAL_IMPORT, description: "入册原因" })
  @IsIn(ADDITION_REASONS, { message: "入册原因应为初始建档、发展入党、组织关系转入或其他" })
  reason: RegisterReason;

  @Field(() => DateScalar, { nullable: true, description: "入册日期，默认今天" })
  @IsOptional()
  registeredOn?: string;

  @Field({ nullable: true, description: "转入来源（组织关系转入时）" })
  @IsOptional()
  @MaxLength(200)
  counterpart?: string;
}

@InputType()
export class UpdateMemberInput extends Versioned(MemberFieldsInput) {}

@InputType({ description: "校内支部间转接" })
export class TransferMemberInput extends Versioned() {
  @Field(() => ID)
  @IsUUID()
  toBranchId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  toGroupId?: string;

  @Field(() => DateScalar)
  transferredOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: "出册（转出、毕业、去世等）；记录保留" })
export class RemoveMemberInput extends Versioned() {
  @Field(() => RegisterReason)
  @IsIn(REMOVAL_REASONS, { message: "出册原因应为转出、毕业、去世、退党、开除或其他" })
  reason: RegisterReason;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field({ nullable: true, description: "转出去向" })
  @IsOptional()
  @MaxLength(200)
  counterpart?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}
