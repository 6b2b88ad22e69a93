import { Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { Gender, PersonKind } from "../member.enums";

@InputType()
export class CreatePersonInput {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => PersonKind)
  kind: PersonKind;

  @Field(() => ID, { description: "登记该人员的组织单位" })
  @IsUUID()
  unitId: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  className?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: "电话号码格式不正确" })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class PersonFilter {
  @Field(() => PersonKind, { nullable: true })
  @IsOptional()
  kind?: PersonKind;

  @Field(() => ID, { nullable: true, description: "该组织子树登记的人员" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  nameContains?: string;
}

@InputType()
export class LinkMassContactInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => DateScalar)
  since: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class EndMassContactInput extends Versioned() {
  @Field(() => DateScalar)
  until: string;
}
