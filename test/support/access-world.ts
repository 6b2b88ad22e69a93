import type { DataSource } from "typeorm";
import { UserRole } from "../../api/src/auth/roles";
import { elementsOf, sheetInForce } from "../../api/src/assessment/sheet-definition";
import { seedCollegeStructure } from "../../api/src/seed/seed-structure";
import type { Client, TestApp } from "./test-app";

/**
 * The access matrices' world: ONE REAL RECORD OF EVERY RECORD TYPE on each side of the scope
 * boundary, seeded through the API as the administrator of the side's college (SQL only to read
 * back rows the API creates as a by-product: register entries, attendance rows, linked students,
 * people met, follow-ups, audit entries), plus links that cross the boundary so that relation
 * fields have somewhere to lead.
 *
 *   inside       财经学院学生支部 (a student branch of 财经学院党总支): every scoped test account lives here
 *   cousin       财经学院学生二支部, created beside it in the same general branch: outside a branch
 *                account's scope, inside a general-branch account's
 *   sibling      信息工程学院学生支部, in another general branch: outside every scoped account
 *   otherCollege the same structure seeded a second time: a second college, outside even the
 *                first college's administrator
 *
 * Records are returned BY GRAPHQL TYPE NAME per side (`world.sides.inside.records.Activity`).
 */

export type SideName = "inside" | "cousin" | "sibling" | "otherCollege";
export const SIDE_NAMES: readonly SideName[] = ["inside", "cousin", "sibling", "otherCollege"];

export interface Ref {
  id: string;
  version: number;
}

export interface Side {
  name: SideName;
  /** The administrator of this side's college (the first college's for three sides, the second's for otherCollege). */
  admin: Client;
  /** The college root (党委). */
  college: string;
  generalBranch: string;
  /** The student branch the side is about. */
  branch: string;
  /** A party group of that branch. */
  group: string;
  /** Another branch of the same college: where transfers go. */
  otherBranch: string;
  /** A neighbour's branch whose own secretary lists the side's member as a guest (the row awaits the side's confirmation). */
  guestHost: string;
  /** The members the side's records are about: a student (most records), a student in the group, a teacher (liaison). */
  member: string;
  student2: string;
  teacher: string;
  /** A student person (non-member) of the branch. */
  person: string;
  /** One record of every record type, by GraphQL type name. */
  records: Record<string, Ref>;
  /** The side's MEMBER account (role MEMBER, whose member is `member`). */
  memberAccount: { username: string; password: string; userId: string };
}

export interface AccessWorld {
  sides: Record<SideName, Side>;
  /** Per side, a guest attendance of its member at a neighbour's activity, awaiting the side's confirmation. */
  guestRows: Record<SideName, Ref>;
  /** The second college's root. */
  otherCollegeRoot: string;
  /** Every ID number and phone the world was given, so a response can be searched for any of them unmasked. */
  sensitiveValues: Set<string>;
  /** Sensitive values per member (a member account may see its own). */
  sensitiveOf: Map<string, string[]>;
  /** Records that cross the boundary on purpose, named for the failure messages. */
  crossing: Record<string, string>;
}

/**
 * Object types with an `id` that are not records of their own: their id is another record's.
 * Listed so the world's completeness check knows them; each says how it is judged — as the
 * record whose id it carries, or as a line of the report it belongs to.
 */
export const NOT_SCOPED_RECORDS: Record<string, { judged: "as the record" | "with its report"; why: string }> = {
  // A guest's attendance awaiting confirmation, as the guest's own secretary sees it (its id is
  // the ActivityAttendance row's; the world's rows are `guestRows`).
  GuestAttendance: { judged: "as the record", why: "a view of an ActivityAttendance row" },
  // One line of a member's education-hours breakdown (its id is the activity's or study record's
  // it credits): part of that member's hours, judged with them (MemberEducationHours.memberId).
  EducationCredit: { judged: "with its report", why: "a line of one member's hours" },
  // A finding's evidence pointer (its id is the activity's, visit's, dues record's … it points
  // at): part of a finding about a unit or member, judged with it (FindingView.unitId / memberId).
  EvidenceRef: { judged: "with its report", why: "a line of one finding" },
};

/** The table of every record type, for versions and fingerprints (AuditEntry has no version). */
export const TABLE_OF: Record<string, string> = {
  OrgUnit: "org_unit",
  Member: "member",
  Person: "person",
  MassContact: "mass_contact",
  RegisterEntry: "register_entry",
  MemberTransfer: "member_transfer",
  CommitteePosition: "committee_position",
  Activity: "activity",
  ActivityAttendance: "activity_attendance",
  StudyRecord: "study_record",
  ActivityRoom: "activity_room",
  ActivityRoomUser: "activity_room_user",
  Semester: "semester",
  VacationMonthSetting: "vacation_month_setting",
  RecordBookHandIn: "record_book_hand_in",
  StudentClass: "student_class",
  ClassMember: "class_member",
  ClassGroup: "class_group",
  LiaisonAssignment: "liaison_assignment",
  LiaisonStudent: "liaison_student",
  LiaisonVisit: "liaison_visit",
  VisitPerson: "visit_person",
  LiaisonFollowUp: "liaison_follow_up",
  ServicePostType: "service_post_type",
  ServicePost: "service_post",
  ServicePostHolder: "service_post_holder",
  ServicePledge: "service_pledge",
  ServiceEvaluation: "service_evaluation",
  FundingSetting: "funding_setting",
  FundAllocation: "fund_allocation",
  FundSpending: "fund_spending",
  DuesRecord: "dues_record",
  PartyWorkAllowance: "party_work_allowance",
  Award: "award",
  Recognition: "recognition",
  PartyAffairsNotice: "party_affairs_notice",
  MajorDecision: "major_decision",
  IntegrityRisk: "integrity_risk",
  FiledDocument: "filed_document",
  AssessmentRound: "assessment_round",
  AssessmentSheet: "assessment_sheet",
  AssessmentScore: "assessment_score",
  DisciplineCase: "discipline_case",
  Rectification: "assessment_rectification",
  User: "app_user",
  ApiToken: "api_token",
  AuditEntry: "audit_entry",
  DevelopmentCase: "development_case",
  DevelopmentStep: "development_step",
  DevelopmentNotice: "development_notice",
  DevelopmentContact: "development_contact",
  DevelopmentVote: "development_vote",
  DevelopmentReport: "development_report",
};

export const WORLD_PASSWORD = "world-password-0123";
/** The day records happen on: in the seeded 2026-2027 autumn semester, before "today" in any run after it. */
export const WORLD_DAY = "2026-10-15";

/** Adds the second college (structure and calendar) before the server starts: pass as startTestApp's `prepare`. */
export function prepareSecondCollege(ds: DataSource): Promise<unknown> {
  return ds.transaction((em) => seedCollegeStructure(em));
}

let serial = 0;
/** A number unique in this test process: for names, usernames, months and years that must not repeat. */
export function nextSerial(): number {
  return ++serial;
}

/** Distinct, well-formed ID numbers and phones, so a response can be searched for any of them. */
function sensitivePair(n: number): { idNumber: string; phone: string } {
  // 18 characters however many serials the run has used: the birth year carries the ten-thousands
  const k = 4000 + n;
  return {
    idNumber: `110101199${Math.floor(k / 10_000) % 10}0101${String(k % 10_000).padStart(4, "0")}`,
    phone: `1390${String(1000000 + n).padStart(7, "0")}`,
  };
}

/**
 * Writes through the API with the result's own type spelled out (a union needs an inline fragment,
 * a plain object type does not).
 */
export async function create(
  client: Client,
  op: string,
  inputType: string,
  resultType: string | null,
  input: Record<string, unknown>,
  fields = "id version",
): Promise<any> {
  const selection = resultType ? `... on ${resultType} { ${fields} }` : fields;
  const result = await client.gql(
    `mutation($i: ${inputType}!) { ${op}(input: $i) { __typename ${resultType ? "... on Refusal { errorCode message }" : ""} ${selection} } }`,
    { i: input },
  );
  if (result.errors?.length) throw new Error(`${op}: ${JSON.stringify(result.errors)}`);
  const value = result.data[op];
  if (value.__typename === "Refusal") throw new Error(`${op} refused: ${value.errorCode} ${value.message}`);
  return value;
}

/** The record factories: each creates one fresh record of a type on a side (also used by the root matrix for destructive operations). */
export class Factories {
  constructor(
    private readonly app: TestApp,
    private readonly sensitive: { values: Set<string>; of: Map<string, string[]> },
  ) {}

  async member(side: Pick<Side, "admin" | "branch">, extra: Record<string, unknown> = {}): Promise<Ref> {
    const n = nextSerial();
    const pair = sensitivePair(n);
    const m = await create(side.admin, "createMember", "CreateMemberInput", "Member", {
      name: `矩阵党员${n}`,
      gender: "FEMALE",
      category: "STUDENT",
      standing: "FULL",
      branchId: side.branch,
      birthDate: "2004-03-01",
      idNumber: pair.idNumber,
      phone: pair.phone,
      registeredOn: "2026-09-01",
      ...extra,
    });
    this.sensitive.values.add(pair.idNumber).add(pair.phone);
    this.sensitive.of.set(m.id, [pair.idNumber, pair.phone]);
    return m;
  }

  async person(side: Pick<Side, "admin" | "branch">, kind = "STUDENT"): Promise<Ref> {
    const n = nextSerial();
    const phone = sensitivePair(n).phone;
    this.sensitive.values.add(phone);
    return create(side.admin, "createPerson", "CreatePersonInput", null, { name: `矩阵群众${n}`, kind, unitId: side.branch, phone });
  }

  group(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createOrgUnit", "CreateOrgUnitInput", "OrgUnit", {
      kind: "GROUP",
      name: `矩阵党小组${nextSerial()}`,
      parentId: side.branch,
      groupPurpose: "OTHER",
    });
  }

  massContact(side: Pick<Side, "admin">, memberId: string, personId: string): Promise<Ref> {
    return create(side.admin, "linkMassContact", "LinkMassContactInput", "MassContact", { memberId, personId, since: "2026-09-01" });
  }

  committeePosition(side: Pick<Side, "admin" | "branch">, memberId: string): Promise<Ref> {
    return create(side.admin, "appointCommitteeMember", "AppointCommitteeMemberInput", "CommitteePosition", {
      unitId: side.branch,
      memberId,
      role: "MEMBER",
      duty: "组织委员",
      termStart: "2026-09-01",
    });
  }

  room(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createRoom", "CreateRoomInput", "ActivityRoom", {
      name: `矩阵活动室${nextSerial()}`,
      ownerUnitId: side.branch,
      area: "30.00",
      location: "实训楼 305",
    });
  }

  roomUser(side: Pick<Side, "admin">, roomId: string, unitId: string): Promise<Ref> {
    return create(side.admin, "assignRoom", "AssignRoomInput", "ActivityRoomUser", { roomId, unitId, since: "2026-09-01" });
  }

  activity(
    side: Pick<Side, "admin" | "branch">,
    attendance: Array<{ memberId: string; isGuest?: boolean }>,
    roomId?: string,
  ): Promise<Ref> {
    return create(side.admin, "createActivity", "CreateActivityInput", "Activity", {
      hostUnitId: side.branch,
      type: "ORGANISATIONAL_LIFE",
      topic: `矩阵组织生活会${nextSerial()}`,
      startsAt: `${WORLD_DAY}T06:00:00.000Z`,
      endsAt: `${WORLD_DAY}T08:00:00.000Z`,
      educationHours: "2",
      ...(roomId ? { roomId } : { place: "会议室" }),
      attendance: attendance.map((a) => ({ memberId: a.memberId, status: "PRESENT", isGuest: a.isGuest ?? false })),
    });
  }

  studyRecord(side: Pick<Side, "admin">, memberId: string): Promise<Ref> {
    return create(side.admin, "createStudyRecord", "CreateStudyRecordInput", null, {
      memberId,
      kind: "ONLINE_COURSE",
      studiedOn: WORLD_DAY,
      title: `矩阵网络课程${nextSerial()}`,
      hours: "2",
    });
  }

  recordBookHandIn(side: Pick<Side, "admin" | "branch">, semesterId: string): Promise<Ref> {
    return create(side.admin, "recordBookHandIn", "RecordBookHandInInput", "RecordBookHandIn", {
      branchId: side.branch,
      semesterId,
      handedInOn: WORLD_DAY,
      receivedBy: "组织部 王老师",
    });
  }

  studentClass(side: Pick<Side, "admin" | "generalBranch">): Promise<Ref> {
    return create(side.admin, "createStudentClass", "CreateStudentClassInput", "StudentClass", {
      collegeUnitId: side.generalBranch,
      name: `矩阵${nextSerial()}班`,
      major: "会计",
      gradeYear: 2023,
    });
  }

  classMember(side: Pick<Side, "admin">, classId: string, memberId: string): Promise<Ref> {
    return create(side.admin, "addClassMember", "AddClassMemberInput", "ClassMember", { classId, memberId, since: "2026-09-01" });
  }

  classGroup(side: Pick<Side, "admin">, classId: string, groupUnitId: string): Promise<Ref> {
    return create(side.admin, "linkClassGroup", "LinkClassGroupInput", "ClassGroup", { classId, groupUnitId, since: "2026-09-01" });
  }

  liaisonAssignment(side: Pick<Side, "admin">, teacherId: string, studentMemberIds: string[], studentPersonIds: string[]): Promise<Ref> {
    return create(side.admin, "createLiaisonAssignment", "CreateLiaisonAssignmentInput", "LiaisonAssignment", {
      kind: "TEACHER_TO_STUDENTS",
      liaisonMemberId: teacherId,
      startDate: "2026-09-01",
      studentMemberIds,
      studentPersonIds,
    });
  }

  liaisonVisit(
    side: Pick<Side, "admin">,
    assignmentId: string,
    visitorMemberId: string,
    peopleMet: Array<Record<string, string>>,
  ): Promise<Ref> {
    return create(side.admin, "createLiaisonVisit", "CreateLiaisonVisitInput", "LiaisonVisit", {
      assignmentId,
      kind: "STUDENT_DORM_VISIT",
      visitedOn: "2026-10-20",
      visitorMemberId,
      place: "学生公寓 5 栋",
      notes: "了解学习情况",
      peopleMet,
      followUps: [{ content: "跟进宿舍维修", dueOn: "2026-11-20" }],
    });
  }

  followUp(side: Pick<Side, "admin">, visitId: string): Promise<Ref> {
    return create(side.admin, "addLiaisonFollowUp", "AddFollowUpInput", "LiaisonFollowUp", {
      visitId,
      content: `矩阵后续事项${nextSerial()}`,
      dueOn: "2026-11-30",
    });
  }

  servicePostType(side: Pick<Side, "admin" | "college">): Promise<Ref> {
    return create(side.admin, "createServicePostType", "CreateServicePostTypeInput", null, {
      collegeId: side.college,
      name: `矩阵服务岗${nextSerial()}`,
    });
  }

  servicePost(side: Pick<Side, "admin" | "branch">, typeId: string): Promise<Ref> {
    return create(side.admin, "createServicePost", "CreateServicePostInput", "ServicePost", {
      hostUnitId: side.branch,
      typeId,
      name: `矩阵文明监督岗${nextSerial()}`,
      placeKind: "DORM",
      place: "北区学生公寓 5 栋",
      duties: "文明监督",
      termStart: "2026-09-01",
    });
  }

  servicePostHolder(side: Pick<Side, "admin">, postId: string, memberId: string): Promise<Ref> {
    return create(side.admin, "appointServicePostHolder", "AppointServicePostHolderInput", "ServicePostHolder", {
      postId,
      memberId,
      startDate: "2026-09-01",
    });
  }

  servicePledge(side: Pick<Side, "admin">, memberId: string): Promise<Ref> {
    return create(side.admin, "createServicePledge", "CreateServicePledgeInput", "ServicePledge", {
      memberId,
      serviceWindow: "财务处窗口",
      standard: "热情服务",
      identity: "共产党员",
      pledge: "一次办好",
      pledgedOn: "2026-09-10",
    });
  }

  serviceEvaluation(side: Pick<Side, "admin">, pledgeId: string): Promise<Ref> {
    return create(side.admin, "recordServiceEvaluation", "RecordServiceEvaluationInput", "ServiceEvaluation", {
      pledgeId,
      evaluatorKind: "PUBLIC",
      evaluatorLabel: "服务对象",
      score: 90,
      evaluatedOn: WORLD_DAY,
    });
  }

  fundAllocation(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createFundAllocation", "CreateFundAllocationInput", "FundAllocation", {
      branchId: side.branch,
      year: 2026,
      amount: "500.00",
      source: "SCHOOL_PARTY_BUDGET",
      allocatedOn: "2026-09-15",
    });
  }

  fundSpending(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createFundSpending", "CreateFundSpendingInput", "FundSpending", {
      branchId: side.branch,
      amount: "100.00",
      purpose: "购买学习资料",
      spentOn: WORLD_DAY,
    });
  }

  dues(side: Pick<Side, "admin">, memberId: string, month = "2026-10"): Promise<Ref> {
    return create(side.admin, "recordDues", "RecordDuesInput", "DuesRecord", {
      memberId,
      month,
      amountDue: "10.00",
      amountPaid: "10.00",
      paidOn: WORLD_DAY,
    });
  }

  partyWorkAllowance(
    side: Pick<Side, "admin" | "branch">,
    memberId: string,
    committeePositionId: string | null,
    year = 2026,
  ): Promise<Ref> {
    return create(side.admin, "createPartyWorkAllowance", "CreatePartyWorkAllowanceInput", "PartyWorkAllowance", {
      memberId,
      unitId: side.branch,
      committeePositionId,
      post: "支部组织委员",
      postKind: "COMMITTEE_MEMBER",
      workloadCredit: "10",
      amount: "300.00",
      year,
    });
  }

  award(side: Pick<Side, "admin">, memberId: string): Promise<Ref> {
    return create(side.admin, "nominateAward", "NominateAwardInput", "Award", {
      kind: "EXCELLENT_MEMBER",
      memberId,
      cycleYear: 2026,
      nominatedOn: "2026-09-20",
    });
  }

  recognition(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createRecognition", "CreateRecognitionInput", "Recognition", {
      unitId: side.branch,
      kind: "HONOUR",
      level: "SCHOOL",
      title: `矩阵先进集体${nextSerial()}`,
      occurredOn: WORLD_DAY,
      issuer: "校党委",
    });
  }

  notice(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createPartyAffairsNotice", "CreatePartyAffairsNoticeInput", "PartyAffairsNotice", {
      unitId: side.branch,
      channel: "BOARD",
      publishedOn: WORLD_DAY,
      title: `矩阵党务公开${nextSerial()}`,
    });
  }

  decision(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createMajorDecision", "CreateMajorDecisionInput", "MajorDecision", {
      unitId: side.branch,
      category: "MAJOR_DECISION",
      title: `矩阵重大决策${nextSerial()}`,
      consultation: "会前酝酿",
      consultedOn: "2026-10-10",
      consultedWith: "支委",
      decidedOn: WORLD_DAY,
    });
  }

  risk(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "createIntegrityRisk", "CreateIntegrityRiskInput", "IntegrityRisk", {
      unitId: side.branch,
      riskPoint: "经费使用",
      keyPoint: "报销审核",
      controlMeasures: "双人审核",
      responsiblePerson: "支部书记",
      reviewedOn: WORLD_DAY,
    });
  }

  thoughtReport(side: Pick<Side, "admin">, memberId: string): Promise<Ref> {
    return create(side.admin, "fileDocument", "FileDocumentInput", "FiledDocument", {
      kind: "THOUGHT_REPORT",
      memberId,
      title: `矩阵思想汇报${nextSerial()}`,
      filedOn: WORLD_DAY,
    });
  }

  devPlan(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    return create(side.admin, "fileDocument", "FileDocumentInput", "FiledDocument", {
      kind: "DEV_PLAN",
      unitId: side.branch,
      title: `矩阵发展计划${nextSerial()}`,
      filedOn: WORLD_DAY,
    });
  }

  async memberAccount(side: Pick<Side, "admin">, memberId: string): Promise<{ id: string; version: number; username: string }> {
    const username = `matrix.member${nextSerial()}`;
    const user = await create(side.admin, "createUser", "CreateUserInput", "User", {
      username,
      displayName: username,
      password: WORLD_PASSWORD,
      role: UserRole.MEMBER,
      memberId,
    });
    return { ...user, username };
  }

  async apiToken(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    const created = await create(
      side.admin,
      "createApiToken",
      "CreateApiTokenInput",
      null,
      { name: `矩阵令牌${nextSerial()}`, permissions: ["ORG_READ"], scopeUnitId: side.branch },
      "apiToken { id version }",
    );
    return created.apiToken;
  }

  async transfer(side: Pick<Side, "admin">, member: Ref, toBranchId: string): Promise<Ref> {
    const version = await this.version("Member", member.id);
    return create(side.admin, "transferMember", "TransferMemberInput", "Member", {
      id: member.id,
      version,
      toBranchId,
      transferredOn: "2026-10-01",
    });
  }

  private readonly secretaries = new Map<string, Promise<Client>>();

  /**
   * A guest's attendance awaiting confirmation: the host branch's own secretary (whose scope does
   * not hold the guest) lists `memberId` as a guest of a new activity; the row counts only once the
   * guest's unit confirms it. Returns the attendance row.
   */
  async guestRow(host: { branch: string }, memberId: string): Promise<Ref> {
    if (!this.secretaries.has(host.branch))
      this.secretaries.set(host.branch, this.app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: host.branch }));
    const secretary = await this.secretaries.get(host.branch)!;
    const activity = await this.activity({ admin: secretary, branch: host.branch }, [{ memberId, isGuest: true }]);
    const [row] = await this.app.dataSource.query(`SELECT id, version FROM activity_attendance WHERE activity_id = $1 AND member_id = $2`, [
      activity.id,
      memberId,
    ]);
    return row;
  }

  /** A development case of the side's branch, applied for in 2023 and carried to CANDIDATE (a fresh one per attempt that uses one up). */
  async developmentCandidate(side: Pick<Side, "admin" | "branch">): Promise<Ref> {
    const step = (op: string, inputType: string, c: Ref, input: Record<string, unknown>) =>
      create(side.admin, op, inputType, "DevelopmentCase", { id: c.id, version: c.version, ...input });
    let c: Ref = await create(side.admin, "applyForMembership", "ApplyForMembershipInput", "DevelopmentCase", {
      branchId: side.branch,
      name: `矩阵申请人${nextSerial()}`,
      gender: "MALE",
      birthDate: "2000-01-01",
      appliedOn: "2023-09-01",
    });
    c = await step("advanceDevelopmentCase", "AdvanceDevelopmentCaseInput", c, { to: "ACTIVIST", on: "2023-09-10" });
    c = await step("recordDevelopmentProcedure", "RecordDevelopmentProcedureInput", c, {
      procedure: "PARTY_SCHOOL_EXAM_PASSED",
      on: "2023-09-20",
    });
    return step("advanceDevelopmentCase", "AdvanceDevelopmentCaseInput", c, { to: "CANDIDATE", on: "2023-10-01" });
  }

  /**
   * A development case carried on to probation (admitted by the branch's full members on
   * 2024-10-20), with a notice, a trainer and introducers, votes and a report: one record of each
   * development type.
   */
  async developmentProbationer(side: Pick<Side, "admin" | "branch">, trainer: string, introducers: [string, string]): Promise<Ref> {
    const step = (op: string, inputType: string, c: Ref, input: Record<string, unknown>) =>
      create(side.admin, op, inputType, "DevelopmentCase", { id: c.id, version: c.version, ...input });
    let c = await this.developmentCandidate(side);
    c = await step("openDevelopmentNotice", "OpenDevelopmentNoticeInput", c, {
      purpose: "CANDIDATE",
      startsOn: "2023-10-02",
      endsOn: "2023-10-08",
    });
    c = await step("closeDevelopmentNotice", "CloseDevelopmentNoticeInput", c, { outcome: "NO_OBJECTION", on: "2023-10-08" });
    c = await step("assignDevelopmentContact", "AssignDevelopmentContactInput", c, {
      role: "TRAINER",
      memberId: trainer,
      on: "2023-10-09",
    });
    c = await step("advanceDevelopmentCase", "AdvanceDevelopmentCaseInput", c, { to: "UNDER_INSPECTION", on: "2023-10-10" });
    c = await step("advanceDevelopmentCase", "AdvanceDevelopmentCaseInput", c, { to: "DEVELOPMENT_TARGET", on: "2024-10-10" });
    c = await step("openDevelopmentNotice", "OpenDevelopmentNoticeInput", c, {
      purpose: "DEVELOPMENT_TARGET",
      startsOn: "2024-10-11",
      endsOn: "2024-10-17",
    });
    c = await step("closeDevelopmentNotice", "CloseDevelopmentNoticeInput", c, { outcome: "NO_OBJECTION", on: "2024-10-17" });
    for (const memberId of introducers)
      c = await step("assignDevelopmentContact", "AssignDevelopmentContactInput", c, { role: "INTRODUCER", memberId, on: "2024-10-12" });
    const [{ n }] = await this.app.dataSource.query(
      `SELECT count(*)::int AS n FROM member WHERE branch_id = $1 AND standing = 'FULL' AND status = 'ACTIVE' AND (full_since IS NULL OR full_since <= '2024-10-20')`,
      [side.branch],
    );
    // One full member on leave (the one who is neither trainer nor introducer), the rest present and for.
    const [onLeave] = await this.app.dataSource.query(
      `SELECT id FROM member WHERE branch_id = $1 AND standing = 'FULL' AND status = 'ACTIVE' AND NOT (id = ANY($2::uuid[])) ORDER BY id LIMIT 1`,
      [side.branch, [trainer, ...introducers]],
    );
    const present = onLeave ? n - 1 : n;
    c = await step("recordDevelopmentVote", "RecordDevelopmentVoteInput", c, {
      purpose: "ADMISSION",
      heldOn: "2024-10-20",
      present,
      votesFor: present,
      votesAgainst: 0,
      abstentions: 0,
      exclusions: onLeave ? [{ memberId: onLeave.id, reason: "请假" }] : [],
    });
    c = await step("recordDevelopmentProcedure", "RecordDevelopmentProcedureInput", c, {
      procedure: "GENERAL_BRANCH_TALK",
      on: "2024-10-21",
    });
    c = await step("approveAdmission", "ApproveDevelopmentInput", c, { on: "2024-10-22" });
    c = await step("recordProbationReport", "RecordProbationReportInput", c, { kind: "TO_BRANCH", on: "2024-12-01" });
    // A correction of the application's note: the original step stays, the correction hangs on it.
    const [application] = await this.app.dataSource.query(`SELECT id FROM development_step WHERE case_id = $1 AND kind = 'APPLICATION'`, [
      c.id,
    ]);
    return step("correctDevelopmentStep", "CorrectDevelopmentStepInput", c, { stepId: application.id, reason: "补记申请书编号" });
  }

  disciplineCase(side: Pick<Side, "admin">, memberId: string): Promise<Ref> {
    return create(side.admin, "recordDisciplineCase", "RecordDisciplineCaseInput", null, {
      memberId,
      decidedOn: WORLD_DAY,
      level: "WARNING",
      decisionDocument: `矩阵纪〔2026〕${nextSerial()}号`,
    });
  }

  /**
   * A special round of 2026 over the given branches of the side's college, its panel every account
   * of that college (the matrix's actors are accounts too). Returns the round and its sheets.
   */
  async assessmentRound(
    side: Pick<Side, "admin" | "college">,
    branchIds: string[],
    year = 2026,
  ): Promise<Ref & { sheets: Array<{ id: string; version: number; unit: { id: string } }> }> {
    const panel: Array<{ id: string }> = await this.app.dataSource.query(`SELECT id::text FROM app_user WHERE college_id = $1`, [
      side.college,
    ]);
    return create(
      side.admin,
      "createAssessmentRound",
      "CreateAssessmentRoundInput",
      null,
      {
        collegeId: side.college,
        year,
        kind: "SPECIAL",
        name: `矩阵考核${nextSerial()}`,
        branchIds,
        panelUserIds: panel.map((u) => u.id),
      },
      "id version sheets { id version unit { id } }",
    );
  }

  /**
   * A sheet of the side's branch, scored (every base sub-element 0: 不合格), submitted, notified and
   * appealed: one the panel may still score, re-propose, answer (REVIEWED) and record a rectification for.
   */
  appealedSheet(side: Pick<Side, "admin" | "college" | "branch">): Promise<Ref> {
    return this.assessedSheet(side, 2026, [
      ["SUBMITTED", "2026-10-01"],
      ["NOTIFIED", "2026-10-02"],
      ["APPEALED", "2026-10-05", "矩阵复核申请"],
    ]);
  }

  /** A sheet of the side's branch in a round of `year`, scored (every base sub-element 0) and taken through `steps`. */
  async assessedSheet(
    side: Pick<Side, "admin" | "college" | "branch">,
    year: number,
    steps: ReadonlyArray<readonly [string, string, string?]>,
  ): Promise<Ref> {
    const round = await this.assessmentRound(side, [side.branch], year);
    const { id } = round.sheets[0];
    let { version } = round.sheets[0];
    for (const element of elementsOf(sheetInForce("2026-01-01")).filter((e) => e.max !== null)) {
      ({ version } = await create(side.admin, "scoreAssessmentElement", "ScoreAssessmentElementInput", "AssessmentSheet", {
        id,
        version,
        key: element.key,
        score: 0,
        reason: "矩阵评分",
      }));
    }
    for (const [to, on, note] of steps) {
      ({ version } = await create(side.admin, "advanceAssessmentSheet", "AdvanceAssessmentSheetInput", "AssessmentSheet", {
        id,
        version,
        to,
        on,
        note,
      }));
    }
    return { id, version };
  }

  rectification(side: Pick<Side, "admin">, sheetId: string): Promise<Ref> {
    return create(side.admin, "recordAssessmentRectification", "RecordRectificationInput", null, {
      sheetId,
      recordedOn: WORLD_DAY,
      measures: "矩阵整改措施",
    });
  }

  /** The current version of a record (SQL: versions move with every write, and the API's answers are what is being tested). */
  async version(type: string, id: string): Promise<number> {
    if (!TABLE_OF[type]) throw new Error(`no table for ${type}`);
    const [row] = await this.app.dataSource.query(`SELECT version FROM ${TABLE_OF[type]} WHERE id = $1`, [id]);
    if (!row) throw new Error(`no ${type} ${id}`);
    return row.version;
  }
}

/** Seeds the whole world (the second college must exist: startTestApp({ prepare: prepareSecondCollege })). */
export async function seedAccessWorld(app: TestApp): Promise<{ world: AccessWorld; factories: Factories }> {
  const ds = app.dataSource;
  const sensitive = { values: new Set<string>(), of: new Map<string, string[]>() };
  const factories = new Factories(app, sensitive);
  const unit = async (collegeId: string, generalBranch: string, name: string): Promise<string> => {
    const [row] = await ds.query(
      `SELECT u.id FROM org_unit u JOIN org_unit gb ON gb.id = u.parent_id WHERE u.college_id = $1 AND gb.name = $2 AND u.name = $3`,
      [collegeId, generalBranch, name],
    );
    if (!row) throw new Error(`no unit ${generalBranch} ${name}`);
    return row.id;
  };
  const generalBranch = async (collegeId: string, name: string): Promise<string> =>
    (await ds.query(`SELECT id FROM org_unit WHERE college_id = $1 AND name = $2 AND kind = 'GENERAL_BRANCH'`, [collegeId, name]))[0].id;

  const college1 = app.collegeId!;
  const [{ id: college2 }] = await ds.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE' AND id <> $1`, [college1]);
  const admin2 = await app.clientFor({ role: UserRole.ADMIN, scopeUnitId: college2 });

  const caijing = await generalBranch(college1, "财经学院党总支");
  const cousinBranch = (
    await create(app, "createOrgUnit", "CreateOrgUnitInput", "OrgUnit", {
      kind: "BRANCH",
      branchKind: "STUDENT",
      name: "学生二支部",
      parentId: caijing,
    })
  ).id;
  const skeletons: Array<Omit<Side, "group" | "member" | "student2" | "teacher" | "person" | "records" | "memberAccount" | "guestHost">> = [
    {
      name: "inside",
      admin: app,
      college: college1,
      generalBranch: caijing,
      branch: await unit(college1, "财经学院党总支", "学生支部"),
      otherBranch: cousinBranch,
    },
    {
      name: "cousin",
      admin: app,
      college: college1,
      generalBranch: caijing,
      branch: cousinBranch,
      otherBranch: await unit(college1, "财经学院党总支", "学生支部"),
    },
    {
      name: "sibling",
      admin: app,
      college: college1,
      generalBranch: await generalBranch(college1, "信息工程学院党总支"),
      branch: await unit(college1, "信息工程学院党总支", "学生支部"),
      otherBranch: await unit(college1, "信息工程学院党总支", "教工支部"),
    },
    {
      name: "otherCollege",
      admin: admin2,
      college: college2,
      generalBranch: await generalBranch(college2, "财经学院党总支"),
      branch: await unit(college2, "财经学院党总支", "学生支部"),
      otherBranch: await unit(college2, "财经学院党总支", "教工一支部"),
    },
  ];

  // College-level records: one per college, shared by the sides of that college.
  const perCollege = new Map<string, { semester: Ref; vacation: Ref; postType: Ref; funding: Ref }>();
  for (const s of skeletons) {
    if (perCollege.has(s.college)) continue;
    const [semester] = await ds.query(`SELECT id, version FROM semester WHERE college_id = $1 AND starts_on <= $2 AND ends_on >= $2`, [
      s.college,
      WORLD_DAY,
    ]);
    const [vacation] = await ds.query(`SELECT version FROM vacation_month_setting WHERE college_id = $1 AND branch_kind = 'STUDENT'`, [
      s.college,
    ]);
    const vacationSet = await create(s.admin, "setVacationMonths", "SetVacationMonthsInput", null, {
      collegeId: s.college,
      branchKind: "STUDENT",
      months: [1, 2, 7, 8],
      note: "矩阵：寒暑假",
      version: vacation.version,
    });
    const postType = await factories.servicePostType(s);
    const funding = await create(s.admin, "setFundingSetting", "SetFundingSettingInput", null, {
      collegeId: s.college,
      year: 2026,
      rebateShare: "0.5",
      secretaryAllowance: "600.00",
      committeeMemberAllowance: "300.00",
      groupLeaderAllowance: "200.00",
    });
    perCollege.set(s.college, { semester, vacation: vacationSet, postType, funding });
  }

  const sides = {} as Record<SideName, Side>;
  for (const s of skeletons) {
    const shared = perCollege.get(s.college)!;
    const group = (await factories.group(s)).id;
    const member = await factories.member(s);
    const student2 = await factories.member(s, { groupId: group });
    const teacher = await factories.member(s, { category: "FACULTY", name: `矩阵教师${nextSerial()}` });
    const person = await factories.person(s);
    const side: Side = {
      ...s,
      guestHost: "",
      group,
      member: member.id,
      student2: student2.id,
      teacher: teacher.id,
      person: person.id,
      records: {},
      memberAccount: undefined as never,
    };
    const r = side.records;
    r.OrgUnit = { id: s.branch, version: await factories.version("OrgUnit", s.branch) };
    r.Member = member;
    r.Person = person;
    r.MassContact = await factories.massContact(side, member.id, person.id);
    r.CommitteePosition = await factories.committeePosition(side, member.id);
    r.ActivityRoom = await factories.room(side);
    r.ActivityRoomUser = await factories.roomUser(side, r.ActivityRoom.id, side.branch);
    r.Activity = await factories.activity(side, [{ memberId: member.id }, { memberId: student2.id }], r.ActivityRoom.id);
    r.StudyRecord = await factories.studyRecord(side, member.id);
    r.Semester = shared.semester;
    r.VacationMonthSetting = shared.vacation;
    r.RecordBookHandIn = await factories.recordBookHandIn(side, shared.semester.id);
    r.StudentClass = await factories.studentClass(side);
    r.ClassMember = await factories.classMember(side, r.StudentClass.id, member.id);
    r.ClassGroup = await factories.classGroup(side, r.StudentClass.id, group);
    r.LiaisonAssignment = await factories.liaisonAssignment(side, teacher.id, [student2.id], [person.id]);
    r.LiaisonVisit = await factories.liaisonVisit(side, r.LiaisonAssignment.id, teacher.id, [
      { personId: person.id },
      { memberId: student2.id },
    ]);
    // The two leaders' kinds of link too (a school leader → the general branch, a college leader → the class), so their targets are walked.
    await create(side.admin, "createLiaisonAssignment", "CreateLiaisonAssignmentInput", "LiaisonAssignment", {
      kind: "SCHOOL_LEADER_TO_COLLEGE",
      leaderName: `矩阵校领导${nextSerial()}`,
      leaderTitle: "副校长",
      targetUnitId: side.generalBranch,
      startDate: "2026-09-01",
    });
    await create(side.admin, "createLiaisonAssignment", "CreateLiaisonAssignmentInput", "LiaisonAssignment", {
      kind: "COLLEGE_LEADER_TO_CLASS",
      leaderName: `矩阵院领导${nextSerial()}`,
      leaderTitle: "院长",
      targetClassId: r.StudentClass.id,
      startDate: "2026-09-01",
    });
    r.ServicePostType = shared.postType;
    r.ServicePost = await factories.servicePost(side, shared.postType.id);
    r.ServicePostHolder = await factories.servicePostHolder(side, r.ServicePost.id, member.id);
    r.ServicePledge = await factories.servicePledge(side, member.id);
    r.ServiceEvaluation = await factories.serviceEvaluation(side, r.ServicePledge.id);
    r.FundingSetting = shared.funding;
    r.FundAllocation = await factories.fundAllocation(side);
    r.FundSpending = await factories.fundSpending(side);
    r.DuesRecord = await factories.dues(side, member.id);
    r.PartyWorkAllowance = await factories.partyWorkAllowance(side, member.id, r.CommitteePosition.id);
    r.Award = await factories.award(side, member.id);
    r.Recognition = await factories.recognition(side);
    r.PartyAffairsNotice = await factories.notice(side);
    r.MajorDecision = await factories.decision(side);
    r.IntegrityRisk = await factories.risk(side);
    r.FiledDocument = await factories.thoughtReport(side, member.id);
    await factories.devPlan(side);
    r.DevelopmentCase = await factories.developmentProbationer(side, teacher.id, [member.id, teacher.id]);
    const ofCase = async (table: string): Promise<Ref> =>
      (await ds.query(`SELECT id, version FROM ${table} WHERE case_id = $1 ORDER BY created_at, id LIMIT 1`, [r.DevelopmentCase.id]))[0];
    for (const [type, table] of [
      ["DevelopmentStep", "development_step"],
      ["DevelopmentNotice", "development_notice"],
      ["DevelopmentContact", "development_contact"],
      ["DevelopmentVote", "development_vote"],
      ["DevelopmentReport", "development_report"],
    ])
      r[type] = await ofCase(table);
    const account = await factories.memberAccount(side, member.id);
    r.User = { id: account.id, version: account.version };
    side.memberAccount = { username: account.username, password: WORLD_PASSWORD, userId: account.id };
    r.ApiToken = await factories.apiToken(side);
    sides[s.name] = side;
  }

  // Links that cross the boundary, so depth paths exist from each side into its neighbours.
  const { inside, cousin, sibling, otherCollege } = sides;
  const crossing: Record<string, string> = {};
  // A member who came from the sibling branch: dues, a thought report, a pledge and a class of the sibling's, then transferred in.
  const incomer = await factories.member(sibling);
  await factories.dues(sibling, incomer.id, "2026-09");
  await factories.thoughtReport(sibling, incomer.id);
  await factories.servicePledge(sibling, incomer.id);
  await factories.classMember(sibling, sibling.records.StudentClass.id, incomer.id);
  await factories.transfer(inside, incomer, inside.branch);
  crossing.incomer = incomer.id;
  // Each side's MemberTransfer: a member transferred into it (from the sibling into inside, as above; the others from a neighbour).
  const transferIn = async (side: Side, from: Pick<Side, "admin" | "branch">) => {
    const m = await factories.member(from);
    await factories.transfer(side, m, side.branch);
    return m.id;
  };
  const transferRow = async (memberId: string): Promise<Ref> =>
    (await ds.query(`SELECT id, version FROM member_transfer WHERE member_id = $1`, [memberId]))[0];
  inside.records.MemberTransfer = await transferRow(incomer.id);
  cousin.records.MemberTransfer = await transferRow(await transferIn(cousin, inside));
  sibling.records.MemberTransfer = await transferRow(await transferIn(sibling, inside));
  otherCollege.records.MemberTransfer = await transferRow(
    await transferIn(otherCollege, { admin: otherCollege.admin, branch: otherCollege.otherBranch }),
  );
  // The inside activity with a sibling member as guest; a sibling activity with an inside member as guest.
  crossing.insideActivityWithSiblingGuest = (
    await factories.activity(inside, [{ memberId: inside.member }, { memberId: sibling.member, isGuest: true }])
  ).id;
  crossing.siblingActivityWithInsideGuest = (
    await factories.activity(sibling, [{ memberId: sibling.member }, { memberId: inside.member, isGuest: true }])
  ).id;
  // A room of the sibling's shared with the inside branch (its own primary room stays unshared).
  const shared = await factories.room(sibling);
  await factories.roomUser(sibling, shared.id, inside.branch);
  crossing.siblingRoomSharedWithInside = shared.id;
  crossing.siblingRoomNotShared = sibling.records.ActivityRoom.id;
  // The inside teacher's liaison students include a sibling student member and a sibling student; a visit meets them.
  await create(app, "addLiaisonStudents", "AddLiaisonStudentsInput", "LiaisonAssignment", {
    assignmentId: inside.records.LiaisonAssignment.id,
    memberIds: [sibling.student2],
    personIds: [sibling.person],
  });
  crossing.insideVisitMeetingSiblingPeople = (
    await factories.liaisonVisit(inside, inside.records.LiaisonAssignment.id, inside.teacher, [
      { personId: sibling.person },
      { memberId: sibling.student2 },
    ])
  ).id;
  // An inside member's mass contact registered by the sibling branch.
  crossing.insideContactWithSiblingPerson = (await factories.massContact(inside, inside.member, sibling.person)).id;
  // The sibling's committee seats an inside member? Not possible (a seat needs a member of the unit); its guest list is enough.

  // Each side's member a guest of a neighbour's activity, listed by the neighbour's own secretary: awaiting the side's confirmation.
  inside.guestHost = cousin.branch;
  cousin.guestHost = inside.branch;
  sibling.guestHost = inside.branch;
  otherCollege.guestHost = otherCollege.otherBranch;
  const guestRows = {} as Record<SideName, Ref>;
  for (const side of Object.values(sides)) guestRows[side.name] = await factories.guestRow({ branch: side.guestHost }, side.member);

  // Branch assessment: each side's member disciplined in 2026, so each side's sheet of the college's
  // round is 不合格 from the start (the veto) and takes a rectification.
  for (const side of Object.values(sides)) side.records.DisciplineCase = await factories.disciplineCase(side, side.member);
  for (const college of [...new Set(Object.values(sides).map((side) => side.college))]) {
    const of = Object.values(sides).filter((side) => side.college === college);
    const round = await factories.assessmentRound(
      of[0],
      of.map((side) => side.branch),
    );
    for (const side of of) {
      side.records.AssessmentRound = { id: round.id, version: round.version };
      const sheet = round.sheets.find((x) => x.unit.id === side.branch)!;
      side.records.AssessmentSheet = { id: sheet.id, version: sheet.version };
      side.records.Rectification = await factories.rectification(side, sheet.id);
      // Recorded after the proposals: re-proposing would change indicator 17.
      await factories.recognition(side);
    }
  }
  // A final grade of 2025 for each side's branch: shown beside the unit and beside its 2026 fund allocation.
  for (const side of Object.values(sides))
    await factories.assessedSheet(side, 2025, [
      ["SUBMITTED", "2025-12-01"],
      ["NOTIFIED", "2025-12-02"],
      ["FINAL", "2025-12-12"],
    ]);

  // Rows the API creates as a by-product, read back by their parents.
  for (const side of Object.values(sides)) {
    const r = side.records;
    const one = async (sql: string, params: unknown[]): Promise<Ref> => {
      const [row] = await ds.query(sql, params);
      if (!row) throw new Error(`${side.name}: nothing for ${sql}`);
      return { id: String(row.id), version: row.version };
    };
    r.RegisterEntry = await one(`SELECT id, version FROM register_entry WHERE member_id = $1 ORDER BY created_at LIMIT 1`, [side.member]);
    r.ActivityAttendance = await one(`SELECT id, version FROM activity_attendance WHERE activity_id = $1 AND member_id = $2`, [
      r.Activity.id,
      side.member,
    ]);
    r.LiaisonStudent = await one(`SELECT id, version FROM liaison_student WHERE assignment_id = $1 AND member_id = $2`, [
      r.LiaisonAssignment.id,
      side.student2,
    ]);
    r.VisitPerson = await one(`SELECT id, version FROM visit_person WHERE visit_id = $1 ORDER BY position LIMIT 1`, [r.LiaisonVisit.id]);
    r.LiaisonFollowUp = await one(`SELECT id, version FROM liaison_follow_up WHERE visit_id = $1 LIMIT 1`, [r.LiaisonVisit.id]);
    r.AssessmentScore = await one(`SELECT id, version FROM assessment_score WHERE sheet_id = $1 AND key = '1.1'`, [r.AssessmentSheet.id]);
    r.AuditEntry = await one(`SELECT id, 0 AS version FROM audit_entry WHERE entity_id = $1 AND operation = 'createMember'`, [side.member]);
  }
  for (const side of Object.values(sides)) {
    for (const [type, ref] of Object.entries(side.records)) if (type !== "AuditEntry") ref.version = await factories.version(type, ref.id);
  }
  return {
    world: { sides, guestRows, otherCollegeRoot: college2, sensitiveValues: sensitive.values, sensitiveOf: sensitive.of, crossing },
    factories,
  };
}
