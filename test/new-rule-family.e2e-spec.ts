import { evaluate } from "../api/src/rules/evaluator";
import { FactCache } from "../api/src/rules/fact-cache";
import { PageLoad } from "../api/src/rules/finding-groups";
import { checkGuard } from "../api/src/rules/guard";
import { GUARDS } from "../api/src/rules/registry";
import { Rulebook, RULEBOOK } from "../api/src/rules/rulebook";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import { FULL_MEMBERSHIP, PROBATION_CASES, PROBATION_QUARTERLY_REPORT } from "./support/probation-family";
import { CheckFileDocumentId, CheckProbationReportCompliance, CheckRuleKinds, CheckSetRuleParameters } from "./support/operations";
import { startTestApp, TestApp } from "./support/test-app";

/*
 * A rule family added by adding files: test/support/probation-family.ts (its facts, its rule, its
 * guard), registered here as a new family registers in facts/index.ts and registry/index.ts. Its
 * periods run from each case's own date; its guard shares the rulebook's committee-set numbers.
 */
RULEBOOK.register({ families: [PROBATION_CASES], rules: [PROBATION_QUARTERLY_REPORT], guards: [FULL_MEMBERSHIP] });

const REPORT = CheckProbationReportCompliance;

describe("a rule family added by adding files", () => {
  let app: TestApp;
  let branch: Unit;
  let probationer: string;
  let reports: string[];

  const fileReport = async (filedOn: string) => {
    const data = await app.ok(CheckFileDocumentId, {
      i: { kind: "THOUGHT_REPORT", memberId: probationer, title: `${filedOn} 思想汇报`, filedOn },
    });
    return data.fileDocument.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    branch = (await unitsByFullName(app))["财经学院学生支部"];
    probationer = (
      await createMember(app, branch.id, {
        name: "李预备",
        standing: "PROBATIONARY",
        joinedOn: "2025-03-10",
        probationEndsOn: "2026-03-09",
      })
    ).id;
    await createMember(app, branch.id, { name: "王正式", standing: "FULL", joinedOn: "2020-03-10" });
    reports = [await fileReport("2025-04-01"), await fileReport("2025-10-01")];
  });
  afterAll(() => app.close());

  it("judges each case in quarters running from the day it opened, through the compliance API", async () => {
    const { compliance } = await app.ok(REPORT, { u: branch.id });
    expect(compliance.totals).toEqual({ met: 2, unmet: 1, pending: 0, exempt: 0 });
    expect(compliance.byUnit).toEqual([{ unitId: branch.id, met: 2, unmet: 1 }]);
    const finding = (status: string, start: string, end: string, actual: number, evidence: string[]) => ({
      ruleCode: "TEST_PROBATION_QUARTERLY_REPORT",
      status,
      periodKind: "SPAN",
      periodKey: `${start}~${end}`,
      periodStart: start,
      periodEnd: end,
      expected: "1次",
      actual: `${actual}次`,
      memberId: probationer,
      subjectLabel: "李预备",
      evidence: evidence.map((id) => ({ kind: "DOCUMENT", id })),
      message: expect.stringMatching(
        new RegExp(`^李预备 ${start} 至 ${end}｜预备党员自入党之日起每三个月向党支部书面汇报不少于 1 次；实际 ${actual}次，`),
      ),
      member: { name: "李预备" },
    });
    expect(compliance.findings).toEqual({
      totalCount: 3,
      items: [
        finding("MET", "2025-03-10", "2025-06-09", 1, [reports[0]]),
        finding("UNMET", "2025-06-10", "2025-09-09", 0, []),
        // The quarter from 12-10 has not begun on 11-20: not judged.
        finding("MET", "2025-09-10", "2025-12-09", 1, [reports[1]]),
      ],
    });
    expect(compliance.findings.items[1].message).toBe(
      "李预备 2025-06-10 至 2025-09-09｜预备党员自入党之日起每三个月向党支部书面汇报不少于 1 次；实际 0次，未达标（缺 1次）。依据：测试 1",
    );
  });

  it("recounts a case's facts after a write to a table its family reads", async () => {
    const late = await fileReport("2025-07-01");
    const { compliance } = await app.ok(REPORT, { u: branch.id });
    expect(compliance.totals).toEqual({ met: 3, unmet: 0, pending: 0, exempt: 0 });
    expect(compliance.findings.items[1]).toMatchObject({ status: "MET", actual: "1次", evidence: [{ kind: "DOCUMENT", id: late }] });
  });

  it("evaluates with a rulebook of only that family, through evaluate()", async () => {
    const rulebook = new Rulebook({ families: [PROBATION_CASES], rules: [PROBATION_QUARTERLY_REPORT] });
    const request = { collegeId: app.collegeId!, rootUnitId: branch.id, from: "2025-01-01", to: "2025-12-31", asOf: "2025-11-20" };
    const { groups, rules } = await evaluate(app.dataSource.manager, request, new FactCache(), rulebook);
    expect(rules.map((r) => r.code)).toEqual(["TEST_PROBATION_QUARTERLY_REPORT"]);
    expect(groups.map((g) => [g.period.key, g.unitId, g.counts])).toEqual(
      ["2025-03-10~2025-06-09", "2025-06-10~2025-09-09", "2025-09-10~2025-12-09"].map((key) => [
        key,
        branch.id,
        { MET: 1, UNMET: 0, PENDING: 0, EXEMPT: 0 },
      ]),
    );
    const [finding] = await groups[2].materialise(new PageLoad(app.dataSource.manager), null, 0, 10);
    expect(finding).toMatchObject({
      ruleCode: "TEST_PROBATION_QUARTERLY_REPORT",
      memberId: probationer,
      status: "MET",
      expected: 1,
      actual: 1,
      dueBy: null,
    });
  });

  it("refuses a guarded step with the rule's code and citation, by the numbers the committee set for its date", async () => {
    const em = app.dataSource.manager;
    const step = { collegeId: app.collegeId!, label: "李预备", probationEndsOn: "2026-03-09", reports: 3 };
    const early = await checkGuard({ em }, FULL_MEMBERSHIP, step, "2026-02-01");
    expect({ ...early }).toEqual({
      errorCode: "RULE_NOT_MET",
      ruleCode: "TEST_FULL_MEMBERSHIP",
      citation: "测试 2",
      field: "on",
      message:
        "李预备｜预备期满、书面汇报不少于 4 次方可转为正式党员；实际 36天，不能转为正式党员（预备期至 2026-03-09 届满）。依据：测试 2",
    });
    expect(await checkGuard({ em }, FULL_MEMBERSHIP, step, "2026-03-10")).toMatchObject({
      field: "memberId",
      message: expect.stringContaining("实际 3次，不能转为正式党员。"),
    });

    const SET = CheckSetRuleParameters;
    const set = await app.ok(SET, {
      i: { ruleCode: "TEST_FULL_MEMBERSHIP", effectiveFrom: "2026-03-01", params: { minReports: 3 }, note: "测试调整" },
    });
    expect(set.setRuleParameters).toEqual({
      code: "TEST_FULL_MEMBERSHIP",
      kind: "GUARD",
      periodKind: "STEP",
      requirement: "预备期满、书面汇报不少于 3 次方可转为正式党员",
      parameters: [
        { effectiveFrom: "2014-01-01", params: { minReports: 4 }, source: "SOURCE" },
        { effectiveFrom: "2026-03-01", params: { minReports: 3 }, source: "COMMITTEE" },
      ],
    });
    expect(await checkGuard({ em }, FULL_MEMBERSHIP, step, "2026-03-10")).toBeNull();
    // A step dated before the change is judged by the number in force then.
    expect(await checkGuard({ em }, FULL_MEMBERSHIP, { ...step, probationEndsOn: "2026-02-01" }, "2026-02-28")).toMatchObject({
      field: "memberId",
      message: expect.stringContaining("不少于 4 次"),
    });
    const listed = await app.ok(CheckRuleKinds);
    // Listed after the registry's own guards (GUARDS), like any guard of the rulebook.
    expect(listed.rules.filter((r: { kind: string }) => r.kind === "GUARD")).toEqual([
      ...GUARDS.map((g) => ({ code: g.code, kind: "GUARD" })),
      { code: "TEST_FULL_MEMBERSHIP", kind: "GUARD" },
    ]);
    await expect(checkGuard({ em }, { ...FULL_MEMBERSHIP }, step, "2026-03-10")).rejects.toThrow(/not in the rulebook/);
  });
});
