import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { DateScalar } from "../../common/scalars";
import { MemberCategory } from "../../member/member.enums";
import { IdField, Optional } from "../../common/input-fields";

@ArgsType()
export class EducationHoursArgs extends PageArgs {
  @IdField("该组织子树内的在册党员")
  unitId: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Optional(() => MemberCategory)
  category?: MemberCategory;

  @Field({ defaultValue: false, description: "学时少的在前（查找未达标者）；默认按姓名" })
  shortestFirst: boolean;
}
