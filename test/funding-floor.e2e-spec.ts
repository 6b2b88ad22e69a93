import { createMember, unitsByFullName } from "./support/fixtures";
import type { MemberCategory } from "./support/generated/graphql";
import {
  CheckCreateFundAllocationId,
  CheckFundFloor2025,
  CheckFundFloor2026,
  CheckFundingFloorCompliance2025,
  CheckSetRuleParametersCode,
} from "./support/operations";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * FUNDING_FLOOR is written once (registry/resource.rules.ts): the funding summary and the
 * compliance report must give a branch the same floor — also after the committee changes the
 * rule's numbers, from the year the change is in force.
 */
describe("the funding floor, one definition", () => {
  let app: TestApp;
  let branchId: string;

  beforeAll(async () => {
    app = await startTestApp();
    branchId = (await unitsByFullName(app))["管理工程学院教工支部"].id;
    const members: Array<[MemberCategory, number]> = [
      ["FACULTY", 3],
      ["STUDENT", 4],
      ["RETIRED", 2],
    ];
    for (const [category, n] of members)
      for (let i = 0; i < n; i++) await createMember(app, branchId, { name: `${category}${i}`, category });
    await app.ok(CheckCreateFundAllocationId, {
      i: { branchId, year: 2025, amount: "600.00", source: "SCHOOL_PARTY_BUDGET", allocatedOn: "2025-01-10" },
    });
  });
  afterAll(() => app.close());

  /** The floor of 2025 as the funding summary and as the compliance report give it. */
  async function floors(): Promise<{ summary: string; compliance: { status: string; expected: string; actual: string; message: string } }> {
    const { fundSummary } = await app.ok(CheckFundFloor2025, { u: branchId });
    const { compliance } = await app.ok(CheckFundingFloorCompliance2025, { u: branchId });
    return { summary: fundSummary[0].floor, compliance: compliance.findings.items[0] };
  }

  const SET = CheckSetRuleParametersCode;

  it("prices 3 faculty + 4 students + 2 retirees at 700 yuan in both: 600 allocated is 100 short", async () => {
    expect(await floors()).toEqual({
      summary: "700.00",
      compliance: {
        status: "UNMET",
        expected: "700元",
        actual: "600元",
        message: expect.stringContaining("实际 600元，未达标（差 100元）"),
      },
    });
  });

  it("follows the committee's numbers in both, from the year they are in force", async () => {
    await app.ok(SET, { i: { ruleCode: "FUNDING_FLOOR", effectiveFrom: "2025-01-01", params: { perStudentYuan: 75 } } });
    // 3 × 100 + 4 × 75 + 2 × 100 = 800.
    expect(await floors()).toMatchObject({ summary: "800.00", compliance: { status: "UNMET", expected: "800元" } });
    await app.ok(SET, { i: { ruleCode: "FUNDING_FLOOR", effectiveFrom: "2026-01-01", params: { perStudentYuan: 25 } } });
    expect(await floors()).toMatchObject({ summary: "800.00", compliance: { expected: "800元" } });
    const { fundSummary } = await app.ok(CheckFundFloor2026, { u: branchId });
    expect(fundSummary).toEqual([{ floor: "600.00" }]);
  });
});
