import type { EntityManager } from "typeorm";
import { Period, uniquePeriods } from "../common/periods";
import { MemberCategory } from "../member/member.enums";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { EvaluationContext, UnitRow } from "./evaluation-context";
import { MEMBER_FACTS, MemberFactSql } from "./facts/member.facts";
import { emptyTally, FindingGroup, inReportOrder } from "./finding-groups";
import { Finding, judge, PeriodJudgement } from "./finding";
import type { FindingStatus, RuleDefinition } from "./rule.types";

/**
 * Member rules, evaluated without a row per member leaving the database. For each fact, one
 * statement counts the members by (branch, period, category, standing, mobile status, value): a
 * few thousand cells even for 150,000 members. Each rule's own pure check judges each cell once,
 * and the cell's count goes to that status. A page of findings then reads just its members: those
 * of the group's branch whose cell had the wanted status, ordered by name.
 */
export async function memberFindingGroups(ctx: EvaluationContext, rules: RuleDefinition[], periodsOf: (rule: RuleDefinition) => Period[]): Promise<FindingGroup[]> {
  const byFact = new Map<string, RuleDefinition[]>();
  for (const rule of rules) byFact.set(factKey(rule), [...(byFact.get(factKey(rule)) ?? []), rule]);
  const groupsByRule = new Map<RuleDefinition, FindingGroup[]>();
  await Promise.all(
    [...byFact.values()].map(async (factRules) => {
      const sql = factSql(factRules[0]);
      const cellsByUnit = await cellsOf(ctx, factKey(factRules[0]), sql, uniquePeriods(factRules.flatMap(periodsOf)));
      for (const rule of factRules) {
        const periods = periodsOf(rule);
        const memoKey = JSON.stringify([rule.code, ctx.rootUnitId, periods.map((p) => p.key), ctx.asOf, ctx.configDigest]);
        const groups = cellsByUnit.flatMap(([unitId, cells]) => judgedCells(ctx, rule, sql, periods, unitId, cells, memoKey));
        groupsByRule.set(rule, inReportOrder(groups, periods, ctx.units));
      }
    }),
  );
  return rules.flatMap((rule) => groupsByRule.get(rule) ?? []);
}

interface Cell {
  unit_id: string;
  key: string;
  category: string;
  standing: string;
  mobile: string;
  v: string;
  n: number;
}

const factKey = (rule: RuleDefinition) => `${rule.family}|${rule.variant ?? "ANY"}`;

function factSql(rule: RuleDefinition): MemberFactSql {
  const sql = MEMBER_FACTS[rule.family]?.[rule.variant ?? "ANY"];
  if (!sql) throw new Error(`member rule ${rule.code}: no member fact ${factKey(rule)}`);
  return sql;
}

/** The CTEs every member-fact statement starts from; `members` is the subtree's active members (of some branches). */
function preamble(ctx: EvaluationContext, periods: Period[], branchIds: string[] | null): { sql: string; params: unknown[] } {
  const asOfIndex = Number(ctx.asOf.slice(0, 4)) * 12 + Number(ctx.asOf.slice(5, 7)) - 1;
  return {
    sql: `WITH p AS (SELECT x.key, x.s, x.e, extract(year FROM x.s)::int AS y FROM unnest($1::text[], $2::date[], $3::date[]) AS x(key, s, e)),
          snap AS (SELECT $4::date AS d, $5::int AS as_of_index),
          members AS (SELECT m.id, m.name, m.branch_id, m.group_id, m.category, m.standing, m.mobile_status
                        FROM member m JOIN org_unit ou ON ou.id = coalesce(m.group_id, m.branch_id)
                       WHERE m.college_id = $6 AND m.status = 'ACTIVE' AND ou.path @> ARRAY[$7::uuid]
                         AND ($8::uuid[] IS NULL OR m.branch_id = ANY($8::uuid[])))`,
    params: [periods.map((p) => p.key), periods.map((p) => p.start), periods.map((p) => p.end), ctx.snapshotDate, asOfIndex, ctx.collegeId, ctx.rootUnitId, branchIds],
  };
}

/**
 * The cells of the subtree's members, kept per branch between requests (fact-cache.ts): after a
 * write only the branches it touched are counted again, in one statement. A party group's own
 * report (members of one group, not of whole branches) is counted directly.
 */
async function cellsOf(ctx: EvaluationContext, name: string, fact: MemberFactSql, periods: Period[]): Promise<Array<[string, Cell[]]>> {
  if (!periods.length) return [];
  const unitIds = ctx.units.map((u) => u.id);
  if (ctx.units[0]?.kind === OrgUnitKind.GROUP) {
    // The group's members belong to its branch, outside the subtree: their findings are the branch's.
    const cells = await countCells(ctx, fact, periods, null);
    return [...byUnit([...new Set(cells.map((c) => c.unit_id))], cells)];
  }
  const shape = JSON.stringify([name, periods, ctx.asOf, ctx.snapshotDate]);
  const counted = await ctx.cache.perUnit(unitIds, (unitId) => `cells|${unitId}|${shape}`, fact.sources, async (ids) => byUnit(ids, await countCells(ctx, fact, periods, ids)));
  return unitIds.map((id) => [id, counted.get(id)!]);
}

function byUnit(unitIds: string[], cells: Cell[]): Map<string, Cell[]> {
  const map = new Map<string, Cell[]>(unitIds.map((id) => [id, []]));
  for (const cell of cells) map.get(cell.unit_id)?.push(cell);
  return map;
}

/** Members by (branch, period, category, standing, mobile status, value); `branchIds` null: the whole subtree. */
async function countCells(ctx: EvaluationContext, fact: MemberFactSql, periods: Period[], branchIds: string[] | null): Promise<Cell[]> {
  const { sql, params } = preamble(ctx, periods, branchIds);
  return ctx.em.query(
    // Grouped on the value's text, the form a page's members are matched by: numeric equality would
    // put 0 and 0.00 in one cell under one spelling, and the page would miss the other.
    `${sql}
     SELECT m.branch_id AS unit_id, p.key, m.category::text AS category, m.standing::text AS standing, m.mobile_status::text AS mobile,
            (${fact.value})::text AS v, count(*)::int AS n
       FROM members m CROSS JOIN p CROSS JOIN snap ${fact.joins}
      GROUP BY 1, 2, 3, 4, 5, 6`,
    params,
  );
}

const cellKey = (c: { category: string; standing: string; mobile: string; v: string }) => `${c.category}|${c.standing}|${c.mobile}|${c.v}`;

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
function judgedCells(ctx: EvaluationContext, rule: RuleDefinition, fact: MemberFactSql, periods: Period[], unitId: string, cells: Cell[], key: string): FindingGroup[] {
  let memo = judged.get(cells);
  if (!memo) judged.set(cells, (memo = new Map()));
  let groups = memo.get(key);
  if (!groups) memo.set(key, (groups = judgeCells(ctx, rule, fact, periods, unitId, cells)));
  return groups;
}

function judgeCells(ctx: EvaluationContext, rule: RuleDefinition, fact: MemberFactSql, periods: Period[], unitId: string, cells: Cell[]): FindingGroup[] {
  const unit = ctx.units.find((u) => u.id === unitId);
  const groups: FindingGroup[] = [];
  for (const period of periods) {
    const judgement = ctx.judgement(rule, period, undefined);
    const counts = emptyTally();
    const keysByStatus = new Map<FindingStatus, string[]>();
    for (const cell of cells) {
      if (cell.key !== period.key || !applies(rule, ctx, cell)) continue;
      const { status } = rule.check({ fact: { value: Number(cell.v), evidence: [] }, params: judgement.params, period, periodOver: judgement.periodOver });
      counts[status] += cell.n;
      const keys = keysByStatus.get(status);
      if (keys) keys.push(cellKey(cell));
      else keysByStatus.set(status, [cellKey(cell)]);
    }
    if (!keysByStatus.size) continue;
    groups.push({
      rule,
      period,
      unitId,
      counts,
      materialise: (em, statuses, offset, limit) => {
        const wanted = [...keysByStatus.entries()].filter(([s]) => !statuses || statuses.has(s)).flatMap(([, keys]) => keys);
        return pageOfMembers(em, ctx, fact, judgement, unit, unitId, wanted, offset, limit);
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
       FROM members m CROSS JOIN p CROSS JOIN snap ${fact.joins}
      WHERE concat_ws('|', m.category, m.standing, m.mobile_status, (${fact.value})::text) = ANY($9::text[])
      ORDER BY m.name, m.id OFFSET $10 LIMIT $11`,
    [...params, cellKeys, offset, limit],
  );
  const evidence = fact.evidence && rows.length ? await fact.evidence(em, ctx, rows.map((r) => r.id), judgement.period) : new Map();
  return rows.map((row) =>
    judge(
      judgement,
      { unitId, memberId: row.id, assignmentId: null, label: `${unit?.fullName ?? ""} ${row.name}` },
      { value: Number(row.v), evidence: evidence.get(row.id) ?? [] },
    ),
  );
}
