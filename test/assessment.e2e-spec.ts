import { UserRole } from "../api/src/auth/roles";
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
      expect(sheet.veto).toEqual({ code: "ASSESSMENT_VETO", citation: "附件 六(二)", text: expect.stringContaining("不论得分高低，均为不合格支部") });
      expect(sheet.gradeRounding).toContain("89.5");
      expect(sheet.conversionRule).toContain("0.5");
      // How each proposal is computed is written beside its element; 11–13 wait for member development.
      const elements = indicators.flatMap((i) => i.elements);
      expect(elements.find((e) => e.key === "6.2")!.how).toContain("达标率 × 该要素分值，按 0.5 分四舍五入");
      expect(elements.find((e) => e.key === "11.1")!.how).toContain("发展党员模块接入前不提出建议分");
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
});
