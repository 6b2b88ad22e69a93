import { branchWithMembers, CaseRef, Steps } from "./support/development";
import { unitsByFullName } from "./support/fixtures";
import { DevApplyConversion, DevApproveConversion, DevCase, DevCases, DevFunnel, DevReport } from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

/*
 * Member development (issue 13, DOMAIN §8): a person carried from application to full member
 * through valid steps only, over simulated dates; the history kept step by step.
 */
describe("member development: the happy path", () => {
  let app: TestApp;
  let steps: Steps;
  let gb: string;

  beforeAll(async () => {
    app = await startTestApp();
    steps = new Steps(app);
    gb = (await unitsByFullName(app))["财经学院党总支"].id;
  });
  afterAll(() => app.close());

  it("carries an applicant to full membership, step by step, and keeps the whole history", async () => {
    const branch = await branchWithMembers(app, gb, 10);
    const [trainer, intro1, intro2] = branch.members;
    let c: CaseRef = await steps.toVote(
      branch.id,
      "张发展",
      { trainer, introducers: [intro1, intro2] },
      {
        applied: "2022-09-15",
        inspection: "2023-03-10",
        target: "2024-03-10",
      },
    );
    const vote = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 8, 8));
    expect(vote.stage).toBe("DEVELOPMENT_TARGET");
    c = accepted(await steps.procedure(vote, "GENERAL_BRANCH_TALK", "2024-03-25"));
    const admitted = accepted(await steps.approveAdmission(c, "2024-04-01"));
    expect(admitted).toMatchObject({ stage: "PROBATIONARY", probationStartsOn: "2024-03-20", probationEndsOn: "2025-03-20" });
    c = admitted;
    for (const [kind, on] of [
      ["TO_INTRODUCER", "2024-05-10"],
      ["TO_BRANCH", "2024-06-10"],
    ] as const) {
      c = accepted(
        (
          await app.ok(DevReport, {
            input: { id: c.id, version: c.version, kind, on, introducerMemberId: kind === "TO_INTRODUCER" ? intro1 : undefined },
          })
        ).recordProbationReport,
      );
    }
    c = accepted((await app.ok(DevApplyConversion, { input: { id: c.id, version: c.version, on: "2025-02-10" } })).applyForConversion);
    c = accepted(await steps.procedure(c, "CONVERSION_OPINIONS", "2025-02-12"));
    c = accepted(await steps.procedure(c, "CONVERSION_COMMITTEE", "2025-02-14"));
    c = accepted(await steps.procedure(c, "CONVERSION_GENERAL_BRANCH_REVIEW", "2025-02-16"));
    c = accepted(await steps.openNotice(c, "CONVERSION", "2025-02-17", "2025-02-23"));
    c = accepted(await steps.closeNotice(c, "2025-02-24"));
    c = accepted(await steps.vote(c, "CONVERSION", "2025-03-20", 7, 7));
    const full = accepted(
      (await app.ok(DevApproveConversion, { input: { id: c.id, version: c.version, on: "2025-03-25" } })).approveConversion,
    );
    expect(full).toMatchObject({ stage: "FULL", fullSince: "2025-03-20", closedOn: "2025-03-25" });
    c = accepted(await steps.procedure(full, "CONVERSION_FILED", "2025-04-01"));
    c = accepted(await steps.procedure(c, "CONVERSION_ANNOUNCED", "2025-04-05"));

    const { developmentCase } = await app.ok(DevCase, { id: c.id });
    expect(developmentCase!.member).toMatchObject({ name: "张发展", standing: "FULL", joinedOn: "2024-03-20", fullSince: "2025-03-20" });
    expect(developmentCase!.steps.map((s) => [s.kind, s.procedure ?? s.stageTo ?? "", s.occurredOn])).toEqual([
      ["APPLICATION", "APPLICANT", "2022-09-15"],
      ["STAGE_CHANGE", "ACTIVIST", "2022-09-25"],
      ["PROCEDURE", "PARTY_SCHOOL_EXAM_PASSED", "2022-10-05"],
      ["STAGE_CHANGE", "CANDIDATE", "2022-10-15"],
      ["NOTICE_OPENED", "", "2022-10-16"],
      ["NOTICE_CLOSED", "", "2022-10-22"],
      ["CONTACT_ASSIGNED", "", "2022-10-23"],
      ["STAGE_CHANGE", "UNDER_INSPECTION", "2023-03-10"],
      ["STAGE_CHANGE", "DEVELOPMENT_TARGET", "2024-03-10"],
      ["NOTICE_OPENED", "", "2024-03-11"],
      ["NOTICE_CLOSED", "", "2024-03-17"],
      ["CONTACT_ASSIGNED", "", "2024-03-12"],
      ["CONTACT_ASSIGNED", "", "2024-03-12"],
      ["VOTE", "", "2024-03-20"],
      ["PROCEDURE", "GENERAL_BRANCH_TALK", "2024-03-25"],
      ["ADMISSION_APPROVED", "PROBATIONARY", "2024-04-01"],
      ["PROBATION_REPORT", "", "2024-05-10"],
      ["PROBATION_REPORT", "", "2024-06-10"],
      ["CONVERSION_APPLIED", "", "2025-02-10"],
      ["PROCEDURE", "CONVERSION_OPINIONS", "2025-02-12"],
      ["PROCEDURE", "CONVERSION_COMMITTEE", "2025-02-14"],
      ["PROCEDURE", "CONVERSION_GENERAL_BRANCH_REVIEW", "2025-02-16"],
      ["NOTICE_OPENED", "", "2025-02-17"],
      ["NOTICE_CLOSED", "", "2025-02-24"],
      ["VOTE", "", "2025-03-20"],
      ["CONVERSION_APPROVED", "FULL", "2025-03-25"],
      ["PROCEDURE", "CONVERSION_FILED", "2025-04-01"],
      ["PROCEDURE", "CONVERSION_ANNOUNCED", "2025-04-05"],
    ]);
    expect(developmentCase!.votes.map((v) => [v.purpose, v.shouldAttend, v.present, v.votesFor, v.passed])).toEqual([
      ["ADMISSION", 10, 8, 8, true],
      // The probationer is not yet a full member: ten of the branch plus none.
      ["CONVERSION", 10, 7, 7, true],
    ]);
    expect(developmentCase!.nextSteps).toEqual([]);
    expect(developmentCase!.steps.every((s) => s.recordedBy.length > 0)).toBe(true);

    const funnel = (await app.ok(DevFunnel, { unitId: branch.id, year: 2024 })).developmentFunnel;
    const row = (stage: string) => funnel.find((r) => r.stage === stage)!;
    expect(row("DEVELOPMENT_TARGET")).toMatchObject({ entered: 1, left: 1, current: 0 });
    expect(row("UNDER_INSPECTION")).toMatchObject({ entered: 0, left: 1 });
    expect(row("PROBATIONARY")).toMatchObject({ entered: 1, left: 0, current: 1 });
    const list = (await app.ok(DevCases, { filter: { unitId: branch.id } })).developmentCases;
    expect(list.totalCount).toBe(1);
  });
});
