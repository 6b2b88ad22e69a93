import type { RequestContext } from "../context";
import { notFound } from "../common/errors";
import { scopeCondition, unitIdInScope } from "../common/scope";
import { OrgUnit } from "../org/org-unit.entity";
import { AssessmentGrade } from "./assessment.enums";
import { AssessmentRound } from "./assessment-round.entity";
import { AssessmentSheet } from "./assessment-sheet.entity";
import { findRound } from "./assessment.service";
import type { AssessmentRankingRow, GradeDistributionRow } from "./assessment.views";

/*
 * The use of results (附件 七): ranking and grade distribution of a round (whole, or per general
 * branch), a branch's history of grades, the 不合格 branches. Aggregated in SQL over the sheets in
 * the caller's scope: a general-branch secretary sees their subtree's, a branch secretary their own.
 */

/** `u.path` within the caller's scope: `$n` is the scope's unit ids, or null for no restriction. */
const IN_SCOPE = (n: number) => `($${n}::uuid[] IS NULL OR u.path && $${n}::uuid[])`;

/** The round's sheets ranked by total (vetoed ones last), under a unit when given. */
export async function ranking(ctx: RequestContext, roundId: string, underUnitId?: string | null): Promise<AssessmentRankingRow[]> {
  await findRound(ctx, roundId);
  if (underUnitId && !(await unitIdInScope(ctx, underUnitId))) throw notFound("OrgUnit", underUnitId);
  const qb = ctx.em
    .createQueryBuilder(AssessmentSheet, "s")
    .innerJoin(OrgUnit, "u", "u.id = s.unit_id")
    .leftJoin(OrgUnit, "g", "g.id = u.parent_id")
    .addSelect("rank() OVER (ORDER BY s.vetoed ASC, s.total DESC NULLS LAST)", "rank")
    .addSelect("u.name", "unit_name")
    .addSelect("g.name", "gb_name")
    .where("s.round_id = :roundId", { roundId });
  const scope = scopeCondition(ctx, "u.path");
  qb.andWhere(scope.sql, scope.params);
  if (underUnitId) qb.andWhere("u.path @> ARRAY[:under]::uuid[]", { under: underUnitId });
  qb.orderBy("rank", "ASC").addOrderBy("g.sort_order", "ASC").addOrderBy("u.sort_order", "ASC").addOrderBy("u.name", "ASC");
  const { entities, raw } = await qb.getRawAndEntities();
  return entities.map((sheet, i) => ({
    rank: Number(raw[i].rank),
    sheet,
    unitName: raw[i].unit_name,
    generalBranchName: raw[i].gb_name ?? null,
    total: sheet.total,
    grade: sheet.grade,
  }));
}

/** Grade counts for the whole round (first row, no general branch) and per general branch, in one GROUPING SETS statement. */
export async function distribution(ctx: RequestContext, roundId: string): Promise<GradeDistributionRow[]> {
  await findRound(ctx, roundId);
  const rows: Array<Record<string, string | number | null>> = await ctx.em.query(
    `SELECT g.id AS gb_id, g.name AS gb_name, GROUPING(g.id, g.name) AS whole,
            count(*) FILTER (WHERE s.grade = 'EXCELLENT')::int AS excellent, count(*) FILTER (WHERE s.grade = 'GOOD')::int AS good,
            count(*) FILTER (WHERE s.grade = 'PASS')::int AS pass, count(*) FILTER (WHERE s.grade = 'FAIL')::int AS fail,
            count(*) FILTER (WHERE s.grade IS NULL)::int AS ungraded, count(*)::int AS total
       FROM assessment_sheet s JOIN org_unit u ON u.id = s.unit_id LEFT JOIN org_unit g ON g.id = u.parent_id
      WHERE s.round_id = $1 AND ${IN_SCOPE(2)}
      GROUP BY GROUPING SETS ((), (g.id, g.name, g.sort_order))
      ORDER BY whole DESC, g.sort_order, g.name`,
    [roundId, ctx.scope.unitIds],
  );
  // An empty scope still answers the round's line (all zeros) from the empty grouping set.
  return rows.map((r) => ({
    generalBranchId: Number(r.whole) ? null : (r.gb_id as string),
    generalBranchName: Number(r.whole) ? null : (r.gb_name as string),
    excellent: Number(r.excellent),
    good: Number(r.good),
    pass: Number(r.pass),
    fail: Number(r.fail),
    ungraded: Number(r.ungraded),
    total: Number(r.total),
  }));
}

/** A branch's sheets over the rounds, newest first. */
export async function history(ctx: RequestContext, unitId: string): Promise<AssessmentSheet[]> {
  if (!(await unitIdInScope(ctx, unitId))) throw notFound("OrgUnit", unitId);
  return ctx.em
    .createQueryBuilder(AssessmentSheet, "s")
    .innerJoin(AssessmentRound, "r", "r.id = s.round_id")
    .where("s.unit_id = :unitId", { unitId })
    .orderBy("r.period_to", "DESC")
    .addOrderBy("r.created_at", "DESC")
    .getMany();
}

/** The 不合格 sheets of a round in the caller's scope (their rectifications: a field). */
export async function failed(ctx: RequestContext, roundId: string): Promise<AssessmentSheet[]> {
  await findRound(ctx, roundId);
  const qb = ctx.em
    .createQueryBuilder(AssessmentSheet, "s")
    .innerJoin(OrgUnit, "u", "u.id = s.unit_id")
    .where("s.round_id = :roundId AND s.grade = :fail", { roundId, fail: AssessmentGrade.FAIL });
  const scope = scopeCondition(ctx, "u.path");
  return qb.andWhere(scope.sql, scope.params).orderBy("u.path", "ASC").getMany();
}
