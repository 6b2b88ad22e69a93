import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "导入行的一处错误" })
export class ImportFieldError {
  @Field({ description: "字段路径（同 createMember 的字段错误，如 idNumber、branchId）" })
  field: string;

  @Field()
  message: string;
}

@ObjectType({ description: "导入的一行的结果" })
export class MemberImportRow {
  @Field(() => Int, { description: "行号：在 rows 中的位置，从 1 起" })
  row: number;

  @Field({ description: "该行校验通过" })
  ok: boolean;

  @Field(() => [ImportFieldError])
  errors: ImportFieldError[];

  @Field(() => ID, { nullable: true, description: "写入时新建党员的 id" })
  memberId: string | null;
}

@ObjectType({ description: "党员名册导入的结果" })
export class MemberImportResult {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: "校验通过的行数" })
  validRows: number;

  @Field(() => Int, { description: "校验不通过的行数" })
  invalidRows: number;

  @Field(() => Int, { description: "实际写入的行数（只校验、或因有错行而全部不写入时为 0）" })
  written: number;

  @Field(() => [MemberImportRow])
  rows: MemberImportRow[];
}
