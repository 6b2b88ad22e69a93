import { ArgsType, Field, Int } from "type-graphql";
import { Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { IdField } from "../../common/input-fields";

@ArgsType()
export class EducationHoursDistributionArgs {
  @IdField("该组织子树内的在册党员")
  unitId: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => Int, { defaultValue: 4, description: "每段的学时数，1–100" })
  @Min(1)
  @Max(100)
  binHours: number;

  @Field(() => Int, { defaultValue: 8, description: "段数（最后一段不设上限），2–50" })
  @Min(2)
  @Max(50)
  bins: number;
}
