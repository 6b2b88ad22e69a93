import { ArgsType, Field, ID } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { PageArgs } from "../../common/pagination";
import { DateScalar } from "../../common/scalars";
import { MemberCategory } from "../../member/member.enums";

@ArgsType()
export class EducationHoursArgs extends PageArgs {
  @Field(() => ID, { description: "该组织子树内的在册党员" })
  @IsUUID()
  unitId: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => MemberCategory, { nullable: true })
  @IsOptional()
  category?: MemberCategory;

  @Field({ defaultValue: false, description: "学时少的在前（查找未达标者）；默认按姓名" })
  shortestFirst: boolean;
}
