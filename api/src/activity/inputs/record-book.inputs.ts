import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { DateScalar } from "../../common/scalars";

@InputType({ description: "登记党支部活动记录册上交组织部" })
export class RecordBookHandInInput {
  @Field(() => ID)
  @IsUUID()
  branchId: string;

  @Field(() => ID)
  @IsUUID()
  semesterId: string;

  @Field(() => DateScalar)
  handedInOn: string;

  @Field({ description: "接收人，如“组织部 王老师”" })
  @Length(1, 100)
  receivedBy: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}
