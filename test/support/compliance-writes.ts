import type { DataSource, EntityManager } from "typeorm";

/**
 * Plain-SQL writes to every table the compliance engine reads (the facts' SQL, member facts, the
 * evaluation context), for the fact-cache property test. A write is data — a kind and a few
 * numbers — resolved against the database when it runs (the n-th candidate, in a stable order), so
 * fast-check can generate and print sequences of them. Each runs in its own transaction and returns
 * what it did, in words, for the failure message. Targets and dates are biased to where an effect
 * shows in the reports (inside the range, uncovered classes, seats without allowances…): a write
 * no finding can see would prove nothing about the cache.
 */
export const WRITE_KINDS = [
  "activity.insert",
  "activity.update",
  "attendance.delete",
  "study.insert",
  "dues.pay",
  "dues.unpay",
  "dues.insert",
  "contact.insert",
  "contact.close",
  "document.file",
  "member.move",
  "member.flip",
  "fund.insert",
  "liaison.visit",
  "room.add",
  "room.end",
  "recordBook.insert",
  "allowance.insert",
  "award.status",
  "class.member",
  "class.group",
  "unit.rename",
  "setting.hourFloors",
  "setting.vacation",
  "setting.funding",
  "rule.parameter",
  // Tables the engine reads that the application changes rarely.
  "room.change",
  "seat.change",
  "class.change",
  "liaison.end",
  "semester.shift",
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
  const detail = await dataSource.transaction((em: EntityManager) =>
    WRITES[write.kind](rowsOf(em), { ...scope, root: write.focus ? scope.focusId : scope.collegeId }, write),
  );
  return `${write.kind}${write.focus ? "*" : ""}: ${detail}`;
}

/** The rows a statement returns (TypeORM answers UPDATE and DELETE with [rows, count]). */
const rowsOf =
  (em: EntityManager): Sql =>
  async (sql, params) => {
    const result = await em.query(sql, params);
    return /^\s*(UPDATE|DELETE)/i.test(sql) ? result[0] : result;
  };

/** A write that found nothing to change (the description says so). */
const skip = (why: string) => `skipped: ${why}`;
export const wasSkipped = (description: string) => description.includes(": skipped: ");

interface Ctx extends WriteScope {
  /** Targets are chosen inside this subtree. */
  root: string;
}

/** The months writes land in: the report's range (2025-09 … 2026-08) and a little either side. */
const MONTHS = [
  "2025-07",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-11",
];
const month = (n: number) => MONTHS[n % MONTHS.length];
const date = (n: number) => `${month(n)}-${String(1 + (Math.floor(n / MONTHS.length) % 28)).padStart(2, "0")}`;
/** A day inside the report's range (2025-09-01 … 2026-08-31), for ends of things whose effect should show. */
const dateInRange = (n: number) => date(1 + (n % 12) + 15 * Math.floor(n / 12));
const nth = <T>(rows: T[], n: number): T | undefined => rows[n % Math.max(rows.length, 1)];

/** A unit's names from the root down: a stable order for units (their ids are random per install). */
const UNIT_PATH = (alias: string) =>
  `(SELECT string_agg(x.name, '/' ORDER BY cardinality(x.path)) FROM org_unit x WHERE x.id = ANY(${alias}.path) AND x.parent_id IS NOT NULL)`;
const IN_ROOT = (alias: string) => `${alias}.path @> ARRAY[$1::uuid]`;

async function members(
  q: Sql,
  ctx: Ctx,
  where = "TRUE",
): Promise<Array<{ id: string; name: string; branch_id: string; branch: string; category: string }>> {
  return q(
    `SELECT m.id, m.name, m.branch_id, m.category, ${UNIT_PATH("u")} AS branch FROM member m JOIN org_unit u ON u.id = m.branch_id
      WHERE m.status = 'ACTIVE' AND ${IN_ROOT("u")} AND ${where} ORDER BY m.id`,
    [ctx.root],
  );
}

async function units(q: Sql, ctx: Ctx, kinds: string[]): Promise<Array<{ id: string; name: string; kind: string; path: string }>> {
  return q(
    `SELECT u.id, u.name, u.kind, ${UNIT_PATH("u")} AS path FROM org_unit u WHERE ${IN_ROOT("u")} AND u.kind::text = ANY($2) AND u.archived_at IS NULL ORDER BY 4`,
    [ctx.root, kinds],
  );
}

const ACTIVITY_TYPES = [
  "ORGANISATIONAL_LIFE",
  "BRANCH_COMMITTEE_MEETING",
  "PARTY_LECTURE",
  "PARTY_DAY",
  "DEMOCRATIC_LIFE",
  "FORUM",
  "THEORY_STUDY",
  "INTEGRITY_EDUCATION",
];
const MINUTES = [60, 90, 119, 120, 150];

const WRITES: Record<WriteKind, (q: Sql, ctx: Ctx, w: Write) => Promise<string>> = {
  // A meeting of a branch, general branch or party group, with PRESENT and ABSENT rows of its members and sometimes a guest.
  async "activity.insert"(q, ctx, { a, b, c }) {
    const host = nth(await units(q, ctx, ["BRANCH", "GENERAL_BRANCH", "GROUP"]), a);
    if (!host) return skip("no host");
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
    const own = await q(
      `SELECT m.id FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id) WHERE m.status = 'ACTIVE' AND u.path @> ARRAY[$1::uuid] ORDER BY m.id`,
      [host.id],
    );
    const start = a % Math.max(own.length, 1);
    const attendees = [...own.slice(start), ...own.slice(0, start)].slice(0, 2 + (c % 5));
    const rows = attendees.map((m, i) => [m.id, i === attendees.length - 1 && attendees.length > 2 ? "ABSENT" : "PRESENT", false]);
    if (b % 3 === 0) {
      const [guest] = await q(
        `SELECT m.id FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id) WHERE m.status = 'ACTIVE' AND NOT u.path @> ARRAY[$1::uuid] ORDER BY m.id OFFSET $2 LIMIT 1`,
        [host.id, c % 50],
      );
      if (guest) rows.push([guest.id, "PRESENT", true]);
    }
    for (const [memberId, status, guest] of rows) {
      await q(`INSERT INTO activity_attendance (college_id, activity_id, member_id, status, is_guest) VALUES ($1, $2, $3, $4, $5)`, [
        ctx.collegeId,
        id,
        memberId,
        status,
        guest,
      ]);
    }
    return `${type} of ${host.path} on ${day}, ${minutes} min, ${hours} h (${integrity} integrity), ${rows.length} attendance rows`;
  },

  // Change an attended meeting: its hours, its date (by months: across months or years), its type,
  // its host (another unit), archive it, or delete it with its attendance.
  async "activity.update"(q, ctx, { a, b, c }) {
    const rows = await q(
      `SELECT a.id, a.held_on::text, a.type::text, a.education_hours::float8 AS hours, a.duration_minutes, ${UNIT_PATH("u")} AS host
         FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE ${IN_ROOT("u")} AND a.archived_at IS NULL AND a.held_on BETWEEN '2025-07-01' AND '2026-11-30' AND a.duration_minutes >= 60
          AND EXISTS (SELECT 1 FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'PRESENT')
        ORDER BY a.starts_at, a.topic, 6, a.id`,
      [ctx.root],
    );
    const act = nth(rows, a);
    if (!act) return skip("no activity");
    const what = `${act.type} of ${act.host} on ${act.held_on}`;
    const set = (assignments: string, ...params: unknown[]) =>
      q(`UPDATE activity SET ${assignments}, updated_at = now(), version = version + 1 WHERE id = $1`, [act.id, ...params]);
    switch (b % 6) {
      case 0: {
        const hours = act.hours > 0 ? 0 : Math.min(2, Math.floor(act.duration_minutes / 60));
        await set(`education_hours = $2, integrity_hours = least(integrity_hours, $2)`, hours);
        return `${what}: ${act.hours} → ${hours} h`;
      }
      case 1: {
        const months = [1, -1, 4, -4, 12, -9][c % 6];
        await set(`starts_at = starts_at + make_interval(months => $2), ends_at = ends_at + make_interval(months => $2)`, months);
        return `${what}: moved ${months} months`;
      }
      case 2: {
        const type = ACTIVITY_TYPES.filter((t) => t !== act.type)[c % (ACTIVITY_TYPES.length - 1)];
        await set(`type = $2`, type);
        return `${what}: now ${type}`;
      }
      case 3: {
        const host = nth(await units(q, { ...ctx, root: c % 2 ? ctx.root : ctx.collegeId }, ["BRANCH", "GENERAL_BRANCH", "GROUP"]), c)!;
        await set(`host_unit_id = $2`, host.id);
        return `${what}: now hosted by ${host.path}`;
      }
      case 4:
        await set(`archived_at = now(), archive_reason = '测试归档'`);
        return `${what}: archived`;
      default: {
        const deleted = await q(`DELETE FROM activity_attendance WHERE activity_id = $1 RETURNING id`, [act.id]);
        await q(`DELETE FROM activity WHERE id = $1 RETURNING id`, [act.id]);
        return `${what}: deleted with ${deleted.length} attendance rows`;
      }
    }
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
    if (!act) return skip("no attendance");
    if (b % 2 === 0) {
      const deleted = await q(`DELETE FROM activity_attendance WHERE activity_id = $1 RETURNING id`, [act.id]);
      return `all ${deleted.length} rows of the meeting of ${act.host} on ${act.held_on}`;
    }
    const present = await q(
      `SELECT t.id, m.name FROM activity_attendance t JOIN member m ON m.id = t.member_id WHERE t.activity_id = $1 AND t.status = 'PRESENT' ORDER BY t.member_id`,
      [act.id],
    );
    const row = nth(present, c)!;
    await q(`DELETE FROM activity_attendance WHERE id = $1`, [row.id]);
    return `${row.name} at the meeting of ${act.host} on ${act.held_on}`;
  },

  // Party-school sessions (REQUIRED_TRAINING) or other study hours.
  async "study.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return skip("no member");
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
    if (!d) return skip("no arrears");
    await q(
      `UPDATE dues_record SET amount_paid_fen = amount_due_fen, paid_on = month + 9, updated_at = now(), version = version + 1 WHERE id = $1`,
      [d.id],
    );
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
    if (!d) return skip("no payment");
    if (b % 2 === 0) {
      await q(`UPDATE dues_record SET amount_paid_fen = 0, paid_on = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [
        d.id,
      ]);
      return `${d.month} of ${d.name}: nothing paid`;
    }
    await q(`UPDATE dues_record SET amount_paid_fen = amount_paid_fen / 2, updated_at = now(), version = version + 1 WHERE id = $1`, [
      d.id,
    ]);
    return `${d.month} of ${d.name}: half paid`;
  },

  // A month not recorded yet for a member, paid or not.
  async "dues.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return skip("no member");
    const taken = new Set((await q(`SELECT to_char(month, 'YYYY-MM') AS m FROM dues_record WHERE member_id = $1`, [m.id])).map((r) => r.m));
    const free = MONTHS.filter((x) => !taken.has(x));
    const when = nth(free, c);
    if (!when) return skip(`no free month for ${m.name}`);
    const paid = b % 2 === 0;
    await q(
      `INSERT INTO dues_record (member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on) VALUES ($1, $2, $3, $4::date, 2000, $5, $6::date)`,
      [m.id, m.branch_id, ctx.collegeId, `${when}-01`, paid ? 2000 : 0, paid ? `${when}-10` : null],
    );
    return `${when} of ${m.name} (${m.branch}), ${paid ? "paid" : "unpaid"}`;
  },

  async "contact.insert"(q, ctx, { a, b, c }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return skip("no member");
    const [person] = await q(
      `SELECT p.id, p.name FROM person p WHERE p.college_id = $1 AND NOT EXISTS (SELECT 1 FROM mass_contact x WHERE x.member_id = $2 AND x.person_id = p.id AND x.until IS NULL)
        ORDER BY p.name, p.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, m.id, b % 100],
    );
    const since = date(c);
    await q(`INSERT INTO mass_contact (member_id, person_id, college_id, since) VALUES ($1, $2, $3, $4)`, [
      m.id,
      person.id,
      ctx.collegeId,
      since,
    ]);
    return `${m.name} (${m.branch}) with ${person.name} since ${since}`;
  },

  async "contact.close"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT x.id, x.since::text, m.name FROM mass_contact x JOIN member m ON m.id = x.member_id JOIN org_unit u ON u.id = m.branch_id
        WHERE ${IN_ROOT("u")} AND x.until IS NULL ORDER BY x.member_id, x.since, x.person_id`,
      [ctx.root],
    );
    const x = nth(rows, a);
    if (!x) return skip("no open contact");
    const [{ until }] = await q(
      `UPDATE mass_contact SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`,
      [x.id, date(c)],
    );
    return `${x.name}'s contact since ${x.since} until ${until}`;
  },

  // A member's thought report, a general branch's annual report, or the committee's yearly study.
  async "document.file"(q, ctx, { a, b, c }) {
    const filedOn = date(c);
    const kind = ["THOUGHT_REPORT", "GB_ANNUAL_REPORT", "COMMITTEE_STUDY"][b % 3];
    if (kind === "THOUGHT_REPORT") {
      const m = nth(await members(q, ctx), a);
      if (!m) return skip("no member");
      await q(
        `INSERT INTO filed_document (college_id, unit_id, member_id, kind, title, filed_on) VALUES ($1, $2, $3, $4, '思想汇报', $5)`,
        [ctx.collegeId, m.branch_id, m.id, kind, filedOn],
      );
      return `${kind} of ${m.name} (${m.branch}) on ${filedOn}`;
    }
    const unit = kind === "GB_ANNUAL_REPORT" ? nth(await units(q, ctx, ["GENERAL_BRANCH"]), a) : { id: ctx.collegeId, path: "党委" };
    if (!unit) return skip("no general branch");
    await q(`INSERT INTO filed_document (college_id, unit_id, kind, title, filed_on) VALUES ($1, $2, $3, '年度材料', $4)`, [
      ctx.collegeId,
      unit.id,
      kind,
      filedOn,
    ]);
    return `${kind} of ${unit.path} on ${filedOn}`;
  },

  // A transfer to another branch of the college (out of any party group).
  async "member.move"(q, ctx, { a, b }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return skip("no member");
    const targets = (await units(q, { ...ctx, root: b % 2 === 0 ? ctx.root : ctx.collegeId }, ["BRANCH"])).filter(
      (u) => u.id !== m.branch_id,
    );
    const to = nth(targets, b)!;
    await q(`UPDATE member SET branch_id = $2, group_id = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [m.id, to.id]);
    return `${m.name} from ${m.branch} to ${to.path}`;
  },

  async "member.flip"(q, ctx, { a, b }) {
    const m = nth(await members(q, ctx), a);
    if (!m) return skip("no member");
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
    if (!branch) return skip("no branch");
    const year = 2025 + (b % 2);
    const source = ["SCHOOL_PARTY_BUDGET", "DUES_REBATE", "OTHER"][c % 3];
    const fen = (1 + (c % 40)) * 1000;
    await q(`INSERT INTO fund_allocation (branch_id, college_id, year, amount_fen, source, allocated_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
      branch.id,
      ctx.collegeId,
      year,
      fen,
      source,
      `${year}-06-15`,
    ]);
    return `${fen} fen ${source} for ${branch.path} in ${year}`;
  },

  // A visit inside its assignment's span and the report's range, of the kind its rule counts.
  async "liaison.visit"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT l.id, l.kind, l.unit_id, ${UNIT_PATH("u")} AS unit FROM liaison_assignment l JOIN org_unit u ON u.id = l.unit_id
        WHERE ${IN_ROOT("u")} AND l.start_date <= '2026-08-31' AND (l.end_date IS NULL OR l.end_date >= '2025-09-01')
        ORDER BY 4, l.kind, l.start_date, l.leader_name, l.liaison_member_id, l.target_class_id, l.target_unit_id, l.id`,
      [ctx.root],
    );
    const l = nth(rows, a);
    if (!l) return skip("no assignment");
    // A teacher's home visits count for no rule: dorm visits do.
    const kind = l.kind === "TEACHER_TO_STUDENTS" ? "STUDENT_DORM_VISIT" : "LIAISON_VISIT";
    const [{ on }] = await q(
      `INSERT INTO liaison_visit (assignment_id, kind, visitor_name, unit_id, college_id, visited_on)
       SELECT id, $2, '走访人', unit_id, college_id, least(coalesce(end_date, '2026-08-31'), '2026-08-31', greatest(start_date, $3::date)) FROM liaison_assignment WHERE id = $1
       RETURNING visited_on::text AS on`,
      [l.id, kind, dateInRange(c)],
    );
    return `${kind} of a ${l.kind} assignment of ${l.unit} on ${on}`;
  },

  async "room.add"(q, ctx, { a, b, c }) {
    const unit = nth(await units(q, ctx, ["BRANCH", "GENERAL_BRANCH", "GROUP"]), a);
    if (!unit) return skip("no unit");
    const [room] = await q(
      `SELECT r.id, r.name, r.area::text FROM activity_room r WHERE r.college_id = $1 AND r.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM activity_room_user x WHERE x.room_id = r.id AND x.unit_id = $2 AND x.until IS NULL)
        ORDER BY r.name, r.area, r.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, unit.id, b % 30],
    );
    if (!room) return skip(`no free room for ${unit.path}`);
    const since = date(c);
    await q(`INSERT INTO activity_room_user (college_id, room_id, unit_id, since) VALUES ($1, $2, $3, $4)`, [
      ctx.collegeId,
      room.id,
      unit.id,
      since,
    ]);
    return `${room.name} (${room.area} m²) for ${unit.path} since ${since}`;
  },

  async "room.end"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT x.id, r.name, ${UNIT_PATH("u")} AS unit FROM activity_room_user x JOIN activity_room r ON r.id = x.room_id JOIN org_unit u ON u.id = x.unit_id
        WHERE ${IN_ROOT("u")} AND x.until IS NULL ORDER BY 3, r.name, x.since, x.id`,
      [ctx.root],
    );
    const x = nth(rows, a);
    if (!x) return skip("no room in use");
    const [{ until }] = await q(
      `UPDATE activity_room_user SET until = greatest(since, $2::date), version = version + 1 WHERE id = $1 RETURNING until::text`,
      [x.id, date(c)],
    );
    return `${x.name} of ${x.unit} until ${until}`;
  },

  async "recordBook.insert"(q, ctx, { a, b, c }) {
    const branch = nth(await units(q, ctx, ["BRANCH"]), a);
    if (!branch) return skip("no branch");
    const semesters = await q(
      `SELECT s.id, s.academic_year || ' ' || s.term AS name, s.ends_on::text FROM semester s
        WHERE s.college_id = $1 AND NOT EXISTS (SELECT 1 FROM record_book_hand_in h WHERE h.branch_id = $2 AND h.semester_id = s.id) ORDER BY s.starts_on`,
      [ctx.collegeId, branch.id],
    );
    const s = nth(semesters, b);
    if (!s) return skip(`every semester handed in by ${branch.path}`);
    const [{ on }] = await q(
      `INSERT INTO record_book_hand_in (college_id, branch_id, semester_id, handed_in_on, received_by) VALUES ($1, $2, $3, $4::date + $5::int, '组织部') RETURNING handed_in_on::text AS on`,
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
    if (!cp) return skip(`every seat has an allowance for ${year}`);
    const used = new Set(
      (
        await q(
          `SELECT post_kind::text AS k FROM party_work_allowance WHERE member_id = $1 AND unit_id = $2 AND year = $3 AND archived_at IS NULL`,
          [cp.member_id, cp.unit_id, year],
        )
      ).map((r) => r.k),
    );
    const kind = ["SECRETARY", "COMMITTEE_MEMBER", "GROUP_LEADER", "OTHER"].find((k) => !used.has(k));
    if (!kind) return skip("every post kind taken");
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
    if (!w) return skip("no award");
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

  // Coverage of lower grades: a class's only member leaves it, or a student joins an uncovered class.
  async "class.member"(q, ctx, { a, b, c }) {
    if (b % 2 === 0) {
      const rows = await q(
        `SELECT x.id, s.name, m.name AS member FROM class_member x JOIN student_class s ON s.id = x.class_id JOIN member m ON m.id = x.member_id
           JOIN org_unit u ON u.id = s.college_unit_id
          WHERE ${IN_ROOT("u")} AND x.until IS NULL AND NOT EXISTS (SELECT 1 FROM class_member y WHERE y.class_id = x.class_id AND y.until IS NULL AND y.id <> x.id)
          ORDER BY s.name, x.member_id`,
        [ctx.root],
      );
      const x = nth(rows, a);
      if (x) {
        const [{ until }] = await q(
          `UPDATE class_member SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`,
          [x.id, dateInRange(c)],
        );
        return `${x.member} leaves ${x.name} on ${until}`;
      }
    }
    const m = nth(
      await members(
        q,
        ctx,
        "m.category = 'STUDENT' AND NOT EXISTS (SELECT 1 FROM class_member x WHERE x.member_id = m.id AND x.until IS NULL)",
      ),
      a,
    );
    if (!m) return skip("no student outside a class");
    const classes = await q(
      `SELECT s.id, s.name FROM student_class s JOIN org_unit u ON u.id = s.college_unit_id
        WHERE ${IN_ROOT("u")} AND s.archived_at IS NULL ORDER BY EXISTS (SELECT 1 FROM class_member x WHERE x.class_id = s.id AND x.until IS NULL), s.name, s.id`,
      [ctx.root],
    );
    const cls = nth(classes, b % 3);
    if (!cls) return skip("no class");
    const since = dateInRange(c);
    await q(`INSERT INTO class_member (class_id, member_id, college_id, since) VALUES ($1, $2, $3, $4)`, [
      cls.id,
      m.id,
      ctx.collegeId,
      since,
    ]);
    return `${m.name} joins ${cls.name} on ${since}`;
  },

  // Coverage of upper grades: a class's only party group stops covering it, or a group starts covering an uncovered class.
  async "class.group"(q, ctx, { a, b, c }) {
    if (b % 2 === 0) {
      const rows = await q(
        `SELECT x.id, s.name, g.name AS grp FROM class_group x JOIN student_class s ON s.id = x.class_id JOIN org_unit g ON g.id = x.group_unit_id
          WHERE ${IN_ROOT("g")} AND x.until IS NULL AND NOT EXISTS (SELECT 1 FROM class_group y WHERE y.class_id = x.class_id AND y.until IS NULL AND y.id <> x.id)
          ORDER BY s.name, g.name, x.id`,
        [ctx.root],
      );
      const x = nth(rows, a);
      if (x) {
        const [{ until }] = await q(
          `UPDATE class_group SET until = greatest(since, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING until::text`,
          [x.id, dateInRange(c)],
        );
        return `${x.grp} stops covering ${x.name} on ${until}`;
      }
    }
    const group = nth(await units(q, ctx, ["GROUP"]), a);
    if (!group) return skip("no group");
    const [cls] = await q(
      `SELECT s.id, s.name FROM student_class s WHERE s.college_id = $1 AND s.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM class_group x WHERE x.class_id = s.id AND x.group_unit_id = $2 AND x.until IS NULL)
        ORDER BY EXISTS (SELECT 1 FROM class_group x WHERE x.class_id = s.id AND x.until IS NULL), s.grade_year, s.name, s.id OFFSET $3 LIMIT 1`,
      [ctx.collegeId, group.id, c % 5],
    );
    const since = dateInRange(c);
    await q(`INSERT INTO class_group (class_id, group_unit_id, college_id, since) VALUES ($1, $2, $3, $4)`, [
      cls.id,
      group.id,
      ctx.collegeId,
      since,
    ]);
    return `${group.path} covers ${cls.name} since ${since}`;
  },

  // Renames change findings' labels (and a branch's full name when it is its general branch's).
  async "unit.rename"(q, ctx, { a }) {
    const unit = nth(await units(q, ctx, ["GENERAL_BRANCH", "BRANCH"]), a);
    if (!unit) return skip("no unit");
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

  // Which months a branch kind's monthly meetings are exempt in.
  async "setting.vacation"(q, ctx, { a, b }) {
    const kind = ["STUDENT", "FACULTY", "STAFF", "RETIRED"][a % 4];
    const months = [[1, 2, 7, 8], [], [7, 8], [1, 2, 3, 7, 8, 12]][b % 4];
    await q(
      `INSERT INTO vacation_month_setting (college_id, branch_kind, months, set_by_label) VALUES ($1, $2, $3::int[], '测试')
       ON CONFLICT (college_id, branch_kind) DO UPDATE SET months = EXCLUDED.months, updated_at = now(), version = vacation_month_setting.version + 1`,
      [ctx.collegeId, kind, months],
    );
    return `${kind} vacation months {${months.join(",")}}`;
  },

  // A year's dues rebate share and whether retirees count as faculty for the fund floor.
  async "setting.funding"(q, ctx, { a, b, c }) {
    const year = 2025 + (a % 2);
    const share = [null, "0.3000", "0.5000", "0.8000"][b % 4];
    const retirees = c % 2 === 0;
    await q(
      `INSERT INTO funding_setting (college_id, year, rebate_share, retirees_as_faculty, set_by) VALUES ($1, $2, $3, $4, '测试')
       ON CONFLICT (college_id, year) DO UPDATE SET rebate_share = EXCLUDED.rebate_share, retirees_as_faculty = EXCLUDED.retirees_as_faculty,
              updated_at = now(), version = funding_setting.version + 1`,
      [ctx.collegeId, year, share, retirees],
    );
    return `${year}: rebate share ${share ?? "unset"}, retirees ${retirees ? "" : "not "}as faculty`;
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

  // A room is resized below or above the 20 m² floor, or archived.
  async "room.change"(q, ctx, { a, b }) {
    const room = nth(
      await q(`SELECT id, name, area::text FROM activity_room WHERE college_id = $1 AND archived_at IS NULL ORDER BY name, area, id`, [
        ctx.collegeId,
      ]),
      a,
    );
    if (!room) return skip("no room");
    if (b % 3 === 2) {
      await q(
        `UPDATE activity_room SET archived_at = now(), archive_reason = '测试', updated_at = now(), version = version + 1 WHERE id = $1`,
        [room.id],
      );
      return `${room.name} (${room.area} m²) archived`;
    }
    const area = b % 3 === 0 ? "12.50" : "36.00";
    await q(`UPDATE activity_room SET area = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [room.id, area]);
    return `${room.name}: ${room.area} → ${area} m²`;
  },

  // A committee seat starts (with no allowance yet: one more missing), or a seat lacking its 2026
  // allowance ends in 2025 (one fewer).
  async "seat.change"(q, ctx, { a, b, c }) {
    if (b % 3 !== 2) {
      const m = nth(await members(q, ctx), a);
      if (!m) return skip("no member");
      const since = dateInRange(c);
      await q(`INSERT INTO committee_position (unit_id, member_id, college_id, role, term_start) VALUES ($1, $2, $3, 'MEMBER', $4)`, [
        m.branch_id,
        m.id,
        ctx.collegeId,
        since,
      ]);
      return `${m.name} takes a MEMBER seat of ${m.branch} on ${since}`;
    }
    const rows = await q(
      `SELECT cp.id, cp.role::text, ${UNIT_PATH("u")} AS unit FROM committee_position cp JOIN org_unit u ON u.id = cp.unit_id
        WHERE ${IN_ROOT("u")} AND cp.ended_on IS NULL AND cp.term_start <= '2025-09-01'
          AND NOT EXISTS (SELECT 1 FROM party_work_allowance x WHERE x.archived_at IS NULL AND x.year = 2026
                           AND (x.committee_position_id = cp.id OR (x.committee_position_id IS NULL AND x.member_id = cp.member_id AND x.unit_id = cp.unit_id)))
        ORDER BY 3, cp.role, cp.member_id, cp.term_start, cp.id`,
      [ctx.root],
    );
    const cp = nth(rows, a);
    if (!cp) return skip("no seat without a 2026 allowance");
    const ended = `2025-${String(9 + (c % 4)).padStart(2, "0")}-15`;
    await q(`UPDATE committee_position SET ended_on = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [cp.id, ended]);
    return `the ${cp.role} seat of ${cp.unit} ends on ${ended}`;
  },

  // A class changes grade year (upper or lower grades need different coverage), is renamed, or archived.
  async "class.change"(q, ctx, { a, b }) {
    const cls = nth(
      await q(
        `SELECT s.id, s.name, s.grade_year FROM student_class s JOIN org_unit u ON u.id = s.college_unit_id WHERE ${IN_ROOT("u")} AND s.archived_at IS NULL ORDER BY s.name, s.id`,
        [ctx.root],
      ),
      a,
    );
    if (!cls) return skip("no class");
    if (b % 3 === 0) {
      await q(`UPDATE student_class SET grade_year = grade_year - 1, updated_at = now(), version = version + 1 WHERE id = $1`, [cls.id]);
      return `${cls.name}: grade ${cls.grade_year} → ${cls.grade_year - 1}`;
    }
    if (b % 3 === 1) {
      await q(`UPDATE student_class SET name = name || '甲', updated_at = now(), version = version + 1 WHERE id = $1`, [cls.id]);
      return `${cls.name} renamed ${cls.name}甲`;
    }
    await q(
      `UPDATE student_class SET archived_at = now(), archive_reason = '测试', updated_at = now(), version = version + 1 WHERE id = $1`,
      [cls.id],
    );
    return `${cls.name} archived`;
  },

  async "liaison.end"(q, ctx, { a, c }) {
    const rows = await q(
      `SELECT l.id, l.kind::text, l.start_date::text, ${UNIT_PATH("u")} AS unit FROM liaison_assignment l JOIN org_unit u ON u.id = l.unit_id
        WHERE ${IN_ROOT("u")} AND l.end_date IS NULL ORDER BY 4, l.kind, l.start_date, l.leader_name, l.liaison_member_id, l.id`,
      [ctx.root],
    );
    const l = nth(rows, a);
    if (!l) return skip("no open assignment");
    const [{ ended }] = await q(
      `UPDATE liaison_assignment SET end_date = greatest(start_date, $2::date), updated_at = now(), version = version + 1 WHERE id = $1 RETURNING end_date::text AS ended`,
      [l.id, dateInRange(c)],
    );
    return `a ${l.kind} assignment of ${l.unit} ends on ${ended}`;
  },

  // A term of the report's range starts or ends a week later or earlier (semester periods move).
  async "semester.shift"(q, ctx, { a, b }) {
    const [term] = await q(
      `SELECT id, academic_year || ' ' || term AS name FROM semester WHERE college_id = $1 AND starts_on <= '2026-08-31' AND ends_on >= '2025-09-01' ORDER BY starts_on OFFSET $2 LIMIT 1`,
      [ctx.collegeId, a % 2],
    );
    const days = b % 2 === 0 ? 7 : -7;
    const column = (a >> 1) % 2 === 0 ? "starts_on" : "ends_on";
    await q(`UPDATE semester SET ${column} = ${column} + $2::int, updated_at = now(), version = version + 1 WHERE id = $1`, [
      term.id,
      days,
    ]);
    return `${term.name}: ${column} ${days > 0 ? "+" : ""}${days} days`;
  },
};
