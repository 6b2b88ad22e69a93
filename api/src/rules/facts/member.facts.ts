import type { EntityManager } from "typeorm";
import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { Evidence, RuleDefinition } from "../rule.types";

/**
 * Member facts as SQL. A report over a whole college holds a finding per member per rule and
 * period, so member facts are never loaded row by row: the evaluation groups members by the fact's
 * value in SQL (see member-counts.ts), and only a page's members are read with their evidence.
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
 * ($9…$10, see member-counts.ts), so the years of history a college accumulates are not hashed.
 */
const ofYears = (alias: string) => `${alias}.member_id = m.id AND ${alias}.year = p.y AND ${alias}.year BETWEEN $9::int AND $10::int`;
const CREDIT = () => `LEFT JOIN member_year_credit c ON ${ofYears("c")}`;
const CREDIT_SUMMARY = { table: "member_year_credit", alias: "c" };
const REPORTS = () => `LEFT JOIN member_year_reports r ON ${ofYears("r")}`;
/** Counted per branch by `member.branch_id`: where the branch sits in the tree does not change its members' facts. */
const MEMBERS = ["member"];

export type ScopeFilter = (memberColumn: string, collegeColumn: string) => string;

/** Family → variant → how to read it. */
export const MEMBER_FACTS: Record<string, Record<string, MemberFactSql>> = {
  EDUCATION_HOURS: {
    TOTAL: {
      yearly: true,
      summary: CREDIT_SUMMARY,
      joins: CREDIT,
      sources: [...MEMBERS, "member_year_credit"],
      value: `coalesce(c.activity_hours + c.study_hours, 0)::numeric(9,2)`,
      evidence: async (em, _ctx, ids, period) => {
        const rows: Array<{ member_id: string; activity: number; study: number }> = await em.query(
          `SELECT member_id, activity_hours::float8 AS activity, study_hours::float8 AS study
             FROM member_year_credit WHERE member_id = ANY($1::uuid[]) AND year = $2`,
          [ids, Number(period.start.slice(0, 4))],
        );
        return new Map(rows.map((r) => [r.member_id, [{ kind: "ATTENDANCE", id: r.member_id, label: `活动 ${r.activity} 学时 + 个人学习 ${r.study} 学时` }]]));
      },
    },
    INTEGRITY: { yearly: true, summary: CREDIT_SUMMARY, joins: CREDIT, sources: [...MEMBERS, "member_year_credit"], value: `coalesce(c.integrity_hours, 0)::numeric(9,2)` },
    PARTY_SCHOOL: {
      yearly: true,
      summary: CREDIT_SUMMARY,
      joins: CREDIT,
      sources: [...MEMBERS, "member_year_credit"],
      value: `coalesce(c.party_school_sessions, 0)`,
      evidence: recordsOfKind("study_record", "studied_on", "PARTY_SCHOOL", "STUDY"),
    },
  },
  MEMBER_DUTIES: {
    // Open contacts at the snapshot date.
    CONTACTS: {
      joins: (inScope) => `LEFT JOIN (SELECT member_id, count(*)::int AS n FROM mass_contact, snap
                          WHERE ${inScope("member_id", "college_id")} AND since <= snap.d AND (until IS NULL OR until >= snap.d)
                          GROUP BY 1) mc ON mc.member_id = m.id`,
      sources: [...MEMBERS, "mass_contact"],
      value: `coalesce(mc.n, 0)`,
      evidence: (em, ctx, ids) =>
        evidenceOf(em, `SELECT member_id, id, '自 ' || since::text || ' 起联系' AS label FROM mass_contact
                         WHERE member_id = ANY($1::uuid[]) AND since <= $2::date AND (until IS NULL OR until >= $2::date) ORDER BY since`,
          [ids, ctx.snapshotDate], "CONTACT"),
    },
    // Months of the year due by the evaluation date (from the member's first recorded month, kept on the member row by
    // the member-dues-first-month migration) not paid in full.
    DUES: {
      yearly: true,
      joins: () => `LEFT JOIN member_year_dues d ON ${ofYears("d")}`,
      sources: [...MEMBERS, "member_year_dues"],
      value: `greatest(0,
                greatest(0, least(snap.as_of_index, p.y * 12 + 11) - greatest(coalesce(m.dues_first_index, p.y * 12), p.y * 12) + 1)
                - bit_count((coalesce(d.paid_mask, 0) & CASE WHEN p.y * 12 + 11 <= snap.as_of_index THEN 4095
                                                             WHEN p.y * 12 > snap.as_of_index THEN 0
                                                             ELSE (1 << (snap.as_of_index - p.y * 12 + 1)) - 1 END)::bit(12)))`,
      evidence: (em, ctx, ids, period) =>
        evidenceOf(em, `SELECT member_id, id, to_char(month, 'YYYY-MM') || ' 欠交' AS label FROM dues_record
                         WHERE member_id = ANY($1::uuid[]) AND month BETWEEN $2 AND $3 AND month <= $4::date AND amount_paid_fen < amount_due_fen
                         ORDER BY month`, [ids, period.start, period.end, ctx.asOf], "DUES"),
    },
    GROUPED: {
      joins: () => ``,
      sources: MEMBERS,
      value: `(m.group_id IS NOT NULL)::int`,
      evidence: (em, _ctx, ids) =>
        evidenceOf(em, `SELECT m.id AS member_id, g.id, g.name || '（所在党小组）' AS label FROM member m JOIN org_unit g ON g.id = m.group_id
                         WHERE m.id = ANY($1::uuid[])`, [ids], "CONTACT"),
    },
  },
  DOCUMENTS: {
    // Thought reports a member filed in the year.
    THOUGHT_REPORT: {
      yearly: true,
      summary: { table: "member_year_reports", alias: "r" },
      joins: REPORTS,
      sources: [...MEMBERS, "member_year_reports"],
      value: `coalesce(r.thought_reports, 0)`,
      evidence: recordsOfKind("filed_document", "filed_on", "THOUGHT_REPORT", "DOCUMENT"),
    },
  },
};

/** How a member rule's fact is read; refuses a rule whose periods its SQL cannot count. */
export function memberFactFor(rule: RuleDefinition): MemberFactSql {
  const fact = MEMBER_FACTS[rule.family]?.[rule.variant ?? "ANY"];
  if (!fact) throw new Error(`member rule ${rule.code}: no member fact ${rule.family}|${rule.variant ?? "ANY"}`);
  // A snapshot is judged in the calendar year of its date.
  if (fact.yearly && rule.period !== "YEAR" && rule.period !== "SNAPSHOT") throw new Error(`member rule ${rule.code}: its fact is kept per calendar year, not per ${rule.period}`);
  return fact;
}

/** Evidence: the members' records of one kind dated in the period (study sessions, filed reports), oldest first. */
function recordsOfKind(table: "study_record" | "filed_document", dateColumn: string, kind: string, evidence: Evidence["kind"]): MemberFactSql["evidence"] {
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

async function evidenceOf(em: EntityManager, sql: string, params: unknown[], kind: Evidence["kind"]): Promise<Map<string, Evidence[]>> {
  const rows: Array<{ member_id: string; id: string; label: string | null }> = await em.query(sql, params);
  const byMember = new Map<string, Evidence[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ kind, id: row.id, label: row.label ?? undefined });
    byMember.set(row.member_id, list);
  }
  return byMember;
}
