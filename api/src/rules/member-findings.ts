import type { EntityManager } from "typeorm";
import { Period, uniquePeriods } from "../common/periods";
import { MemberCategory } from "../member/member.enums";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { EvaluationContext, UnitRow } from "./evaluation-context";
import { memberFactFor, MemberFactSql, ScopeFilter } from "./facts/member.facts";
import { emptyTally, FindingGroup, inReportOrder } from "./finding-groups";
import { Finding, judge, PeriodJudgement } from "./finding";
import type { FindingStatus, RuleDefinition } from "./rule.types";

/**
 * Member rules, evaluated without a row per member leaving the database. Statements count the
 * members by (branch, period, category, standing, mobile status, value) for the member facts the
 * rules need — one statement per set of tables read, each counting its facts together, side by
 * side: a few thousand cells even for 150,000 members. Each rule's own pure check
 * judges each cell once, and the cell's count goes to that status. A page of findings then reads
 * just its members: those of the group's branch whose cell had the wanted status, ordered by name.
 */
export async function memberFindingGroups(ctx: EvaluationContext, rules: RuleDefinition[], periodsOf: (rule: RuleDefinition) => Period[]): Promise<FindingGroup[]> {
  if (!rules.length) return [];
  const cellsByUnit = await cellsOf(ctx, countParts(rules, periodsOf));
  return rules.flatMap((rule) => {
    const periods = periodsOf(rule);
    const memoKey = JSON.stringify([rule.code, ctx.rootUnitId, periods.map((p) => p.key), ctx.asOf, ctx.contextDigest]);
    const fact = memberFactFor(rule);
    const groups = cellsByUnit.flatMap(([unitId, cells]) => judgedCells(ctx, rule, fact, periods, unitId, cells.get(factKey(rule)) ?? [], memoKey));
    return inReportOrder(groups, periods, ctx.units);
  });
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

/**
 * The CTEs every member-fact statement starts from; `members` is the active members of the given
 * branches (counted per branch, the tree is not read), or of the whole subtree (`branchIds` null:
 * a party group's own report). $6 is the college; $9 and $10 the first and last calendar year the
 * periods start in (yearly summaries are read for those years only); a statement's own
 * parameters start at $11.
 */
function preamble(ctx: EvaluationContext, periods: Period[], branchIds: string[] | null): { sql: string; params: unknown[] } {
  const asOfIndex = Number(ctx.asOf.slice(0, 4)) * 12 + Number(ctx.asOf.slice(5, 7)) - 1;
  const years = periods.map((p) => Number(p.start.slice(0, 4)));
  const members = branchIds
    ? `SELECT m.id, m.name, m.branch_id, m.group_id, m.category, m.standing, m.mobile_status FROM member m
        WHERE m.college_id = $6 AND m.status = 'ACTIVE' AND m.branch_id = ANY($8::uuid[]) AND $7::uuid IS NOT NULL`
    : `SELECT m.id, m.name, m.branch_id, m.group_id, m.category, m.standing, m.mobile_status
         FROM member m JOIN org_unit ou ON ou.id = coalesce(m.group_id, m.branch_id)
        WHERE m.college_id = $6 AND m.status = 'ACTIVE' AND ou.path @> ARRAY[$7::uuid] AND $8::uuid[] IS NULL`;
  return {
    sql: `WITH p AS MATERIALIZED (SELECT x.key, x.s, x.e, x.i::int, extract(year FROM x.s)::int AS y FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS x(key, s, e, i)),
          snap AS (SELECT $4::date AS d, $5::int AS as_of_index, $9::int AS first_year, $10::int AS last_year),
          members AS (${members})`,
    params: [
      periods.map((p) => p.key), periods.map((p) => p.start), periods.map((p) => p.end), ctx.snapshotDate, asOfIndex, ctx.collegeId, ctx.rootUnitId, branchIds,
      Math.min(...years), Math.max(...years),
    ],
  };
}

/** Below this many branches, subqueries probe the members' rows instead of reading the college's. */
const SCOPED_BELOW_UNITS = 4;

/**
 * Subqueries over other tables: limited to the members evaluated when they are a few branches
 * (an index probe per member), to the college when many (one hash over the table is cheaper).
 * Either way the join to `members` keeps only theirs.
 */
function scopeFilter(branchIds: string[] | null): ScopeFilter {
  return branchIds && branchIds.length < SCOPED_BELOW_UNITS ? (member) => `${member} IN (SELECT id FROM members)` : (_member, college) => `${college} = $6::uuid`;
}

/** One statement's share of a count: facts read together, over their rules' periods. */
interface CountPart {
  facts: Map<string, MemberFactSql>;
  periods: Period[];
}

/**
 * How a count is split into statements, run side by side: one per set of tables joined (measured:
 * two summaries joined in one statement cost more than in two).
 */
function countParts(rules: RuleDefinition[], periodsOf: (rule: RuleDefinition) => Period[]): CountPart[] {
  const parts = new Map<string, CountPart>();
  for (const rule of rules) {
    const periods = periodsOf(rule);
    if (!periods.length) continue;
    const fact = memberFactFor(rule);
    const tables = fact.joins(() => "");
    const part = parts.get(tables) ?? { facts: new Map(), periods: [] };
    part.facts.set(factKey(rule), fact);
    part.periods = uniquePeriods([...part.periods, ...periods]);
    parts.set(tables, part);
  }
  // Facts of the member row alone (no join) go with any other part over the same periods.
  for (const [key, part] of parts) {
    if ([...part.facts.values()].some((f) => f.joins(() => ""))) continue;
    const host = [...parts.entries()].find(([other, p]) => other !== key && samePeriods(p.periods, part.periods))?.[1];
    if (!host) continue;
    for (const [name, fact] of part.facts) host.facts.set(name, fact);
    parts.delete(key);
  }
  return [...parts.values()];
}

const samePeriods = (a: Period[], b: Period[]) => a.length === b.length && a.every((p, i) => p.key === b[i].key && p.kind === b[i].kind);

/**
 * The evaluation dates a part's SQL reads (see `preamble`'s snap), and so the part of its cache
 * key they make: a fact about hours in a year stays counted when the day changes; open contacts
 * are counted again for another snapshot date, dues for another month.
 */
function datesRead(ctx: EvaluationContext, part: CountPart): string[] {
  const sql = [...part.facts.values()].map((f) => f.joins(() => "") + f.value).join(" ");
  return [sql.includes("snap.d") ? ctx.snapshotDate : "", sql.includes("as_of_index") ? ctx.asOf.slice(0, 7) : ""];
}

/** A unit's cells, per member fact. */
type CellsByFact = Map<string, Cell[]>;

/**
 * The cells of the subtree's members, kept per branch between requests (fact-cache.ts): after a
 * write only the branches it touched are counted again. A party group's own report (members of
 * one group, not of whole branches) is counted directly.
 */
async function cellsOf(ctx: EvaluationContext, parts: CountPart[]): Promise<Array<[string, CellsByFact]>> {
  const group = ctx.units[0]?.kind === OrgUnitKind.GROUP;
  // A group's members belong to its branch, outside the subtree: their findings are the branch's.
  const unitIds = group ? null : ctx.units.map((u) => u.id);
  const counts = await Promise.all(
    parts.map((part) => {
      if (!unitIds) return countCells(ctx, part, null);
      const shape = JSON.stringify([[...part.facts.keys()], part.periods, datesRead(ctx, part)]);
      const sources = [...new Set([...part.facts.values()].flatMap((f) => f.sources))];
      return ctx.cache.perUnit(unitIds, (unitId) => `cells|${unitId}|${shape}`, sources, async (ids) => {
        const counted = await countCells(ctx, part, ids);
        return new Map(ids.map((id) => [id, counted.get(id) ?? new Map()]));
      });
    }),
  );
  const ids = unitIds ?? [...new Set(counts.flatMap((c) => [...c.keys()]))];
  return ids.map((id) => [id, new Map(counts.flatMap((c) => [...(c.get(id) ?? [])]))]);
}

/** Members by (branch, period, category, standing, mobile status, value), per fact; `branchIds` null: the whole subtree. */
async function countCells(ctx: EvaluationContext, { facts, periods }: CountPart, branchIds: string[] | null): Promise<Map<string, CellsByFact>> {
  const { sql, params } = preamble(ctx, periods, branchIds);
  const names = [...facts.keys()];
  const values = names.map((name, i) => `(${facts.get(name)!.value}) AS v${i}`).join(", ");
  const joins = [...new Set([...facts.values()].map((f) => f.joins(scopeFilter(branchIds))))].join("\n");
  // Grouped by every fact's value at once: one hash table, where a grouping set per fact would
  // build one each (measured: a third less time for three facts). A fact's cells are then the
  // sums over the other facts' values, added up below. Periods are grouped by their number in p
  // (i, from 1): hashing an int costs far less than the key's text.
  const valueColumns = names.map((_, i) => `v${i}`);
  const rows: Array<Record<string, string | number>> = await ctx.em.query(
    `${sql}
     SELECT unit_id, i, category::text, standing::text, mobile::text, ${valueColumns.map((v) => `${v}::text`).join(", ")}, count(*)::int AS n FROM (
       SELECT m.branch_id AS unit_id, p.i, m.category, m.standing, m.mobile_status AS mobile, ${values}
         FROM members m CROSS JOIN p CROSS JOIN snap ${joins}) f
      GROUP BY unit_id, i, category, standing, mobile, ${valueColumns.join(", ")}`,
    params,
  );
  const byUnit = new Map<string, CellsByFact>();
  const cellsById = new Map<string, Cell>();
  for (const row of rows) {
    const [unitId, category, standing, mobile] = [String(row.unit_id), String(row.category), String(row.standing), String(row.mobile)];
    names.forEach((name, k) => {
      const v = String(row[valueColumns[k]]);
      const id = `${k}|${unitId}|${row.i}|${category}|${standing}|${mobile}|${v}`;
      const counted = cellsById.get(id);
      if (counted) {
        counted.n += Number(row.n);
        return;
      }
      const cell = { unit_id: unitId, key: periods[Number(row.i) - 1].key, category, standing, mobile, v, n: Number(row.n) };
      cellsById.set(id, cell);
      let byFact = byUnit.get(unitId);
      if (!byFact) byUnit.set(unitId, (byFact = new Map()));
      const cells = byFact.get(name);
      if (cells) cells.push(cell);
      else byFact.set(name, [cell]);
    });
  }
  return byUnit;
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
       FROM members m CROSS JOIN p CROSS JOIN snap ${fact.joins(scopeFilter([unitId]))}
      WHERE concat_ws('|', m.category, m.standing, m.mobile_status, (${fact.value})::text) = ANY($11::text[])
      ORDER BY m.name, m.id OFFSET $12 LIMIT $13`,
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
