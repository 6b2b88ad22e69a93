import type { EntityManager } from "typeorm";

/**
 * Education hours (四(二)1; 附件 指标6), summed in SQL: hours of activities a member attended
 * PRESENT (not archived, held in [from, to]; a guest's attendance only once confirmed by their own
 * unit, see activity.service.ts) plus their individual study records (not archived,
 * studied in [from, to]). One statement whatever the number of members, so the rules engine and
 * loaders can ask for a whole college at once.
 */
export interface EducationHoursRow {
  memberId: string;
  totalHours: string;
  integrityHours: string;
  activityHours: string;
  activityIntegrityHours: string;
  studyHours: string;
  studyIntegrityHours: string;
  activityCount: number;
  studyCount: number;
}

export interface EducationCreditRow {
  source: "ACTIVITY" | "STUDY";
  id: string;
  date: string;
  title: string;
  activityType: string | null;
  studyKind: string | null;
  hours: string;
  integrityHours: string;
}

/** Members chosen by the caller's CTE `m(id, name)`; `$1`/`$2` are from/to. */
const CREDITS = `
  credits AS (
    SELECT at.member_id, a.education_hours AS hours, a.integrity_hours AS integrity, 'ACTIVITY' AS source
      FROM activity_attendance at
      JOIN activity a ON a.id = at.activity_id
     WHERE at.status = 'PRESENT' AND at.confirmed_at IS NOT NULL AND a.archived_at IS NULL AND a.held_on BETWEEN $1::date AND $2::date
       AND at.member_id IN (SELECT id FROM m)
    UNION ALL
    SELECT s.member_id, s.hours, s.integrity_hours, 'STUDY'
      FROM study_record s
     WHERE s.archived_at IS NULL AND s.studied_on BETWEEN $1::date AND $2::date
       AND s.member_id IN (SELECT id FROM m)
  )`;

const TOTALS = `
  m.id AS member_id,
  coalesce(sum(c.hours), 0) AS total_hours,
  coalesce(sum(c.integrity), 0) AS integrity_hours,
  coalesce(sum(c.hours) FILTER (WHERE c.source = 'ACTIVITY'), 0) AS activity_hours,
  coalesce(sum(c.integrity) FILTER (WHERE c.source = 'ACTIVITY'), 0) AS activity_integrity_hours,
  coalesce(sum(c.hours) FILTER (WHERE c.source = 'STUDY'), 0) AS study_hours,
  coalesce(sum(c.integrity) FILTER (WHERE c.source = 'STUDY'), 0) AS study_integrity_hours,
  count(c.member_id) FILTER (WHERE c.source = 'ACTIVITY')::int AS activity_count,
  count(c.member_id) FILTER (WHERE c.source = 'STUDY')::int AS study_count`;

type RawTotals = Record<string, string | number> & { member_id: string };

function toRow(r: RawTotals): EducationHoursRow {
  return {
    memberId: r.member_id,
    totalHours: String(r.total_hours),
    integrityHours: String(r.integrity_hours),
    activityHours: String(r.activity_hours),
    activityIntegrityHours: String(r.activity_integrity_hours),
    studyHours: String(r.study_hours),
    studyIntegrityHours: String(r.study_integrity_hours),
    activityCount: Number(r.activity_count),
    studyCount: Number(r.study_count),
  };
}

/** Totals for the given members, in their order (zeros for members with nothing). */
export async function educationHoursOfMembers(
  em: EntityManager,
  memberIds: readonly string[],
  from: string,
  to: string,
): Promise<EducationHoursRow[]> {
  const raw: RawTotals[] = await em.query(
    `WITH m AS (SELECT DISTINCT id FROM unnest($3::uuid[]) AS u(id)), ${CREDITS}
     SELECT ${TOTALS} FROM m LEFT JOIN credits c ON c.member_id = m.id GROUP BY m.id`,
    [from, to, memberIds],
  );
  const byId = new Map(raw.map((r) => [r.member_id, toRow(r)]));
  return memberIds.map(
    (id) =>
      byId.get(id) ??
      toRow({
        member_id: id,
        total_hours: "0",
        integrity_hours: "0",
        activity_hours: "0",
        activity_integrity_hours: "0",
        study_hours: "0",
        study_integrity_hours: "0",
        activity_count: 0,
        study_count: 0,
      }),
  );
}

export interface SubtreeHoursOptions {
  category?: string;
  /** Fewest hours first (who falls short), else by name. */
  shortestFirst?: boolean;
  first?: number;
  offset?: number;
}

/**
 * Per-member totals for every active member whose home unit lies in `unitId`'s subtree, one
 * statement including the page's total count. Without `first`, every member is returned.
 */
export async function educationHoursOfSubtree(
  em: EntityManager,
  unitId: string,
  from: string,
  to: string,
  options: SubtreeHoursOptions = {},
): Promise<{ rows: EducationHoursRow[]; totalCount: number }> {
  const order = options.shortestFirst ? "total_hours ASC, m.name, m.id" : "m.name, m.id";
  const raw: Array<RawTotals & { total_count: string }> = await em.query(
    `WITH m AS (
        SELECT mem.id, mem.name FROM member mem
          JOIN org_unit home ON home.id = coalesce(mem.group_id, mem.branch_id)
         WHERE mem.status = 'ACTIVE' AND home.path @> ARRAY[$3::uuid]
           AND ($4::member_category IS NULL OR mem.category = $4::member_category)
      ), ${CREDITS}
     SELECT ${TOTALS}, count(*) OVER () AS total_count
       FROM m LEFT JOIN credits c ON c.member_id = m.id
      GROUP BY m.id, m.name
      ORDER BY ${order}
      LIMIT $5 OFFSET ${Math.max(0, Math.floor(options.offset ?? 0))}`,
    [from, to, unitId, options.category ?? null, options.first ?? null],
  );
  return { rows: raw.map(toRow), totalCount: raw.length ? Number(raw[0].total_count) : 0 };
}

/** The line items behind one member's hours, by date. */
export async function educationCredits(em: EntityManager, memberId: string, from: string, to: string): Promise<EducationCreditRow[]> {
  const raw: Array<Record<string, string | null>> = await em.query(
    `SELECT 'ACTIVITY' AS source, a.id, a.held_on::text AS date, a.topic AS title, a.type::text AS activity_type, NULL AS study_kind,
            a.education_hours AS hours, a.integrity_hours
       FROM activity_attendance at JOIN activity a ON a.id = at.activity_id
      WHERE at.member_id = $3 AND at.status = 'PRESENT' AND at.confirmed_at IS NOT NULL AND a.archived_at IS NULL AND a.held_on BETWEEN $1::date AND $2::date
     UNION ALL
     SELECT 'STUDY', s.id, s.studied_on::text, s.title, NULL, s.kind::text, s.hours, s.integrity_hours
       FROM study_record s
      WHERE s.member_id = $3 AND s.archived_at IS NULL AND s.studied_on BETWEEN $1::date AND $2::date
     ORDER BY date, source, title, id`,
    [from, to, memberId],
  );
  return raw.map((r) => ({
    source: r.source as "ACTIVITY" | "STUDY",
    id: r.id!,
    date: r.date!,
    title: r.title!,
    activityType: r.activity_type,
    studyKind: r.study_kind,
    hours: String(r.hours),
    integrityHours: String(r.integrity_hours),
  }));
}

export interface HoursDistributionRow {
  unitId: string;
  unitName: string;
  category: string;
  measure: "TOTAL" | "INTEGRITY";
  bin: number;
  members: number;
}

/**
 * Active members of `unitId`'s subtree counted by their hours in [from, to]: per general branch (a
 * branch directly under the committee, or the asked-for branch itself, stands for itself: never a
 * unit above the request), category and bin of `binHours` (the last
 * bin open-ended), for total and for integrity hours. One statement, however many members.
 */
export async function educationHoursDistribution(
  em: EntityManager,
  unitId: string,
  from: string,
  to: string,
  binHours: number,
  bins: number,
): Promise<HoursDistributionRow[]> {
  const raw: Array<HoursDistributionRow & { members: string }> = await em.query(
    `WITH m AS (
        SELECT mem.id, mem.category, coalesce(gb.id, b.id) AS unit_id FROM member mem
          JOIN org_unit home ON home.id = coalesce(mem.group_id, mem.branch_id)
          JOIN org_unit b ON b.id = mem.branch_id
          LEFT JOIN org_unit gb ON gb.id = b.parent_id AND gb.kind = 'GENERAL_BRANCH' AND gb.path @> ARRAY[$3::uuid]
         WHERE mem.status = 'ACTIVE' AND home.path @> ARRAY[$3::uuid]
      ), ${CREDITS},
      per_member AS (
        SELECT m.unit_id, m.category, coalesce(sum(c.hours), 0) AS total, coalesce(sum(c.integrity), 0) AS integrity
          FROM m LEFT JOIN credits c ON c.member_id = m.id GROUP BY m.id, m.unit_id, m.category
      ),
      binned AS (
        SELECT unit_id, category, 'TOTAL' AS measure, least(floor(total / $4), $5 - 1)::int AS bin FROM per_member
        UNION ALL
        SELECT unit_id, category, 'INTEGRITY', least(floor(integrity / $4), $5 - 1)::int FROM per_member
      )
     SELECT b.unit_id AS "unitId", u.name AS "unitName", b.category::text AS category, b.measure, b.bin, count(*) AS members
       FROM binned b JOIN org_unit u ON u.id = b.unit_id
      GROUP BY b.unit_id, u.name, u.sort_order, b.category, b.measure, b.bin
      ORDER BY u.sort_order, u.name, b.unit_id, b.category, b.measure, b.bin`,
    [from, to, unitId, binHours, bins],
  );
  return raw.map((r) => ({ ...r, members: Number(r.members) }));
}
