import { unitsByFullName } from "./support/fixtures";
import type { AwardStatus, CreateRecognitionInput, NominateAwardInput, RecognitionFilter } from "./support/generated/graphql";
import {
  AdvanceAward,
  AwardNominees,
  AwardsWithBranches,
  CreateMember,
  CreateOrgUnit,
  DecisionCreate,
  DecisionList,
  DecisionUpdate,
  HonourArchive,
  HonourCreate,
  HonourList,
  HonourUpdate,
  HonourUpdateOrRefusal,
  NominateAward,
  NoticeCreate,
  NoticeList,
  RiskArchive,
  RiskCreate,
  RiskList,
  RiskUpdate,
} from "./support/operations";
import { accepted, expectRefusal } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";
import { REQUEST_STATEMENTS } from "./support/statements";

describe("governance records", () => {
  let app: TestApp;
  let units: Record<string, { id: string; name: string; kind: string }>;

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM award)::int AS awards, (SELECT count(*) FROM recognition)::int AS recognitions,
                (SELECT count(*) FROM party_affairs_notice)::int AS notices, (SELECT count(*) FROM major_decision)::int AS decisions,
                (SELECT count(*) FROM integrity_risk)::int AS risks, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  describe("biennial awards", () => {
    const nominate = (input: NominateAwardInput) => app.gql(NominateAward, { input });
    const advance = (id: string, version: number, to: AwardStatus, on: string, reviewer?: string) =>
      app.ok(AdvanceAward, { input: { id, version, to, on, reviewer } }).then((d) => d.advanceAward);

    it("nominates a branch and a member and walks the workflow, refusing a wrong turn", async () => {
      const branch = units["管理工程学院教工支部"];
      const org = await nominate({ kind: "ADVANCED_ORGANISATION", cycleYear: 2026, unitId: branch.id, nominatedOn: "2026-05-10" });
      expect(org.data!.nominateAward).toMatchObject({
        __typename: "Award",
        status: "NOMINATED",
        unit: { name: "教工支部" },
        nomineeMember: null,
      });
      const { id, version } = accepted(org.data!.nominateAward);

      const skip = await advance(id, version, "AWARDED", "2026-06-01");
      expectRefusal(skip, "INVALID_TRANSITION", { field: "to", ruleCode: "AWARDS_BIENNIAL" });
      expect(skip.message).toContain("可变为：已审核");

      const early = await app.gql(AdvanceAward, {
        input: { id, version, to: "REVIEWED", on: "2026-05-01", reviewer: "组织部" },
      });
      expect(early.errors?.[0].extensions?.fields).toHaveProperty("on");

      const reviewed = await advance(id, version, "REVIEWED", "2026-06-01", "组织部 张部长");
      expect(reviewed).toMatchObject({ status: "REVIEWED", reviewedOn: "2026-06-01", reviewer: "组织部 张部长", version: version + 1 });
      const stale = await app.gql(AdvanceAward, {
        input: { id, version, to: "AWARDED", on: "2026-07-01" },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const awarded = await advance(id, version + 1, "AWARDED", "2026-07-01");
      expect(awarded).toMatchObject({ status: "AWARDED", decidedOn: "2026-07-01" });
      const back = await advance(id, version + 2, "NOMINATED", "2026-07-02");
      expectRefusal(back, "INVALID_TRANSITION");
      expect(back.message).toContain("已是最终状态");

      const audit = await app.dataSource.query(
        `SELECT operation, after->>'status' AS status FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit).toEqual([
        { operation: "nominateAward", status: "NOMINATED" },
        { operation: "advanceAward", status: "REVIEWED" },
        { operation: "advanceAward", status: "AWARDED" },
      ]);

      const member = accepted(
        (
          await app.ok(CreateMember, {
            input: { name: "优秀党员", gender: "FEMALE", category: "FACULTY", standing: "FULL", branchId: branch.id },
          })
        ).createMember,
      );
      const personal = await nominate({ kind: "EXCELLENT_MEMBER", cycleYear: 2026, memberId: member.id, nominatedOn: "2026-05-11" });
      expect(personal.data!.nominateAward).toMatchObject({
        kind: "EXCELLENT_MEMBER",
        unit: { name: "教工支部" },
        nomineeMember: { name: "优秀党员" },
      });

      const list = await app.ok(AwardNominees, {
        filter: { unitId: units["管理工程学院党总支"].id, year: 2026, kind: "EXCELLENT_MEMBER" },
      });
      expect(list.awards).toEqual({ totalCount: 1, items: [{ nomineeMember: { name: "优秀党员" } }] });
      const awardedOnly = await app.ok(AwardNominees, { filter: { status: "AWARDED" } });
      expect(awardedOnly.awards.totalCount).toBe(1);
    });

    it("rejects a nomination without the right nominee, field by field, writing nothing", async () => {
      const before = await counts();
      const noUnit = await nominate({ kind: "ADVANCED_ORGANISATION", cycleYear: 2026, nominatedOn: "2026-05-10" });
      expect(noUnit.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { unitId: [expect.any(String)] } });
      const noMember = await nominate({
        kind: "EXCELLENT_PARTY_WORKER",
        cycleYear: 2026,
        unitId: units["机关一支部"].id,
        nominatedOn: "2026-05-10",
      });
      expect(Object.keys(noMember.errors![0].extensions!.fields!).sort()).toEqual(["memberId", "unitId"]);
      const badYear = await nominate({ kind: "ADVANCED_ORGANISATION", cycleYear: 1999, unitId: "x", nominatedOn: "2026-05-10" });
      expect(Object.keys(badYear.errors![0].extensions!.fields!).sort()).toEqual(["cycleYear", "unitId"]);
      expect(await counts()).toEqual(before);
    });
  });

  describe("honours and media reports", () => {
    const create = (input: CreateRecognitionInput) => app.gql(HonourCreate, { input });

    it("records honours and reports at every level and filters by subtree, year, kind and level", async () => {
      const gb = units["信息工程学院党总支"];
      const student = units["信息工程学院学生支部"];
      const levels = ["NATIONAL", "PROVINCIAL", "DISTRICT", "SCHOOL"] as const;
      for (const [i, level] of levels.entries()) {
        const r = await create({
          unitId: student.id,
          kind: "HONOUR",
          level,
          title: `荣誉${i}`,
          occurredOn: `2025-0${i + 1}-15`,
          issuer: "颁发单位",
        });
        expect(r.data!.createRecognition).toMatchObject({ __typename: "Recognition", level });
      }
      await create({
        unitId: gb.id,
        kind: "MEDIA_REPORT",
        level: "PROVINCIAL",
        title: "重庆日报报道",
        occurredOn: "2026-03-01",
        issuer: "重庆日报",
      });
      await create({
        unitId: units["机关一支部"].id,
        kind: "HONOUR",
        level: "SCHOOL",
        title: "别的",
        occurredOn: "2025-03-01",
        issuer: "学校党委",
      });

      const q = (filter: RecognitionFilter, first = 20) => app.ok(HonourList, { filter, first }).then((d) => d.recognitions);
      expect((await q({ unitId: gb.id })).totalCount).toBe(5);
      expect((await q({ unitId: gb.id, year: 2025 })).totalCount).toBe(4);
      expect((await q({ unitId: gb.id, kind: "MEDIA_REPORT" })).items).toEqual([
        { title: "重庆日报报道", unit: { name: "信息工程学院党总支" } },
      ]);
      expect((await q({ level: "SCHOOL" })).totalCount).toBe(2);
      const page = await q({ unitId: gb.id }, 2);
      expect(page.totalCount).toBe(5);
      expect(page.items.map((i) => i.title)).toEqual(["重庆日报报道", "荣誉3"]);
      const tooBig = await app.gql(HonourList, { first: 101 });
      expect(tooBig.errors?.[0].extensions?.fields).toHaveProperty("first");
    });

    it("updates with versions, archives, and refuses changes to an archived record", async () => {
      const created = accepted(
        (
          await create({
            unitId: units["教学二支部"].id,
            kind: "HONOUR",
            level: "DISTRICT",
            title: "区级先进",
            occurredOn: "2025-12-01",
            issuer: "沙坪坝区委",
          })
        ).data!.createRecognition,
      );
      const updated = await app.ok(HonourUpdate, {
        input: { id: created.id, version: created.version, level: "PROVINCIAL", title: " 省级先进 " },
      });
      expect(updated.updateRecognition).toEqual({ level: "PROVINCIAL", title: "省级先进", version: created.version + 1 });
      const stale = await app.gql(HonourUpdateOrRefusal, {
        input: { id: created.id, version: created.version, title: "x" },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const cleared = await app.gql(HonourUpdateOrRefusal, {
        input: { id: created.id, version: created.version + 1, issuer: null },
      });
      expect(cleared.errors?.[0].extensions?.fields).toEqual({ issuer: ["不能为空"] });
      const archived = accepted(
        (await app.ok(HonourArchive, { input: { id: created.id, version: created.version + 1, reason: "录入错误" } })).archiveRecognition,
      );
      expect(archived.archiveReason).toBe("录入错误");
      const frozen = await app.ok(HonourUpdateOrRefusal, {
        input: { id: created.id, version: archived.version, title: "改" },
      });
      expect(frozen.updateRecognition).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
      const visible = await app.ok(HonourList, { filter: { unitId: units["教学二支部"].id } });
      expect(visible.recognitions.totalCount).toBe(0);
      const all = await app.ok(HonourList, { filter: { unitId: units["教学二支部"].id, includeArchived: true } });
      expect(all.recognitions.totalCount).toBe(1);
      const audit = await app.dataSource.query(`SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [created.id]);
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        "createRecognition",
        "updateRecognition",
        "archiveRecognition",
      ]);
    });

    it("refuses a party group as the unit of a governance record", async () => {
      const group = accepted(
        (
          await app.ok(CreateOrgUnit, {
            input: { kind: "GROUP", name: "测试党小组", parentId: units["教学三支部"].id, groupPurpose: "OTHER" },
          })
        ).createOrgUnit,
      );
      const before = await counts();
      const r = await create({
        unitId: group.id,
        kind: "HONOUR",
        level: "SCHOOL",
        title: "x",
        occurredOn: "2025-01-01",
        issuer: "y",
      });
      expect(r.errors?.[0].extensions?.fields).toHaveProperty("unitId");
      expect(await counts()).toEqual(before);
    });
  });

  describe("党务公开, 三重一大 and the integrity risk register", () => {
    it("records notices and filters them by channel and year", async () => {
      const unitId = units["机关党总支"].id;
      for (const [i, channel] of (["WEBSITE", "BOARD", "GROUP_CHAT"] as const).entries()) {
        await app.ok(NoticeCreate, {
          input: { unitId, title: `公开${i}`, channel, publishedOn: `2026-0${i + 1}-01`, summary: "党费收缴情况" },
        });
      }
      const web = await app.ok(NoticeList, { filter: { unitId, channel: "WEBSITE", year: 2026 } });
      expect(web.partyAffairsNotices).toEqual({
        totalCount: 1,
        items: [{ title: "公开0", channel: "WEBSITE", summary: "党费收缴情况", unit: { name: "机关党总支" } }],
      });
      const missing = await app.gql(NoticeCreate, {
        input: { unitId, title: "", channel: "BOARD", publishedOn: "2026-01-01" },
      });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { title: [expect.any(String)] } });
    });

    it("records 三重一大 decisions with their prior consultation and refuses consultation after the decision", async () => {
      const unitId = units["财经学院党总支"].id;
      const before = await counts();
      const late = await app.gql(DecisionCreate, {
        input: {
          unitId,
          title: "实训楼改造",
          category: "MAJOR_PROJECT",
          decidedOn: "2026-04-01",
          consultation: "征求意见",
          consultedOn: "2026-04-05",
          consultedWith: "党政班子",
        },
      });
      expect(late.errors?.[0].extensions?.fields).toEqual({ consultedOn: ["酝酿沟通应在决策之前（沟通日期不能晚于决策日期）"] });
      expect(await counts()).toEqual(before);
      const ok = await app.ok(DecisionCreate, {
        input: {
          unitId,
          title: "实训楼改造",
          category: "MAJOR_PROJECT",
          decidedOn: "2026-04-01",
          consultation: "党政联席会议前逐一沟通",
          consultedOn: "2026-03-25",
          consultedWith: "党政班子成员",
        },
      });
      expect(ok.createMajorDecision).toMatchObject({ category: "MAJOR_PROJECT", consultedWith: "党政班子成员" });
      const decision = accepted(ok.createMajorDecision);
      const moved = await app.gql(DecisionUpdate, {
        input: { id: decision.id, version: decision.version, decidedOn: "2026-03-20" },
      });
      expect(moved.errors?.[0].extensions?.fields).toHaveProperty("consultedOn");
      const list = await app.ok(DecisionList, { filter: { unitId, category: "MAJOR_PROJECT" } });
      expect(list.majorDecisions).toEqual({ totalCount: 1, items: [{ decidedOn: "2026-04-01", version: decision.version }] });
    });

    it("keeps an integrity risk register per unit", async () => {
      const unitId = units["机关三支部"].id;
      const created = await app.ok(RiskCreate, {
        input: {
          unitId,
          riskPoint: "经费报销审核",
          keyPoint: "票据真实性",
          controlMeasures: "双人复核、定期抽查",
          responsiblePerson: "财务处处长（一岗双责）",
          reviewedOn: "2026-01-15",
        },
      });
      expect(created.createIntegrityRisk).toMatchObject({ riskPoint: "经费报销审核" });
      const risk = accepted(created.createIntegrityRisk);
      const reviewed = accepted(
        (await app.ok(RiskUpdate, { input: { id: risk.id, version: risk.version, reviewedOn: "2026-07-01" } })).updateIntegrityRisk,
      );
      expect(reviewed.reviewedOn).toBe("2026-07-01");
      const list = await app.ok(RiskList, { filter: { unitId, year: 2026 } });
      expect(list.integrityRisks).toEqual({ totalCount: 1, items: [{ keyPoint: "票据真实性", unit: { name: "机关三支部" } }] });
      const archived = await app.ok(RiskArchive, {
        input: { id: risk.id, version: reviewed.version, reason: "岗位撤销" },
      });
      expect(archived.archiveIntegrityRisk.__typename).toBe("IntegrityRisk");
    });
  });

  it("runs a constant number of statements for awards → nominee → branch → parent, however many rows", async () => {
    const branchIds = (await app.dataSource.query(`SELECT id FROM org_unit WHERE kind = 'BRANCH' ORDER BY name, id LIMIT 25`)).map(
      (r: { id: string }) => r.id,
    );
    const nominateMember = async (branchId: string, year: number, i: number) => {
      const m = accepted(
        (
          await app.ok(CreateMember, {
            input: { name: `候选${year}-${i}`, gender: "MALE", category: "FACULTY", standing: "FULL", branchId },
          })
        ).createMember,
      );
      await app.ok(NominateAward, {
        input: { kind: "EXCELLENT_PARTY_WORKER", cycleYear: year, memberId: m.id, nominatedOn: `${year}-05-01` },
      });
    };
    await nominateMember(branchIds[0], 2030, 0);
    for (let i = 0; i < 25; i++) await nominateMember(branchIds[i], 2032, i);
    const statements = async (year: number) => {
      const before = app.queries.count;
      const data = await app.ok(AwardsWithBranches, { year });
      return { statements: app.queries.count - before, rows: data.awards.items.length };
    };
    const few = await statements(2030);
    const many = await statements(2032);
    expect(few.rows).toBe(1);
    expect(many.rows).toBe(25);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(8 + REQUEST_STATEMENTS);
  });
});
