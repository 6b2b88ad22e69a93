import { UserRole } from "../api/src/auth/roles";
import { generateDemoDocuments } from "../api/src/seed/demo-documents";
import { generateDemoMembers } from "../api/src/seed/demo-members";
import { DEMO_FROM, DEMO_UNTIL, demoDiligence, Diligence } from "../api/src/seed/demo-records";
import { Random } from "../api/src/seed/random";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import { unitsByFullName, Unit } from "./support/fixtures";
import type { DocumentKind, FiledDocumentFilter, FileDocumentInput, UpdateFiledDocumentInput } from "./support/generated/graphql";
import {
  DocumentArchive,
  DocumentCount,
  DocumentFile,
  DocumentIdOf,
  DocumentIds,
  DocumentKindOf,
  DocumentList,
  DocumentMemberNames,
  DocumentsNested,
  DocumentsOfUnit,
  DocumentUnitFields,
  DocumentUnitNames,
  DocumentUpdate,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { Client, startTestApp, TestApp } from "./support/test-app";
import { REQUEST_STATEMENTS } from "./support/statements";

describe("filed documents (备案文件)", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let committee: Unit;
  /** Members inserted straight into the database. */
  let students: Array<{ id: string; name: string }>;
  let automation: Array<{ id: string; name: string }>;
  let removed: { id: string; name: string };

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    committee = Object.values(units).find((u) => u.kind === "PARTY_COMMITTEE")!;
    students = await insertMembers(units["财经学院学生支部"].id, "财经学生", 3);
    automation = await insertMembers(units["自动化学院学生支部"].id, "自动化学生", 2);
    [removed] = await insertMembers(units["财经学院学生支部"].id, "已出册", 1, "REMOVED");
  });
  afterAll(() => app.close());

  async function insertMembers(branchId: string, prefix: string, n: number, status = "ACTIVE") {
    return app.dataSource.query(
      `INSERT INTO member (name, gender, category, standing, branch_id, college_id, status)
       SELECT $1 || g, 'MALE', 'STUDENT', 'FULL', $2, (SELECT college_id FROM org_unit WHERE id = $2), $4::member_status
         FROM generate_series(1, $3) g RETURNING id, name`,
      [prefix, branchId, n, status],
    ) as Promise<Array<{ id: string; name: string }>>;
  }

  /** Documents inserted straight into the database, for lists and counts. */
  async function insertDocuments(unitId: string, kind: string, n: number, firstDay: string, memberIds: string[] = []) {
    await app.dataSource.query(
      `INSERT INTO filed_document (college_id, unit_id, member_id, kind, title, filed_on)
       SELECT (SELECT college_id FROM org_unit WHERE id = $1), $1, ($5::uuid[])[1 + (g - 1) % greatest(cardinality($5::uuid[]), 1)],
              $2::document_kind, $2 || '-' || g, $3::date + (g - 1)
         FROM generate_series(1, $4) g`,
      [unitId, kind, firstDay, n, memberIds],
    );
  }

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM filed_document)::int AS documents, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  const file = (input: FileDocumentInput, client: Client = app) => client.gql(DocumentFile, { input });

  describe("filing", () => {
    it("files each kind at the kind of unit it belongs to, a thought report at the member's branch, with an audit entry", async () => {
      const gb = units["财经学院党总支"];
      const cases: Array<{ kind: DocumentKind; unitId: string; title: string; expect: { name: string; kind: string } }> = [
        {
          kind: "GB_ANNUAL_REPORT",
          unitId: gb.id,
          title: "财经学院党总支2025年度工作报告",
          expect: { name: "财经学院党总支", kind: "GENERAL_BRANCH" },
        },
        {
          kind: "JOINT_MEETING_RULES",
          unitId: gb.id,
          title: "财经学院党政联席会议议事规则",
          expect: { name: "财经学院党总支", kind: "GENERAL_BRANCH" },
        },
        {
          kind: "DEV_PLAN",
          unitId: units["财经学院学生支部"].id,
          title: "2025-2026学年党员培养发展计划",
          expect: { name: "学生支部", kind: "BRANCH" },
        },
        {
          kind: "COMMITTEE_STUDY",
          unitId: committee.id,
          title: "党委会专题研究基层党建",
          expect: { name: committee.name, kind: "PARTY_COMMITTEE" },
        },
      ];
      for (const c of cases) {
        const result = await file({
          kind: c.kind,
          unitId: c.unitId,
          title: `  ${c.title} `,
          filedOn: "2025-12-20",
          receivedBy: "组织部 王老师",
        });
        expect(result.data!.fileDocument).toMatchObject({
          __typename: "FiledDocument",
          kind: c.kind,
          title: c.title,
          filedOn: "2025-12-20",
          receivedBy: "组织部 王老师",
          unit: c.expect,
          member: null,
          version: 1,
        });
      }
      const report = await file({
        kind: "THOUGHT_REPORT",
        memberId: students[0].id,
        title: "学习党的二十届四中全会精神的思想汇报",
        filedOn: "2026-03-01",
      });
      expect(report.data!.fileDocument).toMatchObject({
        __typename: "FiledDocument",
        unit: { name: "学生支部", kind: "BRANCH" },
        member: { name: students[0].name },
      });
      const [row] = await app.dataSource.query(`SELECT unit_id, member_id FROM filed_document WHERE id = $1`, [
        accepted(report.data!.fileDocument).id,
      ]);
      expect(row).toEqual({ unit_id: units["财经学院学生支部"].id, member_id: students[0].id });
      // Naming the member's own branch as well is accepted.
      const explicit = await file({
        kind: "THOUGHT_REPORT",
        memberId: students[1].id,
        unitId: units["财经学院学生支部"].id,
        title: "思想汇报",
        filedOn: "2026-03-02",
      });
      expect(explicit.data!.fileDocument.__typename).toBe("FiledDocument");

      const audit = await app.dataSource.query(
        `SELECT operation, after->>'kind' AS kind, after->>'memberId' AS member FROM audit_entry WHERE entity_id = $1`,
        [accepted(report.data!.fileDocument).id],
      );
      expect(audit).toEqual([{ operation: "fileDocument", kind: "THOUGHT_REPORT", member: students[0].id }]);
    });

    it("rejects a unit of the wrong kind, a missing or superfluous member, a future date field by field, and writes nothing", async () => {
      const before = await counts();
      const base = { title: "报告", filedOn: "2026-01-10" };
      const cases: Array<[Pick<FileDocumentInput, "kind"> & Partial<FileDocumentInput>, string, RegExp]> = [
        [{ kind: "GB_ANNUAL_REPORT", unitId: units["财经学院学生支部"].id }, "unitId", /是党支部，党总支年度工作报告应由党总支报送/],
        [{ kind: "JOINT_MEETING_RULES", unitId: committee.id }, "unitId", /是党委，党政联席会议议事规则应由党总支报送/],
        [{ kind: "DEV_PLAN", unitId: units["财经学院党总支"].id }, "unitId", /应由党支部报送/],
        [{ kind: "COMMITTEE_STUDY", unitId: units["财经学院党总支"].id }, "unitId", /应由党委报送/],
        [{ kind: "DEV_PLAN" }, "unitId", /须填写/],
        [{ kind: "THOUGHT_REPORT" }, "memberId", /须填写汇报的党员/],
        [{ kind: "DEV_PLAN", unitId: units["财经学院学生支部"].id, memberId: students[0].id }, "memberId", /不填汇报党员/],
        [
          { kind: "THOUGHT_REPORT", memberId: students[0].id, unitId: units["自动化学院学生支部"].id },
          "unitId",
          /党员所在支部（学生支部）/,
        ],
        [{ kind: "DEV_PLAN", unitId: units["财经学院学生支部"].id, filedOn: "2099-01-01" }, "filedOn", /不能晚于今天/],
        [{ kind: "DEV_PLAN", unitId: units["财经学院学生支部"].id, title: "   " }, "title", /不能为空/],
      ];
      for (const [input, field, message] of cases) {
        const result = await file({ ...base, ...input });
        expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
        expect(Object.keys(result.errors![0].extensions!.fields!)).toEqual([field]);
        expect(result.errors![0].extensions!.fields![field][0]).toMatch(message);
      }
      const malformed = await file({ ...base, kind: "DEV_PLAN", unitId: "not-a-uuid" });
      expect(malformed.errors?.[0].extensions?.fields).toHaveProperty("unitId");
      const range = await app.gql(DocumentCount, { filter: { from: "2026-02-01", to: "2026-01-01" } });
      expect(range.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { to: ["结束日期不能早于开始日期"] } });
      expect(await counts()).toEqual(before);
    });

    it("refuses a thought report of a member who left the register, and filing for a revoked unit, writing nothing", async () => {
      const before = await counts();
      const left = await file({ kind: "THOUGHT_REPORT", memberId: removed.id, title: "思想汇报", filedOn: "2026-02-01" });
      expect(left.data!.fileDocument).toEqual({
        __typename: "Refusal",
        errorCode: "MEMBER_NOT_ACTIVE",
        field: "memberId",
        message: `${removed.name}已出册，不能再登记思想汇报`,
      });

      const gb = units["财经学院党总支"];
      await app.dataSource.query(
        `WITH n AS (SELECT gen_random_uuid() AS id)
         INSERT INTO org_unit (id, kind, name, parent_id, college_id, path, branch_kind, archived_at, archive_reason)
         SELECT n.id, 'BRANCH', '已撤销支部', $1, $2, ARRAY[$2::uuid, $1::uuid, n.id], 'STUDENT', now(), '合并' FROM n`,
        [gb.id, app.collegeId],
      );
      const [revoked] = await app.dataSource.query(`SELECT id FROM org_unit WHERE name = '已撤销支部'`);
      const plan = await file({ kind: "DEV_PLAN", unitId: revoked.id, title: "培养发展计划", filedOn: "2025-09-20" });
      expect(plan.data!.fileDocument).toMatchObject({ __typename: "Refusal", errorCode: "UNIT_ARCHIVED", field: "unitId" });
      expect(await counts()).toEqual(before);
    });
  });

  describe("update and archive", () => {
    it("updates with the version, refuses a stale one with CONFLICT, archives with a reason, and audits each change", async () => {
      const created = await file({
        kind: "DEV_PLAN",
        unitId: units["信息工程学院学生支部"].id,
        title: "培养计划（草稿）",
        filedOn: "2025-09-20",
        note: "初稿",
      });
      const { id, version } = accepted(created.data!.fileDocument);
      const update = (input: UpdateFiledDocumentInput) => app.gql(DocumentUpdate, { input });

      const before = await counts();
      const cleared = await update({ id, version, title: null });
      expect(cleared.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { title: ["不能为空"] } });
      const future = await update({ id, version, filedOn: "2099-09-01" });
      expect(future.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { filedOn: ["报送日期不能晚于今天"] } });
      expect(await counts()).toEqual(before);

      const updated = await update({ id, version, title: "2025-2026学年党员培养发展计划", note: null, receivedBy: "组织部" });
      expect(updated.data!.updateFiledDocument).toMatchObject({
        title: "2025-2026学年党员培养发展计划",
        note: null,
        receivedBy: "组织部",
        version: version + 1,
        kind: "DEV_PLAN",
      });
      const stale = await update({ id, version, title: "旧版本的修改" });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", expectedVersion: version, actualVersion: version + 1 });

      const archive = (v: number) =>
        app.gql(DocumentArchive, {
          input: { id, version: v, reason: "重复登记" },
        });
      const archived = await archive(version + 1);
      expect(archived.data!.archiveFiledDocument).toMatchObject({ archiveReason: "重复登记", version: version + 2 });
      expect(accepted(archived.data!.archiveFiledDocument).archivedAt).not.toBeNull();
      const again = await archive(version + 2);
      expect(again.data!.archiveFiledDocument).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
      const frozen = await update({ id, version: version + 2, title: "再改" });
      expect(frozen.data!.updateFiledDocument).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });

      const listed = (includeArchived: boolean) =>
        app.ok(DocumentIds, {
          filter: { unitId: units["信息工程学院学生支部"].id, includeArchived },
        });
      expect((await listed(false)).filedDocuments.totalCount).toBe(0);
      expect((await listed(true)).filedDocuments.items).toEqual([{ id }]);
      const onUnit = await app.ok(DocumentsOfUnit, {
        id: units["信息工程学院学生支部"].id,
      });
      expect(onUnit.orgUnit!.filedDocuments).toEqual([]);

      const audit = await app.dataSource.query(
        `SELECT operation, before->>'title' AS before, after->>'title' AS after, after->>'archiveReason' AS reason FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit).toEqual([
        { operation: "fileDocument", before: null, after: "培养计划（草稿）", reason: null },
        { operation: "updateFiledDocument", before: "培养计划（草稿）", after: "2025-2026学年党员培养发展计划", reason: null },
        {
          operation: "archiveFiledDocument",
          before: "2025-2026学年党员培养发展计划",
          after: "2025-2026学年党员培养发展计划",
          reason: "重复登记",
        },
      ]);
    });
  });

  describe("lists", () => {
    beforeAll(async () => {
      // 车辆工程学院: 12 thought reports of three members (Jan 1–12 2026) and 2 development plans.
      const vehicles = await insertMembers(units["车辆工程学院学生支部"].id, "车辆学生", 3);
      await insertDocuments(
        units["车辆工程学院学生支部"].id,
        "THOUGHT_REPORT",
        12,
        "2026-01-01",
        vehicles.map((m) => m.id),
      );
      await insertDocuments(units["车辆工程学院学生支部"].id, "DEV_PLAN", 1, "2025-09-15");
      await insertDocuments(units["车辆工程学院教工支部"].id, "DEV_PLAN", 1, "2025-09-16");
      await insertDocuments(units["车辆工程学院党总支"].id, "GB_ANNUAL_REPORT", 1, "2025-12-28");
    });

    const q = (filter: FiledDocumentFilter, first = 20, offset = 0) =>
      app.ok(DocumentList, { filter, first, offset }).then((d) => d.filedDocuments);

    it("filters by subtree, kind, member and date range, newest first, with pages", async () => {
      const gb = units["车辆工程学院党总支"].id;
      expect((await q({ unitId: gb })).totalCount).toBe(15);
      expect((await q({ unitId: units["车辆工程学院学生支部"].id })).totalCount).toBe(13);
      const plans = await q({ unitId: gb, kind: "DEV_PLAN" });
      expect(plans.items.map((d) => d.unit!.name)).toEqual(["教工支部", "学生支部"]);
      expect((await q({ kind: "GB_ANNUAL_REPORT", unitId: gb })).items).toEqual([
        {
          kind: "GB_ANNUAL_REPORT",
          title: "GB_ANNUAL_REPORT-1",
          filedOn: "2025-12-28",
          member: null,
          unit: { name: "车辆工程学院党总支" },
        },
      ]);
      const [member] = await app.dataSource.query(`SELECT id, name FROM member WHERE name = '车辆学生1'`);
      const own = await q({ memberId: member.id });
      expect(own.totalCount).toBe(4);
      expect(own.items.every((d) => d.member?.name === "车辆学生1")).toBe(true);
      expect((await q({ unitId: gb, from: "2026-01-03", to: "2026-01-07" })).totalCount).toBe(5);

      const page = await q({ unitId: gb, kind: "THOUGHT_REPORT" }, 5, 5);
      expect(page.totalCount).toBe(12);
      expect(page.items.map((d) => d.filedOn)).toEqual(["2026-01-07", "2026-01-06", "2026-01-05", "2026-01-04", "2026-01-03"]);
      const tooMany = await app.gql(DocumentCount, { first: 101 });
      expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("shows a unit's documents by kind and a member's thought reports as fields", async () => {
      const data = await app.ok(DocumentUnitFields, { id: units["车辆工程学院学生支部"].id });
      const unit = data.orgUnit!;
      expect(unit.all).toHaveLength(13);
      expect(unit.plans).toEqual([{ title: "DEV_PLAN-1" }]);
      const reports = Object.fromEntries(unit.members.items.map((m) => [m.name, m.thoughtReports.length]));
      expect(reports).toEqual({ 车辆学生1: 4, 车辆学生2: 4, 车辆学生3: 4 });
      const first = unit.members.items.find((m) => m.name === "车辆学生1")!.thoughtReports;
      expect(first.map((r) => r.filedOn)).toEqual(["2026-01-10", "2026-01-07", "2026-01-04", "2026-01-01"]);
    });

    it("confines a branch secretary and a general-branch committee member to their subtree", async () => {
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["自动化学院学生支部"].id });
      const empty = await secretary.ok(DocumentCount, { first: 100 });
      expect(empty.filedDocuments.totalCount).toBe(0);
      const mine = await file({ kind: "THOUGHT_REPORT", memberId: automation[0].id, title: "思想汇报", filedOn: "2026-05-04" }, secretary);
      expect(mine.data!.fileDocument).toMatchObject({ __typename: "FiledDocument", unit: { name: "学生支部" } });
      const outside = await file({ kind: "THOUGHT_REPORT", memberId: students[2].id, title: "思想汇报", filedOn: "2026-05-04" }, secretary);
      expect(outside.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const gbReport = await file(
        { kind: "GB_ANNUAL_REPORT", unitId: units["自动化学院党总支"].id, title: "年度工作报告", filedOn: "2026-01-05" },
        secretary,
      );
      expect(gbReport.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const seen = await secretary.ok(DocumentMemberNames, { first: 100 });
      expect(seen.filedDocuments).toEqual({ totalCount: 1, items: [{ member: { name: automation[0].name } }] });
      const [foreign] = await app.dataSource.query(`SELECT id FROM filed_document WHERE kind = 'COMMITTEE_STUDY' LIMIT 1`);
      expect((await secretary.ok(DocumentIdOf, { id: foreign.id })).filedDocument).toBeNull();
      expect((await app.ok(DocumentKindOf, { id: foreign.id })).filedDocument).toEqual({
        kind: "COMMITTEE_STUDY",
      });

      const committeeMember = await app.clientFor({ role: UserRole.GENERAL_BRANCH_COMMITTEE, scopeUnitId: units["车辆工程学院党总支"].id });
      const gbSeen = await committeeMember.ok(DocumentUnitNames, { first: 100 });
      expect(gbSeen.filedDocuments.totalCount).toBe(15);
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM filed_document d JOIN org_unit u ON u.id = d.unit_id WHERE u.path @> ARRAY[$1::uuid] AND d.archived_at IS NULL`,
        [units["车辆工程学院党总支"].id],
      );
      expect(gbSeen.filedDocuments.totalCount).toBe(n);
      const [someDoc] = await app.dataSource.query(`SELECT id, version FROM filed_document WHERE unit_id = $1 LIMIT 1`, [
        units["财经学院学生支部"].id,
      ]);
      const edit = await committeeMember.gql(DocumentArchive, {
        input: { id: someDoc.id, version: someDoc.version + 5, reason: "越权" },
      });
      // Outside the scope: NOT_FOUND, not even a version conflict.
      expect(edit.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const member = await app.clientFor({ role: UserRole.MEMBER, memberId: students[0].id });
      expect((await member.gql(DocumentCount)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("keeps documents → unit → parent constant whatever the number of rows", async () => {
      const host = units["艺术设计学院学生支部"].id;
      const people = await insertMembers(host, "计数", 10);
      await insertDocuments(
        host,
        "THOUGHT_REPORT",
        60,
        "2026-02-01",
        people.map((p) => p.id),
      );
      await insertDocuments(units["艺术设计学院教工支部"].id, "DEV_PLAN", 1, "2025-09-10");
      const measure = async (n: number) => {
        const before = app.queries.count;
        const data = await app.ok(DocumentsNested, { unitId: units["艺术设计学院党总支"].id, first: n });
        return {
          statements: app.queries.count - before,
          rows: data.filedDocuments.items.length,
          units: new Set(data.filedDocuments.items.map((d) => d.unit!.name)).size,
        };
      };
      const few = await measure(1);
      const many = await measure(61);
      expect(few.rows).toBe(1);
      expect(many).toMatchObject({ rows: 61, units: 2 });
      expect(many.statements).toBe(few.statements);
      // session, page, count, units (one per level: 3), members (their branches are cached), thought reports — never per row.
      expect(many.statements).toBeLessThanOrEqual(8 + REQUEST_STATEMENTS);
    });
  });
});

describe("demo documents", () => {
  let app: TestApp;
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
          await generateDemoDocuments({
            em,
            units,
            collegeId: units[0].id,
            random: new Random(11),
            from: DEMO_FROM,
            until: DEMO_UNTIL,
            diligence: (id) => diligence.get(id) ?? "TYPICAL",
          });
        }),
    });
  });
  afterAll(() => app.close());

  const ofKind = (d: Diligence) => [...diligence].filter(([, v]) => v === d).map(([id]) => id);

  it("seeds every document inside the demo span and at the right kind of unit", async () => {
    const wrong = await app.dataSource.query(
      `SELECT d.kind, u.kind AS unit_kind FROM filed_document d JOIN org_unit u ON u.id = d.unit_id
        WHERE d.filed_on NOT BETWEEN $1 AND $2
           OR (d.kind IN ('GB_ANNUAL_REPORT', 'JOINT_MEETING_RULES') AND u.kind <> 'GENERAL_BRANCH')
           OR (d.kind IN ('DEV_PLAN', 'THOUGHT_REPORT') AND u.kind <> 'BRANCH')
           OR (d.kind = 'COMMITTEE_STUDY' AND u.kind <> 'PARTY_COMMITTEE')
           OR (d.kind = 'THOUGHT_REPORT' AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = d.member_id AND m.branch_id = d.unit_id))`,
      [DEMO_FROM, DEMO_UNTIL],
    );
    expect(wrong).toEqual([]);
    const years = await app.dataSource.query(
      `SELECT extract(year FROM filed_on)::int AS year FROM filed_document WHERE kind = 'COMMITTEE_STUDY' ORDER BY 1`,
    );
    expect(years).toEqual([{ year: 2025 }, { year: 2026 }]);
  });

  it("has exemplary and typical general branches report for 2025 and file rules of procedure, lagging ones not", async () => {
    const rows: Array<{ id: string; name: string; reports: number; rules: number }> = await app.dataSource.query(
      `SELECT u.id, u.name,
              count(d.id) FILTER (WHERE d.kind = 'GB_ANNUAL_REPORT' AND d.filed_on BETWEEN '2025-12-01' AND '2026-01-31')::int AS reports,
              count(d.id) FILTER (WHERE d.kind = 'JOINT_MEETING_RULES')::int AS rules
         FROM org_unit u LEFT JOIN filed_document d ON d.unit_id = u.id WHERE u.kind = 'GENERAL_BRANCH' GROUP BY u.id, u.name`,
    );
    const lagging = new Set(ofKind("LAGGING"));
    for (const r of rows) expect(r.reports).toBe(lagging.has(r.id) ? 0 : 1);
    expect(rows.some((r) => lagging.has(r.id))).toBe(true);
    const colleges = rows.filter((r) => r.name.endsWith("学院党总支"));
    expect(colleges.filter((r) => r.rules > 0).length).toBeGreaterThan(colleges.length / 2);
    for (const r of colleges.filter((x) => !lagging.has(x.id))) expect(r.rules).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.name.endsWith("学院党总支")).every((r) => r.rules === 0)).toBe(true);
  });

  it("has most branches file development plans each academic year, lagging ones missing them", async () => {
    const rows: Array<{ id: string; y2025: number; y2026: number }> = await app.dataSource.query(
      `SELECT u.id, count(d.id) FILTER (WHERE d.filed_on BETWEEN '2025-09-01' AND '2025-10-31')::int AS y2025,
              count(d.id) FILTER (WHERE d.filed_on BETWEEN '2026-09-01' AND '2026-10-31')::int AS y2026
         FROM org_unit u LEFT JOIN filed_document d ON d.unit_id = u.id AND d.kind = 'DEV_PLAN' WHERE u.kind = 'BRANCH' GROUP BY u.id`,
    );
    const lagging = new Set(ofKind("LAGGING"));
    const exemplary = new Set(ofKind("EXEMPLARY"));
    expect(rows.filter((r) => r.y2025 === 1).length).toBeGreaterThan(rows.length * 0.7);
    expect(rows.filter((r) => r.y2026 === 1).length).toBeGreaterThan(rows.length * 0.6);
    for (const r of rows.filter((x) => exemplary.has(x.id))) expect(r).toMatchObject({ y2025: 1, y2026: 1 });
    for (const r of rows.filter((x) => lagging.has(x.id))) expect(r).toMatchObject({ y2025: 0, y2026: 0 });
  });

  it("has nearly every member of exemplary branches report each year, about half in typical ones, few in lagging ones", async () => {
    const rows: Array<{ branch_id: string; year: number; members: number; reporting: number }> = await app.dataSource.query(
      `SELECT m.branch_id, y.year, count(*)::int AS members,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM filed_document d WHERE d.member_id = m.id AND d.kind = 'THOUGHT_REPORT'
                                                AND extract(year FROM d.filed_on) = y.year))::int AS reporting
         FROM member m CROSS JOIN (VALUES (2025), (2026)) y(year)
        WHERE m.status = 'ACTIVE' AND (m.joined_on IS NULL OR m.joined_on <= make_date(y.year, 11, 25))
        GROUP BY m.branch_id, y.year`,
    );
    const share = (d: Diligence) => {
      const ids = new Set(ofKind(d));
      const group = rows.filter((r) => ids.has(r.branch_id));
      return group.reduce((s, r) => s + r.reporting, 0) / group.reduce((s, r) => s + r.members, 0);
    };
    expect(share("EXEMPLARY")).toBeGreaterThan(0.8);
    expect(share("TYPICAL")).toBeGreaterThan(0.35);
    expect(share("TYPICAL")).toBeLessThan(0.65);
    expect(share("LAGGING")).toBeLessThan(0.2);
  });
});
