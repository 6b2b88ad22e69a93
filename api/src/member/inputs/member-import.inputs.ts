import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional } from "class-validator";
import { CreateMemberInput } from "./member.inputs";

/** Rows one import may carry (a college's whole roster is about 1,500; a bigger file is split by the client). */
export const MEMBER_IMPORT_MAX_ROWS = 2000;

/**
 * A roster import. The rows are deliberately not validated as a whole (no @ValidateNested): each
 * row is checked on its own by the service, so one bad row is reported on its row, not as an error
 * of the whole request. Enums and dates are still typed: a value that is not one fails the request
 * as BAD_USER_INPUT naming `rows.N.field` (the client maps spreadsheet values first).
 */
@InputType({ description: `党员名册导入：逐行校验（与 createMember 相同的字段校验），最多 ${MEMBER_IMPORT_MAX_ROWS} 行` })
export class ImportMembersInput {
  @Field(() => [CreateMemberInput], { description: "每行即一个 createMember 的输入" })
  @ArrayMinSize(1, { message: "至少一行" })
  @ArrayMaxSize(MEMBER_IMPORT_MAX_ROWS, { message: `一次最多导入 ${MEMBER_IMPORT_MAX_ROWS} 行，请分批导入` })
  rows: CreateMemberInput[];

  @Field({ description: "true：只校验并逐行报告，不写入任何记录" })
  dryRun: boolean;

  @Field({
    nullable: true,
    defaultValue: false,
    description: "写入时：true 只写入校验通过的行；false（默认）有任何一行不通过则全部不写入",
  })
  @IsOptional()
  onlyValid?: boolean;
}
