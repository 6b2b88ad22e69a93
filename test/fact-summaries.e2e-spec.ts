import fc from "fast-check";
import { educationHoursOfMembers } from "../api/src/activity/education-hours.query";
import { FactSummaries1764600000000 } from "../migrations/1764600000000-fact-summaries";
import { unitsByFullName } from "./support/fixtures";
import type {
  ArchiveActivityInput,
  SetActivityAttendanceInput,
  SummaryCreateActivityMutation,
  UpdateActivityInput,
  UpdateFiledDocumentInput,
} from "./support/generated/graphql";
import {
  SummaryAdjustDues,
  SummaryArchiveActivity,
  SummaryArchiveFiledDocument,
  SummaryArchiveStudyRecord,
  SummaryCreateActivity,
  SummaryCreateMember,
  SummaryCreateStudyRecord,
  SummaryFileDocument,
  SummaryRecordBranchDues,
  SummaryRecordDues,
  SummarySetActivityAttendance,
  SummaryUpdateActivity,
  SummaryUpdateFiledDocument,
  SummaryUpdateStudyRecord,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * The yearly fact summaries (member_year_credit, member_year_dues, branch_year_dues,
 * member_year_reports) are kept by triggers; after every write they must equal their `_source`
 * views. A summary keeps a row at zero when its sources go away, and a view has a zero row for,
 * say, attendance at a 0-hour activity: rows that are all zero read as nothing, so they are left
 * out on both sides.
 */
const SUMMARIES = [
  {
    table: "member_year_credit",
    keys: ["member_id", "year"],
    values: ["activity_hours", "study_hours", "integrity_hours", "party_school_sessions"],
  },
  { table: "member_year_dues", keys: ["member_id", "year"], values: ["recorded_mask", "paid_mask"] },
  { table: "branch_year_dues", keys: ["branch_id", "year"], values: ["collected_fen"] },
  { table: "member_year_reports", keys: ["member_id", "year"], values: ["thought_reports"] },
];

/** A DataSource or a QueryRunner (which sees its own open transaction). */
type Db = { query(sql: string, params?: unknown[]): Promise<any> };

/** Non-zero rows of every summary (or of its view), in key order. */
async function summaryRows(db: Db, suffix = ""): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const s of SUMMARIES) {
    const columns = [...s.keys, "college_id", ...s.values].join(", ");
    out[s.table] = await db.query(
      `SELECT ${columns} FROM ${s.table}${suffix} WHERE ${s.values.map((v) => `${v} <> 0`).join(" OR ")} ORDER BY ${s.keys.join(", ")}`,
    );
  }
  return out;
}

/** Each member's first recorded dues month (year × 12 + month − 1) as kept on the member row, or from the dues records themselves. */
async function firstDuesMonths(db: Db, fromScratch = false): Promise<unknown[]> {
  return fromScratch
    ? db.query(`SELECT member_id AS id, min(extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) AS first
                  FROM dues_record GROUP BY member_id ORDER BY member_id`)
    : db.query(`SELECT id, dues_first_index AS first FROM member WHERE dues_first_index IS NOT NULL ORDER BY id`);
}

async function expectExact(db: Db, context: unknown = null): Promise<void> {
  expect({ context, rows: await summaryRows(db) }).toEqual({ context, rows: await summaryRows(db, "_source") });
  expect({ context, firstDuesMonths: await firstDuesMonths(db) }).toEqual({ context, firstDuesMonths: await firstDuesMonths(db, true) });
}

const NO_CREDIT = { activity_hours: "0.00", study_hours: "0.00", integrity_hours: "0.00", party_school_sessions: 0 };

async function credit(db: Db, memberId: string, year: number) {
  const [row] = await db.query(
    `SELECT activity_hours, study_hours, integrity_hours, party_school_sessions FROM member_year_credit WHERE member_id = $1 AND year = $2`,
    [memberId, year],
  );
  return row ?? NO_CREDIT;
}

describe("yearly fact summaries kept by triggers", () => {
  let app: TestApp;
  let units: Awaited<ReturnType<typeof unitsByFullName>>;
  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  describe("through the GraphQL API", () => {
    let branchId: string;
    let [a, b, c, guest] = ["", "", "", ""];
    let activity: { id: string; version: number };

    const createMember = async (branch: string, name: string) =>
      accepted(
        (
          await app.ok(SummaryCreateMember, {
            input: { name, gender: "FEMALE", category: "STUDENT", standing: "FULL", branchId: branch },
          })
        ).createMember,
      ).id;
    /** The activity as a change answered it: one version on. */
    const changed = (answer: SummaryCreateActivityMutation["createActivity"]) => {
      expect(answer).toHaveProperty("version", activity.version + 1);
      activity = accepted(answer);
      return accepted(answer);
    };
    const setAttendance = async (input: Omit<SetActivityAttendanceInput, "activityId" | "version">) =>
      changed(
        (await app.ok(SummarySetActivityAttendance, { input: { ...input, activityId: activity.id, version: activity.version } }))
          .setActivityAttendance,
      );
    const updateActivity = async (input: Omit<UpdateActivityInput, "id" | "version">) =>
      changed((await app.ok(SummaryUpdateActivity, { input: { ...input, id: activity.id, version: activity.version } })).updateActivity);
    const archiveActivity = async (input: Omit<ArchiveActivityInput, "id" | "version">) =>
      changed((await app.ok(SummaryArchiveActivity, { input: { ...input, id: activity.id, version: activity.version } })).archiveActivity);

    beforeAll(async () => {
      branchId = units["管理工程学院学生支部"].id;
      [a, b, c] = [await createMember(branchId, "甲"), await createMember(branchId, "乙"), await createMember(branchId, "丙")];
      guest = await createMember(units["自动化学院学生支部"].id, "列席者");
    });

    it("credits PRESENT attendance (guests too) in the Beijing year the activity was held", async () => {
      const created = await app.ok(SummaryCreateActivity, {
        input: {
          hostUnitId: branchId,
          type: "ORGANISATIONAL_LIFE",
          topic: "跨年组织生活会",
          place: "实训楼 305",
          startsAt: "2025-12-31T14:00:00Z",
          endsAt: "2025-12-31T15:30:00Z", // 22:00–23:30 Beijing
          educationHours: "1.5",
          integrityHours: "0.5",
          attendance: [
            { memberId: a, status: "PRESENT" },
            { memberId: b, status: "PRESENT" },
            { memberId: c, status: "ABSENT" },
            { memberId: guest, status: "PRESENT", isGuest: true },
          ],
        },
      });
      activity = accepted(created.createActivity);
      expect(accepted(created.createActivity).heldOn).toBe("2025-12-31");
      await app.ok(SummaryCreateActivity, {
        input: {
          hostUnitId: branchId,
          type: "PARTY_LECTURE",
          topic: "十一月党课",
          place: "图书馆报告厅",
          startsAt: "2025-11-10T06:00:00Z",
          endsAt: "2025-11-10T08:00:00Z",
          educationHours: "2",
          attendance: [{ memberId: a, status: "PRESENT" }],
        },
      });
      await expectExact(app.dataSource);
      expect(await credit(app.dataSource, a, 2025)).toEqual({
        activity_hours: "3.50",
        study_hours: "0.00",
        integrity_hours: "0.50",
        party_school_sessions: 0,
      });
      expect((await credit(app.dataSource, guest, 2025)).activity_hours).toBe("1.50");
      expect(await credit(app.dataSource, c, 2025)).toEqual(NO_CREDIT);
    });

    it("follows attendance changes: a dropped row is deleted, a status change moves the credit", async () => {
      await setAttendance({
        attendance: [
          { memberId: a, status: "PRESENT" },
          { memberId: c, status: "PRESENT" },
          { memberId: guest, status: "EXCUSED", reason: "外出实习", isGuest: true },
        ],
      });
      expect(
        await app.dataSource.query(`SELECT 1 FROM activity_attendance WHERE activity_id = $1 AND member_id = $2`, [activity.id, b]),
      ).toEqual([]);
      await expectExact(app.dataSource);
      expect((await credit(app.dataSource, b, 2025)).activity_hours).toBe("0.00");
      expect((await credit(app.dataSource, c, 2025)).activity_hours).toBe("1.50");
      expect((await credit(app.dataSource, guest, 2025)).activity_hours).toBe("0.00");
    });

    it("moves credit when an activity's hours change and when it moves across New Year, and drops it when archived", async () => {
      await updateActivity({ educationHours: "1", integrityHours: "0.25" });
      await expectExact(app.dataSource);
      expect(await credit(app.dataSource, a, 2025)).toMatchObject({ activity_hours: "3.00", integrity_hours: "0.25" });

      // 00:30 Beijing on 1 January: the same evening an hour later is next year's credit.
      const moved = await updateActivity({ startsAt: "2025-12-31T16:30:00Z", endsAt: "2025-12-31T18:00:00Z" });
      expect(moved.heldOn).toBe("2026-01-01");
      await expectExact(app.dataSource);
      expect(await credit(app.dataSource, a, 2025)).toMatchObject({ activity_hours: "2.00", integrity_hours: "0.00" });
      expect(await credit(app.dataSource, a, 2026)).toMatchObject({ activity_hours: "1.00", integrity_hours: "0.25" });
      expect(await credit(app.dataSource, c, 2025)).toMatchObject({ activity_hours: "0.00" });
      expect(await credit(app.dataSource, c, 2026)).toMatchObject({ activity_hours: "1.00" });

      await archiveActivity({ reason: "重复登记" });
      await expectExact(app.dataSource);
      expect((await credit(app.dataSource, a, 2026)).activity_hours).toBe("0.00");
      expect((await credit(app.dataSource, a, 2025)).activity_hours).toBe("2.00");
    });

    it("counts study records by study date, kind and archiving", async () => {
      const created = await app.ok(SummaryCreateStudyRecord, {
        input: { memberId: a, kind: "PARTY_SCHOOL", studiedOn: "2025-06-01", title: "党校培训班", hours: "3", integrityHours: "1" },
      });
      let record = created.createStudyRecord;
      await expectExact(app.dataSource);
      expect(await credit(app.dataSource, a, 2025)).toEqual({
        activity_hours: "2.00",
        study_hours: "3.00",
        integrity_hours: "1.00",
        party_school_sessions: 1,
      });

      const updated = await app.ok(SummaryUpdateStudyRecord, {
        input: {
          id: record.id,
          version: record.version,
          studiedOn: "2026-01-05",
          kind: "ONLINE_COURSE",
          hours: "2.5",
          integrityHours: "0.5",
        },
      });
      record = accepted(updated.updateStudyRecord);
      await expectExact(app.dataSource);
      expect(await credit(app.dataSource, a, 2025)).toEqual({
        activity_hours: "2.00",
        study_hours: "0.00",
        integrity_hours: "0.00",
        party_school_sessions: 0,
      });
      expect(await credit(app.dataSource, a, 2026)).toEqual({
        activity_hours: "0.00",
        study_hours: "2.50",
        integrity_hours: "0.50",
        party_school_sessions: 0,
      });

      await app.ok(SummaryArchiveStudyRecord, {
        input: { id: record.id, version: record.version, reason: "录入错误" },
      });
      await expectExact(app.dataSource);
      expect((await credit(app.dataSource, a, 2026)).study_hours).toBe("0.00");
    });

    it("gives the same hours as the activity area's education-hours query", async () => {
      for (const year of [2025, 2026]) {
        const rows = await educationHoursOfMembers(app.dataSource.manager, [a, b, c, guest], `${year}-01-01`, `${year}-12-31`);
        for (const row of rows) {
          const summary = await credit(app.dataSource, row.memberId, year);
          expect([Number(summary.activity_hours), Number(summary.study_hours), Number(summary.integrity_hours)]).toEqual([
            Number(row.activityHours),
            Number(row.studyHours),
            Number(row.integrityHours),
          ]);
        }
      }
    });

    it("keeps month bits per member and collected dues per branch and payment year", async () => {
      const dues = async (memberId: string, year: number) =>
        (
          await app.dataSource.query(`SELECT recorded_mask, paid_mask FROM member_year_dues WHERE member_id = $1 AND year = $2`, [
            memberId,
            year,
          ])
        )[0];
      const collected = async (year: number) =>
        (await app.dataSource.query(`SELECT collected_fen FROM branch_year_dues WHERE branch_id = $1 AND year = $2`, [branchId, year]))[0]
          ?.collected_fen ?? "0";

      const december = accepted(
        (
          await app.ok(SummaryRecordDues, {
            input: { memberId: a, month: "2025-12", amountDue: "10.00" },
          })
        ).recordDues,
      );
      await expectExact(app.dataSource);
      expect(await dues(a, 2025)).toEqual({ recorded_mask: 1 << 11, paid_mask: 0 });

      await app.ok(SummaryRecordBranchDues, {
        input: {
          branchId,
          month: "2026-01",
          rows: [
            { memberId: a, amountDue: "10.00", amountPaid: "10.00", paidOn: "2026-01-15" },
            { memberId: b, amountDue: "10.00" },
          ],
        },
      });
      await expectExact(app.dataSource);
      expect(await dues(a, 2026)).toEqual({ recorded_mask: 1, paid_mask: 1 });
      expect(await dues(b, 2026)).toEqual({ recorded_mask: 1, paid_mask: 0 });
      expect(await collected(2026)).toBe("1000");

      // December's dues paid in February count for the branch in 2026, and for the member in December 2025.
      const paid = accepted(
        (
          await app.ok(SummaryAdjustDues, {
            input: { id: december.id, version: december.version, amountPaid: "10.00", paidOn: "2026-02-01" },
          })
        ).adjustDues,
      );
      await expectExact(app.dataSource);
      expect(await dues(a, 2025)).toEqual({ recorded_mask: 1 << 11, paid_mask: 1 << 11 });
      expect([await collected(2025), await collected(2026)]).toEqual(["0", "2000"]);

      await app.ok(SummaryAdjustDues, {
        input: { id: paid.id, version: paid.version, amountDue: "12.00" },
      });
      await expectExact(app.dataSource);
      expect(await dues(a, 2025)).toEqual({ recorded_mask: 1 << 11, paid_mask: 0 });
      expect(await collected(2026)).toBe("2000");
    });

    it("counts live thought reports per member and filing year: a new title moves nothing, a new date moves the count, archiving drops it", async () => {
      const reports = async () =>
        Object.fromEntries(
          (
            await app.dataSource.query(
              `SELECT member_id, year, thought_reports FROM member_year_reports WHERE member_id = ANY($1) AND thought_reports <> 0`,
              [[a, b]],
            )
          ).map((r: { member_id: string; year: number; thought_reports: number }) => [
            `${r.member_id === a ? "a" : "b"}${r.year}`,
            r.thought_reports,
          ]),
        );
      const file = async (memberId: string, filedOn: string) =>
        accepted(
          (
            await app.ok(SummaryFileDocument, {
              input: { kind: "THOUGHT_REPORT", memberId, title: "思想汇报", filedOn },
            })
          ).fileDocument,
        );
      const update = async (document: { id: string; version: number }, input: Omit<UpdateFiledDocumentInput, "id" | "version">) => {
        const data = await app.ok(SummaryUpdateFiledDocument, {
          input: { id: document.id, version: document.version, ...input },
        });
        expect(data.updateFiledDocument).toHaveProperty("version", document.version + 1);
        return accepted(data.updateFiledDocument);
      };

      let report = await file(a, "2025-12-31");
      await file(a, "2025-06-01");
      await file(b, "2026-01-01");
      // A document of another kind has no member and counts for no one.
      await app.ok(SummaryFileDocument, {
        input: { kind: "DEV_PLAN", unitId: branchId, title: "党员培养发展计划", filedOn: "2025-12-31" },
      });
      await expectExact(app.dataSource);
      expect(await reports()).toEqual({ a2025: 2, b2026: 1 });

      report = await update(report, { title: "第四季度思想汇报", receivedBy: "组织员" });
      await expectExact(app.dataSource);
      expect(await reports()).toEqual({ a2025: 2, b2026: 1 });

      // Filed a day later is next year's report.
      report = await update(report, { filedOn: "2026-01-01" });
      await expectExact(app.dataSource);
      expect(await reports()).toEqual({ a2025: 1, a2026: 1, b2026: 1 });

      await app.ok(SummaryArchiveFiledDocument, {
        input: { id: report.id, version: report.version, reason: "重复登记" },
      });
      await expectExact(app.dataSource);
      expect(await reports()).toEqual({ a2025: 1, b2026: 1 });
    });
  });

  describe("straight SQL", () => {
    const MEMBERS = 6;
    const ACTIVITIES = 5;
    /** Deterministic ids, so "the k-th row" picks the same row on every run. */
    const uuid = (kind: number, n: number) => `00000000-0000-4000-8${String(kind).padStart(3, "0")}-${n.toString(16).padStart(12, "0")}`;
    const member = (i: number) => uuid(1, i);
    const activityId = (i: number) => uuid(2, i);
    let nextId = 0;

    beforeAll(async () => {
      const [x, y] = [units["机关一支部"].id, units["机关二支部"].id];
      await app.dataSource.query(
        `INSERT INTO member (id, name, gender, category, standing, branch_id, college_id)
         SELECT m.id, '随机' || m.n, 'MALE', 'FACULTY', 'FULL', u.id, u.college_id
           FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS m(id, branch, n) JOIN org_unit u ON u.id = m.branch`,
        [Array.from({ length: MEMBERS }, (_, i) => member(i)), Array.from({ length: MEMBERS }, (_, i) => (i < 4 ? x : y))],
      );
      // Three-hour activities from 18:00 on 31 December 2025 Beijing time, four hours apart: around New Year.
      await app.dataSource.query(
        `INSERT INTO activity (id, college_id, host_unit_id, type, starts_at, ends_at, place, topic, education_hours, integrity_hours)
         SELECT a.id, u.college_id, u.id, 'ORGANISATIONAL_LIFE', s.t, s.t + interval '3 hours', '会议室', '随机活动' || a.n, least(a.n * 0.75, 3), 0.25
           FROM unnest($1::uuid[]) WITH ORDINALITY AS a(id, n) JOIN org_unit u ON u.id = $2
          CROSS JOIN LATERAL (SELECT timestamptz '2025-12-31 10:00+00' + (a.n - 1) * interval '4 hours' AS t) s`,
        [Array.from({ length: ACTIVITIES }, (_, i) => activityId(i)), x],
      );
    });

    const memberIx = fc.nat({ max: MEMBERS - 1 });
    const activityIx = fc.nat({ max: ACTIVITIES - 1 });
    const activitySet = fc.uniqueArray(activityIx, { minLength: 1, maxLength: 3 });
    const status = fc.constantFrom("PRESENT", "ABSENT", "EXCUSED");
    const kind = fc.constantFrom("ONLINE_COURSE", "PARTY_SCHOOL", "SELF_STUDY", "OTHER");
    const pick = fc.nat();
    const count = fc.integer({ min: 1, max: 3 });
    const percent = fc.integer({ min: 0, max: 100 });
    const payment = fc.constantFrom("none", "part", "full", "over");
    const otherDocument = fc.constantFrom("GB_ANNUAL_REPORT", "JOINT_MEETING_RULES", "DEV_PLAN", "COMMITTEE_STUDY");
    /** What an edit changes in a report: mostly one column, so that a trigger missing any one of them is seen. */
    const reportChange = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom("member", "filedOn", "archived", "title") },
      { weight: 1, arbitrary: fc.subarray(["member", "filedOn", "archived", "title"], { minLength: 2 }).map((c) => c.join(",")) },
    );
    /** Rarely true: archiving is the exception. */
    const seldom = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
    // Weighted so that rows accumulate: more inserts than deletes, more unarchiving than archiving.
    const step = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant("attend"),
          activity: activityIx,
          rows: fc.uniqueArray(fc.record({ member: memberIx, status }), { minLength: 1, maxLength: 4, selector: (r) => r.member }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ op: fc.constant("setStatus"), pick, count, status }) },
      // A guest's attendance awaiting confirmation credits nothing; confirming it credits it (migration guest-attendance-confirmation).
      { weight: 2, arbitrary: fc.record({ op: fc.constant("confirm"), pick, count, confirmed: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("moveAttendance"), pick, member: memberIx, activity: activityIx }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("unattend"), pick, count }) },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant("activityHours"),
          activities: activitySet,
          hundredths: fc.integer({ min: 0, max: 300 }),
          integrity: percent,
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ op: fc.constant("shiftActivity"), activities: activitySet, hours: fc.integer({ min: -40, max: 40 }) }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("archiveActivity"), activities: activitySet, archived: seldom }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("retitleActivity"), activities: activitySet }) },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant("study"),
          rows: fc.array(
            fc.record({
              member: memberIx,
              kind,
              day: fc.integer({ min: -15, max: 15 }),
              hundredths: fc.integer({ min: 1, max: 400 }),
              integrity: percent,
              archived: seldom,
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant("editStudy"),
          pick,
          count,
          member: fc.option(memberIx),
          kind: fc.option(kind),
          days: fc.option(fc.integer({ min: -20, max: 20 })),
          hundredths: fc.option(fc.integer({ min: 1, max: 400 })),
          archived: fc.option(seldom),
        }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("dropStudy"), pick, count }) },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant("report"),
          rows: fc.array(fc.record({ member: memberIx, day: fc.integer({ min: -15, max: 15 }), archived: seldom }), {
            minLength: 1,
            maxLength: 3,
          }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant("editReport"),
          pick,
          rows: fc.array(fc.record({ change: reportChange, member: memberIx, day: fc.nat({ max: 15 }) }), { minLength: 1, maxLength: 4 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("retypeReport"), pick, count, member: memberIx, kind: otherDocument }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("dropReport"), pick, count }) },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant("dues"),
          rows: fc.uniqueArray(
            fc.record({
              member: memberIx,
              month: fc.nat({ max: 23 }),
              due: fc.integer({ min: 0, max: 3000 }),
              payment,
              payDay: fc.nat({ max: 60 }),
            }),
            { minLength: 1, maxLength: 4, selector: (r) => `${r.member}-${r.month}` },
          ),
        }),
      },
      { weight: 2, arbitrary: fc.record({ op: fc.constant("pay"), pick, count, payment, payDay: fc.nat({ max: 60 }) }) },
      {
        weight: 1,
        arbitrary: fc.record({ op: fc.constant("moveDues"), pick, member: memberIx, months: fc.integer({ min: -13, max: 13 }) }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("dropDues"), pick, count }) },
    );
    type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
    /** Mostly single statements; some 2–3 statement transactions, committed or rolled back. */
    const program = fc.array(
      fc.oneof(
        { weight: 4, arbitrary: step.map((s) => ({ steps: [s], commit: true })) },
        { weight: 1, arbitrary: fc.record({ steps: fc.array(step, { minLength: 2, maxLength: 3 }), commit: fc.boolean() }) },
      ),
      { minLength: 150, maxLength: 150 },
    );

    /** Ids of `n` consecutive rows from position `k` (wrapping), in a fixed order. */
    async function rowsAt(db: Db, table: string, order: string, k: number, n: number): Promise<string[]> {
      const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM ${table}`);
      if (!total) return [];
      return (await db.query(`SELECT id FROM ${table} ORDER BY ${order} OFFSET $1 LIMIT $2`, [k % total, n])).map(
        (r: { id: string }) => r.id,
      );
    }
    const paidFor = (due: number, p: string) => ({ none: 0, part: Math.floor(due / 2), full: due, over: due + 100 })[p]!;

    /** Runs one step as one statement; returns the rows it changed. */
    async function run(db: Db, s: Step): Promise<number> {
      const q = async (sql: string, params: unknown[]) => {
        const result = await db.query(sql, params);
        return Array.isArray(result) && typeof result[1] === "number" ? result[1] : Array.isArray(result) ? result.length : 0;
      };
      const ATTENDANCE_ORDER = "activity_id, member_id";
      const DOCUMENT_ORDER = "created_at, id"; // the API test's documents have random ids: they come first
      switch (s.op) {
        case "attend":
          return q(
            `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, reason)
             SELECT a.college_id, a.id, r.member, r.status::attendance_status, CASE WHEN r.status = 'EXCUSED' THEN '请假' END
               FROM unnest($2::uuid[], $3::text[]) AS r(member, status) JOIN activity a ON a.id = $1
             ON CONFLICT (activity_id, member_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason RETURNING 1`,
            [activityId(s.activity), s.rows.map((r) => member(r.member)), s.rows.map((r) => r.status)],
          );
        case "setStatus":
          return q(
            `UPDATE activity_attendance SET status = $2::text::attendance_status, reason = CASE WHEN $2::text = 'EXCUSED' THEN '请假' END WHERE id = ANY($1)`,
            [await rowsAt(db, "activity_attendance", ATTENDANCE_ORDER, s.pick, s.count), s.status],
          );
        case "confirm":
          return q(`UPDATE activity_attendance SET confirmed_at = CASE WHEN $2 THEN now() END WHERE id = ANY($1)`, [
            await rowsAt(db, "activity_attendance", ATTENDANCE_ORDER, s.pick, s.count),
            s.confirmed,
          ]);
        case "moveAttendance":
          return q(
            `UPDATE activity_attendance SET member_id = $2, activity_id = $3
              WHERE id = ANY($1) AND NOT EXISTS (SELECT 1 FROM activity_attendance WHERE member_id = $2 AND activity_id = $3)`,
            [await rowsAt(db, "activity_attendance", ATTENDANCE_ORDER, s.pick, 1), member(s.member), activityId(s.activity)],
          );
        case "unattend":
          return q(`DELETE FROM activity_attendance WHERE id = ANY($1)`, [
            await rowsAt(db, "activity_attendance", ATTENDANCE_ORDER, s.pick, s.count),
          ]);
        case "activityHours": // every activity lasts three hours: up to 3 education hours, integrity a share of them
          return q(
            `UPDATE activity SET education_hours = $2 / 100.0, integrity_hours = round($2 * $3 / 100.0) / 100.0 WHERE id = ANY($1)`,
            [s.activities.map(activityId), s.hundredths, s.integrity],
          );
        case "shiftActivity":
          return q(
            `UPDATE activity SET starts_at = starts_at + make_interval(hours => $2), ends_at = ends_at + make_interval(hours => $2) WHERE id = ANY($1)`,
            [s.activities.map(activityId), s.hours],
          );
        case "archiveActivity":
          return q(
            `UPDATE activity SET archived_at = CASE WHEN $2 THEN now() END, archive_reason = CASE WHEN $2 THEN '测试' END WHERE id = ANY($1)`,
            [s.activities.map(activityId), s.archived],
          );
        case "retitleActivity": // touches no counted column
          return q(`UPDATE activity SET topic = topic || '·', version = version + 1 WHERE id = ANY($1)`, [s.activities.map(activityId)]);
        case "study":
          return q(
            `INSERT INTO study_record (id, college_id, member_id, kind, studied_on, title, hours, integrity_hours, archived_at)
             SELECT r.id, m.college_id, m.id, r.kind::study_kind, date '2025-12-31' + r.day, '学习', r.h / 100.0, round(r.h * r.pct / 100.0) / 100.0,
                    CASE WHEN r.archived THEN now() END
               FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::int[], $7::boolean[]) AS r(id, member, kind, day, h, pct, archived)
               JOIN member m ON m.id = r.member RETURNING 1`,
            [
              s.rows.map(() => uuid(3, ++nextId)),
              s.rows.map((r) => member(r.member)),
              s.rows.map((r) => r.kind),
              s.rows.map((r) => r.day),
              s.rows.map((r) => r.hundredths),
              s.rows.map((r) => r.integrity),
              s.rows.map((r) => r.archived),
            ],
          );
        case "editStudy": {
          const sets = [
            s.member !== null && `member_id = '${member(s.member)}'`,
            s.kind !== null && `kind = '${s.kind}'`,
            s.days !== null && `studied_on = studied_on + ${s.days}`,
            s.hundredths !== null && `hours = ${s.hundredths / 100}, integrity_hours = least(integrity_hours, ${s.hundredths / 100})`,
            s.archived !== null && `archived_at = ${s.archived ? "now()" : "NULL"}`,
          ].filter(Boolean);
          return q(`UPDATE study_record SET ${sets.length ? sets.join(", ") : "title = title || '·'"} WHERE id = ANY($1)`, [
            await rowsAt(db, "study_record", "id", s.pick, s.count),
          ]);
        }
        case "dropStudy":
          return q(`DELETE FROM study_record WHERE id = ANY($1)`, [await rowsAt(db, "study_record", "id", s.pick, s.count)]);
        case "report": // filed at the member's branch, around New Year
          return q(
            `INSERT INTO filed_document (id, college_id, unit_id, member_id, kind, title, filed_on, archived_at, archive_reason)
             SELECT r.id, m.college_id, m.branch_id, m.id, 'THOUGHT_REPORT', '思想汇报', date '2025-12-31' + r.day,
                    CASE WHEN r.archived THEN now() END, CASE WHEN r.archived THEN '测试' END
               FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::boolean[]) AS r(id, member, day, archived)
               JOIN member m ON m.id = r.member RETURNING 1`,
            [
              s.rows.map(() => uuid(5, ++nextId)),
              s.rows.map((r) => member(r.member)),
              s.rows.map((r) => r.day),
              s.rows.map((r) => r.archived),
            ],
          );
        case "editReport": {
          // Thought reports (retypeReport changes the others), each its own change: another member, a day on the other side of
          // New Year, (un)archived, or a new title, which counts for nothing.
          const ids = await rowsAt(db, "filed_document WHERE kind = 'THOUGHT_REPORT'", DOCUMENT_ORDER, s.pick, s.rows.length);
          const edits = s.rows.slice(0, ids.length);
          return q(
            `UPDATE filed_document d
                SET member_id = CASE WHEN 'member' = ANY(e.change) THEN e.member ELSE d.member_id END,
                    filed_on = CASE WHEN 'filedOn' <> ALL(e.change) THEN d.filed_on WHEN d.filed_on < '2026-01-01' THEN date '2026-01-01' + e.day ELSE date '2025-12-31' - e.day END,
                    archived_at = CASE WHEN 'archived' <> ALL(e.change) THEN d.archived_at WHEN d.archived_at IS NULL THEN now() END,
                    archive_reason = CASE WHEN 'archived' <> ALL(e.change) THEN d.archive_reason WHEN d.archived_at IS NULL THEN '测试' END,
                    title = CASE WHEN 'title' = ANY(e.change) THEN d.title || '·' ELSE d.title END
               FROM (SELECT id, string_to_array(change, ',') AS change, member, day FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[]) AS u(id, change, member, day)) e
              WHERE d.id = e.id`,
            [ids, edits.map((e) => e.change), edits.map((e) => member(e.member)), edits.map((e) => e.day)],
          );
        }
        case "retypeReport": // a thought report becomes another kind of document, losing its member (CHECK), and back
          return q(
            `UPDATE filed_document SET kind = CASE WHEN kind = 'THOUGHT_REPORT' THEN $2::text::document_kind ELSE 'THOUGHT_REPORT' END,
                    member_id = CASE WHEN kind = 'THOUGHT_REPORT' THEN NULL ELSE $3::uuid END
              WHERE id = ANY($1)`,
            [await rowsAt(db, "filed_document", DOCUMENT_ORDER, s.pick, s.count), s.kind, member(s.member)],
          );
        case "dropReport":
          return q(`DELETE FROM filed_document WHERE id = ANY($1)`, [await rowsAt(db, "filed_document", DOCUMENT_ORDER, s.pick, s.count)]);
        case "dues": // a second recording of a month updates it (one statement inserting and updating)
          return q(
            `INSERT INTO dues_record (id, member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on)
             SELECT r.id, m.id, m.branch_id, m.college_id, r.month, r.due, r.paid, CASE WHEN r.paid > 0 THEN r.month + r.pay_day END
               FROM (SELECT id, member, (date '2025-01-01' + make_interval(months => month))::date AS month, due, paid, pay_day
                       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::bigint[], $5::bigint[], $6::int[]) AS u(id, member, month, due, paid, pay_day)) r
               JOIN member m ON m.id = r.member
             ON CONFLICT (member_id, month) DO UPDATE
                SET amount_due_fen = EXCLUDED.amount_due_fen, amount_paid_fen = EXCLUDED.amount_paid_fen, paid_on = EXCLUDED.paid_on RETURNING 1`,
            [
              s.rows.map(() => uuid(4, ++nextId)),
              s.rows.map((r) => member(r.member)),
              s.rows.map((r) => r.month),
              s.rows.map((r) => r.due),
              s.rows.map((r) => paidFor(r.due, r.payment)),
              s.rows.map((r) => r.payDay),
            ],
          );
        case "pay":
          return q(
            `UPDATE dues_record SET amount_paid_fen = p.paid, paid_on = CASE WHEN p.paid > 0 THEN month + $3::int END
               FROM (SELECT id, CASE $2 WHEN 'none' THEN 0 WHEN 'part' THEN amount_due_fen / 2 WHEN 'full' THEN amount_due_fen ELSE amount_due_fen + 100 END AS paid
                       FROM dues_record WHERE id = ANY($1)) p
              WHERE dues_record.id = p.id`,
            [await rowsAt(db, "dues_record", "id", s.pick, s.count), s.payment, s.payDay],
          );
        case "moveDues": // to another member (and their branch) and month, unless that month is taken
          return q(
            `UPDATE dues_record d SET member_id = $2, branch_id = m.branch_id,
                    month = (d.month + make_interval(months => $3))::date, paid_on = (d.paid_on + make_interval(months => $3))::date
               FROM member m
              WHERE d.id = ANY($1) AND m.id = $2
                AND NOT EXISTS (SELECT 1 FROM dues_record x WHERE x.member_id = $2 AND x.month = (d.month + make_interval(months => $3))::date AND x.id <> d.id)`,
            [await rowsAt(db, "dues_record", "id", s.pick, 1), member(s.member), s.months],
          );
        case "dropDues":
          return q(`DELETE FROM dues_record WHERE id = ANY($1)`, [await rowsAt(db, "dues_record", "id", s.pick, s.count)]);
      }
    }

    /** The summaries computed in TypeScript from the raw rows, as an independent check of the views. */
    async function reference(db: Db): Promise<Record<string, unknown[]>> {
      const credit = new Map<string, number[]>();
      const add = (key: string, values: number[]) =>
        credit.set(
          key,
          (credit.get(key) ?? [0, 0, 0, 0]).map((v, i) => v + values[i]),
        );
      const cents = (s: string) => Math.round(Number(s) * 100);
      for (const r of await db.query(
        `SELECT at.member_id, a.held_on::text AS on, a.education_hours AS hours, a.integrity_hours AS integrity FROM activity_attendance at JOIN activity a ON a.id = at.activity_id
          WHERE at.status = 'PRESENT' AND at.confirmed_at IS NOT NULL AND a.archived_at IS NULL`,
      ))
        add(`${r.member_id}|${r.on.slice(0, 4)}`, [cents(r.hours), 0, cents(r.integrity), 0]);
      for (const r of await db.query(
        `SELECT member_id, studied_on::text AS on, hours, integrity_hours, kind FROM study_record WHERE archived_at IS NULL`,
      )) {
        add(`${r.member_id}|${r.on.slice(0, 4)}`, [0, cents(r.hours), cents(r.integrity_hours), r.kind === "PARTY_SCHOOL" ? 1 : 0]);
      }
      const reports = new Map<string, number>();
      for (const r of await db.query(
        `SELECT member_id, filed_on::text AS on FROM filed_document WHERE kind = 'THOUGHT_REPORT' AND archived_at IS NULL`,
      )) {
        const key = `${r.member_id}|${r.on.slice(0, 4)}`;
        reports.set(key, (reports.get(key) ?? 0) + 1);
      }
      const masks = new Map<string, [number, number]>();
      const collected = new Map<string, number>();
      for (const r of await db.query(
        `SELECT member_id, branch_id, month::text, amount_due_fen::int AS due, amount_paid_fen::int AS paid, paid_on::text FROM dues_record`,
      )) {
        const key = `${r.member_id}|${r.month.slice(0, 4)}`;
        const bit = 1 << (Number(r.month.slice(5, 7)) - 1);
        const [recorded, paid] = masks.get(key) ?? [0, 0];
        masks.set(key, [recorded | bit, r.paid >= r.due ? paid | bit : paid]);
        if (r.paid_on)
          collected.set(
            `${r.branch_id}|${r.paid_on.slice(0, 4)}`,
            (collected.get(`${r.branch_id}|${r.paid_on.slice(0, 4)}`) ?? 0) + r.paid,
          );
      }
      const rows = <T>(map: Map<string, T>, f: (id: string, year: number, v: T) => Record<string, unknown> | null) =>
        [...map]
          .map(([k, v]) => f(k.split("|")[0], Number(k.split("|")[1]), v))
          .filter(Boolean)
          .sort((x, y) => (`${x!.k}` < `${y!.k}` ? -1 : 1))
          .map(({ k: _k, ...r }: any) => r);
      return {
        member_year_credit: rows(credit, (id, year, v) =>
          v.some((n) => n !== 0)
            ? {
                k: `${id}|${year}`,
                member_id: id,
                year,
                activity_hours: (v[0] / 100).toFixed(2),
                study_hours: (v[1] / 100).toFixed(2),
                integrity_hours: (v[2] / 100).toFixed(2),
                party_school_sessions: v[3],
              }
            : null,
        ),
        member_year_dues: rows(masks, (id, year, [recorded, paid]) => ({
          k: `${id}|${year}`,
          member_id: id,
          year,
          recorded_mask: recorded,
          paid_mask: paid,
        })),
        branch_year_dues: rows(collected, (id, year, fen) =>
          fen ? { k: `${id}|${year}`, branch_id: id, year, collected_fen: String(fen) } : null,
        ),
        member_year_reports: rows(reports, (id, year, n) => ({ k: `${id}|${year}`, member_id: id, year, thought_reports: n })),
      };
    }
    const withoutCollege = (rows: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.map(({ college_id: _c, ...r }: any) => r)]));

    it("stay equal to their views through a random sequence of writes, transactions and rollbacks", async () => {
      const [items] = fc.sample(program, { seed: 20260101, numRuns: 1 });
      const runner = app.dataSource.createQueryRunner();
      let changed = 0;
      const changedOps = new Set<string>();
      try {
        for (const [i, item] of items.entries()) {
          const transaction = item.steps.length > 1;
          if (transaction) await runner.startTransaction();
          for (const s of item.steps) {
            const rows = await run(runner, s);
            changed += rows > 0 ? 1 : 0;
            if (rows > 0) changedOps.add(s.op);
            await expectExact(runner, { item: i, step: s }); // inside a transaction too: the summaries move with each statement
          }
          if (transaction) await (item.commit ? runner.commitTransaction() : runner.rollbackTransaction());
          await expectExact(runner, { item: i, commit: item.commit });
        }
      } finally {
        await runner.release();
      }
      // Not vacuous: most statements changed rows, and every summary has rows in more than one year.
      expect(changed).toBeGreaterThan(120);
      // Each filed_document step ran and changed rows somewhere.
      expect(["report", "editReport", "retypeReport", "dropReport"].filter((op) => !changedOps.has(op))).toEqual([]);
      // Confirmations were withdrawn and given, and unconfirmed PRESENT rows remain that the summaries leave out.
      expect(changedOps.has("confirm")).toBe(true);
      const [{ unconfirmed }] = await app.dataSource.query(
        `SELECT count(*)::int AS unconfirmed FROM activity_attendance WHERE status = 'PRESENT' AND confirmed_at IS NULL`,
      );
      expect(unconfirmed).toBeGreaterThan(0);
      const ours = [...Array.from({ length: MEMBERS }, (_, i) => member(i)), units["机关一支部"].id, units["机关二支部"].id];
      for (const s of SUMMARIES) {
        const [{ years }] = await app.dataSource.query(
          `SELECT count(DISTINCT year)::int AS years FROM ${s.table} WHERE ${s.keys[0]} = ANY($1) AND (${s.values.map((v) => `${v} <> 0`).join(" OR ")})`,
          [ours],
        );
        expect({ table: s.table, years: years > 1 }).toEqual({ table: s.table, years: true });
      }
      expect(withoutCollege(await summaryRows(app.dataSource))).toEqual(await reference(app.dataSource));
    }, 60_000);

    it("rebuilds from the views on TRUNCATE of a source", async () => {
      const runner = app.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        for (const table of ["study_record", "dues_record", "activity_attendance", "filed_document"]) {
          await runner.query(`TRUNCATE ${table}`);
          await expectExact(runner, table);
        }
        expect(await runner.query(`SELECT count(*)::int AS n FROM branch_year_dues`)).toEqual([{ n: 0 }]);
        // Rebuilt, not zeroed: no rows are left at all.
        expect(await runner.query(`SELECT count(*)::int AS n FROM member_year_reports`)).toEqual([{ n: 0 }]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it("backfills from the views when the migration runs on a database with data, and down removes everything", async () => {
      const ds = app.dataSource;
      const before = await summaryRows(ds);
      // Back to the schema before this migration (undoing any later one first), as an upgrade finds it.
      const migrated = async () => (await ds.query(`SELECT name FROM migrations ORDER BY timestamp`)).map((m: { name: string }) => m.name);
      const all = await migrated();
      while ((await migrated()).includes(new FactSummaries1764600000000().name)) await ds.undoLastMigration({ transaction: "each" });
      expect(
        await ds.query(
          `SELECT (SELECT count(*) FROM pg_class WHERE relname LIKE '%year_credit%' OR relname LIKE '%year_dues%' OR relname LIKE '%year_reports%')::int AS relations,
                  (SELECT count(*) FROM pg_proc WHERE proname LIKE 'fact_summaries_%')::int AS functions,
                  (SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%_facts_%')::int AS triggers`,
        ),
      ).toEqual([{ relations: 0, functions: 0, triggers: 0 }]);
      // Written while no trigger runs: every activity's hours change, staying within its three hours
      // (and integrity hours within education hours).
      const changed = `CASE WHEN education_hours <= 2.5 THEN education_hours + 0.5 ELSE education_hours - 0.5 END`;
      await ds.query(
        `UPDATE activity SET education_hours = ${changed}, integrity_hours = least(integrity_hours, ${changed}) WHERE id = ANY($1)`,
        [Array.from({ length: ACTIVITIES }, (_, i) => activityId(i))],
      );
      await run(ds, {
        op: "report",
        rows: [
          { member: 0, day: 2, archived: false },
          { member: 1, day: -2, archived: false },
        ],
      });
      await ds.runMigrations({ transaction: "each" });
      expect(await migrated()).toEqual(all);

      await expectExact(ds);
      expect((await summaryRows(ds)).member_year_dues).toEqual(before.member_year_dues);
      expect((await summaryRows(ds)).member_year_credit).not.toEqual(before.member_year_credit);
      expect((await summaryRows(ds)).member_year_reports).not.toEqual(before.member_year_reports);
      // The reinstalled triggers run.
      await run(ds, { op: "attend", activity: 0, rows: [{ member: 5, status: "PRESENT" }] });
      await expectExact(ds);
      await run(ds, { op: "report", rows: [{ member: 5, day: 1, archived: false }] });
      await expectExact(ds);
    });

    it("stays exact when an activity update and an attendance write run concurrently, in either order", async () => {
      const waiting = async () => {
        for (let i = 0; i < 200; i++) {
          const [{ n }] = await app.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          if (n > 0) return;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error("the second writer never waited for the first");
      };
      const [first, second] = [app.dataSource.createQueryRunner(), app.dataSource.createQueryRunner()];
      const hours = (h: string) => `UPDATE activity SET education_hours = ${h}, integrity_hours = 0 WHERE id = '${activityId(1)}'`;
      const attend = (m: number) =>
        `INSERT INTO activity_attendance (college_id, activity_id, member_id, status) SELECT college_id, id, '${member(m)}', 'PRESENT' FROM activity WHERE id = '${activityId(1)}'
         ON CONFLICT (activity_id, member_id) DO UPDATE SET status = 'PRESENT', reason = NULL`;
      try {
        await app.dataSource.query(`DELETE FROM activity_attendance WHERE activity_id = $1`, [activityId(1)]);
        await app.dataSource.query(`UPDATE activity SET archived_at = NULL, archive_reason = NULL WHERE id = $1`, [activityId(1)]);
        // The activity changes first: the attendance trigger waits for it and credits the new hours.
        await first.startTransaction();
        await first.query(hours("1.25"));
        await second.startTransaction();
        const inserting = second.query(attend(0));
        await waiting();
        await first.commitTransaction();
        await inserting;
        await second.commitTransaction();
        await expectExact(app.dataSource, "activity first");
        // The attendance first: the activity update waits for it, then its trigger sees the new row.
        await second.startTransaction();
        await second.query(attend(1));
        await first.startTransaction();
        const updating = first.query(hours("2.5"));
        await waiting();
        await second.commitTransaction();
        await updating;
        await first.commitTransaction();
        await expectExact(app.dataSource, "attendance first");
      } finally {
        for (const r of [first, second]) {
          if (r.isTransactionActive) await r.rollbackTransaction();
          await r.release();
        }
      }
    });
  });
});
