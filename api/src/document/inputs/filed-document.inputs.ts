import { Field, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { DocumentKind } from "../document.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

@InputType({ description: "备案文件的可修改信息（类型、组织和汇报人不可改：归档后重新登记）" })
export class FiledDocumentFieldsInput {
  @OptionalText({ min: 1, max: 200 })
  title?: string;

  @OptionalDate("报送（备案）日期，不能晚于今天")
  filedOn?: string;

  @OptionalText({ max: 100 }, "接收人或接收部门")
  receivedBy?: string | null;

  @OptionalText({ max: 1000 })
  note?: string | null;
}

@InputType({ description: "登记一份备案文件。思想汇报须给出汇报党员（组织自动取其所在支部）；其他文件须给出报送组织" })
export class FileDocumentInput extends FiledDocumentFieldsInput {
  @Field(() => DocumentKind)
  kind: DocumentKind;

  @OptionalId("报送组织：年度工作报告、议事规则为党总支，培养发展计划为党支部，专题研究为党委")
  unitId?: string;

  @OptionalId("汇报党员（仅思想汇报，且必填）")
  memberId?: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => DateScalar)
  filedOn: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateFiledDocumentInput extends Versioned(FiledDocumentFieldsInput) {}

@InputType()
export class ArchiveFiledDocumentInput extends Archiving({ reason: "归档原因" }) {}

@InputType()
export class FiledDocumentFilter {
  @OptionalId("该组织子树内的文件")
  unitId?: string;

  @OptionalId("该党员的思想汇报")
  memberId?: string;

  @Optional(() => DocumentKind)
  kind?: DocumentKind;

  @OptionalDate("报送日期不早于")
  from?: string;

  @OptionalDate("报送日期不晚于")
  to?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
