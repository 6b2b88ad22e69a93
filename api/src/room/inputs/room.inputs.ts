import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { DateScalar } from "../../common/scalars";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, OptionalId, OptionalText } from "../../common/input-fields";

@InputType({ description: "活动室的可编辑信息" })
export class RoomFieldsInput {
  @OptionalText({ min: 1, max: 100 })
  name?: string;

  @OptionalText({ max: 200 })
  location?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "面积（平方米），大于 0，最多两位小数" })
  @IsHundredths("面积")
  @IsOptional()
  area?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 50, { each: true })
  facilities?: string[];

  @OptionalText({ max: 1000 })
  note?: string | null;
}

@InputType()
export class CreateRoomInput extends RoomFieldsInput {
  @IdField("管理单位")
  ownerUnitId: string;

  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => DecimalScalar)
  @IsHundredths("面积")
  area: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateRoomInput extends Versioned(RoomFieldsInput) {}

@InputType()
export class ArchiveRoomInput extends Archiving() {}

@InputType({ description: "指定一个组织使用活动室" })
export class AssignRoomInput {
  @IdField()
  roomId: string;

  @IdField()
  unitId: string;

  @Field(() => DateScalar)
  since: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType({ description: "结束一个组织对活动室的使用（记录保留）" })
export class UnassignRoomInput extends Versioned({ id: "使用记录 id" }) {
  @Field(() => DateScalar)
  until: string;
}

@InputType()
export class RoomFilter {
  @OptionalId("该组织子树内的组织在用的活动室")
  unitId?: string;

  @OptionalText({ max: 100 })
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
