import type { Period } from "../../common/periods";
import { applyShare, fenFromDb } from "../../common/money";
import type { EvaluationContext } from "../evaluation-context";
import type { RuleParams } from "../rule.types";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

// Lists come back as JSON arrays: parsed natively, where PostgreSQL's array text is parsed in JavaScript.

/** LIAISON_VISITS: visits per assignment per period, counting only the assignment's active span. */
export async function liaisonFacts(ctx: EvaluationContext, periods: Period[]): Promise<{ table: FactTable; assignments: AssignmentRow[] }> {
  const table = new FactTable();
  const assignments: AssignmentRow[] = (
    await ctx.em.query(
      `SELECT a.id, a.kind, a.unit_id, a.start_date::text, a.end_date::text,
              coalesce(a.leader_name, m.name) || ' → ' || coalesce(t.name, c.name, '所联系学生') AS label
         FROM liaison_assignment a
         LEFT JOIN member m ON m.id = a.liaison_member_id
         LEFT JOIN org_unit t ON t.id = a.target_unit_id
         LEFT JOIN student_class c ON c.id = a.target_class_id
        WHERE a.college_id = $1 AND a.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$2::uuid])`,
      [ctx.collegeId, ctx.rootUnitId],
    )
  ).map((a: Record<string, string>) => ({ id: a.id, kind: a.kind, unitId: a.unit_id, start: a.start_date, end: a.end_date, label: a.label }));
  const rows: Array<{ assignment_id: string; key: string; kind: string; ids: string[]; dates: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT v.assignment_id, p.key, v.kind, json_agg(v.id ORDER BY v.visited_on) AS ids, json_agg(v.visited_on::text ORDER BY v.visited_on) AS dates
       FROM liaison_visit v JOIN p ON v.visited_on BETWEEN p.s AND p.e
      WHERE v.college_id = $1 AND v.archived_at IS NULL AND v.assignment_id = ANY($5::uuid[])
      GROUP BY 1, 2, 3`,
    [ctx.collegeId, ...periodParams(periods), assignments.map((a) => a.id)],
  );
  for (const row of rows) {
    const evidence = row.ids.map((id, i) => ({ kind: "VISIT" as const, id, label: `${row.dates[i]} 走访` }));
    table.add("ANY", row.assignment_id, row.key, row.ids.length, evidence);
    table.add(row.kind, row.assignment_id, row.key, row.ids.length, evidence);
  }
  return { table, assignments };
}

export interface AssignmentRow {
  id: string;
  kind: string;
  unitId: string;
  start: string;
  end: string | null;
  label: string;
}

/**
 * FUNDS: per branch and year, what was allocated against the floor (members × the rule's yuan
 * per head, retirees as the year's setting says), and the dues rebate received against share ×
 * dues collected in the (calendar) year, from the per-branch yearly sums the database keeps.
 */
export async function fundFacts(ctx: EvaluationContext, years: Period[], floorParams: (period: Period) => RuleParams): Promise<FactTable> {
  const table = new FactTable();
  const branches = ctx.units.filter((u) => u.kind === "BRANCH").map((u) => u.id);
  const rows: Array<{ branch_id: string; key: string; allocated: string; rebated: string; collected: string; ids: string[]; faculty: number; student: number; retired: number }> =
    await ctx.em.query(
      `WITH ${PERIODS_CTE}, b AS (SELECT unnest($5::uuid[]) AS id),
       counts AS (
         SELECT m.branch_id,
                count(*) FILTER (WHERE m.category = 'FACULTY')::int AS faculty,
                count(*) FILTER (WHERE m.category = 'STUDENT')::int AS student,
                count(*) FILTER (WHERE m.category = 'RETIRED')::int AS retired
           FROM member m WHERE m.college_id = $1::uuid AND m.status = 'ACTIVE' AND m.branch_id IN (SELECT id FROM b) GROUP BY 1)
       SELECT b.id AS branch_id, p.key,
              coalesce((SELECT sum(amount_fen) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.year = extract(year FROM p.s)), 0)::text AS allocated,
              coalesce((SELECT sum(amount_fen) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.source = 'DUES_REBATE' AND f.year = extract(year FROM p.s)), 0)::text AS rebated,
              coalesce((SELECT sum(collected_fen) FROM branch_year_dues y WHERE y.branch_id = b.id AND y.year = extract(year FROM p.s)), 0)::text AS collected,
              coalesce((SELECT json_agg(id) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.year = extract(year FROM p.s)), '[]'::json) AS ids,
              coalesce(c.faculty, 0) AS faculty, coalesce(c.student, 0) AS student, coalesce(c.retired, 0) AS retired
         FROM b CROSS JOIN p LEFT JOIN counts c ON c.branch_id = b.id`,
      [ctx.collegeId, ...periodParams(years), branches],
    );
  const byKey = new Map(years.map((y) => [y.key, y]));
  for (const row of rows) {
    const period = byKey.get(row.key)!;
    const year = Number(period.start.slice(0, 4));
    const params = floorParams(period);
    const faculty = row.faculty + (ctx.retireesAsFaculty(year) ? row.retired : 0);
    const floor = faculty * params.perFacultyYuan * 100 + row.student * params.perStudentYuan * 100;
    const evidence = row.ids.map((id) => ({ kind: "ALLOCATION" as const, id }));
    table.set("FLOOR", row.branch_id, row.key, { value: fenFromDb(row.allocated), other: floor, evidence });
    const share = ctx.rebateShare(year);
    table.set("REBATE", row.branch_id, row.key, {
      value: fenFromDb(row.rebated),
      other: share === null ? Number.POSITIVE_INFINITY : applyShare(fenFromDb(row.collected), share),
      evidence,
    });
  }
  return table;
}

/** ROOMS: rooms in use by each unit at the snapshot date: how many, and the largest area. */
export async function roomFacts(ctx: EvaluationContext, snapshot: Period): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ unit_id: string; ids: string[]; areas: string[]; names: string[] }> = await ctx.em.query(
    `SELECT u.unit_id, json_agg(r.id) AS ids, json_agg(r.area::text) AS areas, json_agg(r.name) AS names
       FROM activity_room_user u JOIN activity_room r ON r.id = u.room_id
      WHERE u.college_id = $1 AND r.archived_at IS NULL AND u.since <= $2::date AND (u.until IS NULL OR u.until >= $2::date)
        AND u.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$3::uuid])
      GROUP BY 1`,
    [ctx.collegeId, ctx.snapshotDate, ctx.rootUnitId],
  );
  for (const row of rows) {
    const evidence = row.ids.map((id, i) => ({ kind: "ROOM" as const, id, label: `${row.names[i]}（${Number(row.areas[i])} m²）` }));
    table.set("COUNT", row.unit_id, snapshot.key, { value: row.ids.length, evidence });
    table.set("LARGEST_AREA", row.unit_id, snapshot.key, { value: Math.max(...row.areas.map(Number)), evidence });
  }
  return table;
}

/**
 * DOCUMENTS: filed documents per unit (or member, for thought reports) per period. A kind with a
 * shift (the annual report's grace) counts documents filed in the period moved later by that many days.
 */
export async function documentFacts(ctx: EvaluationContext, kinds: string[], periods: Period[], shiftDays: Record<string, number> = {}): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ kind: string; subject: string; key: string; ids: string[]; labels: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT d.kind, coalesce(d.member_id, d.unit_id) AS subject, p.key,
            json_agg(d.id ORDER BY d.filed_on) AS ids, json_agg(d.filed_on::text || ' ' || d.title ORDER BY d.filed_on) AS labels
       FROM filed_document d
       JOIN p ON d.filed_on <= p.e + coalesce(($7::jsonb ->> d.kind::text)::int, 0)
             AND (d.kind = 'JOINT_MEETING_RULES' OR d.filed_on >= p.s + coalesce(($7::jsonb ->> d.kind::text)::int, 0))
      WHERE d.college_id = $1 AND d.archived_at IS NULL AND d.kind::text = ANY($5::text[])
        AND d.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$6::uuid])
      GROUP BY 1, 2, 3`,
    [ctx.collegeId, ...periodParams(periods), kinds, ctx.rootUnitId, JSON.stringify(shiftDays)],
  );
  // Rules of procedure stay in force once filed: any filed by the period's end counts.
  for (const row of rows) {
    table.set(row.kind, row.subject, row.key, { value: row.ids.length, evidence: row.ids.map((id, i) => ({ kind: "DOCUMENT" as const, id, label: row.labels[i] })) });
  }
  return table;
}

/** RECORD_BOOKS: the hand-in of each branch's record book per semester. */
export async function recordBookFacts(ctx: EvaluationContext, semesters: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ branch_id: string; semester_id: string; id: string; handed_in_on: string }> = await ctx.em.query(
    `SELECT h.branch_id, h.semester_id, h.id, h.handed_in_on::text FROM record_book_hand_in h
      WHERE h.college_id = $1 AND h.semester_id = ANY($2::uuid[])
        AND h.branch_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$3::uuid])`,
    [ctx.collegeId, semesters.map((s) => s.semesterId), ctx.rootUnitId],
  );
  const keyOf = new Map(semesters.map((s) => [s.semesterId, s.key]));
  for (const row of rows) {
    table.set("ANY", row.branch_id, keyOf.get(row.semester_id)!, { value: 1, evidence: [{ kind: "HAND_IN", id: row.id, label: `${row.handed_in_on} 上交` }] });
  }
  return table;
}

/** ALLOWANCES: committee seats held during each year that have no allowance recorded for it. */
export async function allowanceFacts(ctx: EvaluationContext, years: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ unit_id: string; key: string; missing: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT cp.unit_id, p.key, json_agg(cp.id) AS missing
       FROM committee_position cp JOIN p ON cp.term_start <= p.e AND (cp.ended_on IS NULL OR cp.ended_on >= p.s)
      WHERE cp.college_id = $1 AND cp.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$5::uuid])
        AND NOT EXISTS (SELECT 1 FROM party_work_allowance a
                         WHERE a.archived_at IS NULL AND a.year = extract(year FROM p.s)
                           AND (a.committee_position_id = cp.id OR (a.committee_position_id IS NULL AND a.member_id = cp.member_id AND a.unit_id = cp.unit_id)))
      GROUP BY 1, 2`,
    [ctx.collegeId, ...periodParams(years), ctx.rootUnitId],
  );
  for (const row of rows) table.set("ANY", row.unit_id, row.key, { value: row.missing.length, evidence: row.missing.map((id) => ({ kind: "ALLOWANCE" as const, id, label: "未落实补贴的任职" })) });
  return table;
}

/** AWARDS: kinds awarded in each cycle year. */
export async function awardFacts(ctx: EvaluationContext, years: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ cycle_year: number; kinds: string[]; ids: string[] }> = await ctx.em.query(
    `SELECT cycle_year, array_agg(DISTINCT kind::text) AS kinds, array_agg(id) AS ids FROM award
      WHERE college_id = $1 AND status = 'AWARDED' AND archived_at IS NULL AND cycle_year = ANY($2::int[])
      GROUP BY 1`,
    [ctx.collegeId, years.map((y) => Number(y.key))],
  );
  for (const row of rows) {
    table.set("ANY", ctx.collegeId, String(row.cycle_year), { value: row.kinds.length, evidence: row.ids.map((id) => ({ kind: "AWARD" as const, id })) });
  }
  return table;
}

/**
 * STUDENT_COVERAGE: per secondary college, the share of its classes covered at the snapshot
 * date — a lower-grade class by at least one student member, an upper-grade class by a party group.
 */
export async function coverageFacts(ctx: EvaluationContext, snapshot: Period, upperFromYearOfStudy: number): Promise<FactTable> {
  const table = new FactTable();
  const schoolYear = Number(ctx.snapshotDate.slice(0, 4)) - (Number(ctx.snapshotDate.slice(5, 7)) >= 9 ? 0 : 1);
  const rows: Array<{ college_unit_id: string; total: number; covered: number; uncovered: string[] }> = await ctx.em.query(
    `WITH c AS (
       SELECT sc.id, sc.name, sc.college_unit_id, ($3::int - sc.grade_year + 1) >= $4::int AS upper,
              -- One pass over the college's class members (a hashed subplan), not a scan per class.
              sc.id IN (SELECT cm.class_id FROM class_member cm JOIN member m ON m.id = cm.member_id
                         WHERE cm.college_id = $1 AND m.status = 'ACTIVE' AND cm.since <= $2::date AND (cm.until IS NULL OR cm.until >= $2::date)) AS has_member,
              EXISTS (SELECT 1 FROM class_group cg WHERE cg.class_id = sc.id AND cg.since <= $2::date AND (cg.until IS NULL OR cg.until >= $2::date)) AS has_group
         FROM student_class sc
        WHERE sc.college_id = $1 AND sc.archived_at IS NULL
          AND sc.college_unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$5::uuid]))
     SELECT college_unit_id, count(*)::int AS total,
            count(*) FILTER (WHERE CASE WHEN upper THEN has_group ELSE has_member END)::int AS covered,
            coalesce(json_agg(name) FILTER (WHERE NOT CASE WHEN upper THEN has_group ELSE has_member END), '[]'::json) AS uncovered
       FROM c GROUP BY 1`,
    [ctx.collegeId, ctx.snapshotDate, schoolYear, upperFromYearOfStudy, ctx.rootUnitId],
  );
  for (const row of rows) {
    const percent = row.total ? Math.round((row.covered / row.total) * 1000) / 10 : 100;
    table.set("ANY", row.college_unit_id, snapshot.key, {
      value: percent,
      evidence: row.uncovered.slice(0, 20).map((name) => ({ kind: "CLASS" as const, id: row.college_unit_id, label: `未覆盖：${name}` })),
    });
  }
  return table;
}
