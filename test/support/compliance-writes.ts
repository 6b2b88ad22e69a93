import type { DataSource, EntityManager } from "typeorm";

/**
 * Plain-SQL writes to every table the compliance engine reads (the facts' SQL, member facts, the
 * evaluation context), for the fact-cache property test. A write is data — a kind and a few
 * numbers — resolved against the database when it runs (the n-th candidate, in a stable order), so
 * fast-check can generate, shrink and print sequences of them. Each runs in its own transaction
 * and returns what it did, in words, for the failure message.
 */
export const WRITE_KINDS = [
  "activity.insert", "activity.update", "attendance.delete", "study.insert", "dues.pay", "dues.unpay", "dues.insert",
  "contact.insert", "contact.close", "document.file", "member.move", "member.flip", "fund.insert", "liaison.visit",
  "room.add", "room.end", "recordBook.insert", "allowance.insert", "award.status", "class.member", "class.group",
  "unit.rename", "setting.hourFloors", "rule.parameter",
] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

export interface Write {
  kind: WriteKind;
  /** Pick the target inside the focus subtree (the general branch under test) rather than anywhere in the college. */
  focus: boolean;
  /** Choices: which candidate, which variant, which date… */
  a: number;
  b: number;
  c: number;
}

export interface WriteScope {
  collegeId: string;
  /** The subtree `focus` writes stay in. */
  focusId: string;
}

type Sql = (sql: string, params?: unknown[]) => Promise<any[]>;

/** Runs one write in its own transaction; returns a description, e.g. “dues.pay 2026-03 of 张三”. */
export async function applyWrite(dataSource: DataSource, scope: WriteScope, write: Write): Promise<string> {
  const detail = await dataSource.transaction((em: EntityManager) => WRITES[write.kind]((sql, params) => em.query(sql, params), { ...scope, root: write.focus ? scope.focusId : scope.collegeId }, write));
  return `${write.kind}${write.focus ? "*" : ""}: ${detail}`;
}

interface Ctx extends WriteScope {
  /** Targets are chosen inside this subtree. */
  root: string;
}

/** The months writes land in: the report's range (2025-09 … 2026-08) and a little either side. */
const MONTHS = ["2025-07", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-11"];
const month = (n: number) => MONTHS[n % MONTHS.length];
const date = (n: number) => `${month(n)}-${String(1 + (Math.floor(n / MONTHS.length) % 28)).padStart(2, "0")}`;
const nth = <T>(rows: T[], n: number): T | undefined => rows[n % Math.max(rows.length, 1)];

/** A unit's names from the root down: a stable order for units (their ids are random per install). */
const UNIT_PATH = (alias: string) => `(SELECT string_agg(x.name, '/' ORDER BY cardinality(x.path)) FROM org_unit x WHERE x.id = ANY(${alias}.path))`;
const IN_ROOT = (alias: string) => `${alias}.path @> ARRAY[$1::uuid]`;

async function members(q: Sql, ctx: Ctx, where = "TRUE"): Promise<Array<{ id: string; name: string; branch_id: string; branch: string; category: string }>> {
  return q(
    `SELECT m.id, m.name, m.branch_id, m.category, ${UNIT_PATH("u")} AS branch FROM member m JOIN org_unit u ON u.id = m.branch_id
      WHERE m.status = 'ACTIVE' AND ${IN_ROOT("u")} AND ${where} ORDER BY m.id`,
    [ctx.root],
  );
}

async function units(q: Sql, ctx: Ctx, kinds: string[]): Promise<Array<{ id: string; name: string; kind: string; path: string }>> {
  return q(`SELECT u.id, u.name, u.kind, ${UNIT_PATH("u")} AS path FROM org_unit u WHERE ${IN_ROOT("u")} AND u.kind::text = ANY($2) AND u.archived_at IS NULL ORDER BY 4`, [ctx.root, kinds]);
}

const ACTIVITY_TYPES = ["ORGANISATIONAL_LIFE", "BRANCH_COMMITTEE_MEETING", "PARTY_LECTURE", "PARTY_DAY", "DEMOCRATIC_LIFE", "FORUM", "THEORY_STUDY", "INTEGRITY_EDUCATION"];
const MINUTES = [60, 90, 119, 120, 150];

const WRITES: Record<WriteKind, (q: Sql, ctx: Ctx, w: Write) => Promise<string>> = {
  // A meeting of a branch or general branch, with PRESENT and ABSENT rows of its members and sometimes a guest.
  async "activity.insert"(q, ctx, { a, b, c }) {
    const host = nth(await units(q, ctx, ["BRANCH", "GENERAL_BRANCH"]), a);
    if (!host) return "no host";
    const type = ACTIVITY_TYPES[b % ACTIVITY_TYPES.length];
    const minutes = MINUTES[c % MINUTES.length];
    const hours = Math.min(Math.floor(minutes / 60), 1 + (b % 2));
    const integrity = type === "INTEGRITY_EDUCATION" ? hours : 0;
    const day = date(a + c);
    const [{ id }] = await q(
      `INSERT INTO activity (college_id, host_unit_id, type, starts_at, ends_at, topic, place, education_hours, integrity_hours, for_cadres)
       VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + make_interval(mins => $5), '测试会议', '党员活动室', $6, $7, $8) RETURNING id`,
      [ctx.collegeId, host.id, type, `${day}T14:00:00+08:00`, minutes, hours, integrity, type === "DEMOCRATIC_LIFE" && c % 2 === 0],
    );
    const own = await q(`SELECT m.id FROM member m JOIN org_unit u ON u.id = m.branch_id WHERE m.status = 'ACTIVE' AND u.path @> ARRAY[$1::uuid] ORDER BY m.id`, [host.id]);
    const start = a % Math.max(own.length, 1);
    const attendees = [...own.slice(start), ...own.slice(0, start)].slice(0, 2 + (c % 5));
    const rows = attendees.map((m, i) => [m.id, i === attendees.length - 1 && attendees.length > 2 ? "ABSENT" : "PRESENT", false]);
    if (b % 3 === 0) {
      const [guest] = await q(`SELECT m.id FROM member m JOIN org_unit u ON u.id = m.branch_id WHERE m.status = 'ACTIVE' AND NOT u.path @> ARRAY[$1::uuid] ORDER BY m.id OFFSET $2 LIMIT 1`, [host.id, c % 50]);
      if (guest) rows.push([guest.id, "PRESENT", true]);
    }
    for (const [memberId, status, guest] of rows) {
      await q(`INSERT INTO activity_attendance (college_id, activity_id, member_id, status, is_guest) VALUES ($1, $2, $3, $4, $5)`, [ctx.collegeId, id, memberId, status, guest]);
    }
    return `${type} of ${host.path} on ${day}, ${minutes} min, ${hours} h (${integrity} integrity), ${rows.length} attendance rows`;
  },

  // Change an attended meeting's hours, move it by some months (across months or years), or archive it.
  async "activity.update"(q, ctx, { a, b, c }) {
    const rows = await q(
      `SELECT a.id, a.held_on::text, a.education_hours::float8 AS hours, a.duration_minutes, ${UNIT_PATH("u")} AS host
         FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE ${IN_ROOT("u")} AND a.archived_at IS NULL AND a.held_on BETWEEN '2025-07-01' AND '2026-11-30' AND a.duration_minutes >= 60
          AND EXISTS (SELECT 1 FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'PRESENT')
        ORDER BY a.starts_at, a.topic, 5, a.id`,
      [ctx.root],
    );
    const act = nth(rows, a);
    if (!act) return "no activity";
    const what = `meeting of ${act.host} on ${act.held_on}`;
    if (b % 3 === 0) {
      const hours = act.hours > 0 ? 0 : Math.min(2, Math.floor(act.duration_minutes / 60));
      await q(`UPDATE activity SET education_hours = $2, integrity_hours = least(integrity_hours, $2), updated_at = now(), version = version + 1 WHERE id = $1`, [act.id, hours]);
      return `${what}: ${act.hours} → ${hours} h`;
    }
    if (b % 3 === 1) {
      const months = [1, -1, 4, -4, 12, -9][c % 6];
      await q(
        `UPDATE activity SET starts_at = starts_at + make_interval(months => $2), ends_at = ends_at + make_interval(months => $2), updated_at = now(), version = version + 1 WHERE id = $1`,
        [act.id, months],
      );
      return `${what}: moved ${months} months`;
    }
    await q(`UPDATE activity SET archived_at = now(), archive_reason = '测试归档', updated_at = now(), version = version + 1 WHERE id = $1`, [act.id]);
    return `${what}: archived`;
  },

  // Delete one PRESENT row of a meeting, or all of its rows.
  async "attendance.delete"(q, ctx, { a, b, c }) {
    const rows = await q(
      `SELECT a.id, a.held_on::text, ${UNIT_PATH("u")} AS host FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE ${IN_ROOT("u")} AND a.held_on BETWEEN '2025-07-01' AND '2026-11-30'
          AND EXISTS (SELECT 1 FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'PRESENT')
        ORDER BY a.starts_at, a.topic, 3, a.id`,
      [ctx.root],
    );
    const act = nth(rows, a);
    if (!act) return "no attendance";
    if (b % 2 === 0) {
      const deleted = await q(`DELETE FROM activity_attendance WHERE activity_id = $1 RETURNING id`, [act.id]);
      return `all ${deleted.length} rows of the meeting of ${act.host} on ${act.held_on}`;
    }
    const present = await q(`SELECT t.id, m.name FROM activity_attendance t JOIN member m ON m.id = t.member_id WHERE t.activity_id = $1 AND t.status = 'PRESENT' ORDER BY t.member_id`, [act.id]);
    const row = nth(present, c)!;
    await q(`DELETE FROM activity_attendance WHERE id = $1`, [row.id]);
    return `${row.name} at the meeting of ${act.host} on ${act.held_on}`;
  },

  // Party-school sessions (REQUIRED_TRAINING) or other study hours.
  async "study.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return "no member";
    const kind = b % 3 === 0 ? "ONLINE_COURSE" : "PARTY_SCHOOL";
    const hours = 1 + (c % 8);
    const day = date(b + c);
    await q(
      `INSERT INTO study_record (college_id, member_id, kind, studied_on, title, hours, integrity_hours) VALUES ($1, $2, $3, $4, '党校学习', $5, $6)`,
      [ctx.collegeId, m.id, kind, day, hours, kind === "ONLINE_COURSE" ? 1 : 0],
    );
    return `${kind} ${hours} h on ${day} for ${m.name} (${m.branch})`;
  },

  async "dues.pay"(q, ctx, { a }) {
    const rows = await q(
      `SELECT d.id, to_char(d.month, 'YYYY-MM') AS month, m.name FROM dues_record d JOIN member m ON m.id = d.member_id JOIN org_unit u ON u.id = d.branch_id
        WHERE ${IN_ROOT("u")} AND d.amount_paid_fen < d.amount_due_fen ORDER BY d.member_id, d.month`,
      [ctx.root],
    );
    const d = nth(rows, a);
    if (!d) return "no arrears";
    await q(`UPDATE dues_record SET amount_paid_fen = amount_due_fen, paid_on = month + 9, updated_at = now(), version = version + 1 WHERE id = $1`, [d.id]);
    return `${d.month} of ${d.name}`;
  },

  // Back to nothing paid, or to half paid (the month stops counting as paid; the branch's collected sum changes).
  async "dues.unpay"(q, ctx, { a, b }) {
    const rows = await q(
      `SELECT d.id, to_char(d.month, 'YYYY-MM') AS month, m.name FROM dues_record d JOIN member m ON m.id = d.member_id JOIN org_unit u ON u.id = d.branch_id
        WHERE ${IN_ROOT("u")} AND d.amount_paid_fen > 1 ORDER BY d.member_id, d.month`,
      [ctx.root],
    );
    const d = nth(rows, a);
    if (!d) return "no payment";
    if (b % 2 === 0) {
      await q(`UPDATE dues_record SET amount_paid_fen = 0, paid_on = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [d.id]);
      return `${d.month} of ${d.name}: nothing paid`;
    }
    await q(`UPDATE dues_record SET amount_paid_fen = amount_paid_fen / 2, updated_at = now(), version = version + 1 WHERE id = $1`, [d.id]);
    return `${d.month} of ${d.name}: half paid`;
  },

  // A month not recorded yet for a member, paid or not.
  async "dues.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return "no member";
    const taken = new Set((await q(`SELECT to_char(month, 'YYYY-MM') AS m FROM dues_record WHERE member_id = $1`, [m.id])).map((r) => r.m));
    const free = MONTHS.filter((x) => !taken.has(x));
    const when = nth(free, c);
    if (!when) return `no free month for ${m.name}`;
    const paid = b % 2 === 0;
    await q(
      `INSERT INTO dues_record (member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on) VALUES ($1, $2, $3, $4::date, 2000, $5, $6::date)`,
      [m.id, m.branch_id, ctx.collegeId, `${when}-01`, paid ? 2000 : 0, paid ? `${when}-10` : null],
    );
    return `${when} of ${m.name} (${m.branch}), ${paid ? "paid" : "unpaid"}`;
  },

  async "contact.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return "no member";
    const [person] = await q(
      `SELECT p.id, p.name FROM person p WHERE p.college_id = $1 AND NOT EXISTS (SELECT 1 FROM mass_contact x WHERE x.member_id = $2 AND x.person_id = p.id AND x.until IS NULL)
        ORDER BY p.name, p.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, m.id, b % 100],
    );
    const since = date(c);
    await q(`INSERT INTO mass_contact (member_id, person_id, college_id, since) VALUES ($1, $2, $3, $4)`, [m.id, person.id, ctx.collegeId, since]);
    return `${m.name} (${m.branch}) with ${person.name} since ${since}`;
  },

  async "contact.close"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT x.id, x.since::text, m.name FROM mass_contact x JOIN member m ON m.id = x.member_id JOIN org_unit u ON u.id = m.branch_id
        WHERE ${IN_ROOT("u")} AND x.until IS NULL ORDER BY x.member_id, x.since, x.person_id`,
      [ctx.root],
    );
    const x = nth(rows, a);
    if (!x) return "no open contact";
    const [{ until }] = await q(`UPDATE mass_contact SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`, [x.id, date(c)]);
    return `${x.name}'s contact since ${x.since} until ${until}`;
  },

  // A member's thought report, a general branch's annual report, or the committee's yearly study.
  async "document.file"(q, ctx, { a, b, c }) {
    const filedOn = date(c);
    const kind = ["THOUGHT_REPORT", "GB_ANNUAL_REPORT", "COMMITTEE_STUDY"][b % 3];
    if (kind === "THOUGHT_REPORT") {
      const m = nth(await members(q, ctx), a);
      if (!m) return "no member";
      await q(`INSERT INTO filed_document (college_id, unit_id, member_id, kind, title, filed_on) VALUES ($1, $2, $3, $4, '思想汇报', $5)`, [ctx.collegeId, m.branch_id, m.id, kind, filedOn]);
      return `${kind} of ${m.name} (${m.branch}) on ${filedOn}`;
    }
    const unit = kind === "GB_ANNUAL_REPORT" ? nth(await units(q, ctx, ["GENERAL_BRANCH"]), a) : { id: ctx.collegeId, path: "党委" };
    if (!unit) return "no general branch";
    await q(`INSERT INTO filed_document (college_id, unit_id, kind, title, filed_on) VALUES ($1, $2, $3, '年度材料', $4)`, [ctx.collegeId, unit.id, kind, filedOn]);
    return `${kind} of ${unit.path} on ${filedOn}`;
  },

  // A transfer to another branch of the college (out of any party group).
  async "member.move"(q, ctx, { a, b }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return "no member";
    const targets = (await units(q, { ...ctx, root: b % 2 === 0 ? ctx.root : ctx.collegeId }, ["BRANCH"])).filter((u) => u.id !== m.branch_id);
    const to = nth(targets, b)!;
    await q(`UPDATE member SET branch_id = $2, group_id = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [m.id, to.id]);
    return `${m.name} from ${m.branch} to ${to.path}`;
  },

  async "member.flip"(q, ctx, { a, b }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return "no member";
    const [column, values] = (
      [
        ["category", ["FACULTY", "STUDENT", "RETIRED"]],
        ["standing", ["FULL", "PROBATIONARY"]],
        ["mobile_status", ["NONE", "PLACEMENT", "SECONDMENT", "STUDY_ABROAD"]],
      ] as const
    )[b % 3];
    const [{ old }] = await q(`SELECT ${column}::text AS old FROM member WHERE id = $1`, [m.id]);
    const next = values[(values.indexOf(old as never) + 1) % values.length];
    await q(`UPDATE member SET ${column} = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [m.id, next]);
    return `${m.name} (${m.branch}) ${column} ${old} → ${next}`;
  },

  async "fund.insert"(q, ctx, { a, b, c }) {
    const branch = nth(await units(q, ctx, ["BRANCH"]), a);
    if (!branch) return "no branch";
    const year = 2025 + (b % 2);
    const source = ["SCHOOL_PARTY_BUDGET", "DUES_REBATE", "OTHER"][c % 3];
    const fen = (1 + (c % 40)) * 1000;
    await q(`INSERT INTO fund_allocation (branch_id, college_id, year, amount_fen, source, allocated_on) VALUES ($1, $2, $3, $4, $5, $6)`, [branch.id, ctx.collegeId, year, fen, source, `${year}-06-15`]);
    return `${fen} fen ${source} for ${branch.path} in ${year}`;
  },

  async "liaison.visit"(q, ctx, { a, b, c }) {
    const rows = await q(
      `SELECT l.id, l.kind, l.unit_id, l.start_date::text, ${UNIT_PATH("u")} AS unit FROM liaison_assignment l JOIN org_unit u ON u.id = l.unit_id
        WHERE ${IN_ROOT("u")} ORDER BY 5, l.kind, l.start_date, l.leader_name, l.liaison_member_id, l.target_class_id, l.target_unit_id, l.id`,
      [ctx.root],
    );
    const l = nth(rows, a);
    if (!l) return "no assignment";
    const kind = l.kind === "TEACHER_TO_STUDENTS" ? ["STUDENT_DORM_VISIT", "TEACHER_HOME_VISIT"][b % 2] : "LIAISON_VISIT";
    const on = date(c);
    await q(`INSERT INTO liaison_visit (assignment_id, kind, visitor_name, unit_id, college_id, visited_on) VALUES ($1, $2, '走访人', $3, $4, $5)`, [l.id, kind, l.unit_id, ctx.collegeId, on]);
    return `${kind} of a ${l.kind} assignment of ${l.unit} on ${on}`;
  },

  async "room.add"(q, ctx, { a, b, c }) {
    const unit = nth(await units(q, ctx, ["BRANCH", "GENERAL_BRANCH", "GROUP"]), a);
    if (!unit) return "no unit";
    const [room] = await q(
      `SELECT r.id, r.name, r.area::text FROM activity_room r WHERE r.college_id = $1 AND r.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM activity_room_user x WHERE x.room_id = r.id AND x.unit_id = $2 AND x.until IS NULL)
        ORDER BY r.name, r.area, r.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, unit.id, b % 30],
    );
    if (!room) return `no free room for ${unit.path}`;
    const since = date(c);
    await q(`INSERT INTO activity_room_user (college_id, room_id, unit_id, since) VALUES ($1, $2, $3, $4)`, [ctx.collegeId, room.id, unit.id, since]);
    return `${room.name} (${room.area} m²) for ${unit.path} since ${since}`;
  },

  async "room.end"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT x.id, r.name, ${UNIT_PATH("u")} AS unit FROM activity_room_user x JOIN activity_room r ON r.id = x.room_id JOIN org_unit u ON u.id = x.unit_id
        WHERE ${IN_ROOT("u")} AND x.until IS NULL ORDER BY 3, r.name, x.since, x.id`,
      [ctx.root],
    );
    const x = nth(rows, a);
    if (!x) return "no room in use";
    const [{ until }] = await q(`UPDATE activity_room_user SET until = greatest(since, $2::date), version = version + 1 WHERE id = $1 RETURNING until::text`, [x.id, date(c)]);
    return `${x.name} of ${x.unit} until ${until}`;
  },

  async "recordBook.insert"(q, ctx, { a, b, c }) {
    const branch = nth(await units(q, ctx, ["BRANCH"]), a);
    if (!branch) return "no branch";
    const semesters = await q(
      `SELECT s.id, s.academic_year || ' ' || s.term AS name, s.ends_on::text FROM semester s
        WHERE s.college_id = $1 AND NOT EXISTS (SELECT 1 FROM record_book_hand_in h WHERE h.branch_id = $2 AND h.semester_id = s.id) ORDER BY s.starts_on`,
      [ctx.collegeId, branch.id],
    );
    const s = nth(semesters, b);
    if (!s) return `every semester handed in by ${branch.path}`;
    const [{ on }] = await q(
      `INSERT INTO record_book_hand_in (college_id, branch_id, semester_id, handed_in_on, received_by) VALUES ($1, $2, $3, $4::date + $5, '组织部') RETURNING handed_in_on::text AS on`,
      [ctx.collegeId, branch.id, s.id, s.ends_on, c % 20],
    );
    return `${branch.path} for ${s.name} on ${on}`;
  },

  // An allowance for a committee seat that has none for the year.
  async "allowance.insert"(q, ctx, { a, b }) {
    const year = 2025 + (b % 2);
    const rows = await q(
      `SELECT cp.id, cp.member_id, cp.unit_id, cp.role::text, ${UNIT_PATH("u")} AS unit FROM committee_position cp JOIN org_unit u ON u.id = cp.unit_id
        WHERE ${IN_ROOT("u")} AND cp.term_start <= make_date($2, 12, 31) AND (cp.ended_on IS NULL OR cp.ended_on >= make_date($2, 1, 1))
          AND NOT EXISTS (SELECT 1 FROM party_work_allowance x WHERE x.committee_position_id = cp.id AND x.year = $2 AND x.archived_at IS NULL)
        ORDER BY 5, cp.role, cp.member_id, cp.id`,
      [ctx.root, year],
    );
    const cp = nth(rows, a);
    if (!cp) return `every seat has an allowance for ${year}`;
    const used = new Set(
      (await q(`SELECT post_kind::text AS k FROM party_work_allowance WHERE member_id = $1 AND unit_id = $2 AND year = $3 AND archived_at IS NULL`, [cp.member_id, cp.unit_id, year])).map((r) => r.k),
    );
    const kind = ["SECRETARY", "COMMITTEE_MEMBER", "GROUP_LEADER", "OTHER"].find((k) => !used.has(k));
    if (!kind) return "every post kind taken";
    await q(
      `INSERT INTO party_work_allowance (member_id, unit_id, committee_position_id, college_id, year, post_kind, post, workload_credit, amount_fen)
       VALUES ($1, $2, $3, $4, $5, $6, '支部工作', 1, 20000)`,
      [cp.member_id, cp.unit_id, cp.id, ctx.collegeId, year, kind],
    );
    return `${year} for the ${cp.role} seat of ${cp.unit}`;
  },

  // An award moves to AWARDED, NOT_AWARDED or back to NOMINATED (dates as the CHECKs require).
  async "award.status"(q, ctx, { a, b }) {
    const rows = await q(
      `SELECT w.id, w.kind::text, w.cycle_year, w.status::text, ${UNIT_PATH("u")} AS unit FROM award w JOIN org_unit u ON u.id = w.unit_id
        WHERE w.college_id = $1 AND w.archived_at IS NULL ORDER BY w.cycle_year, w.kind, 5, w.nominated_on, w.nominee_member_id, w.id`,
      [ctx.collegeId],
    );
    const w = nth(rows, a);
    if (!w) return "no award";
    const status = ["AWARDED", "NOT_AWARDED", "NOMINATED"].filter((s) => s !== w.status)[b % 2];
    await q(
      `UPDATE award SET status = $2::award_status,
              reviewed_on = CASE WHEN $2 = 'NOMINATED' THEN NULL ELSE coalesce(reviewed_on, nominated_on) END,
              decided_on = CASE WHEN $2 = 'NOMINATED' THEN NULL ELSE coalesce(decided_on, reviewed_on, nominated_on) END,
              updated_at = now(), version = version + 1
        WHERE id = $1`,
      [w.id, status],
    );
    return `${w.kind} ${w.cycle_year} of ${w.unit}: ${w.status} → ${status}`;
  },

  // A student member leaves their class, or joins one.
  async "class.member"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx, "m.category = 'STUDENT'"), a);
    if (!m) return "no student";
    const [open] = await q(`SELECT x.id, x.since::text, s.name FROM class_member x JOIN student_class s ON s.id = x.class_id WHERE x.member_id = $1 AND x.until IS NULL`, [m.id]);
    if (open) {
      const [{ until }] = await q(`UPDATE class_member SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`, [open.id, date(c)]);
      return `${m.name} leaves ${open.name} on ${until}`;
    }
    const [cls] = await q(`SELECT s.id, s.name FROM student_class s WHERE s.college_id = $1 AND s.archived_at IS NULL ORDER BY s.name, s.id OFFSET $2 LIMIT 1`, [ctx.collegeId, b % 80]);
    const since = date(c);
    await q(`INSERT INTO class_member (class_id, member_id, college_id, since) VALUES ($1, $2, $3, $4)`, [cls.id, m.id, ctx.collegeId, since]);
    return `${m.name} joins ${cls.name} on ${since}`;
  },

  // A party group starts or stops covering a class.
  async "class.group"(q, ctx, { a, b, c }) {
    if (b % 2 === 0) {
      const rows = await q(
        `SELECT x.id, s.name, g.name AS grp FROM class_group x JOIN student_class s ON s.id = x.class_id JOIN org_unit g ON g.id = x.group_unit_id
          WHERE ${IN_ROOT("g")} AND x.until IS NULL ORDER BY s.name, g.name, x.id`,
        [ctx.root],
      );
      const x = nth(rows, a);
      if (x) {
        const [{ until }] = await q(`UPDATE class_group SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`, [x.id, date(c)]);
        return `${x.grp} stops covering ${x.name} on ${until}`;
      }
    }
    const group = nth(await units(q, ctx, ["GROUP"]), a);
    if (!group) return "no group";
    const [cls] = await q(
      `SELECT s.id, s.name FROM student_class s WHERE s.college_id = $1 AND s.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM class_group x WHERE x.class_id = s.id AND x.group_unit_id = $2 AND x.until IS NULL)
        ORDER BY s.name, s.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, group.id, c % 80],
    );
    const since = date(c);
    await q(`INSERT INTO class_group (class_id, group_unit_id, college_id, since) VALUES ($1, $2, $3, $4)`, [cls.id, group.id, ctx.collegeId, since]);
    return `${group.path} covers ${cls.name} since ${since}`;
  },

  // Renames change findings' labels (and a branch's full name when it is its general branch's).
  async "unit.rename"(q, ctx, { a }) {
    const unit = nth(await units(q, ctx, ["GENERAL_BRANCH", "BRANCH", "GROUP"]), a);
    if (!unit) return "no unit";
    const name = unit.name.endsWith("（新）") ? unit.name.slice(0, -3) : `${unit.name}（新）`;
    await q(`UPDATE org_unit SET name = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [unit.id, name]);
    return `${unit.path} → ${name}`;
  },

  async "setting.hourFloors"(q, ctx, { b }) {
    const value = b % 2 === 0;
    await q(
      `INSERT INTO compliance_setting (college_id, key, value, set_by_label) VALUES ($1, 'HOUR_FLOORS_BIND_RETIREES', to_jsonb($2::boolean), '测试')
       ON CONFLICT (college_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), version = compliance_setting.version + 1`,
      [ctx.collegeId, value],
    );
    return `HOUR_FLOORS_BIND_RETIREES = ${value}`;
  },

  // The committee changes a rule's number from a date (earlier periods keep the old one).
  async "rule.parameter"(q, ctx, { a, b, c }) {
    const [code, param, values] = (
      [
        ["EDU_HOURS_FACULTY", "minHours", [12, 24, 30]],
        ["ORG_LIFE_STUDENT", "min", [1, 2, 3]],
        ["DUES_PAID", "maxUnpaidMonths", [0, 1, 3]],
        ["FUNDING_FLOOR", "perFacultyYuan", [50, 100, 200]],
        ["MASS_CONTACTS", "min", [0, 1, 2]],
        ["GB_ANNUAL_REPORT", "graceDays", [0, 14, 31]],
      ] as const
    )[a % 6];
    const from = ["2025-01-01", "2026-01-01", "2026-03-01"][b % 3];
    const value = values[c % values.length];
    await q(
      `INSERT INTO rule_parameter (college_id, rule_code, effective_from, params, set_by_label) VALUES ($1, $2, $3, $4, '测试')
       ON CONFLICT (college_id, rule_code, effective_from) DO UPDATE SET params = EXCLUDED.params, updated_at = now(), version = rule_parameter.version + 1`,
      [ctx.collegeId, code, from, JSON.stringify({ [param]: value })],
    );
    return `${code}.${param} = ${value} from ${from}`;
  },
};
