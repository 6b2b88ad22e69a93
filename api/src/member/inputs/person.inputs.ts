import { Field, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { Gender, PersonKind } from "../member.enums";
import { Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class CreatePersonInput {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => PersonKind)
  kind: PersonKind;

  @IdField("登记该人员的组织单位")
  unitId: string;

  @Optional(() => Gender)
  gender?: Gender;

  @OptionalText({ max: 100 })
  department?: string;

  @OptionalText({ max: 100 })
  className?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: "电话号码格式不正确" })
  phone?: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType()
export class PersonFilter {
  @Optional(() => PersonKind)
  kind?: PersonKind;

  @OptionalId("该组织子树登记的人员")
  unitId?: string;

  @OptionalText({ max: 50 })
  nameContains?: string;
}

@InputType()
export class LinkMassContactInput {
  @IdField()
  memberId: string;

  @IdField()
  personId: string;

  @Field(() => DateScalar)
  since: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType()
export class EndMassContactInput extends Versioned() {
  @Field(() => DateScalar)
  until: string;
}
