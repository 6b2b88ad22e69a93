import { ArgsType, Field, ID, ObjectType } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import { PeriodKind } from "../calendar/calendar.enums";
import { DateScalar } from "../common/scalars";
import type { MatrixResult } from "./compliance-matrix.service";
import { StatusCounts } from "./compliance.views";

/*
 * complianceMatrix: its arguments and GraphQL views (the counts of compliance.views' StatusCounts
 * per cell, row, column and family), built from the service's plain result by `matrixView`.
 */

@ArgsType()
export class ComplianceMatrixArgs {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => PeriodKind, { defaultValue: PeriodKind.MONTH, description: "列的期间：月、季度、半年、年度、学期" })
  periodKind: PeriodKind;

  @Field(() => [String], { nullable: true, description: "只统计这些规则（如只看会议类规则）" })
  @IsOptional()
  @ArrayMaxSize(100)
  ruleCodes?: string[];

  @Field(() => DateScalar, { nullable: true, description: "按哪一天判断期间是否结束，默认今天" })
  @IsOptional()
  asOf?: string;
}

@ObjectType({ description: "矩阵的一列（期间）及全子树在该期间的汇总" })
export class MatrixPeriod extends StatusCounts {
  @Field() key: string;
  @Field() label: string;
  @Field(() => DateScalar) start: string;
  @Field(() => DateScalar) end: string;
}

@ObjectType({ description: "矩阵的一格：某组织在某期间的检查结果计数" })
export class MatrixCell extends StatusCounts {
  @Field({ description: "所在列（MatrixPeriod.key）" }) periodKey: string;
}

@ObjectType({ description: "矩阵的一行：某组织各期间的计数（只含有检查结果的期间）及合计" })
export class MatrixRow extends StatusCounts {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitKind: string;
  @Field(() => ID, { nullable: true, description: "上级组织（按党总支分组显示）；在所查子树之外时为空" }) parentId: string | null;
  @Field(() => [MatrixCell]) cells: MatrixCell[];
}

@ObjectType({ description: "按规则类别（事实族：ACTIVITIES 会议活动、EDUCATION_HOURS 学时、LIAISON_VISITS 三联二访……）汇总" })
export class FamilySummary extends StatusCounts {
  @Field() family: string;
}

@ObjectType({ description: "合规矩阵：组织 × 期间的检查结果计数（与 compliance 同一计算，只汇总不列出）" })
export class ComplianceMatrix {
  @Field(() => ID) unitId: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => DateScalar) asOf: string;
  @Field(() => PeriodKind) periodKind: PeriodKind;
  @Field(() => StatusCounts) totals: StatusCounts;
  @Field(() => [MatrixPeriod]) periods: MatrixPeriod[];
  @Field(() => [MatrixRow]) rows: MatrixRow[];
  @Field(() => [FamilySummary]) byFamily: FamilySummary[];
}

export function matrixView(result: MatrixResult): ComplianceMatrix {
  return Object.assign(new ComplianceMatrix(), {
    ...result,
    periodKind: result.periodKind as PeriodKind,
    totals: Object.assign(new StatusCounts(), result.totals),
    periods: result.periods.map((p) => Object.assign(new MatrixPeriod(), p)),
    rows: result.rows.map((r) => Object.assign(new MatrixRow(), { ...r, cells: r.cells.map((c) => Object.assign(new MatrixCell(), c)) })),
    byFamily: result.byFamily.map((f) => Object.assign(new FamilySummary(), f)),
  });
}
