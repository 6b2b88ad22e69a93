import { Archiving, Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { DateScalar } from "../../common/scalars";
import { StudyKind } from "../activity.enums";

@InputType({ description: "个人学习记录的可编辑信息" })
export class StudyRecordFieldsInput {
  @Field(() => StudyKind, { nullable: true })
  @IsOptional()
  kind?: StudyKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  studiedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  provider?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "学时，大于 0" })
  @IsHundredths("学时")
  @IsOptional()
  hours?: string;

  @Field(() => DecimalScalar, { nullable: true, description: "其中廉政教育学时" })
  @IsHundredths("学时")
  @IsOptional()
  integrityHours?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class CreateStudyRecordInput extends StudyRecordFieldsInput {
  @Field(() => ID)
  @IsUUID()
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => ID, { nullable: true, description: "该组织子树内党员的记录" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => StudyKind, { nullable: true })
  @IsOptional()
  kind?: StudyKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
