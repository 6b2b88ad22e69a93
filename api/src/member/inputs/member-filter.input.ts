import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { MemberCategory, MemberStanding, MemberStatus, MobileStatus } from "../member.enums";

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: "该组织及其全部下级组织的党员" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => MemberCategory, { nullable: true })
  @IsOptional()
  category?: MemberCategory;

  @Field(() => MemberStanding, { nullable: true })
  @IsOptional()
  standing?: MemberStanding;

  @Field({ nullable: true, description: "true：仅流动党员；false：仅非流动党员" })
  @IsOptional()
  mobile?: boolean;

  @Field(() => MobileStatus, { nullable: true })
  @IsOptional()
  mobileStatus?: MobileStatus;

  @Field({ nullable: true, description: "姓名包含" })
  @IsOptional()
  @MaxLength(50)
  nameContains?: string;

  @Field(() => MemberStatus, { nullable: true, defaultValue: MemberStatus.ACTIVE })
  @IsOptional()
  status?: MemberStatus;
}
