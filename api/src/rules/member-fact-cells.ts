import { Period, periodId, uniquePeriods } from "../common/periods";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { EvaluationContext } from "./evaluation-context";
import { shapeKey } from "./fact-cache";
import type { MemberFactSql, ScopeFilter } from "./facts/member-fact-sql";
import type { RuleDefinition } from "./rule.types";

/*
 * Counting members for the member rules (member-findings.ts judges the counts): members by
 * (branch, period, category, standing, mobile status, value) of each fact, in statements split by
 * the tables they join and run side by side, kept per branch between requests.
 */

/** Members of one branch alike in a period: their category, standing, mobile status and the fact's value. */
export interface Cell {
  unit_id: string;
  key: string;
  category: string;
  standing: string;
  mobile: string;
  v: string;
  /** "category|standing|mobile|value": how a page of findings finds the cell's members (member-findings.ts). */
  match: string;
  n: number;
}

export const factKey = (rule: RuleDefinition) => `${rule.family}|${rule.variant ?? "ANY"}`;

/**
 * The CTEs every member-fact statement starts from; `members` is the active members of the given
 * branches (counted per branch, the tree is not read), or of the whole subtree (`branchIds` null:
 * a party group's own report). $6 is the college; $9 and $10 the first and last calendar year the
 * periods start in (yearly summaries are read for those years only); a statement's own
 * parameters start at $11.
 */
export function preamble(ctx: EvaluationContext, periods: Period[], branchIds: string[] | null): { sql: string; params: unknown[] } {
  const asOfIndex = Number(ctx.asOf.slice(0, 4)) * 12 + Number(ctx.asOf.slice(5, 7)) - 1;
  const years = periods.map((p) => Number(p.start.slice(0, 4)));
  const columns = `m.id, m.name, m.branch_id, m.group_id, m.category, m.standing, m.mobile_status, m.dues_first_index`;
  const members = branchIds
    ? `SELECT ${columns} FROM member m
        WHERE m.college_id = $6 AND m.status = 'ACTIVE' AND m.branch_id = ANY($8::uuid[]) AND $7::uuid IS NOT NULL`
    : `SELECT ${columns} FROM member m JOIN org_unit ou ON ou.id = coalesce(m.group_id, m.branch_id)
        WHERE m.college_id = $6 AND m.status = 'ACTIVE' AND ou.path @> ARRAY[$7::uuid] AND $8::uuid[] IS NULL`;
  return {
    sql: `WITH p AS MATERIALIZED (SELECT x.key, x.s, x.e, x.i::int, extract(year FROM x.s)::int AS y FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS x(key, s, e, i)),
          snap AS (SELECT $4::date AS d, $5::int AS as_of_index, $9::int AS first_year, $10::int AS last_year),
          members AS (${members})`,
    params: [
      periods.map((p) => p.key),
      periods.map((p) => p.start),
      periods.map((p) => p.end),
      ctx.snapshotDate,
      asOfIndex,
      ctx.collegeId,
      ctx.rootUnitId,
      branchIds,
      Math.min(...years),
      Math.max(...years),
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
export function scopeFilter(branchIds: string[] | null): ScopeFilter {
  return branchIds && branchIds.length < SCOPED_BELOW_UNITS
    ? (member) => `${member} IN (SELECT id FROM members)`
    : (_member, college) => `${college} = $6::uuid`;
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
export function countParts(
  rules: RuleDefinition[],
  periodsOf: (rule: RuleDefinition) => Period[],
  factOf: (rule: RuleDefinition) => MemberFactSql,
): CountPart[] {
  const parts = new Map<string, CountPart>();
  for (const rule of rules) {
    const periods = periodsOf(rule);
    if (!periods.length) continue;
    const fact = factOf(rule);
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

const samePeriods = (a: Period[], b: Period[]) => a.length === b.length && a.every((p, i) => periodId(p) === periodId(b[i]));

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
export type CellsByFact = Map<string, Cell[]>;

/**
 * The cells of the subtree's members, kept per branch between requests (fact-cache.ts): after a
 * write only the branches it touched are counted again. A party group's own report (members of
 * one group, not of whole branches) is counted directly.
 */
export async function cellsOf(ctx: EvaluationContext, parts: CountPart[]): Promise<Array<[string, CellsByFact]>> {
  const group = ctx.units[0]?.kind === OrgUnitKind.GROUP;
  // A group's members belong to its branch, outside the subtree: their findings are the branch's.
  const unitIds = group ? null : ctx.units.map((u) => u.id);
  const counts = await Promise.all(
    parts.map((part) => {
      if (!unitIds) return countCells(ctx, part, null);
      const shape = shapeKey([...part.facts.keys()], part.periods, datesRead(ctx, part));
      const sources = [...new Set([...part.facts.values()].flatMap((f) => f.sources))];
      return ctx.cache.perUnit(
        unitIds,
        (unitId) => `cells|${unitId}|${shape}`,
        sources,
        async (ids) => {
          const counted = await countCells(ctx, part, ids);
          return new Map(ids.map((id) => [id, counted.get(id) ?? new Map()]));
        },
      );
    }),
  );
  const ids = unitIds ?? [...new Set(counts.flatMap((c) => [...c.keys()]))];
  return ids.map((id) => [id, new Map(counts.flatMap((c) => [...(c.get(id) ?? [])]))]);
}

/** Members by (branch, period, category, standing, mobile status, value), per fact; `branchIds` null: the whole subtree. */
async function countCells(
  ctx: EvaluationContext,
  { facts, periods }: CountPart,
  branchIds: string[] | null,
): Promise<Map<string, CellsByFact>> {
  const { sql, params } = preamble(ctx, periods, branchIds);
  const names = [...facts.keys()];
  const values = names.map((name, i) => `(${facts.get(name)!.value}) AS v${i}`).join(", ");
  // Grouped by every fact's value at once: one hash table, where a grouping set per fact would
  // build one each (measured: a third less time for three facts). A fact's cells are then the
  // sums over the other facts' values, added up below. Periods are grouped by their number in p
  // (i, from 1): hashing an int costs far less than the key's text.
  const valueColumns = names.map((_, i) => `v${i}`);
  const summary = branchIds && summaryRead(facts);
  const rows: Array<Record<string, string | number>> = await ctx.em.query(
    summary
      ? `${sql}, ${countedFromSummary(summary, values, valueColumns)}`
      : `${sql}
     SELECT unit_id, i, category::text, standing::text, mobile::text, ${valueColumns.map((v) => `${v}::text`).join(", ")}, count(*)::int AS n FROM (
       SELECT m.branch_id AS unit_id, p.i, m.category, m.standing, m.mobile_status AS mobile, ${values}
         FROM members m CROSS JOIN p CROSS JOIN snap ${[...new Set([...facts.values()].map((f) => f.joins(scopeFilter(branchIds))))].join("\n")}) f
      GROUP BY unit_id, i, category, standing, mobile, ${valueColumns.join(", ")}`,
    params,
  );
  const byUnit = new Map<string, CellsByFact>();
  // With several facts, a fact's cell recurs once per combination of the others' values: add
  // those up (found by period number and match key, per unit and fact).
  const merge = names.length > 1;
  const seen = new Map<Cell[], Map<number, Map<string, Cell>>>();
  for (const row of rows) {
    const unitId = String(row.unit_id);
    let byFact = byUnit.get(unitId);
    if (!byFact) byUnit.set(unitId, (byFact = new Map()));
    const [category, standing, mobile] = [String(row.category), String(row.standing), String(row.mobile)];
    const i = Number(row.i);
    names.forEach((name, k) => {
      const v = String(row[valueColumns[k]]);
      const match = `${category}|${standing}|${mobile}|${v}`;
      let cells = byFact.get(name);
      if (!cells) byFact.set(name, (cells = []));
      let ofPeriod: Map<string, Cell> | undefined;
      if (merge) {
        let ofCells = seen.get(cells);
        if (!ofCells) seen.set(cells, (ofCells = new Map()));
        ofPeriod = ofCells.get(i);
        if (!ofPeriod) ofCells.set(i, (ofPeriod = new Map()));
        const counted = ofPeriod.get(match);
        if (counted) {
          counted.n += Number(row.n);
          return;
        }
      }
      const cell = { unit_id: unitId, key: periods[i - 1].key, category, standing, mobile, v, match, n: Number(row.n) };
      ofPeriod?.set(match, cell);
      cells.push(cell);
    });
  }
  return byUnit;
}

/** The one yearly summary a part's facts all read, when its rows carry the members' attributes. */
function summaryRead(facts: Map<string, MemberFactSql>): { table: string; alias: string } | null {
  const read = new Set([...facts.values()].map((f) => f.summary));
  const [only] = read;
  return read.size === 1 && only ? only : null;
}

/**
 * The cells of the given branches' members from a yearly summary's rows alone (they carry each
 * member's branch, category, standing, mobile status and status): the rows of the periods' years,
 * grouped; then, per branch and attributes, the members without a row — the branch's members less
 * those counted — in the cell of the facts' values for no row. Same cells as joining the members
 * to the summary (the statement below `countCells`), without the join.
 */
function countedFromSummary({ table, alias: a }: { table: string; alias: string }, values: string, valueColumns: string[]): string {
  const asText = valueColumns.map((v) => `${v}::text`).join(", ");
  return `counted AS (
       SELECT unit_id, i, category, standing, mobile, ${valueColumns.join(", ")}, count(*)::int AS n FROM (
         SELECT ${a}.branch_id AS unit_id, p.i, ${a}.category, ${a}.standing, ${a}.mobile_status AS mobile, ${values}
           FROM ${table} ${a} JOIN p ON p.y = ${a}.year CROSS JOIN snap
          WHERE ${a}.college_id = $6 AND ${a}.status = 'ACTIVE' AND ${a}.branch_id = ANY($8::uuid[]) AND ${a}.year BETWEEN $9::int AND $10::int) f
        GROUP BY unit_id, i, category, standing, mobile, ${valueColumns.join(", ")}),
     population AS (SELECT m.branch_id AS unit_id, m.category, m.standing, m.mobile_status AS mobile, count(*)::int AS n FROM members m GROUP BY 1, 2, 3, 4),
     rowless AS (
       SELECT pop.unit_id, p.i, pop.category, pop.standing, pop.mobile, pop.n - coalesce(k.n, 0) AS n
         FROM population pop CROSS JOIN p
         LEFT JOIN (SELECT unit_id, i, category, standing, mobile, sum(n)::int AS n FROM counted GROUP BY 1, 2, 3, 4, 5) k
           ON (k.unit_id, k.i, k.category, k.standing, k.mobile) = (pop.unit_id, p.i, pop.category, pop.standing, pop.mobile))
     SELECT unit_id, i, category::text, standing::text, mobile::text, ${asText}, n FROM counted
     UNION ALL
     SELECT unit_id, i, category::text, standing::text, mobile::text, ${asText}, n FROM (
       SELECT u.unit_id, u.i, u.category, u.standing, u.mobile, ${values}, u.n
         FROM rowless u JOIN p ON p.i = u.i CROSS JOIN snap LEFT JOIN ${table} ${a} ON false
        WHERE u.n > 0) none`;
}
