import type { EntityManager } from "typeorm";
import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { Evidence, RuleDefinition } from "../rule.types";
import type { MemberFamily } from "../family.types";

/**
 * Member facts as SQL. A report over a whole college holds a finding per member per rule and
 * period, so member facts are never loaded row by row: the evaluation groups members by the fact's
 * value in SQL (see member-fact-cells.ts), and only a page's members are read with their evidence.
 *
 * Each fact is read for member `m` (columns of `member`) in period `p` (key, s, e, y = calendar
 * year of s) from the summaries the database keeps per member and year (member_year_credit,
 * member_year_dues, member_year_reports: see the fact-summaries and member-report-summary
 * migrations), so the cost follows the number of members, not the number of attendance rows, dues
 * payments or filed reports.
 */
export interface MemberFactSql {
  /**
   * LEFT JOINs bringing the fact in. They may use the CTEs `members` (the members evaluated),
   * `p` (the periods) and `snap` (d: the snapshot date; as_of_index: year × 12 + month − 1 of the
   * evaluation date). A subquery over another table limits itself with `inScope(memberColumn,
   * collegeColumn)`: to the members evaluated when they are a few branches, to the college when
   * they are all of it (a hash over the table beats a probe per member there).
   */
  joins: (inScope: ScopeFilter) => string;
  /** The tables read: a cached count is dropped when one changes. */
  sources: readonly string[];
  /**
   * The fact's value: an integer or a numeric of fixed scale, so that equal values are spelled
   * alike (0 and 0.00 are equal numerics; cells are grouped by value, pages matched by its text).
   */
  value: string;
  /** Read from a yearly summary: it can judge only periods that are calendar years. */
  yearly?: true;
  /**
   * The yearly summary the value reads (under `alias`, and nothing else), when its rows carry the
   * member's branch, category, standing, mobile status and status (migration
   * member-attributes-on-summaries): members are then counted from its rows alone.
   */
  summary?: { table: string; alias: string };
  /** The records behind the fact, for a page of members of one period. */
  evidence?: (em: EntityManager, ctx: EvaluationContext, memberIds: string[], period: Period) => Promise<Map<string, Evidence[]>>;
}

/**
 * A yearly summary's row for the member and period, read from the rows of the periods' years only
 * ($9…$10, see member-fact-cells.ts), so the years of history a college accumulates are not hashed.
 */
export const ofYears = (alias: string) =>
  `${alias}.member_id = m.id AND ${alias}.year = p.y AND ${alias}.year BETWEEN $9::int AND $10::int`;
export const CREDIT = () => `LEFT JOIN member_year_credit c ON ${ofYears("c")}`;
export const CREDIT_SUMMARY = { table: "member_year_credit", alias: "c" };
export const REPORTS = () => `LEFT JOIN member_year_reports r ON ${ofYears("r")}`;
/** Counted per branch by `member.branch_id`: where the branch sits in the tree does not change its members' facts. */
export const MEMBERS = ["member"];

export type ScopeFilter = (memberColumn: string, collegeColumn: string) => string;

/** How a member rule's fact is read; refuses a rule whose periods its SQL cannot count. */
export function memberFactOf(rule: RuleDefinition, family: MemberFamily): MemberFactSql {
  const fact = family.variants[rule.variant ?? "ANY"];
  if (!fact) throw new Error(`member rule ${rule.code}: no member fact ${rule.family}|${rule.variant ?? "ANY"}`);
  // Members are counted per period shared by all of them: a period of each member's own cannot be counted.
  if (rule.period.kind === "subject")
    throw new Error(`member rule ${rule.code}: member facts are counted per calendar period, not per member's own dates`);
  // A snapshot is judged in the calendar year of its date.
  if (fact.yearly && rule.period.kind === "calendar" && rule.period.every !== "YEAR") {
    throw new Error(`member rule ${rule.code}: its fact is kept per calendar year, not per ${rule.period.every}`);
  }
  return fact;
}

/** Evidence: the members' records of one kind dated in the period (study sessions, filed reports), oldest first. */
export function recordsOfKind(
  table: "study_record" | "filed_document",
  dateColumn: string,
  kind: string,
  evidence: Evidence["kind"],
): MemberFactSql["evidence"] {
  return (em, _ctx, ids, period) =>
    evidenceOf(
      em,
      `SELECT member_id, id, ${dateColumn}::text || ' ' || title AS label FROM ${table}
        WHERE member_id = ANY($1::uuid[]) AND kind = $4 AND archived_at IS NULL AND ${dateColumn} BETWEEN $2 AND $3
        ORDER BY ${dateColumn}`,
      [ids, period.start, period.end, kind],
      evidence,
    );
}

export async function evidenceOf(
  em: EntityManager,
  sql: string,
  params: unknown[],
  kind: Evidence["kind"],
): Promise<Map<string, Evidence[]>> {
  const rows: Array<{ member_id: string; id: string; label: string | null }> = await em.query(sql, params);
  const byMember = new Map<string, Evidence[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ kind, id: row.id, label: row.label ?? undefined });
    byMember.set(row.member_id, list);
  }
  return byMember;
}
