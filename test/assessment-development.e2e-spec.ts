import { branchWithMembers, CaseRef, shift, Steps } from "./support/development";
import { unitsByFullName } from "./support/fixtures";
import { AssessmentSheetDetail, CreateAssessmentRound, DevApplyConversion, DevReport, DocumentFile } from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, type TestApp } from "./support/test-app";

/*
 * Indicators 11–13 (党员发展工作) proposed from member development's records (issue 14 §3): two
 * branches built through the API, one keeping every obligation of its activist and its probationer,
 * the other keeping none; their proposals differ as the findings say and carry them as evidence.
 */
describe("branch assessment: member development (indicators 11–13)", () => {
  let app: TestApp;
  let steps: Steps;
  const VOTE = "2024-12-01"; // the probation runs to 2025-12-01, inside the 2025 round

  /** A probationer admitted on VOTE; `keep` files every report on time, applies early and is decided on the last day. */
  async function probationer(b: { id: string; members: string[] }, name: string, keep: boolean) {
    let c: CaseRef = await steps.toVote(
      b.id,
      name,
      { trainer: b.members[0], introducers: [b.members[1], b.members[2]] },
      { applied: shift(VOTE, -700), inspection: shift(VOTE, -500), target: shift(VOTE, -20) },
    );
    c = accepted(await steps.vote(c, "ADMISSION", VOTE, 8, 8));
    c = accepted(await steps.procedure(c, "GENERAL_BRANCH_TALK", shift(VOTE, 1)));
    c = accepted(await steps.approveAdmission(c, shift(VOTE, 2)));
    if (!keep) return;
    const report = async (kind: "TO_INTRODUCER" | "TO_BRANCH", on: string) =>
      (c = accepted(
        (
          await app.ok(DevReport, {
            input: { id: c.id, version: c.version, kind, on, introducerMemberId: kind === "TO_INTRODUCER" ? b.members[1] : undefined },
          })
        ).recordProbationReport,
      ));
    // Every two months to an introducer, every quarter to the branch, counted from the vote.
    for (const on of ["2024-12-15", "2025-02-15", "2025-04-15", "2025-06-15", "2025-08-15", "2025-10-15"])
      await report("TO_INTRODUCER", on);
    for (const on of ["2024-12-20", "2025-03-20", "2025-06-20", "2025-09-20"]) await report("TO_BRANCH", on);
    c = accepted((await app.ok(DevApplyConversion, { input: { id: c.id, version: c.version, on: "2025-10-15" } })).applyForConversion);
    c = accepted(await steps.procedure(c, "CONVERSION_OPINIONS", "2025-10-20"));
    c = accepted(await steps.procedure(c, "CONVERSION_COMMITTEE", "2025-10-25"));
    c = accepted(await steps.procedure(c, "CONVERSION_GENERAL_BRANCH_REVIEW", "2025-11-01"));
    c = accepted(await steps.openNotice(c, "CONVERSION", "2025-11-05", "2025-11-11"));
    c = accepted(await steps.closeNotice(c, "2025-11-11"));
    accepted(await steps.vote(c, "CONVERSION", "2025-12-01", 8, 8));
  }

  /** An activist through 2025; `keep` reviews them each half-year and sends them to party school. */
  async function activist(b: { id: string }, name: string, keep: boolean) {
    let c: CaseRef = accepted(await steps.apply(b.id, name, "2004-01-01", "2024-09-01"));
    c = accepted(await steps.advance(c, "ACTIVIST", "2024-09-10"));
    if (!keep) return;
    c = accepted(await steps.procedure(c, "ACTIVIST_REVIEW", "2025-03-10"));
    c = accepted(await steps.procedure(c, "PARTY_SCHOOL_TRAINING", "2025-05-10"));
    accepted(await steps.procedure(c, "ACTIVIST_REVIEW", "2025-09-10"));
  }

  let kept: string;
  let lapsed: string;
  const lines = async (sheetId: string) =>
    Object.fromEntries((await app.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet.scores.map((l) => [l.key, l]));

  beforeAll(async () => {
    app = await startTestApp();
    steps = new Steps(app);
    const gb = (await unitsByFullName(app))["财经学院党总支"].id;
    const a = await branchWithMembers(app, gb, 10);
    const b = await branchWithMembers(app, gb, 10);
    await app.ok(DocumentFile, { input: { unitId: a.id, kind: "DEV_PLAN", title: "2025学年培养发展计划", filedOn: "2025-09-05" } });
    await probationer(a, "按期甲", true);
    await activist(a, "积极甲", true);
    await probationer(b, "逾期乙", false);
    await activist(b, "积极乙", false);
    const round = (
      await app.ok(CreateAssessmentRound, {
        input: { collegeId: app.collegeId!, year: 2025, kind: "SPECIAL", name: "2025年发展党员专项考核", branchIds: [a.id, b.id] },
      })
    ).createAssessmentRound;
    kept = round.sheets.find((s) => s.unit!.id === a.id)!.id;
    lapsed = round.sheets.find((s) => s.unit!.id === b.id)!.id;
  });
  afterAll(() => app.close());

  const proposed = (l: Awaited<ReturnType<typeof lines>>) => ["11.1", "11.2", "13.1", "13.2"].map((k) => [k, l[k].proposedValue]);

  it("proposes full marks where every report, review, training, application and decision was on time", async () => {
    const l = await lines(kept);
    expect(proposed(l)).toEqual([
      ["11.1", 2],
      ["11.2", 3],
      ["13.1", 2],
      ["13.2", 3],
    ]);
    expect(l["11.1"].proposalEvidence).toEqual([
      { kind: "DOCUMENT", ref: expect.any(String), label: "2025学年培养发展计划（2025-09-05 报送）" },
    ]);
    expect(l["13.1"].proposalHow).toContain("PROBATION_REPORT_BIMONTHLY");
    expect(l["13.1"].proposalHow).toMatch(/达标 \d+，未达标 0（判定日 2025-12-31）/);
    expect(l["13.1"].proposalEvidence.map((e) => e.ref)).toEqual(["PROBATION_REPORT_BIMONTHLY", "PROBATION_REPORT_QUARTERLY"]);
    expect(l["13.2"].proposalEvidence.map((e) => e.ref)).toEqual(["PROBATION_DECISION_DUE", "CONVERSION_APPLY_EARLY"]);
    expect(l["11.2"].proposalEvidence.map((e) => e.ref)).toEqual(["ACTIVIST_REVIEW_PERSONAL", "REQUIRED_TRAINING_ACTIVIST"]);
  });

  it("proposes nothing earned where the reports are overdue and the probation ended undecided, with the findings as evidence", async () => {
    const l = await lines(lapsed);
    expect(proposed(l)).toEqual([
      ["11.1", 0],
      ["11.2", 0],
      ["13.1", 0],
      ["13.2", 0],
    ]);
    expect(l["11.1"].proposalEvidence).toEqual([]);
    expect(l["13.1"].proposalHow).toMatch(/达标 0，未达标 \d+/);
    const overdue = l["13.1"].proposalEvidence.filter((e) => e.kind === "FINDINGS").map((e) => e.label);
    expect(overdue).toContainEqual(expect.stringMatching(/^预备党员向党支部书面汇报 .*：未达标 1$/));
    expect(overdue).toContainEqual(expect.stringMatching(/^预备党员向入党介绍人汇报 .*：未达标 1$/));
    expect(l["13.2"].proposalEvidence.filter((e) => e.kind === "RULE").map((e) => e.label)).toEqual([
      "预备期满及时讨论转正（四(三)1(9)(10)）：达标 0，未达标 1",
      "按时提出转正申请（四(三)1(10)）：达标 0，未达标 1",
    ]);
    // 指标12 stays with the panel, and the definition says why.
    expect(["12.1", "12.2", "12.3", "12.4", "12.5"].map((k) => l[k].proposedValue)).toEqual([null, null, null, null, null]);
  });
});
