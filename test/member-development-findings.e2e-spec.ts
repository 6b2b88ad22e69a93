import { UserRole } from "../api/src/auth/roles";
import { today } from "../api/src/common/dates";
import { branchWithMembers, CaseRef, shift, Steps } from "./support/development";
import { unitsByFullName } from "./support/fixtures";
import { DevAdvance, DevApplyConversion, DevCase, DevCases, DevCompliance, DevDueSoon, DevFunnel, DevReport } from "./support/operations";
import { accepted } from "./support/refusal";
import { REQUEST_STATEMENTS } from "./support/statements";
import { startTestApp, TestApp } from "./support/test-app";

/*
 * Member development's ongoing obligations as findings (compliance and dueSoon, through the fact
 * cache, kept exact on every pipeline write), the funnel, the list's query count, and scope: a
 * branch secretary sees and touches only the cases of their own branch.
 */
describe("member development: findings, funnel, list and scope", () => {
  let app: TestApp;
  let steps: Steps;
  let gb: string;
  let branch: { id: string; members: string[] };
  const now = today();

  /** A probationer whose admission vote was on `voteOn` (the pipeline's dates walked back from it). */
  async function probationer(name: string, voteOn: string, b = branch) {
    let c: CaseRef = await steps.toVote(
      b.id,
      name,
      { trainer: b.members[0], introducers: [b.members[1], b.members[2]] },
      {
        applied: shift(voteOn, -700),
        inspection: shift(voteOn, -500),
        target: shift(voteOn, -20),
      },
    );
    c = accepted(await steps.vote(c, "ADMISSION", voteOn, 8, 8));
    c = accepted(await steps.procedure(c, "GENERAL_BRANCH_TALK", shift(voteOn, 1)));
    return accepted(await steps.approveAdmission(c, shift(voteOn, 2)));
  }

  const findings = async (ruleCodes: string[], from: string, to: string, asOf?: string) =>
    (await app.ok(DevCompliance, { unitId: branch.id, from, to, ruleCodes, asOf })).compliance.findings.items;

  beforeAll(async () => {
    app = await startTestApp();
    steps = new Steps(app);
    gb = (await unitsByFullName(app))["财经学院党总支"].id;
    branch = await branchWithMembers(app, gb, 10);
  });
  afterAll(() => app.close());

  it("reports overdue probation reports per period of the probationer's own, and a report written later counts at once", async () => {
    const voteOn = shift(now, -150);
    const c = await probationer("汇报甲", voteOn);
    const find = () => findings(["PROBATION_REPORT_BIMONTHLY", "PROBATION_REPORT_QUARTERLY"], shift(now, -200), now);
    const first = (await find()).filter((f) => f.subjectLabel === "汇报甲");
    const start = voteOn;
    expect(first.filter((f) => f.periodKey.startsWith(`${start}~`)).map((f) => [f.ruleCode, f.status])).toEqual([
      ["PROBATION_REPORT_BIMONTHLY", "UNMET"],
      ["PROBATION_REPORT_QUARTERLY", "UNMET"],
    ]);
    const probation = (await app.ok(DevCase, { id: c.id })).developmentCase!;
    const member = probation.member!;
    expect(first.every((f) => f.memberId === member.id)).toBe(true);
    await app.ok(DevReport, {
      input: { id: c.id, version: c.version, kind: "TO_BRANCH", on: shift(start, 20), introducerMemberId: undefined },
    });
    const after = (await find()).filter((f) => f.subjectLabel === "汇报甲" && f.periodKey.startsWith(`${start}~`));
    expect(after.map((f) => [f.ruleCode, f.status])).toEqual([
      ["PROBATION_REPORT_BIMONTHLY", "UNMET"],
      ["PROBATION_REPORT_QUARTERLY", "MET"],
    ]);
    expect(after[1].evidence).toEqual([{ kind: "DEVELOPMENT_REPORT", id: expect.any(String) }]);
  });

  it("lists a conversion application due within the month before its deadline in dueSoon, until it is made", async () => {
    // The probation ends in 40 days: the application is due in about 10.
    const c = await probationer("转正将至", shift(now, 40 - 365));
    const due = async () =>
      (await app.ok(DevDueSoon, { unitId: branch.id, withinDays: 60 })).dueSoon.items.filter((f) => f.subjectLabel === "转正将至");
    const listed = await due();
    expect(listed.map((f) => [f.ruleCode, f.status])).toContainEqual(["CONVERSION_APPLY_EARLY", "PENDING"]);
    expect(listed.find((f) => f.ruleCode === "CONVERSION_APPLY_EARLY")!.message).toMatch(/须于 \d{4}-\d{2}-\d{2} 前提出/);
    await app.ok(DevApplyConversion, { input: { id: c.id, version: c.version, on: now } });
    expect((await due()).map((f) => f.ruleCode)).not.toContain("CONVERSION_APPLY_EARLY");
  });

  it("reports a probation past its end without a decision, and a missed conversion application", async () => {
    const voteOn = shift(now, -368);
    await probationer("逾期未决", voteOn);
    const items = (await findings(["PROBATION_DECISION_DUE", "CONVERSION_APPLY_EARLY"], shift(now, -90), now)).filter(
      (f) => f.subjectLabel === "逾期未决",
    );
    expect(items.map((f) => [f.ruleCode, f.status])).toEqual([
      ["PROBATION_DECISION_DUE", "UNMET"],
      ["CONVERSION_APPLY_EARLY", "UNMET"],
    ]);
    expect(items[0].message).toMatch(/预备期已于 \d{4}-\d{2}-\d{2} 期满，尚未作出决定）。依据：四\(三\)1\(9\)\(10\)/);
  });

  it("asks a personal review of every activist each half-year, and their party-school training each year", async () => {
    let c: CaseRef = accepted(await steps.apply(branch.id, "积极分子甲", "2000-01-01", "2024-11-01"));
    c = accepted(await steps.advance(c, "ACTIVIST", "2024-12-20"));
    const judge = () => findings(["ACTIVIST_REVIEW_PERSONAL", "REQUIRED_TRAINING_ACTIVIST"], "2025-01-01", "2025-12-31", "2026-01-10");
    const mine = async () => (await judge()).filter((f) => f.subjectLabel === "积极分子甲").map((f) => [f.ruleCode, f.periodKey, f.status]);
    expect(await mine()).toEqual([
      ["ACTIVIST_REVIEW_PERSONAL", "2025-H1", "UNMET"],
      ["ACTIVIST_REVIEW_PERSONAL", "2025-H2", "UNMET"],
      ["REQUIRED_TRAINING_ACTIVIST", "2025", "UNMET"],
    ]);
    c = accepted(await steps.procedure(c, "ACTIVIST_REVIEW", "2025-06-15"));
    accepted(await steps.procedure(c, "PARTY_SCHOOL_TRAINING", "2025-10-15"));
    expect(await mine()).toEqual([
      ["ACTIVIST_REVIEW_PERSONAL", "2025-H1", "MET"],
      ["ACTIVIST_REVIEW_PERSONAL", "2025-H2", "UNMET"],
      ["REQUIRED_TRAINING_ACTIVIST", "2025", "MET"],
    ]);
  });

  it("counts the funnel per stage: entered and left in the year, and where cases stand at its end", async () => {
    const b = await branchWithMembers(app, gb, 3);
    const a = accepted(await steps.apply(b.id, "漏斗甲", "2000-01-01", "2023-10-01"));
    accepted(await steps.advance(a, "ACTIVIST", "2024-01-10"));
    const w = accepted(await steps.apply(b.id, "漏斗乙", "2000-01-01", "2024-02-01"));
    accepted(await steps.advance(w, "WITHDRAWN", "2024-05-01", "本人撤回申请"));
    accepted(await steps.apply(b.id, "漏斗丙", "2000-01-01", "2025-02-01"));
    const funnel = (await app.ok(DevFunnel, { unitId: b.id, year: 2024 })).developmentFunnel;
    const rows = Object.fromEntries(
      funnel.filter((r) => r.entered || r.left || r.current).map((r) => [r.stage, [r.entered, r.left, r.current]]),
    );
    expect(rows).toEqual({ APPLICANT: [1, 2, 0], ACTIVIST: [1, 0, 1], WITHDRAWN: [1, 0, 1] });
  });

  it("lists cases with their relations in a number of statements that does not grow with the cases", async () => {
    const b = await branchWithMembers(app, gb, 3);
    const count = async () => {
      const before = app.queries.count;
      const data = await app.ok(DevCases, { filter: { unitId: b.id }, first: 100 });
      return { statements: app.queries.count - before, cases: data.developmentCases.items.length };
    };
    for (let i = 0; i < 3; i++) accepted(await steps.apply(b.id, `列表${i}`, "2000-01-01", "2024-02-01"));
    const few = await count();
    for (let i = 3; i < 30; i++) {
      const c = accepted(await steps.apply(b.id, `列表${i}`, "2000-01-01", "2024-02-01"));
      if (i % 2) accepted(await steps.advance(c, "ACTIVIST", "2024-03-01"));
    }
    const many = await count();
    expect([few.cases, many.cases]).toEqual([3, 30]);
    expect(many.statements).toBe(few.statements);
    // session, page and count, branches, people, members (none yet), contacts (and their members), steps, notices, votes.
    expect(many.statements).toBeLessThanOrEqual(11 + REQUEST_STATEMENTS);
  });

  it("keeps a branch secretary to the cases of their own branch", async () => {
    const other = await branchWithMembers(app, gb, 1);
    const mine = accepted(await steps.apply(branch.id, "本支部申请人", "2000-01-01", "2024-02-01"));
    const theirs = accepted(await steps.apply(other.id, "外支部申请人", "2000-01-01", "2024-02-01"));
    const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branch.id });
    const advanceTheirs = await secretary.gql(DevAdvance, {
      input: { id: theirs.id, version: theirs.version, to: "ACTIVIST", on: "2024-03-01" },
    });
    expect(advanceTheirs.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await app.ok(DevCase, { id: theirs.id })).developmentCase!.version).toBe(theirs.version);
    expect((await secretary.ok(DevCase, { id: theirs.id })).developmentCase).toBeNull();
    const listed = (await secretary.ok(DevCases, { first: 100 })).developmentCases.items.map((c) => c.name);
    expect(listed).toContain("本支部申请人");
    expect(listed).not.toContain("外支部申请人");
    const applyThere = await secretary.gql(`mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { __typename } }`, {
      i: { branchId: other.id, name: "越界", gender: "MALE", birthDate: "2000-01-01", appliedOn: "2024-02-01" },
    });
    expect(applyThere.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    accepted(
      (await secretary.ok(DevAdvance, { input: { id: mine.id, version: mine.version, to: "ACTIVIST", on: "2024-03-01" } }))
        .advanceDevelopmentCase,
    );
    // The general branch's secretary sees both.
    const gbSecretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: gb });
    const both = (await gbSecretary.ok(DevCases, { first: 100 })).developmentCases.items.map((c) => c.name);
    expect(both).toEqual(expect.arrayContaining(["本支部申请人", "外支部申请人"]));
  });
});
