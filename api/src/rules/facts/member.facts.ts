import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * EDUCATION_HOURS: per member and year, hours from PRESENT attendance and study records (one
 * statement per year, from the activity area's query), plus party-school sessions.
 */
export async function educationFacts(ctx: EvaluationContext, periods: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const ids = ctx.members.map((m) => m.id);
  // Same credits as the activity area's education-hours query (PRESENT attendance + study records),
  // grouped by member and period in one statement for every year at once.
  const rows: Array<{ member_id: string; key: string; total: string; integrity: string; activity: string; study: string }> = await ctx.em.query(
    `WITH ${PERIODS_CTE},
     members AS (SELECT m.id FROM member m JOIN org_unit ou ON ou.id = coalesce(m.group_id, m.branch_id)
                  WHERE m.college_id = $1 AND m.status = 'ACTIVE' AND ou.path @> ARRAY[$5::uuid]),
     credits AS (
       SELECT at.member_id, a.held_on AS on_date, a.education_hours AS hours, a.integrity_hours AS integrity, true AS from_activity
         FROM activity_attendance at JOIN activity a ON a.id = at.activity_id
        WHERE at.college_id = $1 AND at.status = 'PRESENT' AND a.archived_at IS NULL AND at.member_id IN (SELECT id FROM members)
          AND a.held_on BETWEEN (SELECT min(s) FROM p) AND (SELECT max(e) FROM p)
       UNION ALL
       SELECT s.member_id, s.studied_on, s.hours, s.integrity_hours, false
         FROM study_record s
        WHERE s.college_id = $1 AND s.archived_at IS NULL AND s.member_id IN (SELECT id FROM members) AND s.studied_on BETWEEN (SELECT min(s) FROM p) AND (SELECT max(e) FROM p))
     SELECT c.member_id, p.key, sum(c.hours)::text AS total, sum(c.integrity)::text AS integrity,
            coalesce(sum(c.hours) FILTER (WHERE c.from_activity), 0)::text AS activity,
            coalesce(sum(c.hours) FILTER (WHERE NOT c.from_activity), 0)::text AS study
       FROM credits c JOIN p ON c.on_date BETWEEN p.s AND p.e
      GROUP BY 1, 2`,
    [ctx.collegeId, ...periodParams(periods), ctx.rootUnitId],
  );
  for (const row of rows) {
    const detail = `活动 ${Number(row.activity)} 学时 + 个人学习 ${Number(row.study)} 学时`;
    table.set("TOTAL", row.member_id, row.key, { value: Number(row.total), evidence: [{ kind: "ATTENDANCE", id: row.member_id, label: detail }] });
    table.set("INTEGRITY", row.member_id, row.key, { value: Number(row.integrity), evidence: [] });
  }
  const schools: Array<{ member_id: string; key: string; ids: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT s.member_id, p.key, array_agg(s.id) AS ids
       FROM study_record s JOIN p ON s.studied_on BETWEEN p.s AND p.e
      WHERE s.college_id = $1 AND s.archived_at IS NULL AND s.kind = 'PARTY_SCHOOL' AND s.member_id = ANY($5::uuid[])
      GROUP BY 1, 2`,
    [ctx.collegeId, ...periodParams(periods), ids],
  );
  for (const row of schools) table.set("PARTY_SCHOOL", row.member_id, row.key, { value: row.ids.length, evidence: row.ids.map((id) => ({ kind: "STUDY", id })) });
  return table;
}

/**
 * MEMBER_DUTIES: open mass contacts at the snapshot date, months of a year not paid in full
 * (months elapsed by the snapshot date without a fully paid dues record), and whether a mobile
 * member sits in a party group.
 */
export async function memberDutyFacts(ctx: EvaluationContext, yearPeriods: Period[], snapshot: Period): Promise<FactTable> {
  const table = new FactTable();
  const ids = ctx.members.map((m) => m.id);
  const contacts: Array<{ member_id: string; ids: string[] }> = await ctx.em.query(
    `SELECT member_id, array_agg(id) AS ids FROM mass_contact
      WHERE member_id = ANY($1::uuid[]) AND since <= $2::date AND (until IS NULL OR until >= $2::date)
      GROUP BY 1`,
    [ids, ctx.snapshotDate],
  );
  for (const row of contacts) table.set("CONTACTS", row.member_id, snapshot.key, { value: row.ids.length, evidence: row.ids.map((id) => ({ kind: "CONTACT", id })) });

  const dues: Array<{ member_id: string; key: string; paid: string[]; unpaid_ids: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT d.member_id, p.key,
            array_agg(to_char(d.month, 'YYYY-MM')) FILTER (WHERE d.amount_paid_fen >= d.amount_due_fen) AS paid,
            array_agg(d.id) FILTER (WHERE d.amount_paid_fen < d.amount_due_fen) AS unpaid_ids
       FROM dues_record d JOIN p ON d.month BETWEEN p.s AND p.e
      WHERE d.college_id = $1 AND d.member_id = ANY($5::uuid[]) AND d.month <= $6::date
      GROUP BY 1, 2`,
    [ctx.collegeId, ...periodParams(yearPeriods), ids, ctx.asOf],
  );
  const paidByMemberYear = new Map(dues.map((d) => [`${d.member_id}|${d.key}`, d]));
  // Dues are owed from the first month recorded for the member (the register's start), else from the period's start.
  const firsts: Array<{ member_id: string; first: string }> = await ctx.em.query(
    `SELECT member_id, min(month)::text AS first FROM dues_record WHERE member_id = ANY($1::uuid[]) GROUP BY 1`,
    [ids],
  );
  const firstMonth = new Map(firsts.map((f) => [f.member_id, f.first]));
  for (const period of yearPeriods) {
    for (const id of ids) {
      const first = firstMonth.get(id);
      const elapsed = monthsElapsed(first && first > period.start ? { ...period, start: first } : period, ctx.asOf);
      const row = paidByMemberYear.get(`${id}|${period.key}`);
      const paid = row?.paid?.length ?? 0;
      table.set("DUES", id, period.key, { value: Math.max(0, elapsed - paid), evidence: (row?.unpaid_ids ?? []).map((d) => ({ kind: "DUES", id: d })) });
    }
  }
  for (const m of ctx.members) {
    table.set("GROUPED", m.id, snapshot.key, { value: m.groupId ? 1 : 0, evidence: m.groupId ? [{ kind: "CONTACT", id: m.groupId, label: "所在党小组" }] : [] });
  }
  return table;
}

/** Months of the period whose dues were due by `asOf` (a month is due from its first day). */
function monthsElapsed(period: Period, asOf: string): number {
  if (asOf < period.start || period.end < period.start) return 0;
  const end = asOf < period.end ? asOf : period.end;
  return (Number(end.slice(0, 4)) - Number(period.start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(period.start.slice(5, 7)) + 1;
}
