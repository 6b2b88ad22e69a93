import { Field, InputType } from "type-graphql";
import { IsOptional } from "class-validator";
import { MemberCategory, MemberStanding, MemberStatus, MobileStatus } from "../member.enums";
import { Optional, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class MemberFilter {
  @OptionalId("该组织及其全部下级组织的党员")
  unitId?: string;

  @Optional(() => MemberCategory)
  category?: MemberCategory;

  @Optional(() => MemberStanding)
  standing?: MemberStanding;

  @Field({ nullable: true, description: "true：仅流动党员；false：仅非流动党员" })
  @IsOptional()
  mobile?: boolean;

  @Optional(() => MobileStatus)
  mobileStatus?: MobileStatus;

  @OptionalText({ max: 50 }, "姓名包含")
  nameContains?: string;

  @Field(() => MemberStatus, { nullable: true, defaultValue: MemberStatus.ACTIVE })
  @IsOptional()
  status?: MemberStatus;
}
