import { Field, InputType } from "type-graphql";
import { Length } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { IdField, OptionalText } from "../../common/input-fields";

@InputType({ description: "登记党支部活动记录册上交组织部" })
export class RecordBookHandInInput {
  @IdField()
  branchId: string;

  @IdField()
  semesterId: string;

  @Field(() => DateScalar)
  handedInOn: string;

  @Field({ description: "接收人，如“组织部 王老师”" })
  @Length(1, 100)
  receivedBy: string;

  @OptionalText({ max: 1000 })
  note?: string;
}
