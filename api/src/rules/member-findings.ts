import type { EntityManager } from "typeorm";
import type { Period } from "../common/periods";
import { MemberCategory } from "../member/member.enums";
import type { EvaluationContext, UnitRow } from "./evaluation-context";
import type { MemberFactSql } from "./facts/member-fact-sql";
import { Cell, cellsOf, countParts, factKey, preamble, scopeFilter } from "./member-fact-cells";
import { emptyTally, FindingGroup, inReportOrder } from "./finding-groups";
import { Finding, judge, PeriodJudgement } from "./finding";
import type { FindingStatus, RuleDefinition } from "./rule.types";

/**
 * Member rules, evaluated without a row per member leaving the database. Statements count the
 * members by (branch, period, category, standing, mobile status, value) for the member facts the
 * rules need — one statement per set of tables read, each counting its facts together, side by
 * side (member-fact-cells.ts): a few thousand cells even for 150,000 members. Each rule's own pure
 * check judges each cell once, and the cell's count goes to that status. A page of findings then reads
 * just its members: those of the group's branch whose cell had the wanted status, ordered by name.
 */
export async function memberFindingGroups(
  ctx: EvaluationContext,
  rules: RuleDefinition[],
  periodsOf: (rule: RuleDefinition) => Period[],
): Promise<FindingGroup[]> {
  if (!rules.length) return [];
  const factOf = (rule: RuleDefinition) => ctx.rulebook.memberFact(rule);
  const cellsByUnit = await cellsOf(ctx, countParts(rules, periodsOf, factOf));
  return rules.flatMap((rule) => {
    const periods = periodsOf(rule);
    const memoKey = JSON.stringify([rule.code, ctx.rootUnitId, periods.map((p) => p.key), ctx.asOf, ctx.contextDigest]);
    const fact = factOf(rule);
    const groups = cellsByUnit.flatMap(([unitId, cells]) =>
      judgedCells(ctx, rule, fact, periods, unitId, cells.get(factKey(rule)) ?? [], memoKey),
    );
    return inReportOrder(groups, periods, ctx.units);
  });
}

/** Whether a member rule binds members of a cell's category, standing and mobile status. */
function applies(rule: RuleDefinition, ctx: EvaluationContext, cell: Cell): boolean {
  const a = rule.appliesTo;
  const categories = new Set<string>(a.memberCategories ?? []);
  if (a.retireesWhen === "HOUR_FLOORS_BIND_RETIREES" && ctx.hourFloorsBindRetirees()) categories.add(MemberCategory.RETIRED);
  if (categories.size && !categories.has(cell.category)) return false;
  if (a.memberStandings && !a.memberStandings.includes(cell.standing as never)) return false;
  return !a.mobileOnly || cell.mobile === "PLACEMENT" || cell.mobile === "SECONDMENT";
}

const judged = new WeakMap<Cell[], Map<string, FindingGroup[]>>();

/**
 * A unit's cells judged by a rule, period by period: kept with the cells (until they are counted
 * again) for the same request shape, rule numbers and settings (`key`).
 */
function judgedCells(
  ctx: EvaluationContext,
  rule: RuleDefinition,
  fact: MemberFactSql,
  periods: Period[],
  unitId: string,
  cells: Cell[],
  key: string,
): FindingGroup[] {
  let memo = judged.get(cells);
  if (!memo) judged.set(cells, (memo = new Map()));
  let groups = memo.get(key);
  if (!groups) memo.set(key, (groups = judgeCells(ctx, rule, fact, periods, unitId, cells)));
  return groups;
}

function judgeCells(
  ctx: EvaluationContext,
  rule: RuleDefinition,
  fact: MemberFactSql,
  periods: Period[],
  unitId: string,
  cells: Cell[],
): FindingGroup[] {
  const unit = ctx.units.find((u) => u.id === unitId);
  const groups: FindingGroup[] = [];
  for (const period of periods) {
    const judgement = ctx.judgement(rule, period, undefined);
    if (rule.judgesPeriod && !rule.judgesPeriod(period, judgement.params)) continue;
    const counts = emptyTally();
    const keysByStatus = new Map<FindingStatus, string[]>();
    for (const cell of cells) {
      if (cell.key !== period.key || !applies(rule, ctx, cell)) continue;
      const fact = { value: Number(cell.v), evidence: [] };
      if (rule.judgesFact && !rule.judgesFact(fact)) continue;
      const { status } = rule.check({
        fact,
        params: judgement.params,
        period,
        periodOver: judgement.periodOver,
        settings: judgement.values,
      });
      counts[status] += cell.n;
      const keys = keysByStatus.get(status);
      if (keys) keys.push(cell.match);
      else keysByStatus.set(status, [cell.match]);
    }
    if (!keysByStatus.size) continue;
    groups.push({
      rule,
      period,
      unitId,
      counts,
      materialise: (page, statuses, offset, limit) => {
        const wanted = [...keysByStatus.entries()].filter(([s]) => !statuses || statuses.has(s)).flatMap(([, keys]) => keys);
        return pageOfMembers(page.em, ctx, fact, judgement, unit, unitId, wanted, offset, limit);
      },
    });
  }
  return groups;
}

/** One page of a branch's findings for a rule and period: the members, their facts and evidence. */
async function pageOfMembers(
  em: EntityManager,
  ctx: EvaluationContext,
  fact: MemberFactSql,
  judgement: PeriodJudgement,
  unit: UnitRow | undefined,
  unitId: string,
  cellKeys: string[],
  offset: number,
  limit: number,
): Promise<Finding[]> {
  if (!cellKeys.length || limit <= 0) return [];
  const { sql, params } = preamble(ctx, [judgement.period], [unitId]);
  const rows: Array<{ id: string; name: string; v: string }> = await em.query(
    `${sql}
     SELECT m.id, m.name, (${fact.value})::text AS v
       FROM members m CROSS JOIN p CROSS JOIN snap ${fact.joins(scopeFilter([unitId]))}
      WHERE concat_ws('|', m.category, m.standing, m.mobile_status, (${fact.value})::text) = ANY($11::text[])
      ORDER BY m.name, m.id OFFSET $12 LIMIT $13`,
    [...params, cellKeys, offset, limit],
  );
  const evidence =
    fact.evidence && rows.length
      ? await fact.evidence(
          em,
          ctx,
          rows.map((r) => r.id),
          judgement.period,
        )
      : new Map();
  return rows.map((row) =>
    judge(
      judgement,
      { unitId, memberId: row.id, assignmentId: null, label: `${unit?.fullName ?? ""} ${row.name}` },
      { value: Number(row.v), evidence: evidence.get(row.id) ?? [] },
    ),
  );
}
