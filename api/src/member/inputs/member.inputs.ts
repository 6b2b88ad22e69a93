import { Field, InputType } from "type-graphql";
import { IsIn, IsOptional, Length, Matches } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { ADDITION_REASONS, Gender, MemberCategory, MemberStanding, MobileStatus, RegisterReason, REMOVAL_REASONS } from "../member.enums";
import { Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

/** 18-character resident ID (last may be X). */
const ID_NUMBER = /^\d{17}[\dXx]$/;
const PHONE = /^[0-9+\- ]{5,20}$/;

@InputType({ description: "党员的可编辑信息" })
export class MemberFieldsInput {
  @OptionalText({ min: 1, max: 50 })
  name?: string;

  @Optional(() => Gender)
  gender?: Gender;

  @OptionalDate()
  birthDate?: string;

  @Optional(() => MemberCategory)
  category?: MemberCategory;

  @Optional(() => MemberStanding)
  standing?: MemberStanding;

  @OptionalDate()
  joinedOn?: string;

  @OptionalDate()
  fullSince?: string;

  @OptionalDate()
  probationEndsOn?: string;

  @OptionalId("所在党小组（须属于所在支部）")
  groupId?: string;

  @OptionalText({ max: 100 })
  department?: string;

  @OptionalText({ max: 100 })
  className?: string;

  @Optional(() => MobileStatus)
  mobileStatus?: MobileStatus;

  @OptionalText({ max: 200 })
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

  @IdField()
  branchId: string;

  @Field(() => RegisterReason, { defaultValue: RegisterReason.INITIAL_IMPORT, description: "入册原因" })
  @IsIn(ADDITION_REASONS, { message: "入册原因应为初始建档、发展入党、组织关系转入或其他" })
  reason: RegisterReason;

  @OptionalDate("入册日期，默认今天")
  registeredOn?: string;

  @OptionalText({ max: 200 }, "转入来源（组织关系转入时）")
  counterpart?: string;
}

@InputType()
export class UpdateMemberInput extends Versioned(MemberFieldsInput) {}

@InputType({ description: "校内支部间转接" })
export class TransferMemberInput extends Versioned() {
  @IdField()
  toBranchId: string;

  @OptionalId()
  toGroupId?: string;

  @Field(() => DateScalar)
  transferredOn: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType({ description: "出册（转出、毕业、去世等）；记录保留" })
export class RemoveMemberInput extends Versioned() {
  @Field(() => RegisterReason)
  @IsIn(REMOVAL_REASONS, { message: "出册原因应为转出、毕业、去世、退党、开除或其他" })
  reason: RegisterReason;

  @Field(() => DateScalar)
  occurredOn: string;

  @OptionalText({ max: 200 }, "转出去向")
  counterpart?: string;

  @OptionalText({ max: 500 })
  note?: string;
}
