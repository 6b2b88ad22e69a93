import { UserRole } from "../api/src/auth/roles";
import { addDays } from "../api/src/common/periods";
import { today } from "../api/src/common/dates";
import { createMember, unitsByFullName, type Unit } from "./support/fixtures";
import {
  AdvanceAssessmentSheet,
  AssessmentRoundNested,
  AllocationsWithGrade,
  CreateAllocationForGrade,
  ArchiveDisciplineCase,
  AssessmentDistribution,
  AssessmentRanking,
  AssessmentReviewDue,
  AssessmentRounds,
  AssessmentSheetDetail,
  AssessmentSheetList,
  BranchAssessmentHistory,
  ComplianceReport,
  CreateAssessmentRound,
  DisciplineCaseList,
  FailedAssessmentSheets,
  RecordAssessmentRectification,
  RecordDisciplineCase,
  ScoreAssessmentElement,
  UnitLatestAssessment,
} from "./support/operations";
import { advanceSheet, scoreBase } from "./support/assessment";
import { accepted, expectRefusal } from "./support/refusal";
import { REQUEST_STATEMENTS } from "./support/statements";
import { startTestApp, type Client, type TestApp } from "./support/test-app";

/**
 * Branch assessment after the scoring (issue 14 §4–§7): the veto, the appeal window (附件 四(二):
 * one week from the notice) and the review due in 10 days, the use of results, and who sees what.
 * Round of 2025 over three branches: A 财经学院学生支部 (a member disciplined in 2025: vetoed),
 * B 财经学院教工一支部 (a case of 2024: outside the period), C 信息工程学院学生支部 (a case archived).
 */
describe("branch assessment: veto, appeal, results, scope", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let roundId: string;
  const sheet: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" };
  const names = { A: "财经学院学生支部", B: "财经学院教工一支部", C: "信息工程学院学生支部" } as const;

  const detail = async (id: string, client: Client = app) => (await client.ok(AssessmentSheetDetail, { id })).assessmentSheet;
  const caseOf = async (unit: string, decidedOn: string, n: number) => {
    const member = await createMember(app, units[unit].id, {
      name: `受处分党员${n}`,
      idNumber: `50010119900101${2000 + n}`,
      phone: `1392000000${n}`,
    });
    return (
      await app.ok(RecordDisciplineCase, {
        input: {
          memberId: member.id,
          decidedOn,
          level: "SERIOUS_WARNING",
          decisionDocument: `渝工院纪〔2025〕${n}号`,
          reason: "违反廉洁纪律",
        },
      })
    ).recordDisciplineCase;
  };

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    await caseOf(names.A, "2025-06-01", 1);
    await caseOf(names.B, "2024-12-31", 2);
    const archived = await caseOf(names.C, "2025-03-01", 3);
    await app.ok(ArchiveDisciplineCase, { input: { id: archived.id, version: archived.version, reason: "处分决定已撤销" } });
    const round = (
      await app.ok(CreateAssessmentRound, {
        input: { collegeId: app.collegeId!, year: 2025, kind: "REGULAR", branchIds: Object.values(names).map((n) => units[n].id) },
      })
    ).createAssessmentRound;
    roundId = round.id;
    for (const key of ["A", "B", "C"] as const) sheet[key] = round.sheets.find((s) => s.unit!.id === units[names[key]].id)!.id;
  });
  afterAll(() => app.close());

  describe("the veto (附件 六(二))", () => {
    it("makes a branch with a member disciplined in the period 不合格 whatever its score, saying why and citing the rule", async () => {
      const version = await scoreBase(app, sheet.A, 95);
      const submitted = accepted(await advanceSheet(app, sheet.A, version, "SUBMITTED", "2025-11-20"));
      expect(submitted).toMatchObject({ total: 95, grade: "FAIL", gradeLabel: "不合格", vetoed: true });
      expect(submitted.vetoNote).toBe(
        "支部党员因违纪违法而受到处分的，不论得分高低，均为不合格支部（附件 六(二)）：考核期内本支部党员受党纪处分 1 起（2025-06-01）",
      );
      // A case before the period, and an archived one, veto nothing.
      for (const key of ["B", "C"] as const) {
        const v = await scoreBase(app, sheet[key], key === "B" ? 88 : 76);
        expect(accepted(await advanceSheet(app, sheet[key], v, "SUBMITTED", "2025-11-20"))).toMatchObject({
          vetoed: false,
          vetoNote: null,
        });
      }
      expect((await detail(sheet.B)).grade).toBe("GOOD");
    });

    it("moves at once when a case is recorded or voided after the round opened, on a sheet being scored only; audited", async () => {
      // A round of its own (2024), so the 2025 round's lists and counts below stay as they are.
      const unit = units["信息工程学院教工支部"];
      const round = (
        await app.ok(CreateAssessmentRound, { input: { collegeId: app.collegeId!, year: 2024, kind: "SPECIAL", branchIds: [unit.id] } })
      ).createAssessmentRound;
      const id = round.sheets[0].id;
      expect(await detail(id)).toMatchObject({ status: "DRAFT", vetoed: false, grade: null });

      const discipline = await caseOf("信息工程学院教工支部", "2024-05-20", 4);
      expect(await detail(id)).toMatchObject({
        vetoed: true,
        grade: "FAIL",
        gradeLabel: "不合格",
        vetoNote: expect.stringContaining("附件 六(二)"),
      });
      const [audited] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'assessmentVeto' AND entity_id = $1`,
        [id],
      );
      expect(audited.n).toBe(1);

      await app.ok(ArchiveDisciplineCase, { input: { id: discipline.id, version: discipline.version, reason: "处分决定已撤销" } });
      expect(await detail(id)).toMatchObject({ vetoed: false, vetoNote: null, grade: null });

      // Submitted, the sheet does not move silently: the veto waits for the panel to take it back.
      let version = await scoreBase(app, id, 1);
      version = accepted(await advanceSheet(app, id, version, "SUBMITTED", "2024-12-01")).version;
      await caseOf("信息工程学院教工支部", "2024-06-20", 5);
      expect(await detail(id)).toMatchObject({ status: "SUBMITTED", vetoed: false, version });
      version = accepted(await advanceSheet(app, id, version, "DRAFT", "2024-12-02")).version;
      accepted(await advanceSheet(app, id, version, "SUBMITTED", "2024-12-03"));
      expect(await detail(id)).toMatchObject({ vetoed: true, grade: "FAIL" });
    });

    it("shows discipline details only to holders of MEMBER_SENSITIVE_READ, and only within scope", async () => {
      const leadership = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const gbSecretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: units["财经学院党总支"].id });
      const otherSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units[names.C].id });
      const filter = { unitId: units[names.A].id };
      const masked = (await leadership.ok(DisciplineCaseList, { filter })).disciplineCases.items;
      expect(masked).toEqual([
        {
          id: expect.any(String),
          decidedOn: "2025-06-01",
          level: null,
          levelLabel: null,
          decisionDocument: null,
          reason: null,
          unit: { name: "学生支部" },
        },
      ]);
      const shown = (await gbSecretary.ok(DisciplineCaseList, { filter })).disciplineCases.items;
      expect(shown).toEqual([
        {
          id: expect.any(String),
          decidedOn: "2025-06-01",
          level: "SERIOUS_WARNING",
          levelLabel: "严重警告",
          decisionDocument: "渝工院纪〔2025〕1号",
          reason: "违反廉洁纪律",
          unit: { name: "学生支部" },
        },
      ]);
      expect((await otherSecretary.ok(DisciplineCaseList, {})).disciplineCases.totalCount).toBe(0);
      // The veto's note names dates only, never the member or the measure.
      expect((await detail(sheet.A, leadership)).vetoNote).not.toMatch(/受处分党员|严重警告/);
    });
  });

  describe("feedback and appeal (附件 四(二))", () => {
    it("accepts an appeal on day 7 after the notice and refuses one on day 8 with the rule and its citation", async () => {
      const notified = accepted(await advanceSheet(app, sheet.A, (await detail(sheet.A)).version, "NOTIFIED", "2025-12-01"));
      expect(notified.notifiedOn).toBe("2025-12-01");
      const late = await advanceSheet(app, sheet.A, notified.version, "APPEALED", "2025-12-09", "对一票否决有异议");
      expectRefusal(late, "RULE_NOT_MET", { ruleCode: "ASSESSMENT_APPEAL_WINDOW", citation: "附件 四(二)", field: "on" });
      expect(late.message).toContain("接到考核结果通知之日起 7 天内申请复核");
      expect(late.message).toContain("实际 8天");
      expect(late.allowedNext).toEqual(["APPEALED", "FINAL"]);
      expect((await detail(sheet.A)).version).toBe(notified.version);
      const noReason = await app.gql(ScoreAssessmentElement, {
        input: { id: sheet.A, version: notified.version, key: "1.1", score: 0, reason: "x" },
      });
      expectRefusal(noReason.data!.scoreAssessmentElement, "INVALID_TRANSITION");
      const appealed = accepted(await advanceSheet(app, sheet.A, notified.version, "APPEALED", "2025-12-08", "处分决定已于 2025-11 撤销"));
      expect(appealed).toMatchObject({ status: "APPEALED", appealedOn: "2025-12-08", appealReason: "处分决定已于 2025-11 撤销" });
    });

    it("has the review due 10 days after the appeal: pending until then, late the day after, met once answered in time", async () => {
      const report = async (asOf: string) =>
        (
          await app.ok(ComplianceReport, {
            unitId: units[names.A].id,
            from: "2025-12-01",
            to: "2025-12-31",
            asOf,
            ruleCodes: ["ASSESSMENT_REVIEW_DUE"],
          })
        ).compliance.findings.items.map((f) => ({ status: f.status, periodEnd: f.periodEnd, citation: f.citation }));
      expect(await report("2025-12-18")).toEqual([{ status: "PENDING", periodEnd: "2025-12-18", citation: "附件 四(二)" }]);
      expect(await report("2025-12-19")).toEqual([{ status: "UNMET", periodEnd: "2025-12-18", citation: "附件 四(二)" }]);
      const { version } = await detail(sheet.A);
      const noOpinion = await app.gql(AdvanceAssessmentSheet, {
        input: { id: sheet.A, version, to: "REVIEWED", on: "2025-12-18" },
      });
      expect(noOpinion.errors?.[0].extensions).toMatchObject({ fields: { note: [expect.any(String)] } });
      const reviewed = accepted(await advanceSheet(app, sheet.A, version, "REVIEWED", "2025-12-18", "经复核，处分在考核期内，维持不合格"));
      expect(reviewed).toMatchObject({ status: "REVIEWED", reviewedOn: "2025-12-18", grade: "FAIL" });
      expect(await report("2025-12-19")).toEqual([{ status: "MET", periodEnd: "2025-12-18", citation: "附件 四(二)" }]);
      accepted(await advanceSheet(app, sheet.A, reviewed.version, "FINAL", "2025-12-20"));
    });

    it("surfaces a review falling due in dueSoon, with its date", async () => {
      const day = today();
      const { version } = await detail(sheet.B);
      const notified = accepted(await advanceSheet(app, sheet.B, version, "NOTIFIED", addDays(day, -4)));
      accepted(await advanceSheet(app, sheet.B, notified.version, "APPEALED", addDays(day, -3), "对第 9 项评分有异议"));
      const due = (await app.ok(AssessmentReviewDue, { unitId: units[names.B].id, withinDays: 10 })).dueSoon.items;
      expect(due.filter((d) => d.ruleCode === "ASSESSMENT_REVIEW_DUE")).toEqual([
        {
          ruleCode: "ASSESSMENT_REVIEW_DUE",
          status: "PENDING",
          periodEnd: addDays(day, 7),
          citation: "附件 四(二)",
          message: expect.any(String),
        },
      ]);
      const b = await detail(sheet.B);
      const reviewed = accepted(await advanceSheet(app, sheet.B, b.version, "REVIEWED", day, "维持原评分"));
      accepted(await advanceSheet(app, sheet.B, reviewed.version, "FINAL", day));
      const c = await detail(sheet.C);
      const cNotified = accepted(await advanceSheet(app, sheet.C, c.version, "NOTIFIED", "2025-12-01"));
      accepted(await advanceSheet(app, sheet.C, cNotified.version, "FINAL", "2025-12-10"));
    });
  });

  describe("use of results (附件 七)", () => {
    it("ranks the round (vetoed last) and counts grades for the round and per general branch, in SQL", async () => {
      const ranking = (await app.ok(AssessmentRanking, { roundId })).assessmentRanking;
      expect(ranking.map((r) => [r.rank, r.unitName, r.generalBranchName, r.total, r.grade])).toEqual([
        [1, "教工一支部", "财经学院党总支", 88, "GOOD"],
        [2, "学生支部", "信息工程学院党总支", 76, "GOOD"],
        [3, "学生支部", "财经学院党总支", 95, "FAIL"],
      ]);
      const under = (await app.ok(AssessmentRanking, { roundId, underUnitId: units["财经学院党总支"].id })).assessmentRanking;
      expect(under.map((r) => [r.rank, r.unitName])).toEqual([
        [1, "教工一支部"],
        [2, "学生支部"],
      ]);
      const distribution = (await app.ok(AssessmentDistribution, { roundId })).assessmentGradeDistribution;
      expect(
        distribution.map(({ generalBranchName, excellent, good, pass, fail, ungraded, total }) => [
          generalBranchName,
          excellent,
          good,
          pass,
          fail,
          ungraded,
          total,
        ]),
      ).toEqual([
        [null, 0, 2, 0, 1, 0, 3],
        ["财经学院党总支", 0, 1, 0, 1, 0, 2],
        ["信息工程学院党总支", 0, 1, 0, 0, 0, 1],
      ]);
    });

    it("keeps a branch's history, lists the 不合格 branches with their rectifications, and shows the latest grade beside the unit", async () => {
      const history = (await app.ok(BranchAssessmentHistory, { unitId: units[names.A].id })).branchAssessmentHistory;
      expect(history).toEqual([{ id: sheet.A, grade: "FAIL", total: 95, status: "FINAL", round: { year: 2025, kind: "REGULAR" } }]);
      const notFailed = await app.gql(RecordAssessmentRectification, {
        input: { sheetId: sheet.B, recordedOn: "2025-12-22", measures: "无" },
      });
      expect(notFailed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { sheetId: [expect.any(String)] } });
      await app.ok(RecordAssessmentRectification, {
        input: { sheetId: sheet.A, recordedOn: "2025-12-22", measures: "开展警示教育，完善廉洁风险防控", dueOn: "2026-03-31" },
      });
      const failed = (await app.ok(FailedAssessmentSheets, { roundId })).failedAssessmentSheets;
      expect(failed).toEqual([
        {
          id: sheet.A,
          grade: "FAIL",
          vetoed: true,
          vetoNote: expect.stringContaining("附件 六(二)"),
          unit: { name: "学生支部" },
          rectifications: [
            { recordedOn: "2025-12-22", measures: "开展警示教育，完善廉洁风险防控", dueOn: "2026-03-31", completedOn: null },
          ],
        },
      ]);
      expect((await app.ok(UnitLatestAssessment, { id: units[names.B].id })).orgUnit).toEqual({
        latestAssessment: { grade: "GOOD", round: { year: 2025 } },
      });
      expect((await app.ok(UnitLatestAssessment, { id: units["财经学院教工二支部"].id })).orgUnit).toEqual({ latestAssessment: null });
      // 附件 七(二): the grade beside the next year's fund allocation (an allocation of 2025 has no earlier grade).
      for (const year of [2026, 2025])
        await app.ok(CreateAllocationForGrade, {
          input: { branchId: units[names.B].id, year, amount: "800.00", source: "SCHOOL_PARTY_BUDGET", allocatedOn: `${year}-03-01` },
        });
      const allocations = (await app.ok(AllocationsWithGrade, { unitId: units[names.B].id })).fundAllocations.items;
      expect(allocations.map((a) => [a.year, a.branchAssessment])).toEqual(
        expect.arrayContaining([
          [2026, { grade: "GOOD", round: { year: 2025 } }],
          [2025, null],
        ]),
      );
    });
  });

  it("reads a round's sheets with their units, lines and rectifications in a fixed number of statements (loaders)", async () => {
    const before = app.queries.count;
    const round = (await app.ok(AssessmentRoundNested, { id: roundId })).assessmentRound;
    expect(round.sheets).toHaveLength(3);
    expect(round.sheets.every((s) => s.scores.length === 38)).toBe(true);
    // round, its sheets, their units, parents, latest grades (2), rounds, lines, rectifications: one statement each.
    expect(app.queries.count - before).toBeLessThanOrEqual(REQUEST_STATEMENTS + 10);
  });

  describe("who sees what", () => {
    it("shows a branch secretary only their branch's sheet, a general-branch secretary their subtree's, leadership the round", async () => {
      const branchSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units[names.B].id });
      const gbSecretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: units["财经学院党总支"].id });
      const leadership = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const listed = async (c: Client) =>
        (await c.ok(AssessmentSheetList, { filter: { roundId } })).assessmentSheets.items.map((s) => s.id).sort();
      expect(await listed(branchSecretary)).toEqual([sheet.B]);
      expect(await listed(gbSecretary)).toEqual([sheet.A, sheet.B].sort());
      expect(await listed(leadership)).toEqual(Object.values(sheet).sort());
      const foreign = await branchSecretary.gql(AssessmentSheetDetail, { id: sheet.A });
      expect(foreign.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const rounds = (await branchSecretary.ok(AssessmentRounds, { year: 2025 })).assessmentRounds;
      expect(rounds.map((r) => r.sheets.map((s) => s.id))).toEqual([[sheet.B]]);
      expect((await branchSecretary.ok(AssessmentRanking, { roundId })).assessmentRanking.map((r) => [r.rank, r.sheet.id])).toEqual([
        [1, sheet.B],
      ]);
      expect((await branchSecretary.ok(AssessmentDistribution, { roundId })).assessmentGradeDistribution[0]).toMatchObject({
        total: 1,
        good: 1,
      });
    });

    it("refuses the round to roles without ASSESSMENT_READ and writes to all but the round's panel", async () => {
      const committee = await app.clientFor({ role: UserRole.BRANCH_COMMITTEE, scopeUnitId: units[names.B].id });
      const denied = await committee.gql(AssessmentSheetList, { filter: { roundId } });
      expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const leadership = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const readOnly = await leadership.gql(ScoreAssessmentElement, { input: { id: sheet.C, version: 1, key: "1.1" } });
      expect(readOnly.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      // Another administrator is not on this round's panel.
      const otherAdmin = await app.clientFor({ role: UserRole.ADMIN, scopeUnitId: app.collegeId });
      const round = (
        await app.ok(CreateAssessmentRound, {
          input: { collegeId: app.collegeId!, year: 2025, kind: "SPECIAL", name: "专项", branchIds: [units[names.C].id] },
        })
      ).createAssessmentRound;
      const notPanel = await otherAdmin.gql(ScoreAssessmentElement, {
        input: { id: round.sheets[0].id, version: round.sheets[0].version, key: "1.1" },
      });
      expect(notPanel.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  });
});
