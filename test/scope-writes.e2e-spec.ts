import { UserRole } from "../api/src/auth/roles";
import { Client, GraphQLResponse, startTestApp, TestApp } from "./support/test-app";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { MemberCategory } from "./support/generated/graphql";
import {
  ScopeAddClassMember,
  ScopeAdjustDues,
  ScopeAppointCommitteeMember,
  ScopeAppointServicePostHolder,
  ScopeCreateActivity,
  ScopeCreateCommitteeSeat,
  ScopeCreateForeignActivity,
  ScopeCreateFundAllocation,
  ScopeCreateLiaisonAssignment,
  ScopeCreatePartyWorkAllowance,
  ScopeCreateRoom,
  ScopeCreateServicePost,
  ScopeCreateStudentClass,
  ScopeCreateStudyRecord,
  ScopeEndCommitteeTerm,
  ScopeRecordDues,
  ScopeRemoveMember,
  ScopeRenameOrgUnit,
  ScopeUpdateActivity,
  ScopeUpdateFundAllocation,
  ScopeUpdateMember,
  ScopeUpdateRoom,
  ScopeUpdateServicePost,
  ScopeUpdateStudyRecord,
  ServicePostTypes,
} from "./support/operations";
import { accepted } from "./support/refusal";

/**
 * Writes naming a record outside the caller's scope (issue 11): whatever else is wrong with the
 * request, the answer is exactly NOT_FOUND — no refusal naming a member, no CONFLICT telling a
 * version, no lock held on someone else's row.
 */
describe("writes naming records outside the caller's scope", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  /** A branch secretary of 财经学院学生支部 and a general-branch secretary of 财经学院党总支. */
  let secretary: Client;
  let gbSecretary: Client;
  const MINE = "财经学院学生支部";
  const FOREIGN = "自动化学院学生支部";

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units[MINE].id });
    gbSecretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: units["财经学院党总支"].id });
  });
  afterAll(() => app.close());

  const audits = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n as number;

  /** Exactly the NOT_FOUND of an id outside the scope: the type and id, nothing more. */
  function expectNotFound(result: GraphQLResponse<unknown>, type: string, id: string) {
    expect(result.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      { message: `${type} ${id} 不存在或不在您的权限范围内`, extensions: { code: "NOT_FOUND", type, id } },
    ]);
  }

  describe("a member outside the scope reads as not found, never named in a refusal", () => {
    const outsiders: Record<"active" | "removed" | "teacher", { id: string; name: string }> = {} as never;

    beforeAll(async () => {
      const make = async (name: string, branch: string, category: MemberCategory) => ({
        ...(await createMember(app, units[branch].id, { name, category })),
        name,
      });
      outsiders.active = await make("外院学生甲", FOREIGN, "STUDENT");
      outsiders.teacher = await make("外院教师乙", "自动化学院教工支部", "FACULTY");
      const removed = await make("外院已出册丙", FOREIGN, "STUDENT");
      await app.ok(ScopeRemoveMember, {
        input: { id: removed.id, version: removed.version, reason: "GRADUATED", occurredOn: "2025-09-01" },
      });
      outsiders.removed = removed;
    });

    /** Runs a write for each outsider (an active and a removed one) and expects NOT_FOUND with nothing written. */
    async function refusedForEach(
      write: (memberId: string) => Promise<GraphQLResponse<unknown>>,
      who: Array<keyof typeof outsiders> = ["active", "removed"],
    ) {
      for (const key of who) {
        const before = await audits();
        const result = await write(outsiders[key].id);
        expectNotFound(result, "Member", outsiders[key].id);
        expect(result.errors![0].message).not.toContain(outsiders[key].name);
        expect(await audits()).toBe(before);
      }
    }

    it("createActivity (a non-guest attendee)", async () => {
      await refusedForEach((memberId) =>
        secretary.gql(ScopeCreateActivity, {
          input: {
            hostUnitId: units[MINE].id,
            type: "PARTY_DAY",
            topic: "主题党日",
            place: "财经楼 201",
            startsAt: "2025-10-15T06:00:00Z",
            endsAt: "2025-10-15T08:00:00Z",
            attendance: [{ memberId, status: "PRESENT" }],
          },
        }),
      );
    });

    it("appointCommitteeMember", async () => {
      await refusedForEach((memberId) =>
        secretary.gql(ScopeAppointCommitteeMember, {
          input: { unitId: units[MINE].id, memberId, role: "MEMBER", termStart: "2025-09-01" },
        }),
      );
    });

    it("appointServicePostHolder", async () => {
      const [type] = (await app.ok(ServicePostTypes)).servicePostTypes;
      const post = accepted(
        (
          await app.ok(ScopeCreateServicePost, {
            input: {
              hostUnitId: units[MINE].id,
              typeId: type.id,
              name: "宿舍文明监督岗",
              placeKind: "DORM",
              place: "学生公寓 3 栋",
              duties: "文明监督",
              termStart: "2025-09-01",
            },
          })
        ).createServicePost,
      );
      await refusedForEach((memberId) =>
        secretary.gql(ScopeAppointServicePostHolder, {
          input: { postId: post.id, memberId, startDate: "2025-10-01" },
        }),
      );
    });

    it("addClassMember", async () => {
      const cls = accepted(
        (
          await app.ok(ScopeCreateStudentClass, {
            input: { collegeUnitId: units["财经学院党总支"].id, name: "会计 2401 班", major: "会计学", gradeYear: 2024 },
          })
        ).createStudentClass,
      );
      await refusedForEach((memberId) =>
        gbSecretary.gql(ScopeAddClassMember, {
          input: { classId: cls.id, memberId, since: "2025-09-01" },
        }),
      );
    });

    it("createPartyWorkAllowance", async () => {
      await refusedForEach((memberId) =>
        secretary.gql(ScopeCreatePartyWorkAllowance, {
          input: {
            unitId: units[MINE].id,
            memberId,
            year: 2025,
            postKind: "COMMITTEE_MEMBER",
            post: "组织委员",
            workloadCredit: "1",
            amount: "100.00",
          },
        }),
      );
    });

    it("createLiaisonAssignment (the liaison member)", async () => {
      await refusedForEach(
        (memberId) =>
          secretary.gql(ScopeCreateLiaisonAssignment, {
            input: { kind: "TEACHER_TO_STUDENTS", liaisonMemberId: memberId, startDate: "2025-09-01" },
          }),
        ["teacher", "active", "removed"],
      );
    });

    it("still names a member the caller may see", async () => {
      // The same refusal inside the scope: a general-branch secretary appointing a member of one of their branches to another.
      const [insider] = await app.dataSource.query(
        `INSERT INTO member (name, gender, category, standing, branch_id, college_id)
         SELECT '本院学生丁', 'MALE', 'STUDENT', 'FULL', id, college_id FROM org_unit WHERE id = $1 RETURNING id`,
        [units[MINE].id],
      );
      const refused = await gbSecretary.ok(ScopeAppointCommitteeMember, {
        input: { unitId: units["财经学院教工一支部"].id, memberId: insider.id, role: "MEMBER", termStart: "2025-09-01" },
      });
      expect(refused.appointCommitteeMember).toEqual({
        __typename: "Refusal",
        errorCode: "MEMBER_NOT_IN_UNIT",
        message: "本院学生丁不是“教工一支部”的党员，不能进入其委员会",
      });
    });
  });

  describe("a foreign id with a stale version", () => {
    /** Records of the foreign branch (created by the administrator), each with how to change it. */
    type Target = {
      type: string;
      id: string;
      version: number;
      table: string;
      change: (client: Client, version: number) => Promise<GraphQLResponse<unknown>>;
    };
    const targets: Target[] = [];

    beforeAll(async () => {
      const unit = units[FOREIGN];
      const member = await createMember(app, unit.id, { name: "外院学生戊" });
      targets.push({
        type: "Member",
        table: "member",
        ...member,
        change: (client, version) => client.gql(ScopeUpdateMember, { input: { id: member.id, name: "改名", version } }),
      });

      const activity = accepted(
        (
          await app.ok(ScopeCreateForeignActivity, {
            input: {
              hostUnitId: unit.id,
              type: "ORGANISATIONAL_LIFE",
              topic: "组织生活会",
              place: "自动化楼 101",
              startsAt: "2025-10-10T06:00:00Z",
              endsAt: "2025-10-10T08:00:00Z",
            },
          })
        ).createActivity,
      );
      targets.push({
        type: "Activity",
        table: "activity",
        ...activity,
        change: (client, version) => client.gql(ScopeUpdateActivity, { input: { id: activity.id, topic: "改", version } }),
      });

      const study = (
        await app.ok(ScopeCreateStudyRecord, {
          input: { memberId: member.id, kind: "SELF_STUDY", studiedOn: "2025-10-01", title: "自学", hours: "2" },
        })
      ).createStudyRecord;
      targets.push({
        type: "StudyRecord",
        table: "study_record",
        ...study,
        change: (client, version) => client.gql(ScopeUpdateStudyRecord, { input: { id: study.id, hours: "3", version } }),
      });

      const room = accepted(
        (
          await app.ok(ScopeCreateRoom, {
            input: { ownerUnitId: unit.id, name: "自动化学生党员活动室", area: "30" },
          })
        ).createRoom,
      );
      targets.push({
        type: "ActivityRoom",
        table: "activity_room",
        ...room,
        change: (client, version) => client.gql(ScopeUpdateRoom, { input: { id: room.id, name: "改", version } }),
      });

      const seat = accepted(
        (
          await app.ok(ScopeCreateCommitteeSeat, {
            input: { unitId: unit.id, memberId: member.id, role: "MEMBER", termStart: "2025-09-01" },
          })
        ).appointCommitteeMember,
      );
      targets.push({
        type: "CommitteePosition",
        table: "committee_position",
        ...seat,
        change: (client, version) => client.gql(ScopeEndCommitteeTerm, { input: { id: seat.id, endedOn: "2025-12-31", version } }),
      });

      const dues = accepted(
        (
          await app.ok(ScopeRecordDues, {
            input: { memberId: member.id, month: "2025-10", amountDue: "10.00" },
          })
        ).recordDues,
      );
      targets.push({
        type: "DuesRecord",
        table: "dues_record",
        ...dues,
        change: (client, version) =>
          client.gql(ScopeAdjustDues, { input: { id: dues.id, amountPaid: "10.00", paidOn: "2025-10-20", version } }),
      });

      const allocation = accepted(
        (
          await app.ok(ScopeCreateFundAllocation, {
            input: { branchId: unit.id, year: 2025, source: "OTHER", amount: "500.00", allocatedOn: "2025-03-01" },
          })
        ).createFundAllocation,
      );
      targets.push({
        type: "FundAllocation",
        table: "fund_allocation",
        ...allocation,
        change: (client, version) => client.gql(ScopeUpdateFundAllocation, { input: { id: allocation.id, amount: "600.00", version } }),
      });

      const [type] = (await app.ok(ServicePostTypes)).servicePostTypes;
      const post = accepted(
        (
          await app.ok(ScopeCreateServicePost, {
            input: {
              hostUnitId: unit.id,
              typeId: type.id,
              name: "学习互助岗",
              placeKind: "CAMPUS",
              place: "图书馆",
              duties: "互助",
              termStart: "2025-09-01",
            },
          })
        ).createServicePost,
      );
      targets.push({
        type: "ServicePost",
        table: "service_post",
        ...post,
        change: (client, version) => client.gql(ScopeUpdateServicePost, { input: { id: post.id, name: "改", version } }),
      });

      const [branch] = await app.dataSource.query(`SELECT id, version FROM org_unit WHERE id = $1`, [unit.id]);
      targets.push({
        type: "OrgUnit",
        table: "org_unit",
        ...branch,
        change: (client, version) => client.gql(ScopeRenameOrgUnit, { input: { id: unit.id, name: "改", version } }),
      });
    });

    it("answers NOT_FOUND, with no version told and nothing written, for every kind of record", async () => {
      expect(targets.map((t) => t.type)).toEqual([
        "Member",
        "Activity",
        "StudyRecord",
        "ActivityRoom",
        "CommitteePosition",
        "DuesRecord",
        "FundAllocation",
        "ServicePost",
        "OrgUnit",
      ]);
      for (const target of targets) {
        const before = await audits();
        // A stale version, a future one and the right one alike.
        for (const version of [target.version - 1, target.version + 5, target.version]) {
          expectNotFound(await target.change(secretary, version), target.type, target.id);
        }
        const [row] = await app.dataSource.query(`SELECT version FROM ${target.table} WHERE id = $1`, [target.id]);
        expect({ type: target.type, version: row.version, audits: await audits() }).toEqual({
          type: target.type,
          version: target.version,
          audits: before,
        });
      }
      // Inside the scope the stale version is a CONFLICT telling the current one, as before.
      const member = targets[0];
      const own = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units[FOREIGN].id });
      const stale = await member.change(own, member.version + 5);
      expect(stale.errors?.[0].extensions).toMatchObject({
        code: "CONFLICT",
        expectedVersion: member.version + 5,
        actualVersion: member.version,
      });
    });

    it("takes no lock on the foreign row: answers while another transaction holds it", async () => {
      for (const target of targets.slice(0, 3)) {
        const holder = app.dataSource.createQueryRunner();
        await holder.startTransaction();
        try {
          await holder.query(`SELECT 1 FROM ${target.table} WHERE id = $1 FOR UPDATE`, [target.id]);
          const answer = target.change(secretary, target.version + 5);
          // Either the request answers, or some session is seen waiting for a lock (the request queued behind the holder).
          const blocked = (async () => {
            for (;;) {
              const [{ n }] = await app.dataSource.query(
                `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
              );
              if (n > 0) return "waiting for the foreign row's lock";
              if (await Promise.race([answer.then(() => true), new Promise((r) => setTimeout(() => r(false), 10))])) return null;
            }
          })();
          const outcome = await Promise.race([answer, blocked]);
          expect(typeof outcome === "string" ? outcome : null).toBeNull();
          expectNotFound(outcome as GraphQLResponse<unknown>, target.type, target.id);
        } finally {
          await holder.rollbackTransaction();
          await holder.release();
        }
      }
    });
  });
});
