import { createMember, unitsByFullName, type Unit } from "./support/fixtures";
import {
  AdvanceAssessmentSheet,
  AppointCommitteeMember,
  AssessmentDefinition,
  AssessmentReproposal,
  AssessmentSheetDetail,
  ComplianceReport,
  CreateAssessmentRound,
  DecisionCreate,
  DocumentFile,
  HonourCreate,
  NoticeCreate,
  ReproposeAssessmentSheet,
  ScoreAssessmentElement,
} from "./support/operations";
import type { AssessmentSheetStatus, CreateAssessmentRoundInput } from "./support/generated/graphql";
import { accepted, expectRefusal } from "./support/refusal";
import { advanceSheet, scoreBase as scoreSheet } from "./support/assessment";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Branch assessment (issue 14): the score sheet against the source's 附件, a round end to end,
 * proposals traced to the records, confirm and override, re-proposal, grades and their boundaries.
 * (Veto, appeal and review windows, results and scope: assessment-appeals.e2e-spec.ts.)
 */
describe("branch assessment", () => {
  let app: TestApp;
  let units: Record<string, Unit>;

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  const open = async (input: Partial<CreateAssessmentRoundInput> & { branchIds: string[] }) =>
    (await app.ok(CreateAssessmentRound, { input: { collegeId: app.collegeId!, year: 2025, kind: "SPECIAL", ...input } }))
      .createAssessmentRound;
  const detail = async (id: string) => (await app.ok(AssessmentSheetDetail, { id })).assessmentSheet;
  const line = async (sheetId: string, key: string) => (await detail(sheetId)).scores.find((s) => s.key === key)!;

  describe("the sheet definition", () => {
    it("is the source's: 6 first-level, 20 second-level indicators, maxima and sub-elements, bonus rules, grades", async () => {
      const sheet = (await app.ok(AssessmentDefinition)).assessmentSheetDefinition;
      expect(sheet).toMatchObject({ version: "2014", effectiveFrom: "2014-01-01", gradeCitation: "附件 二", step: 0.5 });
      expect(sheet.firstLevels.map((f) => [f.name, f.max])).toEqual([
        ["支部建设", 25],
        ["党员教育管理", 35],
        ["党员发展工作", 15],
        ["党员作用", 15],
        ["群众满意度", 10],
        ["党支部工作特色（附加分）", null],
      ]);
      const indicators = sheet.firstLevels.flatMap((f) => f.indicators);
      expect(indicators.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      // 考核评分表: each indicator's 分值 and 测评要素 as the source lists them.
      expect(indicators.map((i) => [i.max, i.elements.map((e) => `${e.label}${e.max ?? ""}`).join("/")])).toEqual([
        [5, "健全2/分工2/改选1"],
        [5, "参与3/支持2"],
        [5, "计划2/总结3"],
        [5, "坚持2/记录3"],
        [5, "保障3/落实2"],
        [10, "坚持2/记录8"],
        [10, "坚持2/记录8"],
        [3, "建档1/联系2"],
        [10, "联系2/效果8"],
        [2, "按规定缴纳党费2"],
        [5, "制度2/培养3"],
        [5, "标准1/程序1/手续1/材料1/质量1"],
        [5, "考察2/材料3"],
        [5, "带头2/效果3"],
        [10, "坚持2/效果8"],
        [10, "根据测评结果给分10"],
        [null, "上级表彰"],
        [null, "媒体报道"],
        [null, "经验推广"],
        [null, "论文与课题"],
      ]);
      expect(indicators.filter((i) => i.max !== null).reduce((n, i) => n + i.max!, 0)).toBe(100);
      expect(indicators.slice(16).map((i) => i.bonusRule)).toEqual([
        "国家级 3 分/项，省部级 2 分/项，区级 1 分/项，校级 0.5 分/项",
        "国家级 3 分/项，省部级 2 分/项，区级 1 分/项，校级 0.5 分/项",
        "每项加 1 分",
        "论文每篇加 1 分，获奖另加 1 分；立项校级及以上党建课题的，每项加 2 分",
      ]);
      expect(sheet.recognitionPoints).toEqual([
        { level: "NATIONAL", points: 3 },
        { level: "PROVINCIAL", points: 2 },
        { level: "DISTRICT", points: 1 },
        { level: "SCHOOL", points: 0.5 },
      ]);
      expect(sheet.gradeBands.map((b) => [b.grade, b.min, b.label])).toEqual([
        ["EXCELLENT", 90, "优秀"],
        ["GOOD", 75, "良好"],
        ["PASS", 60, "合格"],
        ["FAIL", 0, "不合格"],
      ]);
      expect(sheet.veto).toEqual({
        code: "ASSESSMENT_VETO",
        citation: "附件 六(二)",
        text: expect.stringContaining("不论得分高低，均为不合格支部"),
      });
      expect(sheet.gradeRounding).toContain("89.5");
      expect(sheet.conversionRule).toContain("0.5");
      // How each proposal is computed is written beside its element; indicator 12 says why it is left to the panel.
      const elements = indicators.flatMap((i) => i.elements);
      expect(elements.find((e) => e.key === "6.2")!.how).toContain("达标率 × 该要素分值，按 0.5 分四舍五入");
      expect(elements.find((e) => e.key === "13.1")!.how).toContain("PROBATION_REPORT_BIMONTHLY");
      expect(indicators[11].elements.map((e) => e.how)).toEqual([null, null, null, null, null]);
      expect(indicators[11].note).toContain("由评委评定");
      expect(elements.find((e) => e.key === "2.1")!.how).toBeNull();
    });
  });

  describe("a round", () => {
    it("opens with one DRAFT sheet per branch, the deadline on 15 December, the creator on the panel", async () => {
      const branches = [units["财经学院学生支部"], units["管理工程学院教工支部"]];
      const round = await open({ branchIds: branches.map((b) => b.id), kind: "REGULAR", year: 2024 });
      expect(round).toMatchObject({
        year: 2024,
        kind: "REGULAR",
        name: "2024年度党支部工作目标管理考核",
        sheetVersion: "2014",
        periodFrom: "2024-01-01",
        periodTo: "2024-12-31",
        deadline: "2024-12-15",
      });
      expect(round.panelUserIds).toHaveLength(1);
      expect(round.sheets.map((s) => [s.unit!.id, s.status]).sort()).toEqual(branches.map((b) => [b.id, "DRAFT"]).sort());
      const sheet = await detail(round.sheets[0].id);
      expect(sheet.scores).toHaveLength(38);
      expect(sheet).toMatchObject({ baseScore: null, bonusScore: 0, total: null, grade: null, vetoed: false });
      // A second regular round of the same year is refused, field by field.
      const again = await app.gql(CreateAssessmentRound, {
        input: { collegeId: app.collegeId!, year: 2024, kind: "REGULAR", branchIds: [branches[0].id] },
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { year: [expect.any(String)] } });
      const notBranch = await app.gql(CreateAssessmentRound, {
        input: { collegeId: app.collegeId!, year: 2023, kind: "SPECIAL", branchIds: [units["财经学院党总支"].id] },
      });
      expect(notBranch.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { branchIds: [expect.any(String)] } });
    });
  });

  const scoreBase = (sheetId: string, base: number) => scoreSheet(app, sheetId, base);
  const advance = (id: string, version: number, to: AssessmentSheetStatus, on: string, note?: string) =>
    advanceSheet(app, id, version, to, on, note);

  describe("proposals from the records", () => {
    const branch = () => units["财经学院学生支部"];
    let sheetId: string;

    beforeAll(async () => {
      const b = branch().id;
      const members = [];
      for (const n of [1, 2, 3])
        members.push(await createMember(app, b, { name: `支委${n}`, idNumber: `50010120000101${1000 + n}`, phone: `1391000000${n}` }));
      const seat = async (memberId: string, role: "SECRETARY" | "MEMBER", termEnd: string, duty?: string) =>
        accepted(
          (await app.ok(AppointCommitteeMember, { input: { unitId: b, memberId, role, termStart: "2023-01-01", termEnd, duty } }))
            .appointCommitteeMember,
        );
      await seat(members[0].id, "SECRETARY", "2026-01-01", "全面工作");
      await seat(members[1].id, "MEMBER", "2026-01-01", "组织委员");
      // Due for re-election on 2024-12-01 and still seated at the end of 2025: 改选 proposes 0.
      await seat(members[2].id, "MEMBER", "2024-12-01");
      await app.ok(DocumentFile, { input: { unitId: b, kind: "DEV_PLAN", title: "2025年培养发展计划", filedOn: "2025-03-01" } });
      await app.ok(DocumentFile, {
        input: { unitId: units["财经学院党总支"].id, kind: "GB_ANNUAL_REPORT", title: "2024年度工作报告", filedOn: "2025-01-20" },
      });
      await app.ok(NoticeCreate, {
        input: { unitId: b, title: "发展对象公示", channel: "BOARD", publishedOn: "2025-04-01", summary: "公示三名发展对象" },
      });
      await app.ok(NoticeCreate, { input: { unitId: b, title: "党费收缴情况", channel: "WEBSITE", publishedOn: "2025-05-01" } });
      await app.ok(DecisionCreate, {
        input: {
          unitId: b,
          title: "支部经费使用",
          category: "LARGE_FUND_USE",
          decidedOn: "2025-05-10",
          consultation: "支委会酝酿",
          consultedOn: "2025-05-01",
          consultedWith: "全体支委",
        },
      });
      const honour = (kind: "HONOUR" | "MEDIA_REPORT", level: "PROVINCIAL" | "SCHOOL" | "DISTRICT" | "NATIONAL", occurredOn: string) =>
        app.ok(HonourCreate, { input: { unitId: b, kind, level, title: `${level}${kind}`, occurredOn, issuer: "上级党委" } });
      await honour("HONOUR", "PROVINCIAL", "2025-06-01");
      await honour("HONOUR", "SCHOOL", "2025-09-01");
      await honour("HONOUR", "NATIONAL", "2024-06-01"); // before the period: not counted
      await honour("MEDIA_REPORT", "DISTRICT", "2025-07-01");
      const round = await open({ branchIds: [b], year: 2025, name: "2025年专项考核（建议分）" });
      sheetId = round.sheets[0].id;
    });

    it("proposes indicators 1, 3, 4, 17 and 18 as computed by hand from the branch's records, each with its evidence", async () => {
      const lines = Object.fromEntries((await detail(sheetId)).scores.map((l) => [l.key, l]));
      const proposed = (keys: string[]) => keys.map((k) => [k, lines[k].proposedValue]);
      expect(proposed(["1.1", "1.2", "1.3", "3.1", "3.2", "4.1", "4.2", "17", "18"])).toEqual([
        ["1.1", 2], // a secretary and three seated
        ["1.2", 1.5], // 2 of 3 with a duty: 2/3 × 2 = 1.33 → 1.5
        ["1.3", 0], // one seat past its term
        ["3.1", 2],
        ["3.2", 3],
        ["4.1", 1], // notices in one of the two half-years: 1/2 × 2
        ["4.2", 2], // 2 of 3 records complete (a notice without summary): 2/3 × 3
        ["17", 2.5], // provincial 2 + school 0.5 (the national one of 2024 is outside the period)
        ["18", 1], // district 1
      ]);
      expect(lines["1.3"].proposalEvidence).toEqual([
        { kind: "COMMITTEE_POSITION", ref: expect.any(String), label: "委员 支委3，任期至 2024-12-01" },
      ]);
      expect(lines["3.2"].proposalEvidence).toEqual([
        { kind: "DOCUMENT", ref: expect.any(String), label: "2024年度工作报告（2025-01-20 报送）" },
      ]);
      expect(lines["4.2"].proposalEvidence.map((e) => e.kind).sort()).toEqual([
        "MAJOR_DECISION",
        "PARTY_AFFAIRS_NOTICE",
        "PARTY_AFFAIRS_NOTICE",
      ]);
      expect(lines["17"].proposalEvidence.map((e) => e.label)).toEqual([
        "省部级 PROVINCIALHONOUR（上级党委，2025-06-01）+2",
        "校级 SCHOOLHONOUR（上级党委，2025-09-01）+0.5",
      ]);
      // The plan also stands for 11.1 (制度); nothing is proposed where the source's method is hearing and talking,
      // nor from development findings for a branch without development cases (assessment-development.e2e-spec.ts).
      expect(lines["11.1"].proposedValue).toBe(2);
      expect(proposed(["2.1", "9.2", "11.2", "12.5", "13.1", "13.2", "16", "19", "20"]).every(([, v]) => v === null)).toBe(true);
    });

    it("proposes indicators 5–8 and 10 from the branch's compliance findings: share MET × max, to the half point", async () => {
      const codes: Record<string, string[]> = {
        "5.1": ["FUNDING_FLOOR"],
        "5.2": ["ROOM_PRESENT", "ROOM_MIN_AREA"],
        "6.2": ["EDU_HOURS_FACULTY", "EDU_INTEGRITY_FACULTY", "EDU_HOURS_STUDENT"],
        "8.2": ["MOBILE_MEMBER_GROUPED"],
        "10": ["DUES_PAID"],
      };
      const lines = Object.fromEntries((await detail(sheetId)).scores.map((l) => [l.key, l]));
      for (const [key, ruleCodes] of Object.entries(codes)) {
        const report = (
          await app.ok(ComplianceReport, { unitId: branch().id, from: "2025-01-01", to: "2025-12-31", asOf: "2025-12-31", ruleCodes })
        ).compliance;
        const met = report.byRule.reduce((n, r) => n + r.met, 0);
        const unmet = report.byRule.reduce((n, r) => n + r.unmet, 0);
        const max = lines[key].max!;
        const expected = met + unmet ? Math.round(((met / (met + unmet)) * max) / 0.5 + 1e-9) * 0.5 : null;
        expect({ key, proposed: lines[key].proposedValue }).toEqual({ key, proposed: expected });
        if (expected !== null) {
          expect(lines[key].proposalHow).toContain(`达标 ${met}，未达标 ${unmet}`);
          expect(lines[key].proposalEvidence.filter((e) => e.kind === "RULE").map((e) => e.ref)).toEqual(
            ruleCodes.filter((c) => report.byRule.some((r) => r.ruleCode === c)),
          );
        }
      }
      // The student branch's members have no dues in 2025: the dues proposal is judged and not full.
      expect(lines["10"].proposedValue).toBe(0);
    });

    it("keeps the proposal when an assessor confirms or overrides, with who, when and why; refuses bad scores field by field", async () => {
      let version = (await detail(sheetId)).version;
      const score = (key: string, extra: { score?: number; reason?: string } = {}) =>
        app.gql(ScoreAssessmentElement, { input: { id: sheetId, version, key, ...extra } });
      const confirmed = accepted((await score("1.1")).data!.scoreAssessmentElement);
      version = confirmed.version;
      expect(await line(sheetId, "1.1")).toMatchObject({
        proposedValue: 2,
        score: 2,
        overridden: false,
        reason: null,
        assessedByLabel: "test.admin (test.admin)",
      });

      const noReason = await score("1.3", { score: 1 });
      expect(noReason.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { reason: [expect.stringContaining("建议分 0")] },
      });
      const tooHigh = await score("1.3", { score: 1.5, reason: "x" });
      expect(tooHigh.errors?.[0].extensions).toMatchObject({ fields: { score: [expect.stringContaining("分值 1")] } });
      const offStep = await score("4.2", { score: 2.3, reason: "x" });
      expect(offStep.errors?.[0].extensions).toMatchObject({ fields: { score: ["分数以 0.5 分为单位"] } });
      const unknown = await score("21");
      expect(unknown.errors?.[0].extensions).toMatchObject({ fields: { key: [expect.any(String)] } });
      const noProposal = await score("2.1");
      expect(noProposal.errors?.[0].extensions).toMatchObject({ fields: { score: ["该要素没有建议分，须给出分数"] } });
      expect((await detail(sheetId)).version).toBe(version);

      const overridden = accepted(
        (await score("1.3", { score: 1, reason: "已于 2025-11 换届，选举材料待补录" })).data!.scoreAssessmentElement,
      );
      expect(overridden.version).toBe(version + 1);
      version = overridden.version;
      const l = await line(sheetId, "1.3");
      expect(l).toMatchObject({
        proposedValue: 0,
        score: 1,
        overridden: true,
        reason: "已于 2025-11 换届，选举材料待补录",
        assessedByLabel: "test.admin (test.admin)",
      });
      expect(l.assessedAt).toEqual(expect.any(String));
      const [entry] = await app.dataSource.query(
        `SELECT actor_label, after->'line' AS line FROM audit_entry WHERE operation = 'scoreAssessmentElement' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [sheetId],
      );
      expect(entry).toEqual({
        actor_label: "test.admin (test.admin)",
        line: { key: "1.3", proposedValue: 0, score: 1, overridden: true, reason: "已于 2025-11 换届，选举材料待补录" },
      });
      const stale = await app.gql(ScoreAssessmentElement, { input: { id: sheetId, version: version - 1, key: "3.1" } });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    });

    it("re-proposes only after showing the difference; the assessor's scores stay as given", async () => {
      // The panel confirmed 18 before a national report was recorded.
      let version = (await detail(sheetId)).version;
      version = accepted(
        (await app.ok(ScoreAssessmentElement, { input: { id: sheetId, version, key: "18" } })).scoreAssessmentElement,
      ).version;
      await app.ok(HonourCreate, {
        input: {
          unitId: branch().id,
          kind: "MEDIA_REPORT",
          level: "NATIONAL",
          title: "人民日报报道",
          occurredOn: "2025-10-01",
          issuer: "人民日报",
        },
      });
      const diff = (await app.ok(AssessmentReproposal, { sheetId })).assessmentReproposal;
      expect(diff).toEqual([
        {
          key: "18",
          label: "媒体报道",
          storedValue: 1,
          freshValue: 4,
          score: 1,
          freshHow: expect.stringContaining("媒体报道"),
          freshEvidence: [
            { kind: "RECOGNITION", ref: expect.any(String), label: "区级 DISTRICTMEDIA_REPORT（上级党委，2025-07-01）+1" },
            { kind: "RECOGNITION", ref: expect.any(String), label: "国家级 人民日报报道（人民日报，2025-10-01）+3" },
          ],
        },
      ]);
      // Showing the difference wrote nothing: the stored proposal has not moved.
      expect(await line(sheetId, "18")).toMatchObject({ proposedValue: 1, score: 1 });
      const after = accepted((await app.ok(ReproposeAssessmentSheet, { input: { id: sheetId, version } })).reproposeAssessmentSheet);
      expect(after.version).toBe(version + 1);
      expect(await line(sheetId, "18")).toMatchObject({ proposedValue: 4, score: 1, overridden: false });
      expect((await app.ok(AssessmentReproposal, { sheetId })).assessmentReproposal).toEqual([]);
      const [entry] = await app.dataSource.query(
        `SELECT after->'reproposed' AS reproposed FROM audit_entry WHERE operation = 'reproposeAssessmentSheet' AND entity_id = $1`,
        [sheetId],
      );
      expect(entry.reproposed).toEqual([{ key: "18", from: 1, to: 4 }]);
    });
  });

  describe("grades and the workflow", () => {
    let sheets: Array<{ id: string; unit: string }>;
    const names = [
      "财经学院教工一支部",
      "管理工程学院学生支部",
      "信息工程学院学生支部",
      "机关一支部",
      "离退休一支部",
      "离退休二支部",
      "离退休三支部",
    ];

    beforeAll(async () => {
      const branchIds = names.map((n) => {
        if (!units[n]) throw new Error(`no unit ${n}: ${Object.keys(units).join(",")}`);
        return units[n].id;
      });
      const round = await open({ branchIds, year: 2025, name: "2025年专项考核（等级）" });
      sheets = round.sheets.map((s) => ({ id: s.id, unit: s.unit!.id }));
    });
    const sheetOf = (name: string) => sheets.find((s) => s.unit === units[name].id)!.id;

    it("refuses a step the map does not allow, and submitting with sub-elements unscored, naming what is missing", async () => {
      const id = sheetOf(names[0]);
      const { version } = await detail(id);
      const skip = await advance(id, version, "NOTIFIED", "2025-12-01");
      expectRefusal(skip, "INVALID_TRANSITION", { field: "to", allowedNext: ["SUBMITTED"] });
      const early = await advance(id, version, "SUBMITTED", "2025-12-01");
      expectRefusal(early, "INVALID_TRANSITION", { allowedNext: ["SUBMITTED"] });
      expect(early.message).toContain("尚有 34 个测评要素未评分（1.1、1.2、1.3");
      expect((await detail(id)).version).toBe(version);
    });

    it.each([
      [1, 89.5, 0, "GOOD"],
      [2, 90, 0, "EXCELLENT"],
      [3, 74.5, 0, "PASS"],
      [4, 75, 0, "GOOD"],
      [5, 59.5, 0, "FAIL"],
      [6, 60, 0, "PASS"],
    ] as const)("grades sheet %i: base %d + bonus %d is %s (fractional totals are not rounded up)", async (i, base, _bonus, grade) => {
      const id = sheetOf(names[i]);
      const version = await scoreBase(id, base);
      const submitted = accepted(await advance(id, version, "SUBMITTED", "2025-12-01"));
      expect(submitted).toMatchObject({
        status: "SUBMITTED",
        baseScore: base,
        total: base,
        grade,
        submittedOn: "2025-12-01",
        vetoed: false,
      });
    });

    it("adds the bonus to the base: 88.5 + 1.5 for transferable practices is 90, 优秀; then walks to FINAL and goes no further", async () => {
      const id = sheetOf(names[0]);
      let version = await scoreBase(id, 88.5);
      version = accepted(
        (
          await app.ok(ScoreAssessmentElement, {
            input: { id, version, key: "19", score: 1.5, reason: "两项经验在全校推广（含半项合作）" },
          })
        ).scoreAssessmentElement,
      ).version;
      const submitted = accepted(await advance(id, version, "SUBMITTED", "2025-12-01"));
      expect(submitted).toMatchObject({ baseScore: 88.5, bonusScore: 1.5, total: 90, grade: "EXCELLENT", gradeLabel: "优秀" });
      const frozen = await app.ok(ScoreAssessmentElement, { input: { id, version: submitted.version, key: "1.1", score: 0, reason: "x" } });
      expectRefusal(frozen.scoreAssessmentElement, "INVALID_TRANSITION");
      const notified = accepted(await advance(id, submitted.version, "NOTIFIED", "2025-12-05"));
      const backwards = await app.gql(AdvanceAssessmentSheet, { input: { id, version: notified.version, to: "FINAL", on: "2025-12-04" } });
      expect(backwards.errors?.[0].extensions).toMatchObject({ fields: { on: [expect.stringContaining("2025-12-05")] } });
      const final = accepted(await advance(id, notified.version, "FINAL", "2025-12-20"));
      expect(final).toMatchObject({ status: "FINAL", finalOn: "2025-12-20", grade: "EXCELLENT" });
      const again = await advance(id, final.version, "APPEALED", "2025-12-21", "迟到的异议");
      expectRefusal(again, "INVALID_TRANSITION", { allowedNext: [] });
      expect(again.message).toContain("已是最终状态");
    });
  });
});
