import { getNamedType, isEnumType } from "graphql";
import { UserRole } from "../api/src/auth/roles";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { MemberCategory } from "./support/generated/graphql";
import { mutate, mutationFields, resultTypes, write, type Written } from "./support/mutations";
import { Client, startTestApp, TestApp } from "./support/test-app";

/**
 * Every typed refusal the API can return, triggered through the API, with a fingerprint of every
 * table (rows, the sum of their xmin, a hash of their contents) taken before and after: a refusal
 * writes nothing (@Transaction() rolls back the mutation's savepoint), as test/input-fuzz.e2e-spec.ts
 * checks for invalid input. The exception is sign-in: a wrong password is answered with
 * `LoginRefused` and must write its failure count (and audit entry), or the check would be a free
 * guessing oracle — those cases name exactly the tables they write.
 *
 * Each case prepares its records before the first fingerprint (through the API, or SQL where the API
 * has no way to make the state), then sends the one refused mutation. The last tests check the
 * coverage: every RefusalCode of the schema is triggered, and every mutation that can answer with a
 * Refusal has a case (or a reason here why it never does).
 */
interface Case {
  mutation: string;
  code: string;
  /** The refusal's `field`, exactly (null: none). Not asked of LoginRefused, which has no field. */
  field?: string | null;
  /** Why it is refused, for the test's title. */
  why: string;
  /** Prepares what the refusal needs and answers the mutation's input. */
  input: () => Promise<Record<string, unknown>>;
  /** Sends it as another client (default: the college's administrator). */
  as?: () => Promise<Client>;
  /** Tables the answer must write (only sign-in's refusals do); every other table must be unchanged. */
  writes?: string[];
}

/**
 * Mutations whose result union includes Refusal but whose code never returns one today; listed so
 * a new refusal in them needs a case here.
 */
const NEVER_REFUSE: Record<string, string> = {
  setComplianceSetting:
    "a caller below the college root is FORBIDDEN (an error, as for calendar writes) and a bad value BAD_USER_INPUT; the union leaves room for a domain rule",
  renameOrgUnit: "renames any unit in scope; an archived unit may still be renamed",
  updateOrgUnit: "kind attributes are field errors (BAD_USER_INPUT), not refusals",
  adjustDues: "a dues record has no archived state; amounts are field errors",
  updateUser: "role and scope errors are field errors or NOT_FOUND",
};

/**
 * Refusal codes no mutation returns yet, each with where it is returned from and tested; listed so
 * the first mutation that returns one needs a case here instead.
 */
const NOT_RETURNED_YET: Record<string, string> = {};

describe("every typed refusal writes nothing", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let tables: string[];
  const triggered = new Set<string>();
  const covered = new Set<string>();

  // Fixtures shared by the cases, made once before any fingerprint.
  const f = {} as {
    gb: string;
    b1: string;
    b2: string;
    otherBranch: string;
    archivedGb: string;
    archivedBranch: string;
    archivedGroup: string;
    archivedGroupOfB2: string;
    group: string;
    otherGroup: string;
    s1: string;
    s2: string;
    s3: string;
    f1: string;
    f3: string;
    removed: string;
    mass: string;
    studentPerson: string;
    autumn: string;
  };

  /** A record's id and current version (records change between the fixtures and the case). */
  const current = async (table: string, id: string) => {
    const [row] = await app.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return { id, version: row.version as number };
  };
  const w = (name: string, input: Record<string, unknown>) => write(app, name, input);
  const unit = (kind: string, name: string, parentId: string, extra: Record<string, unknown> = {}) =>
    w("createOrgUnit", { kind, name, parentId, ...extra }).then((u) => u.id);
  const archivedUnit = async (kind: string, name: string, parentId: string, extra: Record<string, unknown> = {}) => {
    const made = await w("createOrgUnit", { kind, name, parentId, ...extra });
    await w("archiveOrgUnit", { ...made, reason: "撤销" });
    return made.id;
  };
  /** Creates a record with `create`, archives it with `archive` (a reason given), answers its id and version. */
  const archivedRecord = async (create: string, input: Record<string, unknown>, archive: string) => {
    const made = await w(create, input);
    return w(archive, { ...made, reason: "作废" });
  };
  const activityInput = (hostUnitId: string, extra: Record<string, unknown> = {}) => ({
    hostUnitId,
    type: "ORGANISATIONAL_LIFE",
    topic: "组织生活会",
    place: "党员活动室",
    startsAt: "2025-10-15T06:00:00.000Z",
    endsAt: "2025-10-15T08:00:00.000Z",
    ...extra,
  });

  /** Every table's rows, xmin sum and content hash (user_session: authenticating touches last_used_at once a minute). */
  async function fingerprint(): Promise<Record<string, string>> {
    const parts = tables.map(
      (t) =>
        `(SELECT count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`,
    );
    const [row] = await app.dataSource.query(`SELECT ${parts.join(", ")}`);
    return row;
  }
  const changed = (before: Record<string, string>, after: Record<string, string>) => tables.filter((t) => before[t] !== after[t]);

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    tables = (
      await app.dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'user_session' ORDER BY tablename`,
      )
    ).map((r: { tablename: string }) => r.tablename);
    f.gb = units["财经学院党总支"].id;
    f.b1 = units["财经学院学生支部"].id;
    f.b2 = units["财经学院教工一支部"].id;
    f.otherBranch = units["管理工程学院学生支部"].id;
    f.archivedGb = await archivedUnit("GENERAL_BRANCH", "已撤销的党总支", app.collegeId!);
    f.archivedBranch = await archivedUnit("BRANCH", "已撤销的学生支部", f.gb, { branchKind: "STUDENT" });
    f.archivedGroup = await archivedUnit("GROUP", "已撤销的党小组", f.b1, { groupPurpose: "OTHER" });
    f.archivedGroupOfB2 = await archivedUnit("GROUP", "已撤销的教工党小组", f.b2, { groupPurpose: "OTHER" });
    f.group = await unit("GROUP", "会计党小组", f.b1, { groupPurpose: "OTHER" });
    f.otherGroup = await unit("GROUP", "管理学院党小组", f.otherBranch, { groupPurpose: "OTHER" });
    const member = (branchId: string, name: string, category: MemberCategory) => createMember(app, branchId, { name, category });
    f.s1 = (await member(f.b1, "学生一", "STUDENT")).id;
    f.s2 = (await member(f.b1, "学生二", "STUDENT")).id;
    f.s3 = (await member(f.otherBranch, "外学院学生", "STUDENT")).id;
    f.f1 = (await member(f.b2, "教工一", "FACULTY")).id;
    f.f3 = (await member(f.b2, "教工三", "FACULTY")).id;
    const removed = await member(f.b1, "已出册党员", "STUDENT");
    await w("removeMember", { ...removed, reason: "TRANSFER_OUT", occurredOn: "2025-06-30" });
    f.removed = removed.id;
    f.mass = (await w("createPerson", { name: "党外群众", kind: "MASS", unitId: f.b1 })).id;
    f.studentPerson = (await w("createPerson", { name: "学生群众", kind: "STUDENT", unitId: f.b1 })).id;
    [{ id: f.autumn }] = await app.dataSource.query(`SELECT id FROM semester WHERE academic_year = '2025-2026' AND term = 'AUTUMN'`);
  });
  afterAll(() => app.close());

  const CASES: Case[] = [
    // ── the org tree ─────────────────────────────────────────────────────────────────────────────
    {
      mutation: "createOrgUnit",
      code: "INVALID_PARENT",
      field: "parentId",
      why: "a party group directly under a general branch",
      input: async () => ({ kind: "GROUP", name: "总支下的党小组", parentId: f.gb, groupPurpose: "OTHER" }),
    },
    {
      mutation: "createOrgUnit",
      code: "UNIT_ARCHIVED",
      field: "parentId",
      why: "a branch under an archived general branch",
      input: async () => ({ kind: "BRANCH", branchKind: "STUDENT", name: "新支部", parentId: f.archivedGb }),
    },
    {
      mutation: "moveOrgUnit",
      code: "MOVE_INTO_OWN_SUBTREE",
      field: "newParentId",
      why: "a general branch under its own branch",
      input: async () => ({ ...(await current("org_unit", f.gb)), newParentId: f.b1 }),
    },
    {
      mutation: "moveOrgUnit",
      code: "INVALID_PARENT",
      field: "parentId",
      why: "a branch under a party group",
      input: async () => ({ ...(await current("org_unit", f.b2)), newParentId: f.group }),
    },
    {
      mutation: "moveOrgUnit",
      code: "UNIT_ARCHIVED",
      field: "parentId",
      why: "a branch under an archived general branch",
      input: async () => ({ ...(await current("org_unit", f.b2)), newParentId: f.archivedGb }),
    },
    {
      mutation: "archiveOrgUnit",
      code: "UNIT_ARCHIVED",
      field: null,
      why: "a unit archived already",
      input: async () => ({ ...(await current("org_unit", f.archivedBranch)), reason: "再次撤销" }),
    },
    {
      mutation: "archiveOrgUnit",
      code: "UNIT_NOT_EMPTY",
      field: null,
      why: "a general branch with live branches",
      input: async () => ({ ...(await current("org_unit", f.gb)), reason: "撤销" }),
    },
    // ── committees ──────────────────────────────────────────────────────────────────────────────
    {
      mutation: "appointCommitteeMember",
      code: "UNIT_ARCHIVED",
      field: "unitId",
      why: "a seat on an archived branch's committee",
      input: async () => ({ unitId: f.archivedBranch, memberId: f.s1, role: "MEMBER", termStart: "2025-09-01" }),
    },
    {
      mutation: "appointCommitteeMember",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => ({ unitId: f.b1, memberId: f.removed, role: "MEMBER", termStart: "2025-09-01" }),
    },
    {
      mutation: "appointCommitteeMember",
      code: "MEMBER_NOT_IN_UNIT",
      field: "memberId",
      why: "a member of another branch",
      input: async () => ({ unitId: f.b1, memberId: f.f1, role: "MEMBER", termStart: "2025-09-01" }),
    },
    {
      mutation: "endCommitteeTerm",
      code: "ALREADY_ENDED",
      field: null,
      why: "a seat ended already",
      input: async () => {
        const seat = await w("appointCommitteeMember", { unitId: f.b1, memberId: f.s1, role: "MEMBER", termStart: "2025-09-01" });
        const ended = await w("endCommitteeTerm", { ...seat, endedOn: "2025-12-31" });
        return { ...ended, endedOn: "2026-01-31" };
      },
    },
    // ── members and people ─────────────────────────────────────────────────────────────────────────
    {
      mutation: "createMember",
      code: "UNIT_ARCHIVED",
      field: "branchId",
      why: "into an archived branch",
      input: async () => ({ name: "新党员", gender: "MALE", category: "STUDENT", standing: "FULL", branchId: f.archivedBranch }),
    },
    {
      mutation: "createMember",
      code: "UNIT_ARCHIVED",
      field: "groupId",
      why: "into an archived party group",
      input: async () => ({
        name: "新党员",
        gender: "MALE",
        category: "STUDENT",
        standing: "FULL",
        branchId: f.b1,
        groupId: f.archivedGroup,
      }),
    },
    {
      mutation: "updateMember",
      code: "MEMBER_NOT_ACTIVE",
      field: null,
      why: "a removed member",
      input: async () => ({ ...(await current("member", f.removed)), name: "改名" }),
    },
    {
      mutation: "updateMember",
      code: "UNIT_ARCHIVED",
      field: "groupId",
      why: "into an archived party group",
      input: async () => ({ ...(await current("member", f.s2)), groupId: f.archivedGroup }),
    },
    {
      mutation: "transferMember",
      code: "MEMBER_NOT_ACTIVE",
      field: null,
      why: "a removed member",
      input: async () => ({ ...(await current("member", f.removed)), toBranchId: f.b2, transferredOn: "2025-10-01" }),
    },
    {
      mutation: "transferMember",
      code: "SAME_BRANCH",
      field: "toBranchId",
      why: "to the branch they are in",
      input: async () => ({ ...(await current("member", f.s2)), toBranchId: f.b1, transferredOn: "2025-10-01" }),
    },
    {
      mutation: "transferMember",
      code: "UNIT_ARCHIVED",
      field: "toBranchId",
      why: "to an archived branch",
      input: async () => ({ ...(await current("member", f.s2)), toBranchId: f.archivedBranch, transferredOn: "2025-10-01" }),
    },
    {
      mutation: "transferMember",
      code: "UNIT_ARCHIVED",
      field: "groupId",
      why: "into an archived group of the new branch",
      input: async () => ({
        ...(await current("member", f.s2)),
        toBranchId: f.b2,
        toGroupId: f.archivedGroupOfB2,
        transferredOn: "2025-10-01",
      }),
    },
    {
      mutation: "removeMember",
      code: "MEMBER_NOT_ACTIVE",
      field: null,
      why: "a member removed already",
      input: async () => ({ ...(await current("member", f.removed)), reason: "OTHER", occurredOn: "2025-10-01" }),
    },
    {
      mutation: "linkMassContact",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "for a removed member",
      input: async () => ({ memberId: f.removed, personId: f.mass, since: "2025-10-01" }),
    },
    {
      mutation: "linkMassContact",
      code: "ALREADY_LINKED",
      field: null,
      why: "the same pair twice",
      input: async () => {
        await w("linkMassContact", { memberId: f.s1, personId: f.mass, since: "2025-10-01" });
        return { memberId: f.s1, personId: f.mass, since: "2025-11-01" };
      },
    },
    {
      mutation: "endMassContact",
      code: "ALREADY_ENDED",
      field: null,
      why: "a contact ended already",
      input: async () => {
        const link = await w("linkMassContact", { memberId: f.s2, personId: f.mass, since: "2025-10-01" });
        const ended = await w("endMassContact", { ...link, until: "2025-12-31" });
        return { ...ended, until: "2026-01-31" };
      },
    },
    // ── activities, record books, study ───────────────────────────────────────────────────────────
    {
      mutation: "createActivity",
      code: "UNIT_ARCHIVED",
      field: "hostUnitId",
      why: "hosted by an archived branch",
      input: async () => activityInput(f.archivedBranch),
    },
    {
      mutation: "createActivity",
      code: "MEMBER_NOT_IN_UNIT",
      field: "attendance",
      why: "a member of another branch not marked as guest",
      input: async () => activityInput(f.b1, { attendance: [{ memberId: f.f1, status: "PRESENT" }] }),
    },
    {
      mutation: "updateActivity",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived activity",
      input: async () => ({ ...(await archivedRecord("createActivity", activityInput(f.b1), "archiveActivity")), topic: "改题" }),
    },
    {
      mutation: "setActivityAttendance",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived activity",
      input: async () => {
        const activity = await archivedRecord("createActivity", activityInput(f.b1), "archiveActivity");
        return { activityId: activity.id, version: activity.version, attendance: [{ memberId: f.s1, status: "PRESENT" }] };
      },
    },
    {
      mutation: "setActivityAttendance",
      code: "MEMBER_NOT_IN_UNIT",
      field: "attendance",
      why: "a member of another branch not marked as guest",
      input: async () => {
        const activity = await w("createActivity", activityInput(f.b1, { attendance: [{ memberId: f.s1, status: "PRESENT" }] }));
        return {
          activityId: activity.id,
          version: activity.version,
          attendance: [
            { memberId: f.s1, status: "PRESENT" },
            { memberId: f.f1, status: "PRESENT" },
          ],
        };
      },
    },
    {
      mutation: "archiveActivity",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({ ...(await archivedRecord("createActivity", activityInput(f.b1), "archiveActivity")), reason: "再次归档" }),
    },
    {
      mutation: "confirmGuestAttendance",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a guest's attendance at an archived activity",
      input: async () => {
        const activity = await archivedRecord(
          "createActivity",
          activityInput(f.b1, { attendance: [{ memberId: f.f1, status: "PRESENT", isGuest: true }] }),
          "archiveActivity",
        );
        const [row] = await app.dataSource.query(`SELECT id, version FROM activity_attendance WHERE activity_id = $1`, [activity.id]);
        return { id: row.id, version: row.version };
      },
    },
    {
      mutation: "confirmGuestAttendance",
      code: "ALREADY_CONFIRMED",
      field: null,
      why: "a guest recorded by a secretary whose scope holds them (confirmed at once)",
      input: async () => {
        const activity = await w(
          "createActivity",
          activityInput(f.b1, { attendance: [{ memberId: f.f1, status: "PRESENT", isGuest: true }] }),
        );
        const [row] = await app.dataSource.query(`SELECT id, version FROM activity_attendance WHERE activity_id = $1`, [activity.id]);
        return { id: row.id, version: row.version };
      },
    },
    {
      mutation: "recordBookHandIn",
      code: "RECORD_BOOK_ALREADY_HANDED_IN",
      field: "semesterId",
      why: "a second hand-in for the semester",
      input: async () => {
        await w("recordBookHandIn", { branchId: f.b1, semesterId: f.autumn, handedInOn: "2026-01-15", receivedBy: "组织部" });
        return { branchId: f.b1, semesterId: f.autumn, handedInOn: "2026-01-20", receivedBy: "组织部" };
      },
    },
    {
      mutation: "updateStudyRecord",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived study record",
      input: async () => ({
        ...(await archivedRecord(
          "createStudyRecord",
          { memberId: f.s1, kind: "SELF_STUDY", studiedOn: "2025-10-01", title: "自学", hours: "2" },
          "archiveStudyRecord",
        )),
        hours: "3",
      }),
    },
    {
      mutation: "archiveStudyRecord",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({
        ...(await archivedRecord(
          "createStudyRecord",
          { memberId: f.s1, kind: "SELF_STUDY", studiedOn: "2025-10-01", title: "自学", hours: "2" },
          "archiveStudyRecord",
        )),
        reason: "再次归档",
      }),
    },
    // ── the calendar ─────────────────────────────────────────────────────────────────────────────
    {
      mutation: "createSemester",
      code: "SEMESTER_EXISTS",
      field: "term",
      why: "2025-2026 autumn exists",
      input: async () => ({ academicYear: "2025-2026", term: "AUTUMN", startsOn: "2025-09-01", endsOn: "2026-01-16" }),
    },
    {
      mutation: "createSemester",
      code: "SEMESTER_OVERLAP",
      field: "startsOn",
      why: "an autumn starting inside the spring before it",
      input: async () => ({ academicYear: "2027-2028", term: "AUTUMN", startsOn: "2027-06-15", endsOn: "2027-12-31" }),
    },
    {
      mutation: "updateSemester",
      code: "SEMESTER_OVERLAP",
      field: "startsOn",
      why: "a spring moved into the autumn before it",
      input: async () => {
        const [row] = await app.dataSource.query(`SELECT id, version FROM semester WHERE academic_year = '2026-2027' AND term = 'SPRING'`);
        return { id: row.id, version: row.version, startsOn: "2027-01-10" };
      },
    },
    // ── filed documents ────────────────────────────────────────────────────────────────────────────
    {
      mutation: "fileDocument",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member's thought report",
      input: async () => ({ kind: "THOUGHT_REPORT", memberId: f.removed, title: "思想汇报", filedOn: "2025-10-01" }),
    },
    {
      mutation: "fileDocument",
      code: "UNIT_ARCHIVED",
      field: "unitId",
      why: "an archived branch's plan",
      input: async () => ({ kind: "DEV_PLAN", unitId: f.archivedBranch, title: "发展计划", filedOn: "2025-10-01" }),
    },
    {
      mutation: "updateFiledDocument",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived document",
      input: async () => ({
        ...(await archivedRecord(
          "fileDocument",
          { kind: "DEV_PLAN", unitId: f.b1, title: "发展计划", filedOn: "2025-10-01" },
          "archiveFiledDocument",
        )),
        title: "改题",
      }),
    },
    {
      mutation: "archiveFiledDocument",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({
        ...(await archivedRecord(
          "fileDocument",
          { kind: "DEV_PLAN", unitId: f.b1, title: "发展计划", filedOn: "2025-10-01" },
          "archiveFiledDocument",
        )),
        reason: "再次作废",
      }),
    },
    // ── awards and governance records ─────────────────────────────────────────────────────────────
    {
      mutation: "nominateAward",
      code: "UNIT_ARCHIVED",
      field: "unitId",
      why: "an archived branch",
      input: async () => ({ kind: "ADVANCED_ORGANISATION", cycleYear: 2026, nominatedOn: "2026-03-01", unitId: f.archivedBranch }),
    },
    {
      mutation: "nominateAward",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => ({ kind: "EXCELLENT_MEMBER", cycleYear: 2026, nominatedOn: "2026-03-01", memberId: f.removed }),
    },
    {
      mutation: "advanceAward",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived nomination",
      input: async () => ({
        ...(await archivedRecord(
          "nominateAward",
          { kind: "EXCELLENT_MEMBER", cycleYear: 2026, nominatedOn: "2026-03-01", memberId: f.s1 },
          "archiveAward",
        )),
        to: "REVIEWED",
        on: "2026-04-01",
        reviewer: "组织部",
      }),
    },
    {
      mutation: "advanceAward",
      code: "INVALID_TRANSITION",
      field: "to",
      why: "from nominated straight to awarded",
      input: async () => ({
        ...(await w("nominateAward", { kind: "EXCELLENT_MEMBER", cycleYear: 2026, nominatedOn: "2026-03-01", memberId: f.s2 })),
        to: "AWARDED",
        on: "2026-04-01",
      }),
    },
    {
      mutation: "archiveAward",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({
        ...(await archivedRecord(
          "nominateAward",
          { kind: "EXCELLENT_MEMBER", cycleYear: 2026, nominatedOn: "2026-03-01", memberId: f.s1 },
          "archiveAward",
        )),
        reason: "再次作废",
      }),
    },
    ...governanceCases(
      "Recognition",
      "createRecognition",
      "updateRecognition",
      "archiveRecognition",
      (unitId) => ({ unitId, kind: "HONOUR", level: "SCHOOL", title: "先进党支部", issuer: "学校党委", occurredOn: "2025-07-01" }),
      { title: "改题" },
    ),
    ...governanceCases(
      "PartyAffairsNotice",
      "createPartyAffairsNotice",
      "updatePartyAffairsNotice",
      "archivePartyAffairsNotice",
      (unitId) => ({ unitId, channel: "BOARD", publishedOn: "2025-10-01", title: "党务公开" }),
      { title: "改题" },
    ),
    ...governanceCases(
      "MajorDecision",
      "createMajorDecision",
      "updateMajorDecision",
      "archiveMajorDecision",
      (unitId) => ({
        unitId,
        category: "MAJOR_DECISION",
        title: "重大决策",
        decidedOn: "2025-10-10",
        consultedOn: "2025-10-01",
        consultedWith: "全体教职工",
        consultation: "座谈",
      }),
      { title: "改题" },
    ),
    ...governanceCases(
      "IntegrityRisk",
      "createIntegrityRisk",
      "updateIntegrityRisk",
      "archiveIntegrityRisk",
      (unitId) => ({
        unitId,
        riskPoint: "经费报销",
        keyPoint: "审批",
        controlMeasures: "双人审核",
        responsiblePerson: "支部书记",
        reviewedOn: "2025-10-01",
      }),
      { riskPoint: "改" },
    ),
    // ── funds, dues, allowances ─────────────────────────────────────────────────────────────────────
    ...governanceCases(
      "FundAllocation",
      "createFundAllocation",
      "updateFundAllocation",
      "archiveFundAllocation",
      (branchId) => ({ branchId, year: 2025, amount: "100.00", source: "OTHER", allocatedOn: "2025-03-01" }),
      { amount: "200.00" },
      "branchId",
    ),
    ...governanceCases(
      "FundSpending",
      "createFundSpending",
      "updateFundSpending",
      "archiveFundSpending",
      (branchId) => ({ branchId, spentOn: "2025-10-01", amount: "50.00", purpose: "购书" }),
      { amount: "60.00" },
      "branchId",
    ),
    {
      mutation: "recordDues",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => ({ memberId: f.removed, month: "2025-10", amountDue: "10.00", amountPaid: "10.00", paidOn: "2025-10-10" }),
    },
    {
      mutation: "recordDues",
      code: "DUES_ALREADY_RECORDED",
      field: "month",
      why: "a month recorded already",
      input: async () => {
        await w("recordDues", { memberId: f.s1, month: "2025-10", amountDue: "10.00", amountPaid: "10.00", paidOn: "2025-10-10" });
        return { memberId: f.s1, month: "2025-10", amountDue: "10.00", amountPaid: "10.00", paidOn: "2025-10-11" };
      },
    },
    {
      mutation: "recordBranchDues",
      code: "UNIT_ARCHIVED",
      field: "branchId",
      why: "an archived branch",
      input: async () => ({
        branchId: f.archivedBranch,
        month: "2025-11",
        rows: [{ memberId: f.s1, amountDue: "10.00", amountPaid: "0.00" }],
      }),
    },
    {
      mutation: "recordBranchDues",
      code: "MEMBER_NOT_IN_UNIT",
      field: "rows.1.memberId",
      why: "a member of another branch in row 2",
      input: async () => ({
        branchId: f.b1,
        month: "2025-11",
        rows: [
          { memberId: f.s2, amountDue: "10.00", amountPaid: "0.00" },
          { memberId: f.f1, amountDue: "10.00", amountPaid: "0.00" },
        ],
      }),
    },
    {
      mutation: "recordBranchDues",
      code: "DUES_ALREADY_RECORDED",
      field: "rows",
      why: "a month recorded already for one of the rows",
      input: async () => {
        await w("recordDues", { memberId: f.s2, month: "2025-12", amountDue: "10.00", amountPaid: "0.00" });
        return {
          branchId: f.b1,
          month: "2025-12",
          rows: [
            { memberId: f.s1, amountDue: "10.00", amountPaid: "0.00" },
            { memberId: f.s2, amountDue: "10.00", amountPaid: "0.00" },
          ],
        };
      },
    },
    {
      mutation: "createPartyWorkAllowance",
      code: "UNIT_ARCHIVED",
      field: "unitId",
      why: "an archived branch",
      input: async () => allowance(f.archivedBranch, f.s1, 2025),
    },
    {
      mutation: "createPartyWorkAllowance",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => allowance(f.b1, f.removed, 2025),
    },
    {
      mutation: "createPartyWorkAllowance",
      code: "MEMBER_NOT_IN_UNIT",
      field: "memberId",
      why: "a member of another branch",
      input: async () => allowance(f.b1, f.f1, 2025),
    },
    {
      mutation: "createPartyWorkAllowance",
      code: "ALLOWANCE_ALREADY_RECORDED",
      field: "postKind",
      why: "the same post and year twice",
      input: async () => {
        await w("createPartyWorkAllowance", allowance(f.b1, f.s1, 2025));
        return allowance(f.b1, f.s1, 2025);
      },
    },
    {
      mutation: "updatePartyWorkAllowance",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived allowance",
      input: async () => ({
        ...(await archivedRecord("createPartyWorkAllowance", allowance(f.b1, f.s2, 2024), "archivePartyWorkAllowance")),
        amount: "700.00",
      }),
    },
    {
      mutation: "archivePartyWorkAllowance",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({
        ...(await archivedRecord("createPartyWorkAllowance", allowance(f.b1, f.s2, 2023), "archivePartyWorkAllowance")),
        reason: "再次作废",
      }),
    },
    // ── liaison (三联二访) ─────────────────────────────────────────────────────────────────────────
    {
      mutation: "createLiaisonAssignment",
      code: "MEMBER_NOT_ACTIVE",
      field: "liaisonMemberId",
      why: "a removed teacher",
      input: async () => ({
        kind: "TEACHER_TO_STUDENTS",
        liaisonMemberId: f.removed,
        studentPersonIds: [f.studentPerson],
        startDate: "2025-09-01",
      }),
    },
    {
      mutation: "createLiaisonAssignment",
      code: "UNIT_ARCHIVED",
      field: "targetUnitId",
      why: "a school leader to an archived college",
      input: async () => ({ kind: "SCHOOL_LEADER_TO_COLLEGE", leaderName: "王校长", targetUnitId: f.archivedGb, startDate: "2025-09-01" }),
    },
    {
      mutation: "createLiaisonAssignment",
      code: "RECORD_ARCHIVED",
      field: "targetClassId",
      why: "a college leader to an archived class",
      input: async () => {
        const cls = await archivedRecord(
          "createStudentClass",
          { collegeUnitId: f.gb, name: "已撤销班级甲", major: "会计", gradeYear: 2024 },
          "archiveStudentClass",
        );
        return { kind: "COLLEGE_LEADER_TO_CLASS", leaderName: "李院长", targetClassId: cls.id, startDate: "2025-09-01" };
      },
    },
    {
      mutation: "createLiaisonAssignment",
      code: "NOT_A_TEACHER",
      field: "liaisonMemberId",
      why: "a student member as the teacher",
      input: async () => ({
        kind: "TEACHER_TO_STUDENTS",
        liaisonMemberId: f.s1,
        studentPersonIds: [f.studentPerson],
        startDate: "2025-09-01",
      }),
    },
    {
      mutation: "createLiaisonAssignment",
      code: "ALREADY_LINKED",
      field: null,
      why: "the same leader and college in an overlapping span",
      input: async () => {
        await w("createLiaisonAssignment", {
          kind: "SCHOOL_LEADER_TO_COLLEGE",
          leaderName: "赵校长",
          targetUnitId: f.gb,
          startDate: "2025-09-01",
        });
        return { kind: "SCHOOL_LEADER_TO_COLLEGE", leaderName: "赵校长", targetUnitId: f.gb, startDate: "2026-01-01" };
      },
    },
    // These two are refused after the link itself was inserted: only the rollback keeps them from writing.
    {
      mutation: "createLiaisonAssignment",
      code: "NOT_A_STUDENT",
      field: "studentPersonIds",
      why: "a non-student person among the students (after the link is inserted)",
      input: async () => ({ kind: "TEACHER_TO_STUDENTS", liaisonMemberId: f.f1, studentPersonIds: [f.mass], startDate: "2025-09-01" }),
    },
    {
      mutation: "createLiaisonAssignment",
      code: "NOT_A_STUDENT",
      field: "studentMemberIds",
      why: "a faculty member among the students (after the link is inserted)",
      input: async () => ({ kind: "TEACHER_TO_STUDENTS", liaisonMemberId: f.f1, studentMemberIds: [f.f3], startDate: "2025-09-01" }),
    },
    {
      mutation: "endLiaisonAssignment",
      code: "ALREADY_ENDED",
      field: null,
      why: "a link ended in the past",
      input: async () => {
        const link = await w("createLiaisonAssignment", {
          kind: "TEACHER_TO_STUDENTS",
          liaisonMemberId: f.f1,
          studentPersonIds: [f.studentPerson],
          startDate: "2025-09-01",
        });
        const ended = await w("endLiaisonAssignment", { ...link, endDate: "2025-12-31" });
        return { ...ended, endDate: "2026-01-31" };
      },
    },
    {
      mutation: "addLiaisonStudents",
      code: "NOT_A_STUDENT",
      field: "personIds",
      why: "a non-student person",
      input: async () => ({ assignmentId: (await teacherLink()).id, personIds: [f.mass] }),
    },
    {
      mutation: "addLiaisonStudents",
      code: "ALREADY_LINKED",
      field: null,
      why: "a student on the list already",
      input: async () => ({ assignmentId: (await teacherLink()).id, personIds: [f.studentPerson] }),
    },
    {
      mutation: "createLiaisonVisit",
      code: "ASSIGNMENT_NOT_ACTIVE",
      field: "visitedOn",
      why: "a visit before the link began",
      input: async () => ({
        assignmentId: (await teacherLink()).id,
        kind: "STUDENT_DORM_VISIT",
        visitedOn: "2025-08-01",
        visitorMemberId: f.f1,
      }),
    },
    {
      mutation: "createLiaisonVisit",
      code: "NOT_ASSIGNMENT_LIAISON",
      field: "visitorMemberId",
      why: "another member as the visitor",
      input: async () => ({
        assignmentId: (await teacherLink()).id,
        kind: "STUDENT_DORM_VISIT",
        visitedOn: "2025-10-01",
        visitorMemberId: f.f3,
      }),
    },
    {
      mutation: "createLiaisonVisit",
      code: "NOT_ASSIGNMENT_LIAISON",
      field: "visitorName",
      why: "another leader's name on a named leader's link",
      input: async () => {
        const link = await w("createLiaisonAssignment", {
          kind: "SCHOOL_LEADER_TO_COLLEGE",
          leaderName: "钱校长",
          targetUnitId: units["管理工程学院党总支"].id,
          startDate: "2025-09-01",
        });
        return { assignmentId: link.id, kind: "LIAISON_VISIT", visitedOn: "2025-10-01", visitorName: "孙校长" };
      },
    },
    {
      mutation: "updateLiaisonVisit",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a voided visit",
      input: async () => ({ ...(await voidedVisit()), notes: "补记" }),
    },
    {
      mutation: "archiveLiaisonVisit",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "voided already",
      input: async () => ({ ...(await voidedVisit()), reason: "再次作废" }),
    },
    {
      mutation: "addLiaisonFollowUp",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "on a voided visit",
      input: async () => ({ visitId: (await voidedVisit()).id, content: "跟进" }),
    },
    {
      mutation: "resolveLiaisonFollowUp",
      code: "ALREADY_RESOLVED",
      field: null,
      why: "resolved already",
      input: async () => {
        const visit = await w("createLiaisonVisit", {
          assignmentId: (await teacherLink()).id,
          kind: "STUDENT_DORM_VISIT",
          visitedOn: "2025-10-02",
          visitorMemberId: f.f1,
          followUps: [{ content: "宿舍漏水" }],
        });
        const [followUp] = await app.dataSource.query(`SELECT id, version FROM liaison_follow_up WHERE visit_id = $1`, [visit.id]);
        const resolved = await w("resolveLiaisonFollowUp", { ...followUp, resolvedOn: "2025-10-10", resolution: "已报修" });
        return { ...resolved, resolvedOn: "2025-10-12", resolution: "再次办结" };
      },
    },
    // ── service posts, pledges, evaluations ─────────────────────────────────────────────────────────
    {
      mutation: "createServicePost",
      code: "UNIT_ARCHIVED",
      field: "hostUnitId",
      why: "hosted by an archived student branch",
      input: async () => postInput(f.archivedBranch, POLICY_POST_TYPE),
    },
    {
      mutation: "createServicePost",
      code: "RECORD_ARCHIVED",
      field: "typeId",
      why: "of a withdrawn post type",
      input: async () => {
        const type = await w("createServicePostType", { collegeId: app.collegeId, name: "已停用岗位类型" });
        // The API has no way to withdraw a post type: the state is made in SQL.
        await app.dataSource.query(`UPDATE service_post_type SET archived_at = now() WHERE id = $1`, [type.id]);
        return postInput(f.b1, type.id);
      },
    },
    {
      mutation: "updateServicePost",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a withdrawn post",
      input: async () => ({
        ...(await archivedRecord("createServicePost", postInput(f.b1, POLICY_POST_TYPE), "archiveServicePost")),
        name: "改名",
      }),
    },
    {
      mutation: "archiveServicePost",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "withdrawn already",
      input: async () => ({
        ...(await archivedRecord("createServicePost", postInput(f.b1, POLICY_POST_TYPE), "archiveServicePost")),
        reason: "再次撤岗",
      }),
    },
    {
      mutation: "appointServicePostHolder",
      code: "RECORD_ARCHIVED",
      field: "postId",
      why: "to a withdrawn post",
      input: async () => ({
        postId: (await archivedRecord("createServicePost", postInput(f.b1, POLICY_POST_TYPE), "archiveServicePost")).id,
        memberId: f.s1,
        startDate: "2025-09-01",
      }),
    },
    {
      mutation: "appointServicePostHolder",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => ({ postId: (await livePost()).id, memberId: f.removed, startDate: "2025-09-01" }),
    },
    {
      mutation: "appointServicePostHolder",
      code: "NOT_A_STUDENT",
      field: "memberId",
      why: "a faculty member",
      input: async () => ({ postId: (await livePost()).id, memberId: f.f1, startDate: "2025-09-01" }),
    },
    {
      mutation: "appointServicePostHolder",
      code: "MEMBER_NOT_IN_UNIT",
      field: "memberId",
      why: "a student of another college",
      input: async () => ({ postId: (await livePost()).id, memberId: f.s3, startDate: "2025-09-01" }),
    },
    {
      mutation: "appointServicePostHolder",
      code: "ALREADY_LINKED",
      field: null,
      why: "holding the post already",
      input: async () => {
        const post = await livePost();
        await w("appointServicePostHolder", { postId: post.id, memberId: f.s2, startDate: "2025-09-01" });
        return { postId: post.id, memberId: f.s2, startDate: "2025-10-01" };
      },
    },
    {
      mutation: "endServicePostHolder",
      code: "ALREADY_ENDED",
      field: null,
      why: "ended already",
      input: async () => {
        const holder = await w("appointServicePostHolder", { postId: (await livePost()).id, memberId: f.s1, startDate: "2025-09-01" });
        const ended = await w("endServicePostHolder", { ...holder, endDate: "2025-12-31" });
        return { ...ended, endDate: "2026-01-31" };
      },
    },
    {
      mutation: "createServicePledge",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => pledgeInput(f.removed),
    },
    {
      mutation: "updateServicePledge",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a withdrawn pledge",
      input: async () => ({ ...(await archivedRecord("createServicePledge", pledgeInput(f.f1), "archiveServicePledge")), pledge: "改" }),
    },
    {
      mutation: "archiveServicePledge",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "withdrawn already",
      input: async () => ({
        ...(await archivedRecord("createServicePledge", pledgeInput(f.f1), "archiveServicePledge")),
        reason: "再次撤回",
      }),
    },
    {
      mutation: "recordServiceEvaluation",
      code: "RECORD_ARCHIVED",
      field: "pledgeId",
      why: "of a withdrawn pledge",
      input: async () => ({
        pledgeId: (await archivedRecord("createServicePledge", pledgeInput(f.f1), "archiveServicePledge")).id,
        evaluatorKind: "PUBLIC",
        evaluatorLabel: "群众",
        score: 90,
        evaluatedOn: "2025-10-10",
      }),
    },
    {
      mutation: "recordServiceEvaluation",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "of a removed member",
      input: async () => ({ memberId: f.removed, evaluatorKind: "PUBLIC", evaluatorLabel: "群众", score: 90, evaluatedOn: "2025-10-10" }),
    },
    // ── classes ────────────────────────────────────────────────────────────────────────────────────
    {
      mutation: "createStudentClass",
      code: "UNIT_ARCHIVED",
      field: "collegeUnitId",
      why: "in an archived college",
      input: async () => ({ collegeUnitId: f.archivedGb, name: "新班级", major: "会计", gradeYear: 2025 }),
    },
    {
      mutation: "updateStudentClass",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived class",
      input: async () => ({ ...(await archivedClass()), major: "审计" }),
    },
    {
      mutation: "archiveStudentClass",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "archived already",
      input: async () => ({ ...(await archivedClass()), reason: "再次撤销" }),
    },
    {
      mutation: "addClassMember",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "to an archived class",
      input: async () => ({ classId: (await archivedClass()).id, memberId: f.s1, since: "2025-09-01" }),
    },
    {
      mutation: "addClassMember",
      code: "MEMBER_NOT_ACTIVE",
      field: "memberId",
      why: "a removed member",
      input: async () => ({ classId: (await liveClass()).id, memberId: f.removed, since: "2025-09-01" }),
    },
    {
      mutation: "addClassMember",
      code: "NOT_A_STUDENT",
      field: "memberId",
      why: "a faculty member",
      input: async () => ({ classId: (await liveClass()).id, memberId: f.f1, since: "2025-09-01" }),
    },
    {
      mutation: "addClassMember",
      code: "MEMBER_NOT_IN_UNIT",
      field: "memberId",
      why: "a student of another college",
      input: async () => ({ classId: (await liveClass()).id, memberId: f.s3, since: "2025-09-01" }),
    },
    {
      mutation: "addClassMember",
      code: "ALREADY_LINKED",
      field: null,
      why: "in the class already",
      input: async () => {
        const cls = await liveClass();
        await w("addClassMember", { classId: cls.id, memberId: f.s2, since: "2025-09-01" });
        return { classId: cls.id, memberId: f.s2, since: "2025-10-01" };
      },
    },
    {
      mutation: "endClassMember",
      code: "ALREADY_ENDED",
      field: null,
      why: "ended already",
      input: async () => {
        const link = await w("addClassMember", { classId: (await liveClass()).id, memberId: f.s1, since: "2025-09-01" });
        const ended = await w("endClassMember", { ...link, until: "2025-12-31" });
        return { ...ended, until: "2026-01-31" };
      },
    },
    {
      mutation: "linkClassGroup",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "an archived class",
      input: async () => ({ classId: (await archivedClass()).id, groupUnitId: f.group, since: "2025-09-01" }),
    },
    {
      mutation: "linkClassGroup",
      code: "UNIT_ARCHIVED",
      field: "groupUnitId",
      why: "an archived party group",
      input: async () => ({ classId: (await liveClass()).id, groupUnitId: f.archivedGroup, since: "2025-09-01" }),
    },
    {
      mutation: "linkClassGroup",
      code: "OUTSIDE_UNIT",
      field: "groupUnitId",
      why: "a party group of another college",
      input: async () => ({ classId: (await liveClass()).id, groupUnitId: f.otherGroup, since: "2025-09-01" }),
    },
    {
      mutation: "linkClassGroup",
      code: "ALREADY_LINKED",
      field: null,
      why: "the same group twice",
      input: async () => {
        const cls = await liveClass();
        await w("linkClassGroup", { classId: cls.id, groupUnitId: f.group, since: "2025-09-01" });
        return { classId: cls.id, groupUnitId: f.group, since: "2025-10-01" };
      },
    },
    {
      mutation: "endClassGroup",
      code: "ALREADY_ENDED",
      field: null,
      why: "ended already",
      input: async () => {
        const link = await w("linkClassGroup", { classId: (await liveClass()).id, groupUnitId: f.group, since: "2025-09-01" });
        const ended = await w("endClassGroup", { ...link, until: "2025-12-31" });
        return { ...ended, until: "2026-01-31" };
      },
    },
    // ── rooms ──────────────────────────────────────────────────────────────────────────────────────
    {
      mutation: "createRoom",
      code: "UNIT_ARCHIVED",
      field: "ownerUnitId",
      why: "owned by an archived branch",
      input: async () => ({ ownerUnitId: f.archivedBranch, name: "活动室", area: "30" }),
    },
    {
      mutation: "updateRoom",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a room out of use",
      input: async () => ({
        ...(await archivedRecord("createRoom", { ownerUnitId: f.b1, name: "旧活动室", area: "30" }, "archiveRoom")),
        area: "31",
      }),
    },
    {
      mutation: "archiveRoom",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "out of use already",
      input: async () => ({
        ...(await archivedRecord("createRoom", { ownerUnitId: f.b1, name: "旧活动室", area: "30" }, "archiveRoom")),
        reason: "再次停用",
      }),
    },
    {
      mutation: "assignRoom",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a room out of use",
      input: async () => ({
        roomId: (await archivedRecord("createRoom", { ownerUnitId: f.b1, name: "旧活动室", area: "30" }, "archiveRoom")).id,
        unitId: f.b2,
        since: "2025-09-01",
      }),
    },
    {
      mutation: "assignRoom",
      code: "UNIT_ARCHIVED",
      field: "unitId",
      why: "to an archived branch",
      input: async () => ({
        roomId: (await w("createRoom", { ownerUnitId: f.b1, name: "共用活动室", area: "30" })).id,
        unitId: f.archivedBranch,
        since: "2025-09-01",
      }),
    },
    {
      mutation: "assignRoom",
      code: "ALREADY_LINKED",
      field: "unitId",
      why: "to a unit using it already",
      input: async () => {
        const room = await w("createRoom", { ownerUnitId: f.b1, name: "共用活动室", area: "30" });
        await w("assignRoom", { roomId: room.id, unitId: f.b2, since: "2025-09-01" });
        return { roomId: room.id, unitId: f.b2, since: "2025-10-01" };
      },
    },
    {
      mutation: "unassignRoom",
      code: "ALREADY_ENDED",
      field: null,
      why: "ended already",
      input: async () => {
        const room = await w("createRoom", { ownerUnitId: f.b1, name: "共用活动室", area: "30" });
        const link = await w("assignRoom", { roomId: room.id, unitId: f.b2, since: "2025-09-01" });
        const ended = await w("unassignRoom", { ...link, until: "2025-12-31" });
        return { ...ended, until: "2026-01-31" };
      },
    },
    // ── accounts and sign-in ────────────────────────────────────────────────────────────────────────
    {
      mutation: "createUser",
      code: "USERNAME_TAKEN",
      field: "username",
      why: "the test administrator's name",
      input: async () => ({
        username: "test.admin",
        displayName: "重名",
        password: "another-long-password-1",
        role: "ADMIN",
        scopeUnitId: app.collegeId,
      }),
    },
    {
      mutation: "revokeApiToken",
      code: "ALREADY_REVOKED",
      field: null,
      why: "revoked already",
      input: async () => {
        const made = await app.ok(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { apiToken { id version } } }`, {
          i: { name: "集成", permissions: ["ORG_READ"], scopeUnitId: app.collegeId },
        });
        const revoked = await w("revokeApiToken", made.createApiToken.apiToken);
        return revoked;
      },
    },
    // ── member development (each guard at its boundary: test/member-development-rules.e2e-spec.ts) ──────────
    {
      mutation: "applyForMembership",
      code: "RULE_NOT_MET",
      field: "appliedOn",
      why: "DEV_MIN_AGE: the day before the 18th birthday",
      input: async () => ({ branchId: f.b1, name: "未满十八岁", gender: "FEMALE", birthDate: "2007-10-02", appliedOn: "2025-10-01" }),
    },
    {
      mutation: "advanceDevelopmentCase",
      code: "INVALID_TRANSITION",
      field: "to",
      why: "an applicant straight to candidate",
      input: async () => ({ ...(await applicant()), to: "CANDIDATE", on: "2025-11-01" }),
    },
    ...(
      [
        ["recordDevelopmentProcedure", { procedure: "PARTY_SCHOOL_EXAM_PASSED", on: "2025-11-01" }],
        ["openDevelopmentNotice", { purpose: "CANDIDATE", startsOn: "2025-11-01", endsOn: "2025-11-07" }],
        ["assignDevelopmentContact", { role: "TRAINER", memberId: f.s1, on: "2025-11-01" }],
        ["recordDevelopmentVote", { purpose: "ADMISSION", heldOn: "2025-11-01", present: 1, votesFor: 1, votesAgainst: 0, abstentions: 0 }],
        ["approveAdmission", { on: "2025-11-01" }],
        ["recordProbationReport", { kind: "TO_BRANCH", on: "2025-11-01" }],
        ["applyForConversion", { on: "2025-11-01" }],
        ["approveConversion", { on: "2025-11-01" }],
        ["extendProbation", { on: "2025-11-01", until: "2026-01-01", note: "延长" }],
      ] as const
    ).map(([mutation, extra]): Case => ({
      mutation,
      code: "INVALID_TRANSITION",
      field: null,
      why: "a step of a later stage on an applicant",
      // The member fixture is read when the case runs (the fixtures are made in beforeAll).
      input: async () => ({ ...(await applicant()), ...extra, ...("memberId" in extra ? { memberId: f.s1 } : {}) }),
    })),
    {
      mutation: "closeDevelopmentNotice",
      code: "ALREADY_ENDED",
      field: null,
      why: "no notice open",
      input: async () => ({ ...(await applicant()), outcome: "NO_OBJECTION", on: "2025-11-01" }),
    },
    {
      mutation: "correctDevelopmentStep",
      code: "RULE_NOT_MET",
      field: "appliedOn",
      why: "DEV_MIN_AGE: an application date corrected to before the 18th birthday",
      input: async () => {
        const c = await applicant();
        const [step] = await app.dataSource.query(`SELECT id FROM development_step WHERE case_id = $1 AND kind = 'APPLICATION'`, [c.id]);
        return { ...c, stepId: step.id, on: "2017-12-31", reason: "日期录错" };
      },
    },
    // ── the rulebook ─────────────────────────────────────────────────────────────────────────────
    // A wrong password is counted (login_throttle) and, for a real account, audited: LoginRefused commits by design.
    {
      mutation: "login",
      code: "INVALID_CREDENTIALS",
      why: "a wrong password (counted and audited)",
      writes: ["audit_entry", "login_throttle"],
      as: async () => app.client(),
      input: async () => {
        await app.clientFor({ username: "refusal.login", role: UserRole.ADMIN, scopeUnitId: app.collegeId });
        return { username: "refusal.login", password: "wrong-password" };
      },
    },
    {
      mutation: "login",
      code: "ACCOUNT_LOCKED",
      why: "the fifth wrong password locks the name from this address (counted, audited, lock shown on the account)",
      writes: ["app_user", "audit_entry", "login_throttle"],
      as: async () => app.client(),
      input: async () => {
        // One wrong password already counted by the case above; three more here, the fifth is the case.
        for (let i = 0; i < 3; i++)
          expect(await mutate(app.client(), "login", { username: "refusal.login", password: "wrong-password" })).toMatchObject({
            errorCode: "INVALID_CREDENTIALS",
          });
        return { username: "refusal.login", password: "wrong-password" };
      },
    },
    {
      mutation: "login",
      code: "ACCOUNT_LOCKED",
      why: "a name locked already (the attempt is still counted)",
      writes: ["login_throttle"],
      as: async () => app.client(),
      input: async () => ({ username: "refusal.login", password: "any-password" }),
    },
    {
      mutation: "browserLogin",
      code: "INVALID_CREDENTIALS",
      why: "a wrong password at the browser sign-in (counted and audited like login; no cookie set)",
      writes: ["audit_entry", "login_throttle"],
      as: async () => app.client(),
      input: async () => {
        await app.clientFor({ username: "refusal.browser", role: UserRole.ADMIN, scopeUnitId: app.collegeId });
        return { username: "refusal.browser", password: "wrong-password" };
      },
    },
    {
      mutation: "changeMyPassword",
      code: "INVALID_CREDENTIALS",
      why: "a wrong current password (counted and audited)",
      writes: ["audit_entry", "login_throttle"],
      as: async () => passwordChanger,
      input: async () => {
        passwordChanger = await app.clientFor({ username: "refusal.password", role: UserRole.ADMIN, scopeUnitId: app.collegeId });
        return { currentPassword: "wrong-password", newPassword: "a-new-long-password-1" };
      },
    },
    {
      mutation: "changeMyPassword",
      code: "ACCOUNT_LOCKED",
      why: "the fifth wrong current password (counted, audited, lock shown on the account)",
      writes: ["app_user", "audit_entry", "login_throttle"],
      as: async () => passwordChanger,
      input: async () => {
        for (let i = 0; i < 3; i++)
          expect(
            await mutate(passwordChanger, "changeMyPassword", { currentPassword: "wrong-password", newPassword: "a-new-long-password-1" }),
          ).toMatchObject({ errorCode: "INVALID_CREDENTIALS" });
        return { currentPassword: "wrong-password", newPassword: "a-new-long-password-1" };
      },
    },
    // ── branch assessment ──
    {
      mutation: "advanceAssessmentSheet",
      code: "INVALID_TRANSITION",
      field: "to",
      why: "a sheet being scored sent straight to the branch",
      input: async () => ({ ...(await assessmentSheet()), to: "NOTIFIED", on: "2026-12-01" }),
    },
    {
      mutation: "advanceAssessmentSheet",
      code: "RULE_NOT_MET",
      field: "on",
      why: "an appeal on the 8th day after the notice (ASSESSMENT_APPEAL_WINDOW)",
      input: async () => ({ ...(await notifiedSheet()), to: "APPEALED", on: "2026-12-09", note: "对评分有异议" }),
    },
    {
      mutation: "scoreAssessmentElement",
      code: "INVALID_TRANSITION",
      field: null,
      why: "a sheet notified to its branch",
      input: async () => ({ ...(await notifiedSheet()), key: "1.1", score: 1, reason: "改分" }),
    },
    {
      mutation: "reproposeAssessmentSheet",
      code: "INVALID_TRANSITION",
      field: null,
      why: "a sheet notified to its branch",
      input: async () => notifiedSheet(),
    },
    {
      mutation: "archiveDisciplineCase",
      code: "RECORD_ARCHIVED",
      field: null,
      why: "a discipline case archived already",
      input: async () => ({
        ...(await archivedRecord(
          "recordDisciplineCase",
          { memberId: f.s1, decidedOn: "2026-01-10", level: "WARNING", decisionDocument: "纪〔2026〕1号" },
          "archiveDisciplineCase",
        )),
        reason: "再次作废",
      }),
    },
  ];

  /** A new applicant of the student branch (born 2000, applied 2025-10-01). */
  let applicants = 0;
  const applicant = () =>
    w("applyForMembership", {
      branchId: f.b1,
      name: `申请人${++applicants}`,
      gender: "MALE",
      birthDate: "2000-01-01",
      appliedOn: "2025-10-01",
    });
  /** A branch's sheet in a new special round of 2026, being scored. */
  async function assessmentSheet(): Promise<{ id: string; version: number }> {
    const round = await w("createAssessmentRound", { collegeId: app.collegeId, year: 2026, kind: "SPECIAL", branchIds: [f.b1] });
    const [sheet] = await app.dataSource.query(`SELECT id, version FROM assessment_sheet WHERE round_id = $1`, [round.id]);
    return sheet;
  }
  /** A sheet scored (every base sub-element 0), submitted on 2026-11-30 and notified on 2026-12-01. */
  async function notifiedSheet(): Promise<{ id: string; version: number }> {
    const sheet = await assessmentSheet();
    const { id } = sheet;
    let { version } = sheet;
    const keys: Array<{ key: string }> = await app.dataSource.query(
      `SELECT key FROM assessment_score WHERE sheet_id = $1 AND max IS NOT NULL ORDER BY indicator, key`,
      [id],
    );
    for (const { key } of keys) ({ version } = await w("scoreAssessmentElement", { id, version, key, score: 0, reason: "按材料评分" }));
    ({ version } = await w("advanceAssessmentSheet", { id, version, to: "SUBMITTED", on: "2026-11-30" }));
    ({ version } = await w("advanceAssessmentSheet", { id, version, to: "NOTIFIED", on: "2026-12-01" }));
    return { id, version };
  }

  let passwordChanger: Client;
  const POLICY_POST_TYPE = "5e1a0001-0000-4000-8000-000000000001"; // 政策宣传岗, seeded by migration liaison-service

  function governanceCases(
    type: string,
    create: string,
    update: string,
    archive: string,
    input: (unitId: string) => Record<string, unknown>,
    change: Record<string, unknown>,
    unitField = "unitId",
  ): Case[] {
    return [
      {
        mutation: create,
        code: "UNIT_ARCHIVED",
        field: unitField,
        why: `a ${type} of an archived branch`,
        input: async () => input(f.archivedBranch),
      },
      {
        mutation: update,
        code: "RECORD_ARCHIVED",
        field: null,
        why: `an archived ${type}`,
        input: async () => ({ ...(await archivedRecord(create, input(f.b1), archive)), ...change }),
      },
      {
        mutation: archive,
        code: "RECORD_ARCHIVED",
        field: null,
        why: `a ${type} archived already`,
        input: async () => ({ ...(await archivedRecord(create, input(f.b1), archive)), reason: "再次作废" }),
      },
    ];
  }
  function allowance(unitId: string, memberId: string, year: number) {
    return { unitId, memberId, year, postKind: "SECRETARY", post: "支部书记", workloadCredit: "10", amount: "600.00" };
  }
  async function teacherLink() {
    return w("createLiaisonAssignment", {
      kind: "TEACHER_TO_STUDENTS",
      liaisonMemberId: f.f1,
      studentPersonIds: [f.studentPerson],
      startDate: "2025-09-01",
    });
  }
  async function voidedVisit() {
    const visit = await w("createLiaisonVisit", {
      assignmentId: (await teacherLink()).id,
      kind: "STUDENT_DORM_VISIT",
      visitedOn: "2025-10-01",
      visitorMemberId: f.f1,
    });
    return w("archiveLiaisonVisit", { ...visit, reason: "录入有误" });
  }
  function postInput(hostUnitId: string, typeId: string) {
    return { hostUnitId, typeId, name: "宿舍政策宣传岗", placeKind: "DORM", place: "1号楼", duties: "宣传", termStart: "2025-09-01" };
  }
  const livePost = () => w("createServicePost", postInput(f.b1, POLICY_POST_TYPE));
  function pledgeInput(memberId: string) {
    return { memberId, serviceWindow: "财务处窗口", standard: "热情", identity: "党员", pledge: "当日办结", pledgedOn: "2025-10-01" };
  }
  let classes = 0;
  const liveClass = () =>
    w("createStudentClass", { collegeUnitId: f.gb, name: `会计25${String(++classes).padStart(2, "0")}`, major: "会计", gradeYear: 2025 });
  const archivedClass = async () =>
    archivedRecord(
      "createStudentClass",
      { collegeUnitId: f.gb, name: `已撤销班级${++classes}`, major: "会计", gradeYear: 2024 },
      "archiveStudentClass",
    );

  describe.each(CASES.map((c) => [`${c.mutation} → ${c.code}: ${c.why}`, c] as const))("%s", (_title, c) => {
    it(c.writes ? `is refused, writing exactly ${c.writes.join(", ")}` : "is refused and writes nothing", async () => {
      const input = await c.input();
      const client = c.as ? await c.as() : app;
      const before = await fingerprint();
      const answer: Written = await mutate(client, c.mutation, input);
      const after = await fingerprint();
      const expected: Record<string, unknown> = { __typename: c.writes ? "LoginRefused" : "Refusal", errorCode: c.code };
      if (c.field !== undefined) expected.field = c.field;
      expect({
        __typename: answer.__typename,
        errorCode: answer.errorCode,
        ...(c.field !== undefined ? { field: answer.field } : {}),
      }).toEqual(expected);
      triggered.add(c.code);
      covered.add(c.mutation);
      // The names of the tables that changed: [] for every Refusal.
      expect(changed(before, after)).toEqual(c.writes ?? []);
    });
  });

  it("triggers every refusal code the schema declares", () => {
    expect([...triggered].filter((code) => NOT_RETURNED_YET[code])).toEqual([]);
    expect([...triggered, ...Object.keys(NOT_RETURNED_YET)].sort()).toEqual(enumOf("RefusalCode").sort());
  });

  it("has a case for every mutation that can answer with a refusal, or a reason why it never does", () => {
    const refusing = mutationFields()
      .filter((m) => resultTypes(m).some((t) => t.getInterfaces().some((i) => i.name === "ErrorResult")))
      .map((m) => m.name);
    expect(refusing.filter((m) => !covered.has(m) && !NEVER_REFUSE[m]).sort()).toEqual([]);
    // A mutation listed as never refusing must still be one that could (its union has a refusal) and have no case.
    expect(Object.keys(NEVER_REFUSE).filter((m) => !refusing.includes(m) || covered.has(m))).toEqual([]);
  });
});

/** The values of an enum of the committed schema. */
function enumOf(name: string): string[] {
  const type = mutationFields()
    .flatMap((m) => resultTypes(m))
    .flatMap((t) => Object.values(t.getFields()))
    .map((field) => getNamedType(field.type))
    .find((t) => t.name === name);
  if (!type || !isEnumType(type)) throw new Error(`no enum ${name} reachable from the mutations' results`);
  return type.getValues().map((v) => v.name);
}
