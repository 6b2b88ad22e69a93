import { UserRole } from "../api/src/auth/roles";
import type { CreateMemberInput, MemberFilter, RegisterReason } from "./support/generated/graphql";
import {
  CheckSeatAppoint,
  CheckSeatEnd,
  CheckLiaisonCreate,
  CheckMassContactLink,
  CheckServicePostCreate,
  CheckServicePostHolderAppoint,
  CheckStudentClassCreate,
  CheckClassMemberAdd,
  CheckMassPeopleNamed,
  CheckRemoveMemberStatus,
  ServicePostTypes,
  AppointCommitteeMember,
  CreateMember,
  CreateOrgUnit,
  CreatePerson,
  EndMassContact,
  LinkMassContact,
  MemberMassContacts,
  MemberNames,
  MemberRegister,
  OrgUnits,
  OrgUnitTree,
  RemoveMember,
  TransferMember,
  UnitCommittee,
  UnitMemberCounts,
  UnitMembers,
  UpdateMember,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

describe("members and people", () => {
  let app: TestApp;
  let branches: Record<string, { id: string; name: string }>;

  beforeAll(async () => {
    app = await startTestApp({ seed: "structure" });
    const data = await app.ok(OrgUnits, { filter: { kind: "BRANCH" }, first: 100 });
    branches = Object.fromEntries(data.orgUnits.items.map((b) => [b.fullName, b]));
  });
  afterAll(() => app.close());

  const createMember = (input: CreateMemberInput) => app.gql(CreateMember, { input });

  const tableCounts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM register_entry)::int AS entries,
                (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  it("enters a member in a branch's register with a dated register entry and an audit entry", async () => {
    const result = await createMember({
      name: "张三",
      gender: "MALE",
      category: "STUDENT",
      standing: "PROBATIONARY",
      branchId: branches["管理工程学院学生支部"].id,
      birthDate: "2004-05-01",
      joinedOn: "2025-06-20",
      probationEndsOn: "2026-06-20",
      reason: "DEVELOPED",
      registeredOn: "2025-06-20",
      idNumber: "500101200405011234",
      phone: "13800000000",
      className: "23级1班",
    });
    expect(result.data!.createMember).toMatchObject({ __typename: "Member", name: "张三", standing: "PROBATIONARY", status: "ACTIVE" });
    const id = accepted(result.data!.createMember).id;
    const detail = await app.ok(MemberRegister, { id });
    expect(detail.member!.registerEntries).toEqual([
      { kind: "ADDED", reason: "DEVELOPED", occurredOn: "2025-06-20", branch: { name: "学生支部" } },
    ]);
    const audit = await app.dataSource.query(`SELECT operation, after->>'name' AS name FROM audit_entry WHERE entity_id = $1`, [id]);
    expect(audit).toEqual([{ operation: "createMember", name: "张三" }]);
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const before = await tableCounts();
    const result = await createMember({
      name: "",
      gender: "MALE",
      category: "FACULTY",
      standing: "FULL",
      branchId: "not-an-id",
      idNumber: "12345",
      phone: "abc",
    });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(result.errors![0].extensions!.fields!).sort()).toEqual(["branchId", "idNumber", "name", "phone"]);
    expect(result.errors![0].extensions!.fields!.idNumber).toEqual(["身份证号应为 18 位，最后一位可为 X"]);

    const dates = await createMember({
      name: "李四",
      gender: "FEMALE",
      category: "FACULTY",
      standing: "FULL",
      branchId: branches["机关一支部"].id,
      birthDate: "1990-01-01",
      joinedOn: "1989-01-01",
    });
    expect(dates.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { joinedOn: ["入党日期应晚于出生日期"] } });

    const notBranch = await createMember({
      name: "王五",
      gender: "MALE",
      category: "FACULTY",
      standing: "FULL",
      branchId: (await app.ok(OrgUnits, { filter: { kind: "GENERAL_BRANCH" }, first: 1 })).orgUnits.items[0].id,
    });
    expect(notBranch.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { branchId: [expect.stringContaining("不是党支部")] },
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("transfers a member between branches with a dated record on both registers", async () => {
    const created = accepted(
      (
        await createMember({
          name: "赵六",
          gender: "FEMALE",
          category: "FACULTY",
          standing: "FULL",
          branchId: branches["机关一支部"].id,
          registeredOn: "2020-01-01",
        })
      ).data!.createMember,
    );
    const moved = await app.ok(TransferMember, {
      input: {
        id: created.id,
        version: created.version,
        toBranchId: branches["教学三支部"].id,
        transferredOn: "2025-09-01",
        note: "工作调动",
      },
    });
    expect(moved.transferMember).toMatchObject({ __typename: "Member", branch: { name: "教学三支部" }, version: created.version + 1 });
    const detail = await app.ok(MemberRegister, { id: created.id });
    expect(detail.member!.transfers).toEqual([
      { fromBranch: { name: "机关一支部" }, toBranch: { name: "教学三支部" }, transferredOn: "2025-09-01" },
    ]);
    expect(detail.member!.registerEntries.map((e) => `${e.kind}:${e.reason}:${e.branch!.name}`)).toEqual([
      "ADDED:INITIAL_IMPORT:机关一支部",
      "REMOVED:INTERNAL_TRANSFER:机关一支部",
      "ADDED:INTERNAL_TRANSFER:教学三支部",
    ]);
    const same = await app.ok(TransferMember, {
      input: { id: created.id, version: created.version + 1, toBranchId: branches["教学三支部"].id, transferredOn: "2025-09-02" },
    });
    expect(same.transferMember).toMatchObject({ __typename: "Refusal", errorCode: "SAME_BRANCH" });
  });

  it("removes a member from the register without deleting the record", async () => {
    const created = accepted(
      (await createMember({ name: "钱七", gender: "MALE", category: "RETIRED", standing: "FULL", branchId: branches["离退休一支部"].id }))
        .data!.createMember,
    );
    const removed = await app.ok(RemoveMember, {
      input: { id: created.id, version: created.version, reason: "DEATH", occurredOn: "2025-10-01" },
    });
    expect(removed.removeMember).toMatchObject({ status: "REMOVED" });
    const active = await app.ok(MemberNames, { filter: { unitId: branches["离退休一支部"].id } });
    expect(active.members.totalCount).toBe(0);
    const all = await app.ok(MemberNames, { filter: { unitId: branches["离退休一支部"].id, status: "REMOVED" } });
    expect(all.members.items).toEqual([{ name: "钱七" }]);
    const again = await app.ok(UpdateMember, {
      input: { id: created.id, version: created.version + 1, name: "改名" },
    });
    expect(again.updateMember).toMatchObject({ __typename: "Refusal", errorCode: "MEMBER_NOT_ACTIVE" });
    const wrongReason = await app.gql(RemoveMember, {
      input: { id: created.id, version: created.version + 1, reason: "DEVELOPED", occurredOn: "2025-10-01" },
    });
    expect(wrongReason.errors?.[0].extensions?.fields).toHaveProperty("reason");
  });

  it("keeps placement members in a placement group of their branch", async () => {
    const branch = branches["信息工程学院学生支部"];
    const group = await app.ok(CreateOrgUnit, {
      input: { kind: "GROUP", name: "深圳顶岗实习党小组", parentId: branch.id, groupPurpose: "PLACEMENT", location: "广东省深圳市" },
    });
    const groupId = accepted(group.createOrgUnit).id;
    const ok = await createMember({
      name: "孙八",
      gender: "MALE",
      category: "STUDENT",
      standing: "FULL",
      branchId: branch.id,
      groupId,
      mobileStatus: "PLACEMENT",
      mobileLocation: "深圳",
    });
    expect(ok.data!.createMember).toMatchObject({ group: { name: "深圳顶岗实习党小组" }, mobileStatus: "PLACEMENT" });
    const wrong = await createMember({
      name: "周九",
      gender: "MALE",
      category: "STUDENT",
      standing: "FULL",
      branchId: branches["自动化学院学生支部"].id,
      groupId,
    });
    expect(wrong.errors?.[0].extensions?.fields).toHaveProperty("groupId");
    const counts = await app.ok(UnitMemberCounts, { id: branch.id });
    expect(counts.orgUnit!.memberCounts).toEqual({ total: 1, student: 1, mobile: 1 });
  });

  describe("search", () => {
    let unitId: string;
    beforeAll(async () => {
      unitId = branches["艺术设计学院学生支部"].id;
      for (let i = 0; i < 25; i++) {
        await createMember({
          name: `测试${String(i).padStart(2, "0")}`,
          gender: i % 2 ? "MALE" : "FEMALE",
          category: "STUDENT",
          standing: i < 5 ? "PROBATIONARY" : "FULL",
          branchId: unitId,
          mobileStatus: i < 3 ? "STUDY_ABROAD" : "NONE",
        });
      }
    });

    it("filters by subtree, standing, mobility and name", async () => {
      const q = (filter: MemberFilter) => app.ok(MemberNames, { filter, first: 100 }).then((d) => d.members);
      const gb = (await app.ok(OrgUnitTree, { id: unitId })).orgUnit!.parent!.id;
      expect((await q({ unitId: gb })).totalCount).toBe(25);
      expect((await q({ unitId, standing: "PROBATIONARY" })).totalCount).toBe(5);
      expect((await q({ unitId, mobile: true })).totalCount).toBe(3);
      expect((await q({ unitId, mobile: false, standing: "FULL" })).totalCount).toBe(20);
      expect((await q({ unitId, nameContains: "测试1" })).items.map((m) => m.name)).toEqual(
        Array.from({ length: 10 }, (_, i) => `测试1${i}`),
      );
      expect((await q({ unitId, nameContains: "%" })).totalCount).toBe(0);
    });

    it("pages with a default size of 20 and refuses pages over 100", async () => {
      const page1 = await app.ok(MemberNames, { filter: { unitId } });
      expect(page1.members.totalCount).toBe(25);
      expect(page1.members.items).toHaveLength(20);
      const page2 = await app.ok(MemberNames, { filter: { unitId }, first: 20, offset: 20 });
      expect(page2.members.items.map((m) => m.name)).toEqual(["测试20", "测试21", "测试22", "测试23", "测试24"]);
      // Raw on purpose: a page size over the limit of 100 is invalid input.
      const tooBig = await app.gql(`{ members(first: 101) { totalCount } }`);
      expect(tooBig.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { first: [expect.any(String)] } });
      const nested = await app.gql(UnitMembers, { id: unitId, first: 1000 });
      expect(nested.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      const branchPage = await app.ok(UnitMembers, { id: unitId, first: 10, offset: 20 });
      expect(branchPage.orgUnit!.members).toEqual({
        totalCount: 25,
        items: ["测试20", "测试21", "测试22", "测试23", "测试24"].map((name) => ({ name })),
      });
      const pastEnd = await app.ok(UnitMembers, { id: unitId, first: 10, offset: 50 });
      expect(pastEnd.orgUnit!.members).toEqual({ totalCount: 25, items: [] });
    });
  });

  it("links a member to the masses they keep in touch with, once per person", async () => {
    const member = accepted(
      (await createMember({ name: "吴十", gender: "FEMALE", category: "FACULTY", standing: "FULL", branchId: branches["教学一支部"].id }))
        .data!.createMember,
    );
    const person = await app.ok(CreatePerson, {
      input: { name: "郑群众", kind: "MASS", unitId: branches["教学一支部"].id, department: "教务处" },
    });
    const link = (since: string) =>
      app.ok(LinkMassContact, {
        input: { memberId: member.id, personId: person.createPerson.id, since },
      });
    const first = await link("2025-03-01");
    expect(first.linkMassContact).toMatchObject({ __typename: "MassContact", person: { name: "郑群众" }, member: { name: "吴十" } });
    expect((await link("2025-04-01")).linkMassContact).toEqual({ __typename: "Refusal", errorCode: "ALREADY_LINKED" });
    const contact = accepted(first.linkMassContact);
    const ended = await app.ok(EndMassContact, {
      input: { id: contact.id, version: contact.version, until: "2025-12-31" },
    });
    expect(accepted(ended.endMassContact).until).toBe("2025-12-31");
    const detail = await app.ok(MemberMassContacts, { id: member.id });
    expect(detail.member!.massContacts).toEqual([{ since: "2025-03-01", until: "2025-12-31", person: { name: "郑群众" } }]);
    const people = await app.ok(CheckMassPeopleNamed, { name: "郑" });
    expect(people.people).toEqual({ totalCount: 1, items: [{ name: "郑群众", contacts: [{ since: "2025-03-01" }] }] });
  });

  it("appoints a branch member to the branch committee and refuses an outsider", async () => {
    const branch = branches["机关二支部"];
    const insider = accepted(
      (await createMember({ name: "冯书记", gender: "MALE", category: "FACULTY", standing: "FULL", branchId: branch.id })).data!
        .createMember,
    );
    const outsider = accepted(
      (await createMember({ name: "陈外人", gender: "MALE", category: "FACULTY", standing: "FULL", branchId: branches["机关三支部"].id }))
        .data!.createMember,
    );
    const appoint = (memberId: string) =>
      app.ok(AppointCommitteeMember, {
        input: { unitId: branch.id, memberId, role: "SECRETARY", duty: "书记", termStart: "2024-06-01", termEnd: "2027-05-31" },
      });
    expect((await appoint(insider.id)).appointCommitteeMember).toEqual({
      __typename: "CommitteePosition",
      role: "SECRETARY",
      termEnd: "2027-05-31",
      member: { name: "冯书记" },
    });
    expect((await appoint(outsider.id)).appointCommitteeMember).toEqual({ __typename: "Refusal", errorCode: "MEMBER_NOT_IN_UNIT" });
    const committee = await app.ok(UnitCommittee, { id: branch.id });
    expect(committee.orgUnit!.committee).toEqual([{ role: "SECRETARY", member: { name: "冯书记" } }]);
  });

  it("ends a removed member's current posts and links on the day, in the same transaction, each audited", async () => {
    const gb = (await app.ok(OrgUnits, { filter: { kind: "GENERAL_BRANCH" }, first: 100 })).orgUnits.items.find(
      (u) => u.name === "化学与制药工程学院党总支",
    )!;
    const staff = branches["化学与制药工程学院教工支部"];
    const students = branches["化学与制药工程学院学生支部"];
    const teacher = accepted(
      (await createMember({ name: "褚老师", gender: "FEMALE", category: "FACULTY", standing: "FULL", branchId: staff.id })).data!
        .createMember,
    );
    const student = accepted(
      (await createMember({ name: "卫同学", gender: "MALE", category: "STUDENT", standing: "FULL", branchId: students.id })).data!
        .createMember,
    );
    /** The record a write answered; a refusal fails the test. */
    const ok = <T extends { __typename: string }>(answer: T) => {
      expect(answer.__typename).not.toBe("Refusal");
      return answer as Extract<T, { id: string }>;
    };
    const seat = async (unitId: string, termStart: string) =>
      ok((await app.ok(CheckSeatAppoint, { i: { unitId, memberId: teacher.id, role: "MEMBER", termStart } })).appointCommitteeMember);
    const branchSeat = await seat(staff.id, "2024-06-01");
    const gbSeat = await seat(gb.id, "2024-06-01");
    const pastSeat = await seat(staff.id, "2021-06-01");
    await ok((await app.ok(CheckSeatEnd, { i: { id: pastSeat.id, version: pastSeat.version, endedOn: "2024-05-31" } })).endCommitteeTerm);
    const liaison = await ok(
      (
        await app.ok(CheckLiaisonCreate, {
          i: {
            kind: "TEACHER_TO_STUDENTS",
            liaisonMemberId: teacher.id,
            startDate: "2025-09-01",
          },
        })
      ).createLiaisonAssignment,
    );
    const person = (await app.ok(CreatePerson, { input: { name: "蒋群众", kind: "MASS", unitId: staff.id } })).createPerson;
    const contact = await ok(
      (
        await app.ok(CheckMassContactLink, {
          i: {
            memberId: teacher.id,
            personId: person.id,
            since: "2025-03-01",
          },
        })
      ).linkMassContact,
    );
    const [type] = (await app.ok(ServicePostTypes)).servicePostTypes;
    const post = await ok(
      (
        await app.ok(CheckServicePostCreate, {
          i: {
            hostUnitId: students.id,
            typeId: type.id,
            name: "政策宣传岗",
            placeKind: "CAMPUS",
            place: "化工楼",
            duties: "宣传",
            termStart: "2025-09-01",
          },
        })
      ).createServicePost,
    );
    // Planned to end after the removal: it ends on the removal day instead.
    const holding = await ok(
      (
        await app.ok(CheckServicePostHolderAppoint, {
          i: {
            postId: post.id,
            memberId: student.id,
            startDate: "2025-10-01",
            endDate: "2026-07-31",
          },
        })
      ).appointServicePostHolder,
    );
    const cls = await ok(
      (
        await app.ok(CheckStudentClassCreate, {
          i: {
            collegeUnitId: gb.id,
            name: "制药 2401 班",
            major: "制药工程",
            gradeYear: 2024,
          },
        })
      ).createStudentClass,
    );
    const inClass = await ok(
      (await app.ok(CheckClassMemberAdd, { i: { classId: cls.id, memberId: student.id, since: "2025-09-01" } })).addClassMember,
    );

    const secretaryOf = (unitId: string) => app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: unitId });
    const remove = async (unitId: string, member: { id: string; version: number }, reason: RegisterReason) => {
      const data = await (
        await secretaryOf(unitId)
      ).ok(CheckRemoveMemberStatus, {
        i: { id: member.id, version: member.version, reason, occurredOn: "2026-01-15" },
      });
      expect(data.removeMember).toEqual({ __typename: "Member", status: "REMOVED" });
    };
    // The branch secretary's removal ends the general branch's seat too, though that committee lies above their scope.
    await remove(staff.id, teacher, "DEATH");
    await remove(students.id, student, "GRADUATED");

    const ends = await app.dataSource.query(
      `SELECT 'seat' AS kind, id, ended_on::text AS ended FROM committee_position WHERE member_id = $1
       UNION ALL SELECT 'liaison', id, end_date::text FROM liaison_assignment WHERE liaison_member_id = $1
       UNION ALL SELECT 'contact', id, until::text FROM mass_contact WHERE member_id = $1
       UNION ALL SELECT 'holding', id, end_date::text FROM service_post_holder WHERE member_id = $2
       UNION ALL SELECT 'class', id, until::text FROM class_member WHERE member_id = $2
       ORDER BY 1, 3, 2`,
      [teacher.id, student.id],
    );
    expect(ends).toEqual([
      { kind: "class", id: inClass.id, ended: "2026-01-15" },
      { kind: "contact", id: contact.id, ended: "2026-01-15" },
      { kind: "holding", id: holding.id, ended: "2026-01-15" },
      { kind: "liaison", id: liaison.id, ended: "2026-01-15" },
      { kind: "seat", id: pastSeat.id, ended: "2024-05-31" },
      ...[branchSeat.id, gbSeat.id].sort().map((id) => ({ kind: "seat", id, ended: "2026-01-15" })),
    ]);
    const committee = await app.ok(UnitCommittee, { id: gb.id });
    expect(committee.orgUnit!.committee).toEqual([]);

    // One audit entry per ended link, and the member's own entry lists them.
    const audited = await app.dataSource.query(
      `SELECT entity_type AS type, entity_id AS id,
              coalesce(before->>'endedOn', before->>'endDate', before->>'until') AS before_end,
              coalesce(after->>'endedOn', after->>'endDate', after->>'until') AS after_end
         FROM audit_entry WHERE operation = 'removeMember' AND entity_type <> 'Member' AND entity_id = ANY($1::uuid[])
        ORDER BY entity_type, entity_id`,
      [[branchSeat.id, gbSeat.id, pastSeat.id, liaison.id, contact.id, holding.id, inClass.id]],
    );
    expect(audited).toEqual([
      { type: "ClassMember", id: inClass.id, before_end: null, after_end: "2026-01-15" },
      ...[branchSeat.id, gbSeat.id].sort().map((id) => ({ type: "CommitteePosition", id, before_end: null, after_end: "2026-01-15" })),
      { type: "LiaisonAssignment", id: liaison.id, before_end: null, after_end: "2026-01-15" },
      { type: "MassContact", id: contact.id, before_end: null, after_end: "2026-01-15" },
      { type: "ServicePostHolder", id: holding.id, before_end: "2026-07-31", after_end: "2026-01-15" },
    ]);
    const [own] = await app.dataSource.query(
      `SELECT after->'ended' AS ended FROM audit_entry WHERE operation = 'removeMember' AND entity_id = $1`,
      [teacher.id],
    );
    expect(own.ended).toEqual({
      committeePositions: [branchSeat.id, gbSeat.id].sort(),
      servicePostHoldings: [],
      liaisonAssignments: [liaison.id],
      massContacts: [contact.id],
      classMemberships: [],
    });
    // All written by the removal's transaction (now() is its start): one timestamp for the member's entry and the links'.
    const [{ moments }] = await app.dataSource.query(
      `SELECT count(DISTINCT occurred_at)::int AS moments FROM audit_entry WHERE operation = 'removeMember' AND entity_id = ANY($1::uuid[])`,
      [[teacher.id, branchSeat.id, gbSeat.id, liaison.id, contact.id]],
    );
    expect(moments).toBe(1);
  });
});
