import { Field, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { DateScalar } from "../../common/scalars";
import { StudyKind } from "../activity.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

@InputType({ description: "个人学习记录的可编辑信息" })
export class StudyRecordFieldsInput {
  @Optional(() => StudyKind)
  kind?: StudyKind;

  @OptionalDate()
  studiedOn?: string;

  @OptionalText({ min: 1, max: 200 })
  title?: string;

  @OptionalText({ max: 100 })
  provider?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "学时，大于 0" })
  @IsHundredths("学时")
  @IsOptional()
  hours?: string;

  @Field(() => DecimalScalar, { nullable: true, description: "其中廉政教育学时" })
  @IsHundredths("学时")
  @IsOptional()
  integrityHours?: string;

  @OptionalText({ max: 1000 })
  note?: string | null;
}

@InputType()
export class CreateStudyRecordInput extends StudyRecordFieldsInput {
  @IdField()
  memberId: string;

  @Field(() => StudyKind)
  kind: StudyKind;

  @Field(() => DateScalar)
  studiedOn: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => DecimalScalar)
  @IsHundredths("学时")
  hours: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateStudyRecordInput extends Versioned(StudyRecordFieldsInput) {}

@InputType()
export class ArchiveStudyRecordInput extends Archiving() {}

@InputType()
export class StudyRecordFilter {
  @OptionalId()
  memberId?: string;

  @OptionalId("该组织子树内党员的记录")
  unitId?: string;

  @Optional(() => StudyKind)
  kind?: StudyKind;

  @OptionalDate()
  from?: string;

  @OptionalDate()
  to?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
