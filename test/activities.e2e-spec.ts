import { seedAcademicCalendar } from "../api/src/calendar/seed-calendar";
import { UserRole } from "../api/src/auth/roles";
import { generateDemoActivities } from "../api/src/seed/demo-activities";
import { generateDemoMembers } from "../api/src/seed/demo-members";
import { DEMO_FROM, DEMO_UNTIL, demoDiligence, Diligence } from "../api/src/seed/demo-records";
import { Random } from "../api/src/seed/random";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import type {
  ActivityFilter,
  AttendanceStatus,
  CreateActivityInput,
  MemberCategory,
  RecordBookHandInInput,
} from "./support/generated/graphql";
import {
  ActivityArchive,
  ActivityAttendanceList,
  ActivityAttendanceTree,
  ActivityCount,
  ActivityIds,
  ActivityPage,
  ActivitySetAttendance,
  AttendanceConfirmGuest,
  AttendanceOfMember,
  AttendanceRowsOfMember,
  AttendanceToConfirm,
  CalendarAcademicYearLabels,
  CalendarAcademicYears,
  CalendarPeriodGrid,
  CalendarPeriodsOf,
  CalendarSemesters,
  CalendarSetVacationMonths,
  CalendarVacationCheck,
  CalendarVacationMonths,
  CreateActivity,
  HoursComplianceFindings,
  HoursOfMember,
  HoursOfMemberActivities,
  HoursOfUnit,
  HoursOfUnitMembers,
  OrgUnits,
  RecordBookHandedIn,
  RecordBookOfSemester,
  RecordBookRecordHandIn,
  SemesterCreate,
  SemesterCreateCode,
  SemesterUpdate,
  StudyRecordArchive,
  StudyRecordCreate,
  StudyRecordTitles,
  StudyRecordUpdate,
  UpdateActivity,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";
import { REQUEST_STATEMENTS } from "./support/statements";

type Unit = { id: string; name: string; fullName: string };

describe("calendar, activities, education hours, study records and record books", () => {
  let app: TestApp;
  let branches: Record<string, Unit>;
  let generalBranches: Record<string, Unit>;
  /** Members inserted straight into the database: [id, name]. */
  let students: Array<{ id: string; name: string }>;
  let outsider: { id: string; name: string };

  beforeAll(async () => {
    app = await startTestApp({
      prepare: async (ds) => {
        const [root] = await ds.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE'`);
        await ds.transaction((em) => seedAcademicCalendar(em, root.id));
      },
    });
    const data = await app.ok(OrgUnits, { first: 100 });
    branches = Object.fromEntries(data.orgUnits.items.filter((u) => u.kind === "BRANCH").map((u) => [u.fullName, u]));
    generalBranches = Object.fromEntries(data.orgUnits.items.filter((u) => u.kind === "GENERAL_BRANCH").map((u) => [u.name, u]));
    students = await insertMembers(branches["管理工程学院学生支部"].id, "学生", 4, "STUDENT");
    [outsider] = await insertMembers(branches["自动化学院学生支部"].id, "外支部", 1, "STUDENT");
  });
  afterAll(() => app.close());

  async function insertMembers(branchId: string, prefix: string, n: number, category: MemberCategory) {
    return app.dataSource.query(
      `INSERT INTO member (name, gender, category, standing, branch_id, college_id)
       SELECT $1 || g, 'FEMALE', $3::member_category, 'FULL', $2, (SELECT college_id FROM org_unit WHERE id = $2)
         FROM generate_series(1, $4) g RETURNING id, name`,
      [prefix, branchId, category, n],
    ) as Promise<Array<{ id: string; name: string }>>;
  }

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM activity_attendance)::int AS attendance,
                (SELECT count(*) FROM study_record)::int AS studies, (SELECT count(*) FROM semester)::int AS semesters,
                (SELECT count(*) FROM record_book_hand_in)::int AS handins, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  const createActivity = (input: CreateActivityInput) => app.gql(CreateActivity, { input });

  const orgLife = (overrides: Partial<CreateActivityInput> = {}): CreateActivityInput => ({
    hostUnitId: branches["管理工程学院学生支部"].id,
    type: "ORGANISATIONAL_LIFE",
    startsAt: "2025-10-10T06:30:00Z", // 14:30 Beijing
    endsAt: "2025-10-10T08:30:00Z",
    place: "实训楼 305",
    topic: "学习党的二十届四中全会精神",
    educationHours: "2",
    integrityHours: "0.5",
    attendance: [
      { memberId: students[0].id, status: "PRESENT" },
      { memberId: students[1].id, status: "ABSENT" },
      { memberId: students[2].id, status: "EXCUSED", reason: "参加技能竞赛" },
      { memberId: students[3].id, status: "PRESENT" },
    ],
    ...overrides,
  });

  describe("academic calendar", () => {
    it("lists academic years with their semesters and resolves the periods of a date", async () => {
      const years = await app.ok(CalendarAcademicYears);
      expect(years.academicYears.map((y) => y.label)).toEqual(["2024-2025", "2025-2026", "2026-2027"]);
      expect(years.academicYears[1]).toEqual({
        label: "2025-2026",
        startsOn: "2025-09-01",
        endsOn: "2026-07-03",
        semesters: [
          { term: "AUTUMN", label: "2025-2026学年秋季学期", startsOn: "2025-09-01", endsOn: "2026-01-16" },
          { term: "SPRING", label: "2025-2026学年春季学期", startsOn: "2026-02-23", endsOn: "2026-07-03" },
        ],
      });
      const some = await app.ok(CalendarSemesters, { from: "2025-12-01", to: "2026-03-01" });
      expect(some.semesters.map((s) => s.label)).toEqual(["2025-2026学年秋季学期", "2025-2026学年春季学期"]);

      const term = await app.ok(CalendarPeriodsOf, { date: "2025-12-31" });
      expect(term.periodsOf).toEqual({
        month: { key: "2025-12", label: "2025年12月" },
        quarter: { key: "2025-Q4", end: "2025-12-31" },
        halfYear: { key: "2025-H2" },
        year: { key: "2025" },
        semester: { key: "2025-2026-AUTUMN", label: "2025-2026学年秋季学期" },
        inVacation: false,
      });
      const vacation = await app.ok(CalendarVacationCheck, { date: "2026-02-01" });
      expect(vacation.periodsOf).toEqual({ semester: null, inVacation: true });
      const grid = await app.ok(CalendarPeriodGrid, { input: { from: "2026-01-01", to: "2026-12-31", kinds: ["QUARTER", "SEMESTER"] } });
      expect(grid.periodGrid.map((p) => p.key)).toEqual([
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
        "2025-2026-AUTUMN",
        "2025-2026-SPRING",
        "2026-2027-AUTUMN",
      ]);
    });

    it("creates and updates semesters, refusing overlaps and duplicates, with field errors that write nothing", async () => {
      const before = await counts();
      const bad = await app.gql(SemesterCreate, {
        input: { academicYear: "2027-2028", term: "AUTUMN", startsOn: "2027-09-06", endsOn: "2027-09-01" },
      });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { endsOn: ["结束日期应晚于开学日期"] } });
      const badYear = await app.gql(SemesterCreate, {
        input: { academicYear: "2027-2029", term: "AUTUMN", startsOn: "2027-09-06", endsOn: "2028-01-14" },
      });
      expect(badYear.errors?.[0].extensions?.fields).toHaveProperty("academicYear");
      const overlap = await app.ok(SemesterCreate, {
        input: { academicYear: "2027-2028", term: "AUTUMN", startsOn: "2027-06-28", endsOn: "2028-01-14" },
      });
      expect(overlap.createSemester).toMatchObject({
        __typename: "Refusal",
        errorCode: "SEMESTER_OVERLAP",
        message: expect.stringContaining("2026-2027学年春季学期"),
      });
      const duplicate = await app.ok(SemesterCreateCode, {
        input: { academicYear: "2026-2027", term: "SPRING", startsOn: "2027-02-22", endsOn: "2027-07-02" },
      });
      expect(duplicate.createSemester).toEqual({ __typename: "Refusal", errorCode: "SEMESTER_EXISTS" });
      expect(await counts()).toEqual(before);

      const created = await app.ok(SemesterCreate, {
        input: { academicYear: "2027-2028", term: "AUTUMN", startsOn: "2027-09-06", endsOn: "2028-01-14" },
      });
      expect(accepted(created.createSemester).label).toBe("2027-2028学年秋季学期");
      const { id, version } = accepted(created.createSemester);
      const moved = await app.ok(SemesterUpdate, {
        input: { id, version, endsOn: "2028-01-21" },
      });
      expect(moved.updateSemester).toEqual({ endsOn: "2028-01-21", version: version + 1 });
      const stale = await app.gql(SemesterUpdate, {
        input: { id, version, endsOn: "2028-01-20" },
      });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", expectedVersion: version, actualVersion: version + 1 });
      const audit = await app.dataSource.query(
        `SELECT operation, after->>'endsOn' AS ends FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit).toEqual([
        { operation: "createSemester", ends: "2028-01-14" },
        { operation: "updateSemester", ends: "2028-01-21" },
      ]);
    });

    it("records vacation months per branch kind with who set them and when", async () => {
      const listed = await app.ok(CalendarVacationMonths);
      expect(listed.vacationMonths.find((v) => v.branchKind === "STUDENT")).toMatchObject({
        months: [1, 2, 7, 8],
        setByLabel: "system",
      });
      const current = listed.vacationMonths.find((v) => v.branchKind === "STAFF")!;
      const sent = new Date();
      const set = await app.ok(CalendarSetVacationMonths, {
        input: { branchKind: "STAFF", months: [8, 2], note: "机关寒暑假各安排一个月", version: current.version },
      });
      const answered = new Date();
      expect(set.setVacationMonths).toMatchObject({ months: [2, 8], note: "机关寒暑假各安排一个月", version: current.version + 1 });
      // Who: the test's administrator (display name and username); when: while the request ran.
      expect(set.setVacationMonths.setByLabel).toBe("test.admin (test.admin)");
      const setAt = new Date(set.setVacationMonths.setAt);
      expect({ afterSent: setAt >= sent, beforeAnswered: setAt <= answered }).toEqual({ afterSent: true, beforeAnswered: true });
      const stale = await app.gql(CalendarSetVacationMonths, {
        input: { branchKind: "STAFF", months: [8], version: current.version },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const bad = await app.gql(CalendarSetVacationMonths, {
        input: { branchKind: "STAFF", months: [13] },
      });
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { months: expect.arrayContaining(["月份应在 1–12 之间"]) },
      });
    });
  });

  describe("activities", () => {
    it("records an activity with its attendance, duration, Beijing date and an audit entry", async () => {
      const result = await createActivity(orgLife());
      expect(result.data!.createActivity).toMatchObject({
        __typename: "Activity",
        type: "ORGANISATIONAL_LIFE",
        heldOn: "2025-10-10",
        durationMinutes: 120,
        educationHours: "2",
        integrityHours: "0.5",
        hostUnit: { name: "学生支部" },
        attendanceSummary: { expected: 4, present: 2, absent: 1, excused: 1, guests: 0 },
      });
      const id = accepted(result.data!.createActivity).id;
      const detail = await app.ok(ActivityAttendanceList, { id });
      expect(detail.activity!.attendance).toEqual(
        [...students].sort((a, b) => a.name.localeCompare(b.name)).map((s) => expect.objectContaining({ member: { name: s.name } })),
      );
      expect(detail.activity!.attendance.find((a) => a.status === "EXCUSED")).toMatchObject({ reason: "参加技能竞赛" });
      const audit = await app.dataSource.query(
        `SELECT operation, jsonb_array_length(after->'attendance') AS n FROM audit_entry WHERE entity_id = $1`,
        [id],
      );
      expect(audit).toEqual([{ operation: "createActivity", n: 4 }]);
      // A meeting that starts at 00:30 Beijing time on the 1st belongs to that day, not to the previous month in UTC.
      const early = await createActivity(orgLife({ startsAt: "2025-10-31T16:30:00Z", endsAt: "2025-10-31T18:30:00Z", attendance: [] }));
      expect(accepted(early.data!.createActivity).heldOn).toBe("2025-11-01");
    });

    it("rejects inconsistent times, hours and attendance field by field and writes nothing", async () => {
      const before = await counts();
      const times = await createActivity(orgLife({ endsAt: "2025-10-10T06:00:00Z" }));
      expect(times.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { endsAt: ["结束时间应晚于开始时间"] } });
      const hours = await createActivity(orgLife({ endsAt: "2025-10-10T08:00:00Z", educationHours: "2", integrityHours: "0" }));
      expect(hours.errors?.[0].extensions?.fields).toEqual({ educationHours: ["学时不能超过活动时长（1.5 小时）"] });
      const integrity = await createActivity(orgLife({ educationHours: "1", integrityHours: "1.5" }));
      expect(integrity.errors?.[0].extensions?.fields).toEqual({ integrityHours: ["廉政教育学时不能超过教育学时（1 小时）"] });
      const negative = await createActivity(orgLife({ educationHours: "-1", integrityHours: "0" }));
      expect(negative.errors?.[0].extensions?.fields).toEqual({ educationHours: ["学时不能为负数"] });
      const attendance = await createActivity(
        orgLife({
          attendance: [
            { memberId: students[0].id, status: "EXCUSED" },
            { memberId: students[0].id, status: "PRESENT" },
          ],
        }),
      );
      expect(attendance.errors?.[0].extensions?.fields).toEqual({
        "attendance.0.reason": ["请假须注明原因"],
        "attendance.1.memberId": ["名单中重复出现"],
      });
      const place = await createActivity(orgLife({ place: null }));
      expect(place.errors?.[0].extensions?.fields).toHaveProperty("place");
      expect(await counts()).toEqual(before);
    });

    it("refuses members of other units unless they are flagged as guests, naming them", async () => {
      const before = await counts();
      const refused = await createActivity(orgLife({ attendance: [{ memberId: outsider.id, status: "PRESENT" }] }));
      expect(refused.data!.createActivity).toMatchObject({
        __typename: "Refusal",
        errorCode: "MEMBER_NOT_IN_UNIT",
        field: "attendance",
        message: expect.stringContaining(outsider.name),
      });
      expect(await counts()).toEqual(before);
      const guest = await createActivity(orgLife({ attendance: [{ memberId: outsider.id, status: "PRESENT", isGuest: true }] }));
      expect(accepted(guest.data!.createActivity).attendanceSummary).toMatchObject({ expected: 0, present: 1, guests: 1 });
      // A general branch's activity may include members of its branches.
      const gb = await createActivity(
        orgLife({
          hostUnitId: generalBranches["管理工程学院党总支"].id,
          type: "PARTY_LECTURE",
          attendance: [{ memberId: students[0].id, status: "PRESENT" }],
        }),
      );
      expect(gb.data!.createActivity.__typename).toBe("Activity");
    });

    it("updates with the version, replaces attendance (audited) and archives without deleting", async () => {
      const created = accepted(
        (await createActivity(orgLife({ topic: "待修改", startsAt: "2025-11-05T06:00:00Z", endsAt: "2025-11-05T08:00:00Z" }))).data!
          .createActivity,
      );
      const updated = await app.ok(UpdateActivity, {
        input: { id: created.id, version: created.version, topic: "主题党日：参观红岩村", type: "PARTY_DAY" },
      });
      expect(updated.updateActivity).toMatchObject({ topic: "主题党日：参观红岩村", type: "PARTY_DAY", version: created.version + 1 });
      const stale = await app.gql(UpdateActivity, {
        input: { id: created.id, version: created.version, topic: "旧版本" },
      });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT" });

      const replaced = await app.ok(ActivitySetAttendance, {
        input: {
          activityId: created.id,
          version: created.version + 1,
          attendance: [
            { memberId: students[1].id, status: "PRESENT" },
            { memberId: students[0].id, status: "ABSENT" },
          ],
        },
      });
      expect(replaced.setActivityAttendance).toMatchObject({
        version: created.version + 2,
        attendanceSummary: { expected: 2, present: 1, absent: 1, excused: 0 },
      });
      const [entry] = await app.dataSource.query(
        `SELECT jsonb_array_length(before->'attendance') AS before, jsonb_array_length(after->'attendance') AS after
           FROM audit_entry WHERE entity_id = $1 AND operation = 'setActivityAttendance'`,
        [created.id],
      );
      expect(entry).toEqual({ before: 4, after: 2 });

      const archived = await app.ok(ActivityArchive, {
        input: { id: created.id, version: created.version + 2, reason: "重复登记" },
      });
      expect(archived.archiveActivity).toMatchObject({ archiveReason: "重复登记", archivedAt: expect.any(String) });
      const again = await app.ok(UpdateActivity, {
        input: { id: created.id, version: created.version + 3, topic: "再改" },
      });
      expect(again.updateActivity).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
      expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE id = $1`, [created.id]))[0].n).toBe(1);
      const listed = await app.ok(ActivityIds, {
        filter: { topicContains: "红岩" },
      });
      expect(listed.activities.items).toEqual([]);
      const withArchived = await app.ok(ActivityIds, {
        filter: { topicContains: "红岩", includeArchived: true },
      });
      expect(withArchived.activities.items).toEqual([{ id: created.id }]);
    });

    it("filters by subtree, type and dates, paginated newest first", async () => {
      const host = branches["建筑与环境工程学院教工支部"].id;
      const teachers = await insertMembers(host, "教师", 2, "FACULTY");
      for (let i = 0; i < 5; i++) {
        await createActivity({
          hostUnitId: host,
          type: i % 2 ? "BRANCH_COMMITTEE_MEETING" : "ORGANISATIONAL_LIFE",
          topic: `分页${i}`,
          place: "教工之家",
          startsAt: `2026-0${i + 3}-10T02:00:00Z`,
          endsAt: `2026-0${i + 3}-10T04:00:00Z`,
          attendance: teachers.map((t: { id: string }) => ({ memberId: t.id, status: "PRESENT" as const })),
        });
      }
      const q = (filter: ActivityFilter, first = 100, offset = 0) =>
        app.ok(ActivityPage, { filter, first, offset }).then((d) => d.activities);
      const gb = generalBranches["建筑与环境工程学院党总支"].id;
      expect((await q({ unitId: gb })).totalCount).toBe(5);
      expect((await q({ unitId: host, types: ["BRANCH_COMMITTEE_MEETING"] })).items.map((a) => a.topic)).toEqual(["分页3", "分页1"]);
      expect((await q({ unitId: host, from: "2026-04-01", to: "2026-05-31" })).totalCount).toBe(2);
      const page = await q({ unitId: gb }, 2, 2);
      expect(page).toEqual({
        totalCount: 5,
        items: [
          { topic: "分页2", heldOn: "2026-05-10" },
          { topic: "分页1", heldOn: "2026-04-10" },
        ],
      });
      const att = await app.ok(AttendanceOfMember, { memberId: teachers[0].id, from: "2026-04-01", first: 2 });
      expect(att.memberAttendance).toEqual({
        totalCount: 4,
        items: [
          { status: "PRESENT", activity: { topic: "分页4" } },
          { status: "PRESENT", activity: { topic: "分页3" } },
        ],
      });
    });

    it("confines a branch secretary to their own branch", async () => {
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branches["自动化学院学生支部"].id });
      const mine = await secretary.ok(ActivityCount);
      expect(mine.activities.totalCount).toBe(0);
      const other = await secretary.gql(CreateActivity, { input: { ...orgLife(), attendance: [] } });
      expect(other.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      // The calendar is the college's: a branch secretary sees every academic year of it.
      const years = await secretary.ok(CalendarAcademicYearLabels);
      const calendar = await app.dataSource.query(`SELECT DISTINCT academic_year AS label FROM semester ORDER BY 1`);
      expect(years.academicYears).toEqual(calendar);
    });
  });

  describe("education hours", () => {
    let members: Array<{ id: string; name: string }>;
    const host = () => branches["财经学院教工一支部"].id;

    beforeAll(async () => {
      members = await insertMembers(host(), "学时", 3, "FACULTY");
      const plan: Array<{ day: string; hours: string; integrity: string; statuses: AttendanceStatus[] }> = [
        { day: "2026-03-02", hours: "2", integrity: "0", statuses: ["PRESENT", "PRESENT", "ABSENT"] },
        { day: "2026-04-02", hours: "1.5", integrity: "1.5", statuses: ["PRESENT", "EXCUSED", "ABSENT"] },
        { day: "2026-05-02", hours: "3", integrity: "1", statuses: ["ABSENT", "PRESENT", "ABSENT"] },
        { day: "2027-01-05", hours: "2", integrity: "0", statuses: ["PRESENT", "PRESENT", "ABSENT"] }, // outside the year
      ];
      for (const p of plan) {
        const r = await createActivity({
          hostUnitId: host(),
          type: "THEORY_STUDY",
          topic: `学时${p.day}`,
          place: "会议室",
          startsAt: `${p.day}T01:00:00Z`,
          endsAt: `${p.day}T04:00:00Z`,
          educationHours: p.hours,
          integrityHours: p.integrity,
          attendance: p.statuses.map((status, i) => ({
            memberId: members[i].id,
            status,
            reason: status === "EXCUSED" ? "出差" : undefined,
          })),
        });
        expect(r.data!.createActivity.__typename).toBe("Activity");
      }
      const study = await app.ok(StudyRecordCreate, {
        input: {
          memberId: members[0].id,
          kind: "ONLINE_COURSE",
          studiedOn: "2026-06-01",
          title: "党员网络学院：廉洁自律准则",
          provider: "党员网络学院",
          hours: "4.25",
          integrityHours: "4",
        },
      });
      expect(study.createStudyRecord.hours).toBe("4.25");
    });

    it("equals the sum over PRESENT attendances plus study records; an absent member gets none", async () => {
      const q = (memberId: string) =>
        app.ok(HoursOfMember, { memberId, from: "2026-01-01", to: "2026-12-31" }).then((d) => d.memberEducationHours);
      const first = await q(members[0].id);
      expect(first).toMatchObject({
        totalHours: "7.75",
        integrityHours: "5.5",
        activityHours: "3.5",
        studyHours: "4.25",
        activityCount: 2,
        studyCount: 1,
      });
      expect(first.items.map((i) => `${i.date}:${i.source}`)).toEqual(["2026-03-02:ACTIVITY", "2026-04-02:ACTIVITY", "2026-06-01:STUDY"]);
      // The total is exactly the sum of the line items (computed independently in SQL).
      const sum = first.items.reduce((s, i) => s + Math.round(Number(i.hours) * 100), 0);
      expect(sum / 100).toBe(Number(first.totalHours));
      expect(await q(members[1].id)).toMatchObject({ totalHours: "5", integrityHours: "1", activityCount: 2, studyCount: 0 });
      expect(await q(members[2].id)).toMatchObject({ totalHours: "0", integrityHours: "0", activityCount: 0, items: [] });
    });

    it("gives per-member totals for a subtree in one statement, and Member.educationHours through a loader", async () => {
      const before = app.queries.count;
      const page = await app.ok(HoursOfUnit, { unitId: host(), from: "2026-01-01", to: "2026-12-31" });
      const statements = app.queries.count - before;
      expect(page.educationHours.totalCount).toBe(3);
      expect(page.educationHours.items.map((i) => [i.member.name, i.totalHours])).toEqual([
        [members[2].name, "0"],
        [members[1].name, "5"],
        [members[0].name, "7.75"],
      ]);
      // auth/session statements aside, the hours themselves are one statement and members one more.
      expect(statements).toBeLessThanOrEqual(6 + REQUEST_STATEMENTS);
      const viaField = await app.ok(HoursOfUnitMembers, { unitId: host(), from: "2026-01-01", to: "2026-12-31" });
      expect(Object.fromEntries(viaField.members.items.map((m) => [m.name, m.educationHours.totalHours]))).toEqual({
        [members[0].name]: "7.75",
        [members[1].name]: "5",
        [members[2].name]: "0",
      });
    });

    it("stops counting archived study records and activities", async () => {
      const [rec] = await app.dataSource.query(`SELECT id, version FROM study_record WHERE member_id = $1`, [members[0].id]);
      const archived = await app.ok(StudyRecordArchive, {
        input: { id: rec.id, version: rec.version, reason: "重复登记" },
      });
      expect(archived.archiveStudyRecord.__typename).toBe("StudyRecord");
      const after = await app.ok(HoursOfMember, { memberId: members[0].id, from: "2026-01-01", to: "2026-12-31" });
      expect(after.memberEducationHours.totalHours).toBe("3.5");
    });
  });

  describe("study records", () => {
    it("creates, lists, updates with the version, validates hours field by field", async () => {
      const member = students[0];
      const before = await counts();
      const zero = await app.gql(StudyRecordCreate, {
        input: { memberId: member.id, kind: "SELF_STUDY", studiedOn: "2026-03-01", title: "自学", hours: "0", integrityHours: "0" },
      });
      expect(zero.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { hours: ["学时应大于 0"] } });
      const over = await app.gql(StudyRecordCreate, {
        input: { memberId: member.id, kind: "SELF_STUDY", studiedOn: "2026-03-01", title: "自学", hours: "1", integrityHours: "2" },
      });
      expect(over.errors?.[0].extensions?.fields).toEqual({ integrityHours: ["廉政教育学时不能超过学时（1 小时）"] });
      const precise = await app.gql(StudyRecordCreate, {
        input: { memberId: member.id, kind: "SELF_STUDY", studiedOn: "2026-03-01", title: "自学", hours: "1.255" },
      });
      expect(precise.errors?.[0].extensions?.fields).toEqual({ hours: ["学时最多保留两位小数"] });
      expect(await counts()).toEqual(before);

      const created = await app.ok(StudyRecordCreate, {
        input: {
          memberId: member.id,
          kind: "PARTY_SCHOOL",
          studiedOn: "2026-03-15",
          title: "入党积极分子培训班",
          provider: "校党校",
          hours: "16",
        },
      });
      expect(created.createStudyRecord.member.name).toBe(member.name);
      const { id, version } = created.createStudyRecord;
      const updated = await app.ok(StudyRecordUpdate, {
        input: { id, version, hours: "12", provider: null },
      });
      expect(updated.updateStudyRecord).toEqual({ hours: "12", version: version + 1, provider: null });
      const stale = await app.gql(StudyRecordUpdate, {
        input: { id, version, hours: "3" },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const listed = await app.ok(StudyRecordTitles, {
        unitId: generalBranches["管理工程学院党总支"].id,
        kind: "PARTY_SCHOOL",
      });
      expect(listed.studyRecords).toEqual({ totalCount: 1, items: [{ title: "入党积极分子培训班" }] });
    });
  });

  describe("record book", () => {
    it("lists a branch's semester activities in date order and records one hand-in per semester", async () => {
      const branch = branches["管理工程学院学生支部"];
      const [autumn] = (await app.ok(CalendarSemesters, { from: "2025-10-01", to: "2025-10-01" })).semesters;
      const book = await app.ok(RecordBookOfSemester, { branchId: branch.id, semesterId: autumn.id });
      expect(book.recordBook).toMatchObject({
        branch: { name: "学生支部" },
        semester: { label: "2025-2026学年秋季学期" },
        handedIn: false,
        handIn: null,
      });
      const dates = book.recordBook.activities.map((a) => a.heldOn);
      expect(dates.length).toBe(book.recordBook.activityCount);
      // Exactly the branch's live activities held in the semester (the meetings this file recorded earlier).
      const held = await app.dataSource.query(
        `SELECT held_on::text FROM activity WHERE host_unit_id = $1 AND archived_at IS NULL AND held_on BETWEEN '2025-09-01' AND '2026-01-16' ORDER BY starts_at, id`,
        [branch.id],
      );
      expect(dates).toEqual(held.map((r: { held_on: string }) => r.held_on));
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d >= "2025-09-01" && d <= "2026-01-16")).toBe(true);

      const hand = (input: RecordBookHandInInput) => app.gql(RecordBookRecordHandIn, { input });
      const before = await counts();
      const notBranch = await hand({
        branchId: generalBranches["管理工程学院党总支"].id,
        semesterId: autumn.id,
        handedInOn: "2026-01-20",
        receivedBy: "组织部 王老师",
      });
      expect(notBranch.errors?.[0].extensions?.fields).toHaveProperty("branchId");
      expect(await counts()).toEqual(before);
      const first = await hand({ branchId: branch.id, semesterId: autumn.id, handedInOn: "2026-01-20", receivedBy: "组织部 王老师" });
      expect(first.data!.recordBookHandIn).toEqual({
        __typename: "RecordBookHandIn",
        handedInOn: "2026-01-20",
        receivedBy: "组织部 王老师",
        semester: { label: "2025-2026学年秋季学期" },
      });
      const second = await hand({ branchId: branch.id, semesterId: autumn.id, handedInOn: "2026-01-22", receivedBy: "组织部 李老师" });
      expect(second.data!.recordBookHandIn).toMatchObject({
        __typename: "Refusal",
        errorCode: "RECORD_BOOK_ALREADY_HANDED_IN",
        ruleCode: "RECORD_BOOK_SEMESTER",
        message: expect.stringContaining("2026-01-20"),
      });
      const after = await app.ok(RecordBookHandedIn, { branchId: branch.id, semesterId: autumn.id });
      expect(after.recordBook).toEqual({ handedIn: true, handIn: { receivedBy: "组织部 王老师" } });
      expect((await counts()).handins).toBe(before.handins + 1);
    });
  });

  describe("guests from outside the recorder's scope", () => {
    // A branch secretary lists a member of another college's branch as a guest: recorded, but the
    // guest's hours and compliance change only once a secretary of the guest's own unit confirms.
    const hostName = "化学与制药工程学院学生支部";
    const guestName = "车辆工程学院学生支部";
    let hostSecretary: Awaited<ReturnType<TestApp["clientFor"]>>;
    let guestSecretary: Awaited<ReturnType<TestApp["clientFor"]>>;
    let thirdSecretary: Awaited<ReturnType<TestApp["clientFor"]>>;
    let own: { id: string; name: string };
    let guest: { id: string; name: string };

    beforeAll(async () => {
      [own] = await insertMembers(branches[hostName].id, "主办党员", 1, "STUDENT");
      [guest] = await insertMembers(branches[guestName].id, "列席党员", 1, "STUDENT");
      hostSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branches[hostName].id });
      guestSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branches[guestName].id });
      thirdSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branches["艺术设计学院学生支部"].id });
    });

    /** The member's 2025 hours as the administrator reads them, from the summary and from the from-scratch query. */
    const hours = async (memberId: string) => {
      const [summary] = await app.dataSource.query(
        `SELECT activity_hours::text AS h FROM member_year_credit WHERE member_id = $1 AND year = 2025`,
        [memberId],
      );
      const [source] = await app.dataSource.query(
        `SELECT activity_hours::text AS h FROM member_year_credit_source WHERE member_id = $1 AND year = 2025`,
        [memberId],
      );
      const query = await app.ok(HoursOfMemberActivities, { memberId, from: "2025-01-01", to: "2025-12-31" });
      return { summary: summary?.h ?? "0.00", source: source?.h ?? "0.00", ...query.memberEducationHours };
    };
    const finding = async (branch: string, memberId: string) =>
      (
        await app.ok(HoursComplianceFindings, {
          unitId: branches[branch].id,
          from: "2025-01-01",
          to: "2025-12-31",
          ruleCodes: ["EDU_HOURS_STUDENT"],
          asOf: "2026-01-10",
        })
      ).compliance.findings.items.find((f) => f.memberId === memberId);
    const guestRow = async () => (await app.ok(AttendanceRowsOfMember, { memberId: guest.id })).memberAttendance.items[0];
    const confirm = (client: Awaited<ReturnType<TestApp["clientFor"]>>, row: { id: string; version: number }) =>
      client.gql(AttendanceConfirmGuest, { input: { id: row.id, version: row.version } });

    it("records an outside guest without crediting them until their own secretary confirms; others are refused as not found", async () => {
      const created = await hostSecretary.ok(CreateActivity, {
        input: {
          hostUnitId: branches[hostName].id,
          type: "PARTY_LECTURE",
          topic: "列席党课",
          place: "化工楼 101",
          startsAt: "2025-11-20T06:00:00Z",
          endsAt: "2025-11-20T08:00:00Z",
          educationHours: "2",
          attendance: [
            { memberId: own.id, status: "PRESENT" },
            { memberId: guest.id, status: "PRESENT", isGuest: true },
          ],
        },
      });
      expect(created.createActivity).toMatchObject({ __typename: "Activity", attendanceSummary: { present: 2, guests: 1 } });
      // The host's own member counts at once; the guest not at all: hours, summary, view and compliance unchanged.
      expect(await hours(own.id)).toEqual({ summary: "2.00", source: "2.00", activityHours: "2", activityCount: 1 });
      expect(await hours(guest.id)).toEqual({ summary: "0.00", source: "0.00", activityHours: "0", activityCount: 0 });
      expect(await finding(guestName, guest.id)).toMatchObject({ status: "UNMET", actual: "0学时" });
      const pending = await guestRow();
      expect(pending).toMatchObject({ status: "PRESENT", isGuest: true, confirmedAt: null, confirmedBy: null });
      const ownRow = (await app.ok(AttendanceRowsOfMember, { memberId: own.id })).memberAttendance.items[0];
      expect(ownRow.confirmedAt).toEqual(expect.any(String));

      // The guest's own secretary sees what to confirm, with the few facts of the foreign activity they need.
      const toConfirm = await guestSecretary.ok(AttendanceToConfirm);
      expect(toConfirm.guestAttendanceToConfirm).toEqual({
        totalCount: 1,
        items: [
          {
            id: pending.id,
            version: pending.version,
            memberId: guest.id,
            memberName: guest.name,
            status: "PRESENT",
            activityId: accepted(created.createActivity).id,
            activityTopic: "列席党课",
            activityType: "PARTY_LECTURE",
            heldOn: "2025-11-20",
            educationHours: "2",
            integrityHours: "0",
            hostUnitName: "学生支部",
          },
        ],
      });
      expect((await hostSecretary.ok(AttendanceToConfirm)).guestAttendanceToConfirm.totalCount).toBe(0);
      expect((await thirdSecretary.ok(AttendanceToConfirm)).guestAttendanceToConfirm.totalCount).toBe(0);

      // Neither the host's secretary nor a third branch's may confirm: not found, with no version told and nothing written.
      const before = await counts();
      for (const client of [hostSecretary, thirdSecretary]) {
        for (const version of [pending.version, pending.version + 7]) {
          const refused = await confirm(client, { id: pending.id, version });
          expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
          expect(refused.errors?.[0].extensions).not.toHaveProperty("actualVersion");
        }
      }
      const stale = await confirm(guestSecretary, { id: pending.id, version: pending.version + 1 });
      expect(stale.errors?.[0].extensions).toMatchObject({
        code: "CONFLICT",
        expectedVersion: pending.version + 1,
        actualVersion: pending.version,
      });
      expect(await counts()).toEqual(before);
      expect(await hours(guest.id)).toMatchObject({ summary: "0.00", activityHours: "0" });

      const confirmed = await confirm(guestSecretary, pending);
      expect(confirmed.data?.confirmGuestAttendance).toMatchObject({
        __typename: "ActivityAttendance",
        id: pending.id,
        version: pending.version + 1,
        confirmedAt: expect.any(String),
        confirmedBy: expect.any(String),
      });
      expect(await hours(guest.id)).toEqual({ summary: "2.00", source: "2.00", activityHours: "2", activityCount: 1 });
      expect(await finding(guestName, guest.id)).toMatchObject({ status: "UNMET", actual: "2学时" });
      const audit = await app.dataSource.query(
        `SELECT operation, entity_type, before->>'confirmedAt' AS before, after->>'confirmedAt' IS NOT NULL AS confirmed FROM audit_entry WHERE entity_id = $1`,
        [pending.id],
      );
      expect(audit).toEqual([{ operation: "confirmGuestAttendance", entity_type: "ActivityAttendance", before: null, confirmed: true }]);
      const again = await confirm(guestSecretary, { id: pending.id, version: pending.version + 1 });
      expect(again.data?.confirmGuestAttendance).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_CONFIRMED" });
      expect((await guestSecretary.ok(AttendanceToConfirm)).guestAttendanceToConfirm.totalCount).toBe(0);
    });

    it("sends a confirmed guest back to awaiting confirmation when the host changes what the row credits, and keeps it otherwise", async () => {
      const [activity] = await app.dataSource.query(`SELECT id, version FROM activity WHERE topic = '列席党课'`);
      // A change of topic only: the guest's confirmation stands.
      const retitled = await hostSecretary.ok(UpdateActivity, {
        input: { id: activity.id, version: activity.version, topic: "列席党课（补记）" },
      });
      expect((await guestRow()).confirmedAt).toEqual(expect.any(String));
      // The hours change: the host's member gets the new hours, the guest nothing until confirmed again.
      const more = await hostSecretary.ok(UpdateActivity, {
        input: { id: activity.id, version: accepted(retitled.updateActivity).version, educationHours: "1.5" },
      });
      expect(await hours(own.id)).toMatchObject({ summary: "1.50", source: "1.50", activityHours: "1.5" });
      expect(await hours(guest.id)).toEqual({ summary: "0.00", source: "0.00", activityHours: "0", activityCount: 0 });
      let row = await guestRow();
      expect(row.confirmedAt).toBeNull();
      const [audit] = await app.dataSource.query(
        `SELECT after->'unconfirmedGuests' AS guests FROM audit_entry WHERE entity_id = $1 AND operation = 'updateActivity' ORDER BY id DESC LIMIT 1`,
        [activity.id],
      );
      expect(audit.guests).toEqual([guest.id]);
      expect((await confirm(guestSecretary, row)).data?.confirmGuestAttendance.__typename).toBe("ActivityAttendance");
      expect(await hours(guest.id)).toMatchObject({ summary: "1.50", activityHours: "1.5" });

      // Replacing the list: an unchanged guest row keeps its confirmation, a changed one must be confirmed again.
      row = await guestRow();
      const kept = await hostSecretary.ok(ActivitySetAttendance, {
        input: {
          activityId: activity.id,
          version: accepted(more.updateActivity).version,
          attendance: [
            { memberId: own.id, status: "ABSENT" },
            { memberId: guest.id, status: "PRESENT", isGuest: true },
          ],
        },
      });
      expect(await guestRow()).toMatchObject({ version: row.version, confirmedAt: row.confirmedAt });
      expect(await hours(own.id)).toMatchObject({ summary: "0.00", activityHours: "0" });
      expect(await hours(guest.id)).toMatchObject({ summary: "1.50", activityHours: "1.5" });
      await hostSecretary.ok(ActivitySetAttendance, {
        input: {
          activityId: activity.id,
          version: accepted(kept.setActivityAttendance).version,
          attendance: [{ memberId: guest.id, status: "EXCUSED", reason: "实习", isGuest: true }],
        },
      });
      expect(await guestRow()).toMatchObject({ status: "EXCUSED", confirmedAt: null });
      expect(await hours(guest.id)).toEqual({ summary: "0.00", source: "0.00", activityHours: "0", activityCount: 0 });
    });

    it("confirms at once when the recorder's scope holds the guest's unit too", async () => {
      const gbSecretary = await app.clientFor({
        role: UserRole.GENERAL_BRANCH_SECRETARY,
        scopeUnitId: generalBranches["车辆工程学院党总支"].id,
      });
      const [colleague] = await insertMembers(branches["车辆工程学院教工支部"].id, "同院党员", 1, "FACULTY");
      const created = await gbSecretary.ok(CreateActivity, {
        input: {
          hostUnitId: branches["车辆工程学院教工支部"].id,
          type: "THEORY_STUDY",
          topic: "同院列席",
          place: "车辆楼 201",
          startsAt: "2025-12-01T06:00:00Z",
          endsAt: "2025-12-01T07:00:00Z",
          educationHours: "1",
          attendance: [
            { memberId: colleague.id, status: "PRESENT" },
            { memberId: guest.id, status: "PRESENT", isGuest: true },
          ],
        },
      });
      expect(created.createActivity.__typename).toBe("Activity");
      expect(await hours(guest.id)).toEqual({ summary: "1.00", source: "1.00", activityHours: "1", activityCount: 1 });
    });

    it("reads a non-guest outside the caller's scope as not found, never naming them", async () => {
      const before = await counts();
      const refused = await hostSecretary.gql(CreateActivity, {
        input: {
          hostUnitId: branches[hostName].id,
          type: "PARTY_DAY",
          topic: "不应登记",
          place: "化工楼 101",
          startsAt: "2025-11-21T06:00:00Z",
          endsAt: "2025-11-21T08:00:00Z",
          attendance: [{ memberId: guest.id, status: "PRESENT" }],
        },
      });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(refused.errors?.[0].message).not.toContain(guest.name);
      expect(await counts()).toEqual(before);
    });
  });

  describe("query count", () => {
    it("keeps activities → attendance → member → branch constant whatever the number of rows", async () => {
      const host = branches["信息工程学院学生支部"].id;
      const people = await insertMembers(host, "计数", 30, "STUDENT");
      await app.dataSource.query(
        `WITH a AS (
           INSERT INTO activity (college_id, host_unit_id, type, starts_at, ends_at, place, topic)
           SELECT (SELECT college_id FROM org_unit WHERE id = $1), $1, 'ORGANISATIONAL_LIFE', t, t + interval '2 hours', '活动室', '计数' || g
             FROM generate_series(1, 40) g, LATERAL (SELECT timestamptz '2026-09-01 10:00+08' + g * interval '1 day' AS t) x
           RETURNING id, college_id)
         INSERT INTO activity_attendance (college_id, activity_id, member_id, status)
         SELECT a.college_id, a.id, m, 'PRESENT' FROM a, unnest($2::uuid[]) m`,
        [host, people.map((p: { id: string }) => p.id)],
      );
      const measure = async (n: number) => {
        const before = app.queries.count;
        const data = await app.ok(ActivityAttendanceTree, { unitId: host, first: n });
        const rows = data.activities.items.reduce((s, a) => s + a.attendance.length, 0);
        return { statements: app.queries.count - before, rows };
      };
      const few = await measure(1);
      const many = await measure(40);
      expect(few.rows).toBe(30);
      expect(many.rows).toBe(1200);
      expect(many.statements).toBe(few.statements);
      // session, page, count, units (hosts and branches), attendance, members — never per row.
      expect(many.statements).toBeLessThanOrEqual(7 + REQUEST_STATEMENTS);
    });
  });
});

describe("demo activities", () => {
  let app: TestApp;
  /** The demo's diligence per unit, as the generator saw it. */
  const diligence = new Map<string, Diligence>();

  beforeAll(async () => {
    app = await startTestApp({
      seed: "empty",
      prepare: (ds) =>
        ds.transaction(async (em) => {
          const units = await seedCollegeStructure(em);
          await generateDemoMembers(em, units, { members: 1500 });
          // The same mix as generateDemoRecords.
          const of = demoDiligence(units);
          units.forEach((u) => diligence.set(u.id, of(u.id)));
          await generateDemoActivities({
            em,
            units,
            collegeId: units[0].id,
            random: new Random(7),
            from: DEMO_FROM,
            until: DEMO_UNTIL,
            diligence: (id) => diligence.get(id) ?? "TYPICAL",
          });
        }),
    });
  });
  afterAll(() => app.close());

  it("seeds the 1,500-member demo college with activities", async () => {
    const [n] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM activity_attendance)::int AS attendance,
              (SELECT count(*) FROM study_record)::int AS studies, (SELECT count(*) FROM semester)::int AS semesters`,
    );
    expect(n.semesters).toBe(6);
    expect(n.activities).toBeGreaterThan(2000);
    expect(n.attendance).toBeGreaterThan(30000);
    expect(n.studies).toBeGreaterThan(300);
  });

  it("lets exemplary and typical faculty reach 24 h with 4 h integrity while lagging ones fall short", async () => {
    const rows: Array<{ branch_id: string; category: string; total: string; integrity: string }> = await app.dataSource.query(
      `WITH m AS (SELECT id, branch_id, category FROM member WHERE status = 'ACTIVE'),
            c AS (SELECT at.member_id, a.education_hours h, a.integrity_hours i FROM activity_attendance at JOIN activity a ON a.id = at.activity_id
                   WHERE at.status = 'PRESENT' AND at.confirmed_at IS NOT NULL AND a.held_on BETWEEN '2026-01-01' AND '2026-12-31'
                  UNION ALL SELECT member_id, hours, integrity_hours FROM study_record WHERE studied_on BETWEEN '2026-01-01' AND '2026-12-31')
       SELECT m.branch_id, m.category::text, coalesce(sum(c.h), 0) AS total, coalesce(sum(c.i), 0) AS integrity
         FROM m LEFT JOIN c ON c.member_id = m.id GROUP BY m.id, m.branch_id, m.category`,
    );
    const share = (pred: (r: (typeof rows)[0]) => boolean, ok: (r: (typeof rows)[0]) => boolean) => {
      const group = rows.filter(pred);
      return group.filter(ok).length / group.length;
    };
    const faculty = (r: (typeof rows)[0]) => r.category === "FACULTY";
    const meetsFaculty = (r: (typeof rows)[0]) => Number(r.total) >= 24 && Number(r.integrity) >= 4;
    expect(share((r) => faculty(r) && diligence.get(r.branch_id) !== "LAGGING", meetsFaculty)).toBeGreaterThan(0.85);
    expect(share((r) => faculty(r) && diligence.get(r.branch_id) === "LAGGING", meetsFaculty)).toBeLessThan(0.5);
    expect(
      share(
        (r) => r.category === "STUDENT" && diligence.get(r.branch_id) !== "LAGGING",
        (r) => Number(r.total) >= 16,
      ),
    ).toBeGreaterThan(0.85);
    expect(
      share(
        (r) => r.category === "STUDENT" && diligence.get(r.branch_id) === "LAGGING",
        (r) => Number(r.total) >= 16,
      ),
    ).toBeLessThan(0.5);
  });

  it("has exemplary branches meet every month, typical ones with a couple of short meetings, lagging ones missing many", async () => {
    // Months (outside vacation) in which the branch held as many organisational-life meetings as its kind requires.
    const rows: Array<{ id: string; months: number; short: number }> = await app.dataSource.query(
      `WITH per_month AS (
         SELECT b.id, b.branch_kind, date_trunc('month', a.held_on) AS month, count(a.id) AS n,
                count(a.id) FILTER (WHERE a.duration_minutes < 120) AS short
           FROM org_unit b JOIN activity a ON a.host_unit_id = b.id AND a.type = 'ORGANISATIONAL_LIFE'
          WHERE b.kind = 'BRANCH' AND extract(month FROM a.held_on) NOT IN (1, 2, 7, 8)
          GROUP BY b.id, b.branch_kind, date_trunc('month', a.held_on))
       SELECT b.id, count(p.month) FILTER (WHERE p.n >= CASE WHEN b.branch_kind = 'STUDENT' THEN 2 ELSE 1 END)::int AS months,
              coalesce(sum(p.short), 0)::int AS short
         FROM org_unit b LEFT JOIN per_month p ON p.id = b.id WHERE b.kind = 'BRANCH' GROUP BY b.id`,
    );
    // Sep 2025 … Nov 2026 outside vacation months: 11 months.
    for (const r of rows.filter((x) => diligence.get(x.id) === "EXEMPLARY")) expect(r).toMatchObject({ months: 11, short: 0 });
    const typical = rows.filter((x) => diligence.get(x.id) === "TYPICAL");
    expect(typical.some((r) => r.short > 0)).toBe(true);
    const lagging = rows.filter((x) => diligence.get(x.id) === "LAGGING");
    expect(lagging.length).toBeGreaterThan(3);
    expect(lagging.every((r) => r.months < 11)).toBe(true);
  });

  it("gives most units a room (some too small, some shared, a few none) and most branches a handed-in record book", async () => {
    const [rooms] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM activity_room WHERE area < 20)::int AS small,
              (SELECT count(*) FROM (SELECT room_id FROM activity_room_user GROUP BY room_id HAVING count(*) > 1) s)::int AS shared,
              (SELECT count(*) FROM org_unit u WHERE u.kind IN ('BRANCH','GENERAL_BRANCH')
                  AND NOT EXISTS (SELECT 1 FROM activity_room_user ru WHERE ru.unit_id = u.id))::int AS without`,
    );
    expect(rooms.small).toBeGreaterThan(0);
    expect(rooms.shared).toBeGreaterThan(3);
    expect(rooms.without).toBeGreaterThan(0);
    expect(rooms.without).toBeLessThan(10);
    const handIns: Array<{ label: string; n: number }> = await app.dataSource.query(
      `SELECT s.academic_year || s.term AS label, count(h.id)::int AS n FROM semester s LEFT JOIN record_book_hand_in h ON h.semester_id = s.id
        GROUP BY s.id ORDER BY s.starts_on`,
    );
    expect(handIns.find((h) => h.label === "2025-2026AUTUMN")!.n).toBeGreaterThan(28);
    expect(handIns.find((h) => h.label === "2025-2026SPRING")!.n).toBeGreaterThan(28);
    expect(handIns.find((h) => h.label === "2026-2027AUTUMN")!.n).toBe(0);
    const lagging = [...diligence].filter(([, d]) => d === "LAGGING").map(([id]) => id);
    const [missing] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM org_unit b WHERE b.kind = 'BRANCH' AND b.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM record_book_hand_in h WHERE h.branch_id = b.id)`,
      [lagging],
    );
    expect(missing.n).toBeGreaterThan(0);
  });
});
