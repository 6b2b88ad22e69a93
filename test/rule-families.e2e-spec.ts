import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { CreateMemberInput, MemberCategory } from "./support/generated/graphql";
import { mutate, write } from "./support/mutations";
import { CheckComplianceEvidenceLabels, CheckComplianceFindings } from "./support/operations";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * One case per rule family, computed by hand: the records go in through the API, the report comes
 * out of `compliance(…)`, and every expected number is worked out in a comment from the source's
 * rule (not read from the registry), so a wrong formula, filter or number in the engine fails here.
 * Each case uses units no other case touches (the structure seed has no members or records).
 */
const REPORT = CheckComplianceFindings;

interface Finding {
  ruleCode: string;
  status: string;
  periodKey: string;
  unitId: string;
  memberId: string | null;
  expected: string;
  actual: string;
  expectedValue: number;
  actualValue: number | null;
  evidence: Array<{ kind: string; id: string }>;
}

/** What a test compares: the judgement and its numbers, as text and as values. */
const judged = (f: Finding | undefined) =>
  f && { status: f.status, expected: f.expected, actual: f.actual, expectedValue: f.expectedValue, actualValue: f.actualValue };

describe("one hand-computed case per rule family, through the compliance API", () => {
  let app: TestApp;
  let units: Record<string, Unit>;

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  async function report(unit: string, from: string, to: string, codes: string[], asOf: string): Promise<Finding[]> {
    const data = await app.ok(REPORT, { u: units[unit].id, from, to, codes, asOf });
    return data.compliance.findings.items;
  }
  const of = (items: Finding[], code: string, periodKey: string, subjectId: string) =>
    items.filter((f) => f.ruleCode === code && f.periodKey === periodKey && (f.memberId ?? f.unitId) === subjectId);
  const one = (items: Finding[], code: string, periodKey: string, subjectId: string) => {
    const found = of(items, code, periodKey, subjectId);
    expect(found).toHaveLength(1);
    return judged(found[0]);
  };

  /** The evidence labels of a unit's only finding of a rule, sorted. */
  async function evidenceLabels(unit: string, code: string, from: string, to: string, asOf: string): Promise<Array<string | null>> {
    const data = await app.ok(CheckComplianceEvidenceLabels, { u: units[unit].id, from, to, codes: [code], asOf });
    const [finding] = data.compliance.findings.items.filter((f: { unitId: string }) => f.unitId === units[unit].id);
    return finding.evidence.map((e) => e.label).sort();
  }

  const member = (branch: string, name: string, category: MemberCategory, extra: Partial<CreateMemberInput> = {}) =>
    createMember(app, units[branch].id, { name, category, ...extra }).then((m) => m.id);

  /** An activity in Beijing time lasting `minutes`, e.g. meeting("离退休一支部", "2025-10-14T09:00", 120, "ORGANISATIONAL_LIFE"). */
  const activity = (unit: string, startsAt: string, minutes: number, type: string, extra: Record<string, unknown> = {}) => {
    const start = new Date(`${startsAt}:00+08:00`);
    return write(app, "createActivity", {
      hostUnitId: units[unit].id,
      type,
      topic: `${type} ${startsAt}`,
      place: "党员活动室",
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
      ...extra,
    });
  };

  it("ACTIVITIES: a retired branch's meetings against ORG_LIFE_RETIRED, ORG_LIFE_MIN_DURATION and BRANCH_COMMITTEE_MONTHLY", async () => {
    const branch = "离退休一支部"; // RETIRED: no vacation months (SEED_VACATION_MONTHS), so October and November are both judged
    await activity(branch, "2025-10-14T09:00", 120, "ORGANISATIONAL_LIFE");
    await activity(branch, "2025-10-21T09:00", 60, "BRANCH_COMMITTEE_MEETING");
    const short = await activity(branch, "2025-11-11T09:00", 119, "ORGANISATIONAL_LIFE");
    const items = await report(
      branch,
      "2025-10-01",
      "2025-11-30",
      ["ORG_LIFE_RETIRED", "ORG_LIFE_STAFF", "ORG_LIFE_MIN_DURATION", "BRANCH_COMMITTEE_MONTHLY"],
      "2026-01-10",
    );
    const id = units[branch].id;
    // 四(二)3(2) “离退休党支部每月一次组织生活”: one a month. October 1 ≥ 1; November 1 ≥ 1 (a short meeting still took place).
    expect(one(items, "ORG_LIFE_RETIRED", "2025-10", id)).toEqual({
      status: "MET",
      expected: "1次",
      actual: "1次",
      expectedValue: 1,
      actualValue: 1,
    });
    expect(one(items, "ORG_LIFE_RETIRED", "2025-11", id)).toEqual({
      status: "MET",
      expected: "1次",
      actual: "1次",
      expectedValue: 1,
      actualValue: 1,
    });
    // “每次组织生活不少于2个小时” = 120 minutes: October's 120 reaches it, November's 119 does not (and is the evidence).
    expect(one(items, "ORG_LIFE_MIN_DURATION", "2025-10", id)).toEqual({
      status: "MET",
      expected: "120分钟",
      actual: "120分钟",
      expectedValue: 120,
      actualValue: 120,
    });
    expect(one(items, "ORG_LIFE_MIN_DURATION", "2025-11", id)).toEqual({
      status: "UNMET",
      expected: "120分钟",
      actual: "119分钟",
      expectedValue: 120,
      actualValue: 119,
    });
    expect(of(items, "ORG_LIFE_MIN_DURATION", "2025-11", id)[0].evidence).toEqual([{ kind: "ACTIVITY", id: short.id }]);
    // 四(二)3(3) “党支部委员会一般每月开一次”: October 1 ≥ 1; November 0 < 1, short by 1.
    expect(one(items, "BRANCH_COMMITTEE_MONTHLY", "2025-10", id)).toEqual({
      status: "MET",
      expected: "1次",
      actual: "1次",
      expectedValue: 1,
      actualValue: 1,
    });
    expect(one(items, "BRANCH_COMMITTEE_MONTHLY", "2025-11", id)).toEqual({
      status: "UNMET",
      expected: "1次",
      actual: "0次",
      expectedValue: 1,
      actualValue: 0,
    });
    // The in-service cadence does not judge a retired branch at all.
    expect(items.filter((f) => f.ruleCode === "ORG_LIFE_STAFF")).toEqual([]);
  });

  it("EDUCATION_HOURS: 2.5 h at a meeting + 21.5 h of study = 24 h for one teacher; 21.5 h for one who missed the meeting", async () => {
    const branch = "机关七支部";
    const present = await member(branch, "学时达标", "FACULTY");
    const absent = await member(branch, "学时不足", "FACULTY");
    const retired = await member(branch, "离退休不计", "RETIRED");
    // A 3-hour meeting crediting 2.5 education hours, 1 of them integrity education.
    await activity(branch, "2025-06-10T14:00", 180, "THEORY_STUDY", {
      educationHours: "2.5",
      integrityHours: "1",
      attendance: [
        { memberId: present, status: "PRESENT" },
        { memberId: absent, status: "ABSENT" },
        { memberId: retired, status: "PRESENT" },
      ],
    });
    for (const memberId of [present, absent]) {
      await write(app, "createStudyRecord", {
        memberId,
        kind: "ONLINE_COURSE",
        studiedOn: "2025-09-01",
        title: "网上党校",
        hours: "21.5",
        integrityHours: "3",
      });
    }
    const items = await report(branch, "2025-01-01", "2025-12-31", ["EDU_HOURS_FACULTY", "EDU_INTEGRITY_FACULTY"], "2026-01-10");
    // 四(二)1 “教职工党员每年参加教育活动不少于24学时（其中廉政教育学时不少于4学时）”.
    // Present: 2.5 + 21.5 = 24 ≥ 24; integrity 1 + 3 = 4 ≥ 4.
    expect(one(items, "EDU_HOURS_FACULTY", "2025", present)).toEqual({
      status: "MET",
      expected: "24学时",
      actual: "24学时",
      expectedValue: 24,
      actualValue: 24,
    });
    expect(one(items, "EDU_INTEGRITY_FACULTY", "2025", present)).toEqual({
      status: "MET",
      expected: "4学时",
      actual: "4学时",
      expectedValue: 4,
      actualValue: 4,
    });
    // Absent: the meeting credits nothing, 0 + 21.5 = 21.5 < 24 (short 2.5); integrity 0 + 3 = 3 < 4.
    expect(one(items, "EDU_HOURS_FACULTY", "2025", absent)).toEqual({
      status: "UNMET",
      expected: "24学时",
      actual: "21.5学时",
      expectedValue: 24,
      actualValue: 21.5,
    });
    expect(one(items, "EDU_INTEGRITY_FACULTY", "2025", absent)).toEqual({
      status: "UNMET",
      expected: "4学时",
      actual: "3学时",
      expectedValue: 4,
      actualValue: 3,
    });
    // The floors name 教职工 and 学生: a retiree is not judged while the setting is off (the default).
    expect(items.filter((f) => f.memberId === retired)).toEqual([]);
  });

  it("MEMBER_DUTIES: open mass contacts at the snapshot date (an ended one is not counted), and months of dues in arrears", async () => {
    const branch = "机关八支部";
    const ended = await member(branch, "联系已结束", "FACULTY");
    const two = await member(branch, "联系两人", "FACULTY");
    const four = await member(branch, "联系四人", "FACULTY");
    const person = (name: string) => write(app, "createPerson", { name, kind: "MASS", unitId: units[branch].id }).then((p) => p.id);
    const people = [await person("群众一"), await person("群众二"), await person("群众三"), await person("群众四")];
    const link = (memberId: string, personId: string) => write(app, "linkMassContact", { memberId, personId, since: "2025-03-01" });
    const gone = await link(ended, people[0]);
    await write(app, "endMassContact", { id: gone.id, version: gone.version, until: "2025-09-30" });
    for (const p of people.slice(0, 2)) await link(two, p);
    for (const p of people) await link(four, p);
    // Dues: first recorded month March 2025; March–November paid in full, December recorded unpaid.
    for (let month = 3; month <= 12; month++) {
      const paid = month <= 11;
      await write(app, "recordDues", {
        memberId: two,
        month: `2025-${String(month).padStart(2, "0")}`,
        amountDue: "10.00",
        amountPaid: paid ? "10.00" : "0.00",
        ...(paid ? { paidOn: `2025-${String(month).padStart(2, "0")}-15` } : {}),
      });
    }
    const items = await report(branch, "2025-01-01", "2025-12-31", ["MASS_CONTACTS", "DUES_PAID"], "2025-12-31");
    // 四(二)4(2) “每个党员都要联系1～3名党外群众”, on the snapshot date 2025-12-31:
    // the contact ended on 2025-09-30 leaves 0 < 1; two open contacts 2 ≥ 1; four are 4 ≥ 1 (more than 3 is only noted).
    expect(one(items, "MASS_CONTACTS", "2025", ended)).toEqual({
      status: "UNMET",
      expected: "1人",
      actual: "0人",
      expectedValue: 1,
      actualValue: 0,
    });
    expect(one(items, "MASS_CONTACTS", "2025", two)).toEqual({
      status: "MET",
      expected: "1人",
      actual: "2人",
      expectedValue: 1,
      actualValue: 2,
    });
    expect(one(items, "MASS_CONTACTS", "2025", four)).toEqual({
      status: "MET",
      expected: "1人",
      actual: "4人",
      expectedValue: 1,
      actualValue: 4,
    });
    // 附件 指标10 “按规定缴纳党费”, as of 2025-12-31: months due from the first recorded month, March … December = 10;
    // paid in full March … November = 9; in arrears 10 − 9 = 1 > 0.
    expect(one(items, "DUES_PAID", "2025", two)).toEqual({
      status: "UNMET",
      expected: "0个月",
      actual: "1个月",
      expectedValue: 0,
      actualValue: 1,
    });
  });

  it("LIAISON_VISITS: a teacher's dorm visits per month — another kind of visit and a voided visit do not count", async () => {
    const branch = "教学一支部";
    const teacher = await member(branch, "联系学生的教师", "FACULTY");
    const student = await write(app, "createPerson", { name: "被联系学生", kind: "STUDENT", unitId: units[branch].id });
    const link = await write(app, "createLiaisonAssignment", {
      kind: "TEACHER_TO_STUDENTS",
      liaisonMemberId: teacher,
      studentPersonIds: [student.id],
      startDate: "2025-09-01",
    });
    const visit = (visitedOn: string, kind: string) =>
      write(app, "createLiaisonVisit", { assignmentId: link.id, kind, visitedOn, visitorMemberId: teacher });
    await visit("2025-09-10", "STUDENT_DORM_VISIT");
    await visit("2025-10-15", "TEACHER_HOME_VISIT");
    const voided = await visit("2025-11-05", "STUDENT_DORM_VISIT");
    await write(app, "archiveLiaisonVisit", { id: voided.id, version: voided.version, reason: "录入有误" });
    const items = await report(branch, "2025-09-01", "2025-11-30", ["LIAISON_TEACHER"], "2026-01-10");
    // 四(四)1 “党员教师每月至少1次深入所联系学生的宿舍”: September 1 ≥ 1; October's visit was a home visit, 0 < 1;
    // November's dorm visit was voided, 0 < 1. (Vacation months are 1, 2, 7, 8: none of these.)
    expect(one(items, "LIAISON_TEACHER", "2025-09", units[branch].id)).toEqual({
      status: "MET",
      expected: "1次",
      actual: "1次",
      expectedValue: 1,
      actualValue: 1,
    });
    expect(one(items, "LIAISON_TEACHER", "2025-10", units[branch].id)).toEqual({
      status: "UNMET",
      expected: "1次",
      actual: "0次",
      expectedValue: 1,
      actualValue: 0,
    });
    expect(one(items, "LIAISON_TEACHER", "2025-11", units[branch].id)).toEqual({
      status: "UNMET",
      expected: "1次",
      actual: "0次",
      expectedValue: 1,
      actualValue: 0,
    });
  });

  it("FUNDS: 3 faculty + 4 students + 2 retirees need 700 yuan; 600 allocated is 100 short; with retirees not counted, 500 is enough", async () => {
    const branch = "机关五支部";
    for (let i = 1; i <= 3; i++) await member(branch, `教工${i}`, "FACULTY");
    for (let i = 1; i <= 4; i++) await member(branch, `学生${i}`, "STUDENT");
    for (let i = 1; i <= 2; i++) await member(branch, `离退休${i}`, "RETIRED");
    // A tenth member who left the register does not count.
    const left = await createMember(app, units[branch].id, { name: "已出册", category: "FACULTY" });
    await write(app, "removeMember", { id: left.id, version: left.version, reason: "TRANSFER_OUT", occurredOn: "2025-02-01" });
    await write(app, "createFundAllocation", {
      branchId: units[branch].id,
      year: 2025,
      amount: "600.00",
      source: "SCHOOL_PARTY_BUDGET",
      allocatedOn: "2025-03-01",
    });
    const id = units[branch].id;
    // 四(五)1 “教职工党员每年不少于100元、学生党员每人每年不少于50元”; retirees count as faculty unless set otherwise:
    // (3 + 2) × 100 + 4 × 50 = 500 + 200 = 700 yuan; 600 < 700, short by 100.
    let items = await report(branch, "2025-01-01", "2025-12-31", ["FUNDING_FLOOR"], "2026-01-10");
    expect(one(items, "FUNDING_FLOOR", "2025", id)).toEqual({
      status: "UNMET",
      expected: "700元",
      actual: "600元",
      expectedValue: 700,
      actualValue: 600,
    });
    // The same year with retirees not counted: 3 × 100 + 4 × 50 = 300 + 200 = 500 yuan; 600 ≥ 500.
    await write(app, "setFundingSetting", { collegeId: app.collegeId, year: 2025, retireesAsFaculty: false });
    items = await report(branch, "2025-01-01", "2025-12-31", ["FUNDING_FLOOR"], "2026-01-10");
    expect(one(items, "FUNDING_FLOOR", "2025", id)).toEqual({
      status: "MET",
      expected: "500元",
      actual: "600元",
      expectedValue: 500,
      actualValue: 600,
    });
  });

  it("ROOMS: the largest room a unit uses counts — 25 m² shared beats 19.99 m² owned; 19.99 m² alone is short; none at all is a finding", async () => {
    const [gb, withShared, smallOnly, none] = [
      "管理工程学院党总支",
      "管理工程学院教工支部",
      "管理工程学院学生支部",
      "建筑与环境工程学院学生支部",
    ];
    const small = await write(app, "createRoom", { ownerUnitId: units[withShared].id, name: "教工支部小活动室", area: "19.99" });
    const large = await write(app, "createRoom", { ownerUnitId: units[gb].id, name: "学院党员活动室", area: "25" });
    const use = (roomId: string, unit: string) => write(app, "assignRoom", { roomId, unitId: units[unit].id, since: "2025-01-01" });
    await use(small.id, withShared);
    await use(large.id, withShared);
    await use(large.id, gb);
    await use(small.id, smallOnly);
    const items = [
      ...(await report(gb, "2025-01-01", "2025-12-31", ["ROOM_PRESENT", "ROOM_MIN_AREA"], "2025-12-31")),
      ...(await report(none, "2025-01-01", "2025-12-31", ["ROOM_PRESENT", "ROOM_MIN_AREA"], "2025-12-31")),
    ];
    // 四(五)2 “每个基层党组织都有一个党员活动室（面积不小于20平方米）”, on 2025-12-31:
    // the staff branch uses 2 rooms, the largest 25 ≥ 20; the student branch uses one of 19.99 < 20; the general branch one of 25.
    expect(one(items, "ROOM_PRESENT", "2025", units[withShared].id)).toEqual({
      status: "MET",
      expected: "1间",
      actual: "2间",
      expectedValue: 1,
      actualValue: 2,
    });
    expect(one(items, "ROOM_MIN_AREA", "2025", units[withShared].id)).toEqual({
      status: "MET",
      expected: "20m²",
      actual: "25m²",
      expectedValue: 20,
      actualValue: 25,
    });
    expect(one(items, "ROOM_MIN_AREA", "2025", units[smallOnly].id)).toEqual({
      status: "UNMET",
      expected: "20m²",
      actual: "19.99m²",
      expectedValue: 20,
      actualValue: 19.99,
    });
    expect(one(items, "ROOM_MIN_AREA", "2025", units[gb].id)).toEqual({
      status: "MET",
      expected: "20m²",
      actual: "25m²",
      expectedValue: 20,
      actualValue: 25,
    });
    // A branch with no room: 0 < 1 rooms, and 0 m².
    expect(one(items, "ROOM_PRESENT", "2025", units[none].id)).toEqual({
      status: "UNMET",
      expected: "1间",
      actual: "0间",
      expectedValue: 1,
      actualValue: 0,
    });
    expect(one(items, "ROOM_MIN_AREA", "2025", units[none].id)).toEqual({
      status: "UNMET",
      expected: "20m²",
      actual: "0m²",
      expectedValue: 20,
      actualValue: 0,
    });
  });

  it("DOCUMENTS: a general branch's annual report filed on 20 January counts for the year before; one filed on 15 February does not", async () => {
    const [early, late] = ["化学与制药工程学院党总支", "艺术设计学院党总支"];
    await write(app, "fileDocument", {
      kind: "GB_ANNUAL_REPORT",
      unitId: units[early].id,
      title: "2025年度党总支工作报告",
      filedOn: "2026-01-20",
    });
    await write(app, "fileDocument", {
      kind: "GB_ANNUAL_REPORT",
      unitId: units[late].id,
      title: "2025年度党总支工作报告",
      filedOn: "2026-02-15",
    });
    const items = [
      ...(await report(early, "2025-01-01", "2025-12-31", ["GB_ANNUAL_REPORT"], "2026-03-01")),
      ...(await report(late, "2025-01-01", "2025-12-31", ["GB_ANNUAL_REPORT"], "2026-03-01")),
    ];
    // 四(二)7 “各党总支每年应书面向学院党委报告”, with the registry's 31 days' grace: 2025's window is shifted to
    // 2025-02-01 … 2026-01-31. 2026-01-20 lies in it: 1 ≥ 1. 2026-02-15 lies after it: 0 < 1.
    expect(one(items, "GB_ANNUAL_REPORT", "2025", units[early].id)).toEqual({
      status: "MET",
      expected: "1份",
      actual: "1份",
      expectedValue: 1,
      actualValue: 1,
    });
    expect(one(items, "GB_ANNUAL_REPORT", "2025", units[late].id)).toEqual({
      status: "UNMET",
      expected: "1份",
      actual: "0份",
      expectedValue: 1,
      actualValue: 0,
    });
  });

  it("RECORD_BOOKS: the autumn semester's record book — handed in, still in its 14 days' grace, then overdue", async () => {
    const [handed, missing] = ["车辆工程学院教工支部", "车辆工程学院学生支部"];
    const [semester] = await app.dataSource.query(`SELECT id FROM semester WHERE academic_year = '2025-2026' AND term = 'AUTUMN'`);
    await write(app, "recordBookHandIn", {
      branchId: units[handed].id,
      semesterId: semester.id,
      handedInOn: "2026-01-20",
      receivedBy: "组织部",
    });
    const gb = "车辆工程学院党总支";
    const at = (asOf: string) => report(gb, "2025-09-01", "2026-01-16", ["RECORD_BOOK_SEMESTER"], asOf);
    // 四(二)3(2) “于每学期期末上交学院组织部”: the autumn semester ends 2026-01-16; with 14 days' grace it is over after 2026-01-30.
    let items = await at("2026-01-25");
    expect(one(items, "RECORD_BOOK_SEMESTER", "2025-2026-AUTUMN", units[handed].id)).toEqual({
      status: "MET",
      expected: "1次",
      actual: "1次",
      expectedValue: 1,
      actualValue: 1,
    });
    expect(one(items, "RECORD_BOOK_SEMESTER", "2025-2026-AUTUMN", units[missing].id)).toEqual({
      status: "PENDING",
      expected: "1次",
      actual: "0次",
      expectedValue: 1,
      actualValue: 0,
    });
    items = await at("2026-01-31");
    expect(one(items, "RECORD_BOOK_SEMESTER", "2025-2026-AUTUMN", units[missing].id)).toEqual({
      status: "UNMET",
      expected: "1次",
      actual: "0次",
      expectedValue: 1,
      actualValue: 0,
    });
  });

  it("ALLOWANCES: a committee seat whose only allowance was voided still lacks one", async () => {
    const [branch, other] = ["自动化学院教工支部", "信息工程学院教工支部"];
    const secretary = await member(branch, "支部书记", "FACULTY");
    const committee = await member(branch, "支部委员", "FACULTY");
    const otherSecretary = await member(other, "另一支部书记", "FACULTY");
    const seat = (unit: string, memberId: string, role: string) =>
      write(app, "appointCommitteeMember", { unitId: units[unit].id, memberId, role, termStart: "2025-01-01" });
    const allowance = (unit: string, memberId: string, positionId: string, postKind: string) =>
      write(app, "createPartyWorkAllowance", {
        unitId: units[unit].id,
        memberId,
        committeePositionId: positionId,
        year: 2025,
        postKind,
        post: postKind,
        workloadCredit: "10",
        amount: "600.00",
      });
    const s1 = await seat(branch, secretary, "SECRETARY");
    const s2 = await seat(branch, committee, "MEMBER");
    const s3 = await seat(other, otherSecretary, "SECRETARY");
    await allowance(branch, secretary, s1.id, "SECRETARY");
    const voided = await allowance(branch, committee, s2.id, "COMMITTEE_MEMBER");
    await write(app, "archivePartyWorkAllowance", { id: voided.id, version: voided.version, reason: "重复登记" });
    await allowance(other, otherSecretary, s3.id, "SECRETARY");
    const items = [
      ...(await report(branch, "2025-01-01", "2025-12-31", ["PARTY_WORK_ALLOWANCE"], "2026-01-10")),
      ...(await report(other, "2025-01-01", "2025-12-31", ["PARTY_WORK_ALLOWANCE"], "2026-01-10")),
    ];
    // 四(五)1 “党务工作记入工作量，并给予适当工作补贴”: seats without an allowance ≤ 0.
    // The first branch: 2 seats, 1 live allowance (the other voided): 1 missing > 0. The second: 1 seat, 1 allowance: 0.
    expect(one(items, "PARTY_WORK_ALLOWANCE", "2025", units[branch].id)).toEqual({
      status: "UNMET",
      expected: "0个",
      actual: "1个",
      expectedValue: 0,
      actualValue: 1,
    });
    expect(one(items, "PARTY_WORK_ALLOWANCE", "2025", units[other].id)).toEqual({
      status: "MET",
      expected: "0个",
      actual: "0个",
      expectedValue: 0,
      actualValue: 0,
    });
  });

  it("AWARDS: every second year from 2014 — 2024 with all three kinds awarded, 2025 not a cycle year, 2026 with one kind not awarded", async () => {
    const branch = "信息工程学院学生支部";
    const nominee = await member(branch, "候选党员", "STUDENT");
    const award = async (kind: string, cycleYear: number, outcome: "AWARDED" | "NOT_AWARDED") => {
      const forUnit = kind === "ADVANCED_ORGANISATION";
      const nominated = await write(app, "nominateAward", {
        kind,
        cycleYear,
        nominatedOn: `${cycleYear}-05-01`,
        ...(forUnit ? { unitId: units[branch].id } : { memberId: nominee }),
      });
      const reviewed = await write(app, "advanceAward", {
        id: nominated.id,
        version: nominated.version,
        to: "REVIEWED",
        on: `${cycleYear}-06-01`,
        reviewer: "组织部",
      });
      await write(app, "advanceAward", { id: reviewed.id, version: reviewed.version, to: outcome, on: `${cycleYear}-07-01` });
    };
    for (const kind of ["ADVANCED_ORGANISATION", "EXCELLENT_PARTY_WORKER", "EXCELLENT_MEMBER"]) await award(kind, 2024, "AWARDED");
    await award("ADVANCED_ORGANISATION", 2026, "AWARDED");
    await award("EXCELLENT_MEMBER", 2026, "AWARDED");
    await award("EXCELLENT_PARTY_WORKER", 2026, "NOT_AWARDED");
    // A nomination still under way counts for nothing either.
    await write(app, "nominateAward", { kind: "EXCELLENT_PARTY_WORKER", cycleYear: 2026, nominatedOn: "2026-05-02", memberId: nominee });
    const college = app.collegeId!;
    const items = (
      await app.ok(REPORT, { u: college, from: "2024-01-01", to: "2026-12-31", codes: ["AWARDS_BIENNIAL"], asOf: "2026-12-05" })
    ).compliance.findings.items as Finding[];
    // 四(五)3(1) “每两年开展先进基层党组织、优秀党务工作者和优秀共产党员的评选、表彰活动”: cycle years 2014 + 2k.
    // 2024: 3 kinds awarded, 3 ≥ 3. 2025: not a cycle year, no finding. 2026 (still running on 2026-12-05): 2 < 3.
    expect(one(items, "AWARDS_BIENNIAL", "2024", college)).toEqual({
      status: "MET",
      expected: "3类",
      actual: "3类",
      expectedValue: 3,
      actualValue: 3,
    });
    expect(of(items, "AWARDS_BIENNIAL", "2025", college)).toEqual([]);
    expect(one(items, "AWARDS_BIENNIAL", "2026", college)).toEqual({
      status: "PENDING",
      expected: "3类",
      actual: "2类",
      expectedValue: 3,
      actualValue: 2,
    });
  });

  it("STUDENT_COVERAGE: lower-grade classes need a student member, upper-grade classes a party group — 3 of 5 covered is 60%", async () => {
    const [gb, branch] = ["财经学院党总支", "财经学院学生支部"];
    const cls = (name: string, gradeYear: number) =>
      write(app, "createStudentClass", { collegeUnitId: units[gb].id, name, major: "会计", gradeYear });
    const lowerWithMember = await cls("会计2501", 2025);
    await cls("会计2502", 2025);
    const upperWithGroups = [await cls("会计2301", 2023), await cls("会计2303", 2023)];
    const upperWithMemberOnly = await cls("会计2302", 2023);
    await write(app, "addClassMember", {
      classId: lowerWithMember.id,
      memberId: await member(branch, "低年级党员", "STUDENT"),
      since: "2025-09-01",
    });
    await write(app, "addClassMember", {
      classId: upperWithMemberOnly.id,
      memberId: await member(branch, "高年级党员", "STUDENT"),
      since: "2025-09-01",
    });
    for (const [i, upper] of upperWithGroups.entries()) {
      const group = await write(app, "createOrgUnit", {
        kind: "GROUP",
        name: `会计高年级党小组${i + 1}`,
        parentId: units[branch].id,
        groupPurpose: "OTHER",
      });
      await write(app, "linkClassGroup", { classId: upper.id, groupUnitId: group.id, since: "2025-09-01" });
    }
    const items = (await report(gb, "2025-01-01", "2025-12-31", ["STUDENT_COVERAGE"], "2025-11-15")).filter(
      (f) => f.ruleCode === "STUDENT_COVERAGE",
    );
    // 四(三)2(2) “低年级有党员、高年级有党小组”, on 2025-11-15 (school year 2025): year of study = 2025 − grade + 1,
    // upper from the 3rd year. 会计2501 (1st year, a member): covered. 会计2502 (1st, nobody): not. 会计2301 and
    // 会计2303 (3rd, a group each): covered. 会计2302 (3rd, a member but no group): not. 3 / 5 = 60% < 100%.
    expect(one(items, "STUDENT_COVERAGE", "2025", units[gb].id)).toEqual({
      status: "UNMET",
      expected: "100%",
      actual: "60%",
      expectedValue: 100,
      actualValue: 60,
    });
    expect(await evidenceLabels(gb, "STUDENT_COVERAGE", "2025-01-01", "2025-12-31", "2025-11-15")).toEqual([
      "未覆盖：会计2302",
      "未覆盖：会计2502",
    ]);
  });

  it("set every case up as written: `write` fails on a refusal instead of taking it for a record", async () => {
    // A party group directly under a general branch is refused (its parent must be a branch).
    const input = { kind: "GROUP", name: "总支下的党小组", parentId: units["财经学院党总支"].id, groupPurpose: "OTHER" };
    expect(await mutate(app, "createOrgUnit", input)).toMatchObject({
      __typename: "Refusal",
      errorCode: "INVALID_PARENT",
      field: "parentId",
    });
    await expect(write(app, "createOrgUnit", input)).rejects.toThrow("createOrgUnit refused: INVALID_PARENT");
  });
});
