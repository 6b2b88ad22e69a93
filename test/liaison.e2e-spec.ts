import { createMember, unitsByFullName, Unit } from "./support/fixtures";
import type {
  CreateLiaisonAssignmentInput,
  CreateLiaisonVisitInput,
  CreateStudentClassInput,
  LiaisonAssignmentFilter,
  LiaisonCreateAssignmentMutation,
  LiaisonVisitFilter,
  PersonKind,
  StudentClassFilter,
} from "./support/generated/graphql";
import {
  ClassAddMember,
  ClassArchive,
  ClassComplianceFindings,
  ClassCountsWithArchived,
  ClassCoverage,
  ClassCreate,
  ClassIds,
  ClassLinkGroup,
  ClassNames,
  ClassSetRuleParameters,
  ClassUpdate,
  CreateOrgUnit,
  CreatePerson,
  LiaisonAssignmentNames,
  LiaisonAssignmentStudents,
  LiaisonAssignmentVersion,
  LiaisonCreateAssignment,
  LiaisonEndAssignment,
  LiaisonNested,
  LiaisonOverview,
  VisitArchive,
  VisitCreate,
  VisitDates,
  VisitResolveFollowUp,
  VisitUpdate,
} from "./support/operations";
import { accepted, AcceptedOf, expectRefusal } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";
import { REQUEST_STATEMENTS } from "./support/statements";

type Assignment = AcceptedOf<LiaisonCreateAssignmentMutation["createLiaisonAssignment"]>;

describe("students' classes and 三联二访 liaison", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let leader: string;
  let otherFaculty: string;
  let teacher: string;
  let student: string;
  let financeStudent: string;

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM student_class)::int AS classes, (SELECT count(*) FROM class_member)::int AS class_members,
                (SELECT count(*) FROM liaison_assignment)::int AS assignments, (SELECT count(*) FROM liaison_student)::int AS students,
                (SELECT count(*) FROM liaison_visit)::int AS visits, (SELECT count(*) FROM visit_person)::int AS people,
                (SELECT count(*) FROM liaison_follow_up)::int AS follow_ups, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  const createClass = (input: CreateStudentClassInput) => app.gql(ClassCreate, { input });
  const createAssignment = (input: CreateLiaisonAssignmentInput) => app.gql(LiaisonCreateAssignment, { input });
  const createVisit = (input: CreateLiaisonVisitInput) => app.gql(VisitCreate, { input });

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    leader = (await createMember(app, units["机关一支部"].id, { name: "李校长", category: "FACULTY" })).id;
    otherFaculty = (await createMember(app, units["机关一支部"].id, { name: "周处长", category: "FACULTY" })).id;
    teacher = (await createMember(app, units["管理工程学院教工支部"].id, { name: "陈老师", category: "FACULTY" })).id;
    student = (await createMember(app, units["管理工程学院学生支部"].id, { name: "学生甲" })).id;
    financeStudent = (await createMember(app, units["财经学院学生支部"].id, { name: "学生乙" })).id;
  });
  afterAll(() => app.close());

  describe("classes", () => {
    let accounting: { id: string; version: number };

    it("creates classes of a secondary college and lists them by college subtree and grade, a page at a time", async () => {
      const made = [];
      for (const [name, grade] of [
        ["会计2301班", 2023],
        ["会计2401班", 2024],
        ["物流2401班", 2024],
      ] as const) {
        const result = await createClass({
          name,
          collegeUnitId: units["管理工程学院党总支"].id,
          major: name.slice(0, 2),
          gradeYear: grade,
          headTeacher: "王老师",
        });
        expect(result.data!.createStudentClass).toMatchObject({
          __typename: "StudentClass",
          name,
          gradeYear: grade,
          collegeUnit: { name: "管理工程学院党总支" },
        });
        made.push(accepted(result.data!.createStudentClass));
      }
      accounting = made[0];
      await createClass({ name: "财管2401班", collegeUnitId: units["财经学院党总支"].id, major: "财务管理", gradeYear: 2024 });

      const q = (filter: StudentClassFilter, first = 20, offset = 0) =>
        app.ok(ClassNames, { filter, first, offset }).then((d) => d.studentClasses);
      expect((await q({ collegeUnitId: units["管理工程学院党总支"].id })).totalCount).toBe(3);
      expect((await q({ collegeUnitId: units["管理工程学院党总支"].id, gradeYear: 2024 })).items.map((c) => c.name)).toEqual([
        "会计2401班",
        "物流2401班",
      ]);
      expect((await q({})).totalCount).toBe(4);
      const page = await q({ collegeUnitId: units["管理工程学院党总支"].id }, 2, 2);
      expect(page).toEqual({ totalCount: 3, items: [{ name: "会计2301班" }] });
      expect((await q({ nameContains: "财管" })).items).toEqual([{ name: "财管2401班" }]);
    });

    it("refuses bad input field by field and writes nothing", async () => {
      const before = await counts();
      const bad = await createClass({ name: "", collegeUnitId: "x", major: "会计", gradeYear: 1800 });
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual(["collegeUnitId", "gradeYear", "name"]);
      const notCollege = await createClass({
        name: "会计2501班",
        collegeUnitId: units["管理工程学院学生支部"].id,
        major: "会计",
        gradeYear: 2025,
      });
      expect(notCollege.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { collegeUnitId: [expect.stringContaining("不是二级学院党总支")] },
      });
      const duplicate = await createClass({
        name: "会计2301班",
        collegeUnitId: units["管理工程学院党总支"].id,
        major: "会计",
        gradeYear: 2023,
      });
      expect(duplicate.errors?.[0].extensions?.fields).toHaveProperty("name");
      expect(await counts()).toEqual(before);
    });

    it("updates with the current version, answers CONFLICT to a stale one, and audits before and after", async () => {
      const updated = await app.ok(ClassUpdate, {
        input: { id: accounting.id, version: accounting.version, headTeacher: "赵老师" },
      });
      expect(updated.updateStudentClass).toMatchObject({ headTeacher: "赵老师", version: accounting.version + 1 });
      const stale = await app.gql(ClassUpdate, {
        input: { id: accounting.id, version: accounting.version, headTeacher: "钱老师" },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const audit = await app.dataSource.query(
        `SELECT operation, before->>'headTeacher' AS before, after->>'headTeacher' AS after FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [accounting.id],
      );
      expect(audit).toEqual([
        { operation: "createStudentClass", before: null, after: "王老师" },
        { operation: "updateStudentClass", before: "王老师", after: "赵老师" },
      ]);
      accounting = accepted(updated.updateStudentClass);
    });

    it("puts only student members of the class's own college in it, and counts coverage per class", async () => {
      const add = (memberId: string, classId = accounting.id, since = "2025-09-01") =>
        app.ok(ClassAddMember, { input: { classId, memberId, since } }).then((d) => d.addClassMember);
      expect(await add(student)).toMatchObject({
        __typename: "ClassMember",
        member: { name: "学生甲", studentClass: { name: "会计2301班" } },
      });
      expect(await add(teacher)).toMatchObject({ __typename: "Refusal", errorCode: "NOT_A_STUDENT", field: "memberId" });
      expect(await add(financeStudent)).toMatchObject({ __typename: "Refusal", errorCode: "MEMBER_NOT_IN_UNIT" });
      expect(await add(student)).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_LINKED" });

      const group = accepted(
        (
          await app.ok(CreateOrgUnit, {
            input: { kind: "GROUP", name: "会计2301班党小组", parentId: units["管理工程学院学生支部"].id, groupPurpose: "OTHER" },
          })
        ).createOrgUnit,
      );
      const link = await app.ok(ClassLinkGroup, {
        input: { classId: accounting.id, groupUnitId: group.id, since: "2025-09-01" },
      });
      expect(link.linkClassGroup).toMatchObject({ __typename: "ClassGroup", group: { name: "会计2301班党小组" } });
      const financeClass = (await app.ok(ClassIds, { filter: { nameContains: "财管" } })).studentClasses.items[0].id;
      const foreign = await app.ok(ClassLinkGroup, {
        input: { classId: financeClass, groupUnitId: group.id, since: "2025-09-01" },
      });
      expect(foreign.linkClassGroup).toMatchObject({ __typename: "Refusal", errorCode: "OUTSIDE_UNIT" });

      const coverage = await app.ok(ClassCoverage, { collegeUnitId: units["管理工程学院党总支"].id, on: "2025-10-01" });
      expect(coverage.classCoverage).toEqual([
        { studentClass: { name: "会计2301班" }, gradeYear: 2023, studentMembers: 1, partyGroups: 1, hasPartyGroup: true },
        { studentClass: { name: "会计2401班" }, gradeYear: 2024, studentMembers: 0, partyGroups: 0, hasPartyGroup: false },
        { studentClass: { name: "物流2401班" }, gradeYear: 2024, studentMembers: 0, partyGroups: 0, hasPartyGroup: false },
      ]);
      const before = await app.ok(ClassCoverage, { collegeUnitId: units["管理工程学院党总支"].id, on: "2025-08-31" });
      expect(before.classCoverage[0].studentMembers).toBe(0);
    });

    it("judges STUDENT_COVERAGE from the same classes: a lower-year class needs a member, an upper-year class a party group", async () => {
      const college = units["管理工程学院党总支"].id;
      const finding = async () =>
        (
          await app.ok(ClassComplianceFindings, {
            unitId: college,
            from: "2025-10-01",
            to: "2025-10-01",
            ruleCodes: ["STUDENT_COVERAGE"],
          })
        ).compliance.findings.items[0];
      const upperFrom = (year: number) =>
        app.ok(ClassSetRuleParameters, {
          input: { ruleCode: "STUDENT_COVERAGE", effectiveFrom: "2025-09-01", params: { upperFromYearOfStudy: year } },
        });
      const uncovered = [{ label: "未覆盖：会计2401班" }, { label: "未覆盖：物流2401班" }];
      // In 2025-26 会计2301班 is in its third year: upper, covered by its party group; the 2401 classes (second year) have no member.
      expect(await finding()).toEqual({ actualValue: 33.3, evidence: uncovered });
      // Upper only from the fourth year: 会计2301班 is lower and covered by its member instead.
      await upperFrom(4);
      expect(await finding()).toEqual({ actualValue: 33.3, evidence: uncovered });
      await upperFrom(3);
    });

    it("archives a class, ending its memberships, and hides it from lists unless asked", async () => {
      const made = accepted(
        (await createClass({ name: "物流2201班", collegeUnitId: units["管理工程学院党总支"].id, major: "物流", gradeYear: 2022 })).data!
          .createStudentClass,
      );
      const archived = await app.ok(ClassArchive, {
        input: { id: made.id, version: made.version, reason: "毕业" },
      });
      expect(accepted(archived.archiveStudentClass).archivedAt).toBeTruthy();
      const again = await app.ok(ClassArchive, {
        input: { id: made.id, version: made.version + 1, reason: "毕业" },
      });
      expect(again.archiveStudentClass).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
      const list = await app.ok(ClassCountsWithArchived, { gradeYear: 2022 });
      expect(list).toEqual({ a: { totalCount: 0 }, b: { totalCount: 1 } });
    });
  });

  describe("assignments and visits", () => {
    let schoolLink: Assignment;
    let namedLeaderLink: Assignment;
    let classLink: Assignment;
    let teacherLink: Assignment;
    let studentPerson: string;

    beforeAll(async () => {
      const person = (kind: PersonKind, name: string) =>
        app
          .ok(CreatePerson, {
            input: { name, kind, unitId: units["管理工程学院学生支部"].id },
          })
          .then((d) => d.createPerson.id);
      studentPerson = await person("STUDENT", "学生丙");
      const mass = await person("MASS", "群众丁");

      schoolLink = accepted(
        (
          await createAssignment({
            kind: "SCHOOL_LEADER_TO_COLLEGE",
            liaisonMemberId: leader,
            leaderTitle: "副校长",
            targetUnitId: units["管理工程学院党总支"].id,
            startDate: "2025-09-01",
            endDate: "2026-07-31",
          })
        ).data!.createLiaisonAssignment,
      );
      namedLeaderLink = accepted(
        (
          await createAssignment({
            kind: "SCHOOL_LEADER_TO_COLLEGE",
            leaderName: "王校长",
            leaderTitle: "校长",
            targetUnitId: units["财经学院党总支"].id,
            startDate: "2025-09-01",
          })
        ).data!.createLiaisonAssignment,
      );
      const cls = (await app.ok(ClassIds, { filter: { nameContains: "会计2401" } })).studentClasses.items[0].id;
      classLink = accepted(
        (
          await createAssignment({
            kind: "COLLEGE_LEADER_TO_CLASS",
            liaisonMemberId: teacher,
            leaderTitle: "副院长",
            targetClassId: cls,
            startDate: "2025-09-01",
          })
        ).data!.createLiaisonAssignment,
      );
      const made = await createAssignment({
        kind: "TEACHER_TO_STUDENTS",
        liaisonMemberId: teacher,
        studentPersonIds: [studentPerson],
        studentMemberIds: [student],
        startDate: "2025-09-01",
      });
      expect(made.data!.createLiaisonAssignment).toMatchObject({ __typename: "LiaisonAssignment" });
      teacherLink = accepted(made.data!.createLiaisonAssignment);

      const refusedMass = await createAssignment({
        kind: "TEACHER_TO_STUDENTS",
        liaisonMemberId: otherFaculty,
        studentPersonIds: [mass],
        startDate: "2025-09-01",
      });
      expect(refusedMass.data!.createLiaisonAssignment).toMatchObject({
        __typename: "Refusal",
        errorCode: "NOT_A_STUDENT",
        field: "studentPersonIds",
      });
    });

    it("keeps the three kinds of link with their targets and filters them", async () => {
      expect(schoolLink).toMatchObject({
        kind: "SCHOOL_LEADER_TO_COLLEGE",
        liaisonName: "李校长",
        leaderTitle: "副校长",
        targetUnit: { name: "管理工程学院党总支" },
        liaisonMember: { name: "李校长" },
      });
      expect(namedLeaderLink).toMatchObject({ liaisonName: "王校长", liaisonMember: null, targetUnit: { name: "财经学院党总支" } });
      expect(classLink).toMatchObject({ kind: "COLLEGE_LEADER_TO_CLASS", targetClass: { name: "会计2401班" } });
      const detail = await app.ok(LiaisonAssignmentStudents, { id: teacherLink.id });
      expect(detail.liaisonAssignment!.unit).toEqual({ name: "教工支部" });
      expect(detail.liaisonAssignment!.students).toHaveLength(2);
      expect(detail.liaisonAssignment!.students).toEqual(
        expect.arrayContaining([
          { person: { name: "学生丙" }, member: null },
          { person: null, member: { name: "学生甲" } },
        ]),
      );

      const q = (filter: LiaisonAssignmentFilter, first = 20) =>
        app.ok(LiaisonAssignmentNames, { filter, first }).then((d) => d.liaisonAssignments);
      expect((await q({})).totalCount).toBe(4);
      expect((await q({}, 2)).items).toHaveLength(2);
      expect((await q({ unitId: units["管理工程学院党总支"].id })).totalCount).toBe(3);
      expect((await q({ unitId: units["财经学院党总支"].id })).items).toEqual([
        { liaisonName: "王校长", kind: "SCHOOL_LEADER_TO_COLLEGE" },
      ]);
      expect((await q({ kind: "TEACHER_TO_STUDENTS" })).totalCount).toBe(1);
      expect((await q({ activeOn: "2026-09-01" })).totalCount).toBe(3);
      expect((await q({ activeOn: "2025-08-31" })).totalCount).toBe(0);
    });

    it("refuses a teacher's link for a member who is not in-service faculty, and a second identical link", async () => {
      const studentTeacher = await createAssignment({
        kind: "TEACHER_TO_STUDENTS",
        liaisonMemberId: student,
        studentPersonIds: [studentPerson],
        startDate: "2025-09-01",
      });
      expect(studentTeacher.data!.createLiaisonAssignment).toMatchObject({ __typename: "Refusal", errorCode: "NOT_A_TEACHER" });
      const twice = await createAssignment({
        kind: "SCHOOL_LEADER_TO_COLLEGE",
        liaisonMemberId: leader,
        targetUnitId: units["管理工程学院党总支"].id,
        startDate: "2026-01-01",
      });
      expect(twice.data!.createLiaisonAssignment).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_LINKED" });
      const missing = await createAssignment({ kind: "SCHOOL_LEADER_TO_COLLEGE", startDate: "2025-09-01" });
      expect(Object.keys(missing.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(["leaderName", "targetUnitId"]);
    });

    it("records a visit by the link's own liaison, within the link's dates, with people met and follow-ups", async () => {
      const result = await createVisit({
        assignmentId: teacherLink.id,
        kind: "STUDENT_DORM_VISIT",
        visitorMemberId: teacher,
        visitedOn: "2025-10-15",
        place: "北区 5 栋 312 室",
        notes: "了解学习和生活情况",
        peopleMet: [{ personId: studentPerson }, { memberId: student }, { name: "室友某" }],
        followUps: [{ content: "协助申请助学金", dueOn: "2025-11-15" }],
      });
      const visit = accepted(result.data!.createLiaisonVisit);
      expect(visit).toMatchObject({
        __typename: "LiaisonVisit",
        kind: "STUDENT_DORM_VISIT",
        visitorName: "陈老师",
        place: "北区 5 栋 312 室",
        peopleMet: [
          { name: "学生丙", person: { name: "学生丙" }, member: null },
          { name: "学生甲", person: null, member: { name: "学生甲" } },
          { name: "室友某", person: null, member: null },
        ],
        followUps: [{ content: "协助申请助学金", dueOn: "2025-11-15", resolvedOn: null }],
      });
      const audit = await app.dataSource.query(
        `SELECT operation, jsonb_array_length(after->'peopleMet') AS met FROM audit_entry WHERE entity_id = $1`,
        [visit.id],
      );
      expect(audit).toEqual([{ operation: "createLiaisonVisit", met: 3 }]);

      const followUp = visit.followUps[0];
      const resolve = (version: number, resolvedOn = "2025-11-10") =>
        app.gql(VisitResolveFollowUp, {
          input: { id: followUp.id, version, resolvedOn, resolution: "已提交申请" },
        });
      const early = await resolve(followUp.version, "2025-10-01");
      expect(early.errors?.[0].extensions?.fields).toHaveProperty("resolvedOn");
      expect((await resolve(followUp.version)).data!.resolveLiaisonFollowUp).toMatchObject({
        __typename: "LiaisonFollowUp",
        resolvedOn: "2025-11-10",
        resolution: "已提交申请",
      });
      expect((await resolve(followUp.version + 1)).data!.resolveLiaisonFollowUp).toMatchObject({
        __typename: "Refusal",
        errorCode: "ALREADY_RESOLVED",
      });
      expect((await resolve(followUp.version)).errors?.[0].extensions?.code).toBe("CONFLICT");
    });

    it("refuses a visit by someone who is not the link's liaison, or outside its dates, and writes nothing", async () => {
      const before = await counts();
      const notLiaison = await createVisit({
        assignmentId: schoolLink.id,
        kind: "LIAISON_VISIT",
        visitorMemberId: otherFaculty,
        visitedOn: "2025-10-20",
      });
      const notLiaisonRefusal = notLiaison.data!.createLiaisonVisit;
      expectRefusal(notLiaisonRefusal, "NOT_ASSIGNMENT_LIAISON", { field: "visitorMemberId" });
      expect(notLiaisonRefusal.message).toContain("李校长");
      const noVisitor = await createVisit({ assignmentId: schoolLink.id, kind: "LIAISON_VISIT", visitedOn: "2025-10-20" });
      expect(noVisitor.data!.createLiaisonVisit).toMatchObject({ errorCode: "NOT_ASSIGNMENT_LIAISON" });
      const otherName = await createVisit({
        assignmentId: namedLeaderLink.id,
        kind: "LIAISON_VISIT",
        visitorName: "张校长",
        visitedOn: "2025-10-20",
      });
      expect(otherName.data!.createLiaisonVisit).toMatchObject({ errorCode: "NOT_ASSIGNMENT_LIAISON", field: "visitorName" });
      const afterEnd = await createVisit({
        assignmentId: schoolLink.id,
        kind: "LIAISON_VISIT",
        visitorMemberId: leader,
        visitedOn: "2026-08-01",
      });
      expect(afterEnd.data!.createLiaisonVisit).toMatchObject({ errorCode: "ASSIGNMENT_NOT_ACTIVE", field: "visitedOn" });
      const bad = await createVisit({
        assignmentId: schoolLink.id,
        kind: "LIAISON_VISIT",
        visitorMemberId: leader,
        visitedOn: "2099-01-01",
        peopleMet: [{ personId: studentPerson, memberId: student }, {}],
      });
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      const invalid = await createVisit({
        assignmentId: "nope",
        kind: "LIAISON_VISIT",
        visitedOn: "2025-10-20",
        place: "x".repeat(201),
        followUps: [{ content: "" }],
      });
      expect(Object.keys(invalid.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(["assignmentId", "followUps.0.content", "place"]);
      expect(await counts()).toEqual(before);
    });

    it("lists visits by link, visitor, kind and dates, a page at a time; edits need the current version", async () => {
      const named = await createVisit({
        assignmentId: namedLeaderLink.id,
        kind: "LIAISON_VISIT",
        visitedOn: "2025-11-03",
        place: "财经学院会议室",
      });
      expect(named.data!.createLiaisonVisit).toMatchObject({ visitorName: "王校长" });
      for (const day of ["2025-09-20", "2025-12-05", "2026-03-10"]) {
        const made = await createVisit({ assignmentId: schoolLink.id, kind: "LIAISON_VISIT", visitorMemberId: leader, visitedOn: day });
        expect(made.data!.createLiaisonVisit.__typename).toBe("LiaisonVisit");
      }
      const q = (filter: LiaisonVisitFilter, first = 20, offset = 0) =>
        app.ok(VisitDates, { filter, first, offset }).then((d) => d.liaisonVisits);
      expect((await q({})).totalCount).toBe(5);
      expect((await q({ assignmentId: schoolLink.id })).items.map((v) => v.visitedOn)).toEqual(["2026-03-10", "2025-12-05", "2025-09-20"]);
      expect((await q({ visitorMemberId: teacher })).totalCount).toBe(1);
      expect((await q({ kind: "STUDENT_DORM_VISIT" })).items).toEqual([{ visitedOn: "2025-10-15", visitorName: "陈老师" }]);
      expect((await q({ from: "2025-10-01", to: "2025-12-31" })).totalCount).toBe(3);
      expect((await q({ unitId: units["财经学院党总支"].id })).items).toEqual([{ visitedOn: "2025-11-03", visitorName: "王校长" }]);
      expect(await q({ assignmentId: schoolLink.id }, 1, 1)).toEqual({
        totalCount: 3,
        items: [{ visitedOn: "2025-12-05", visitorName: "李校长" }],
      });

      const visit = accepted(named.data!.createLiaisonVisit);
      const update = (version: number) =>
        app.gql(VisitUpdate, {
          input: { id: visit.id, version, notes: "座谈学院发展" },
        });
      expect((await update(visit.version)).data!.updateLiaisonVisit).toMatchObject({ notes: "座谈学院发展", version: visit.version + 1 });
      expect((await update(visit.version)).errors?.[0].extensions?.code).toBe("CONFLICT");

      const voided = await app.ok(VisitArchive, {
        input: { id: visit.id, version: visit.version + 1, reason: "重复登记" },
      });
      expect(accepted(voided.archiveLiaisonVisit).archivedAt).toBeTruthy();
      expect((await q({ unitId: units["财经学院党总支"].id })).totalCount).toBe(0);
      expect((await q({ unitId: units["财经学院党总支"].id, includeArchived: true })).totalCount).toBe(1);
    });

    it("ends a link, after which visits are refused", async () => {
      const ended = await app.ok(LiaisonEndAssignment, {
        input: {
          id: classLink.id,
          version: (await app.ok(LiaisonAssignmentVersion, { id: classLink.id })).liaisonAssignment!.version,
          endDate: "2026-01-31",
        },
      });
      expect(ended.endLiaisonAssignment).toMatchObject({ endDate: "2026-01-31" });
      const late = await createVisit({
        assignmentId: classLink.id,
        kind: "LIAISON_VISIT",
        visitorMemberId: teacher,
        visitedOn: "2026-03-01",
      });
      expect(late.data!.createLiaisonVisit).toMatchObject({ errorCode: "ASSIGNMENT_NOT_ACTIVE" });
    });

    it("confines a general-branch secretary to links and visits of their own college", async () => {
      const secretary = await app.clientFor({ role: "GENERAL_BRANCH_SECRETARY" as never, scopeUnitId: units["财经学院党总支"].id });
      const seen = await secretary.ok(LiaisonOverview);
      expect(seen).toEqual({ liaisonAssignments: { totalCount: 1, items: [{ liaisonName: "王校长" }] }, liaisonVisits: { totalCount: 1 } });
      const hidden = await secretary.gql(VisitCreate, {
        input: { assignmentId: schoolLink.id, kind: "LIAISON_VISIT", visitorMemberId: leader, visitedOn: "2025-10-01" },
      });
      expect(hidden.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("query count", () => {
    /** Adds `n` more teacher links with three dorm visits each, straight in SQL. */
    async function addLinks(n: number) {
      await app.dataSource.query(
        `WITH teachers AS (
           INSERT INTO member (name, gender, category, standing, branch_id, college_id)
           SELECT '教师' || g, 'MALE', 'FACULTY', 'FULL', $1, $2 FROM generate_series(1, $3) g RETURNING id
         ), links AS (
           INSERT INTO liaison_assignment (kind, liaison_member_id, leader_name, unit_id, college_id, start_date)
           SELECT 'TEACHER_TO_STUDENTS', id, '教师', $1, $2, '2025-09-01' FROM teachers RETURNING id, liaison_member_id
         )
         INSERT INTO liaison_visit (assignment_id, kind, visitor_member_id, visitor_name, unit_id, college_id, visited_on)
         SELECT l.id, 'STUDENT_DORM_VISIT', l.liaison_member_id, '教师', $1, $2, DATE '2025-09-01' + m * 30
           FROM links l CROSS JOIN generate_series(0, 2) m`,
        [units["管理工程学院教工支部"].id, app.collegeId, n],
      );
    }

    it("runs the same number of statements for assignments → visits → visitor → branch whatever the number of rows", async () => {
      const measure = async () => {
        const before = app.queries.count;
        const data = await app.ok(LiaisonNested);
        return {
          statements: app.queries.count - before,
          visits: data.liaisonAssignments.items.reduce((n, a) => n + a.visits.length, 0),
        };
      };
      await addLinks(2);
      const few = await measure();
      await addLinks(40);
      const many = await measure();
      // 40 more links with three visits each, all on the one page of 100 links.
      expect(many.visits).toBe(few.visits + 40 * 3);
      expect(many.statements).toBe(few.statements);
      // page + count, visits, visitors, their branches and target units, classes, people met, follow-ups, plus the session's own lookups.
      expect(few.statements).toBeLessThanOrEqual(14 + REQUEST_STATEMENTS);
    });
  });
});
