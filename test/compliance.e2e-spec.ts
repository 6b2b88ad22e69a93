import { UserRole } from "../api/src/auth/roles";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { ActivityType, ComplianceReportQuery, FindingStatus } from "./support/generated/graphql";
import {
  ComplianceDueSoonPage,
  ComplianceDueSoonWarnings,
  ComplianceFindingPage,
  ComplianceReport,
  ComplianceSettingSet,
  ComplianceSilentUnits,
  ComplianceStudyRecordCreate,
  CreateActivity,
  RuleBook,
  RuleParametersSet,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

type FindingRow = ComplianceReportQuery["compliance"]["findings"]["items"][number];

describe("compliance against the written rules", () => {
  let app: TestApp;
  let units: Record<string, Unit>;

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  async function report(unit: string, from: string, to: string, ruleCodes: string[] | null, asOf: string, status?: FindingStatus[]) {
    const data = await app.ok(ComplianceReport, { unitId: units[unit].id, from, to, ruleCodes, asOf, status });
    return data.compliance;
  }
  const findingsOf = async (unit: string, from: string, to: string, codes: string[], asOf: string) =>
    (await report(unit, from, to, codes, asOf)).findings.items;
  const at = (items: FindingRow[], code: string, periodKey: string, unitId?: string) =>
    items.find((f) => f.ruleCode === code && f.periodKey === periodKey && (!unitId || f.unitId === unitId));

  /** An activity in Beijing time, e.g. meeting("机关一支部", "2025-10-31T22:00", 120). */
  async function meeting(
    unit: string,
    startsAt: string,
    minutes: number,
    type: ActivityType = "ORGANISATIONAL_LIFE",
    topic = "组织生活会",
  ) {
    const start = new Date(`${startsAt}:00+08:00`);
    const data = await app.ok(CreateActivity, {
      input: {
        hostUnitId: units[unit].id,
        type,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
        topic,
        place: "党员活动室",
      },
    });
    return accepted(data.createActivity).id;
  }

  it("counts a meeting in the month it was held in Beijing time, at the edges of the month", async () => {
    const late = await meeting("机关一支部", "2025-10-31T22:00", 120);
    const early = await meeting("机关一支部", "2025-11-01T00:30", 120);
    const items = await findingsOf("机关一支部", "2025-10-01", "2025-12-31", ["ORG_LIFE_STAFF"], "2026-01-10");
    expect(at(items, "ORG_LIFE_STAFF", "2025-10")).toMatchObject({
      status: "MET",
      expected: "1次",
      actual: "1次",
      evidence: [{ kind: "ACTIVITY", id: late }],
    });
    expect(at(items, "ORG_LIFE_STAFF", "2025-11")).toMatchObject({ status: "MET", evidence: [{ id: early }] });
    const december = at(items, "ORG_LIFE_STAFF", "2025-12")!;
    expect(december).toMatchObject({ status: "UNMET", actual: "0次" });
    expect(december.message).toBe(
      "机关一支部 2025年12月｜在职教职工党支部组织生活：每月不少于 1 次；实际 0次，未达标（缺 1次）。依据：四(二)3(2)",
    );
  });

  it("judges a 1 h 59 min organisational-life meeting short and a 2 h one long enough", async () => {
    await meeting("机关二支部", "2025-10-09T14:00", 119);
    const ok = await meeting("机关二支部", "2025-10-16T14:00", 120);
    await meeting("机关二支部", "2025-11-13T14:00", 120);
    const items = await findingsOf("机关二支部", "2025-10-01", "2025-11-30", ["ORG_LIFE_MIN_DURATION"], "2026-01-10");
    const october = at(items, "ORG_LIFE_MIN_DURATION", "2025-10")!;
    expect(october.status).toBe("UNMET");
    expect(october.evidence.map((e) => e.label)).toEqual([expect.stringContaining("119 分钟")]);
    expect(october.evidence.map((e) => e.id)).not.toContain(ok);
    expect(at(items, "ORG_LIFE_MIN_DURATION", "2025-11")!.status).toBe("MET");
  });

  it("reads the meetings a page of findings shows in one go, however many units and months it spans", async () => {
    const branches = ["教学一支部", "教学二支部", "教学三支部", "教学四支部"];
    for (const branch of branches) {
      await meeting(branch, "2025-09-11T15:00", 120);
      await meeting(branch, "2025-10-16T15:00", 120);
    }
    const page = async (first: number) => {
      const before = app.queries.count;
      const data = await app.ok(ComplianceFindingPage, { unitId: units["教学党总支"].id, first });
      return {
        statements: app.queries.count - before,
        items: data.compliance.findings.items,
      };
    };
    await page(1); // facts counted and kept
    const one = await page(1);
    const many = await page(500);
    expect(many.items.map((f) => `${f.unitId} ${f.periodKey}`).sort()).toEqual(
      branches.flatMap((b) => [`${units[b].id} 2025-09`, `${units[b].id} 2025-10`]).sort(),
    );
    expect(many.items.map((f) => f.evidence.map((e) => e.kind))).toEqual(many.items.map(() => ["ACTIVITY"]));
    expect(many.statements).toBe(one.statements);
  });

  it("keeps a running month PENDING with what is still needed and by when", async () => {
    await meeting("管理工程学院学生支部", "2025-11-05T19:00", 120);
    const items = await findingsOf("管理工程学院学生支部", "2025-11-01", "2025-11-30", ["ORG_LIFE_STUDENT"], "2025-11-20");
    expect(at(items, "ORG_LIFE_STUDENT", "2025-11")).toMatchObject({
      status: "PENDING",
      expected: "2次",
      actual: "1次",
      dueBy: "2025-11-30",
      message: expect.stringContaining("还需 1次，截止 2025-11-30"),
    });
  });

  it("exempts the configured vacation months and says which setting did it", async () => {
    const items = await findingsOf("机关三支部", "2026-01-01", "2026-03-31", ["ORG_LIFE_STAFF"], "2026-04-10");
    const january = at(items, "ORG_LIFE_STAFF", "2026-01")!;
    expect(january.status).toBe("EXEMPT");
    expect(january.settings).toEqual([{ key: "VACATION_MONTHS", label: "STAFF 支部假期月份：1月、2月、7月、8月" }]);
    expect(at(items, "ORG_LIFE_STAFF", "2026-03")!.status).toBe("UNMET");
  });

  it("judges past periods by the old number after the committee raises it for later ones", async () => {
    await meeting("机关四支部", "2025-10-15T15:00", 120);
    await meeting("机关四支部", "2025-11-15T15:00", 120);
    const rule = await app.ok(RuleParametersSet, {
      input: { ruleCode: "ORG_LIFE_STAFF", effectiveFrom: "2025-11-01", params: { min: 2 }, note: "党委会决定加密" },
    });
    expect(rule.setRuleParameters.parameters).toEqual([
      { effectiveFrom: "2014-01-01", params: { min: 1 }, source: "SOURCE" },
      { effectiveFrom: "2025-11-01", params: { min: 2 }, source: "COMMITTEE" },
    ]);
    const items = await findingsOf("机关四支部", "2025-10-01", "2025-11-30", ["ORG_LIFE_STAFF"], "2026-01-10");
    expect(at(items, "ORG_LIFE_STAFF", "2025-10")).toMatchObject({ status: "MET", expected: "1次", parameterNote: null });
    expect(at(items, "ORG_LIFE_STAFF", "2025-11")).toMatchObject({
      status: "UNMET",
      expected: "2次",
      parameterNote: "自 2025-11-01 起按党委调整后的标准（党委会决定加密）",
    });
    const unknown = await app.gql(RuleParametersSet, {
      input: { ruleCode: "ORG_LIFE_STAFF", effectiveFrom: "2026-01-01", params: { maximum: 3 } },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { "params.maximum": [expect.stringContaining("没有参数 maximum")] },
    });
  });

  it("checks each student member's yearly hours at 16: 15.5 is short, 16 is enough", async () => {
    const branch = units["建筑与环境工程学院学生支部"].id;
    const short = await createMember(app, branch, { name: "差半学时" });
    const enough = await createMember(app, branch, { name: "刚好达标" });
    const study = (memberId: string, hours: string) =>
      app.ok(ComplianceStudyRecordCreate, {
        input: { memberId, kind: "ONLINE_COURSE", studiedOn: "2025-06-01", title: "网上党校", hours },
      });
    await study(short.id, "15.5");
    await study(enough.id, "16");
    const items = await findingsOf("建筑与环境工程学院学生支部", "2025-01-01", "2025-12-31", ["EDU_HOURS_STUDENT"], "2026-01-10");
    expect(items.find((f) => f.memberId === short.id)).toMatchObject({ status: "UNMET", expected: "16学时", actual: "15.5学时" });
    expect(items.find((f) => f.memberId === enough.id)).toMatchObject({ status: "MET", actual: "16学时" });
  });

  it("gives a general branch exactly its own findings plus its branches' findings", async () => {
    const range = ["2025-09-01", "2025-12-31"] as const;
    const key = (f: FindingRow) => `${f.ruleCode}|${f.unitId}|${f.memberId}|${f.periodKey}|${f.status}`;
    const whole = (await findingsOf("财经学院党总支", ...range, [], "2026-01-10")).map(key).sort();
    const children = ["财经学院教工一支部", "财经学院教工二支部", "财经学院学生支部"];
    const parts = [
      ...(await findingsOf("财经学院党总支", ...range, [], "2026-01-10")).filter((f) => f.unitId === units["财经学院党总支"].id),
      ...(await Promise.all(children.map((c) => findingsOf(c, ...range, [], "2026-01-10")))).flat(),
    ]
      .map(key)
      .sort();
    // Counted by hand: 财经 has one general branch (a secondary college), two FACULTY branches and a STUDENT
    // branch, no members, liaison links or meetings; Sep–Dec 2025 is 4 months, 1 half-year, 1 year, the
    // 2025-2026 autumn semester and academic year. Per branch (×3): committee 4, democratic life 1, lecture 1,
    // party day 1, forum 1, thought analysis 1, activist review 1, record book 1, appraisal 1, plan 1, floor 1,
    // rebate 1 = 15, so 45; organisational life 4 × 3 = 12; allowances and both room rules for all four units
    // 3 × 4 = 12; the general branch's own: committee 4, cadre meeting, lecture, party day, joint-meeting rules,
    // annual report, coverage 1 each = 10. 45 + 12 + 12 + 10 = 79 (no meeting, so no duration finding).
    expect(whole.length).toBe(79);
    expect(whole).toEqual(parts);
  });

  it("summarises per rule and lists only the statuses asked for", async () => {
    await meeting("机关六支部", "2025-09-18T15:00", 120);
    await meeting("机关六支部", "2025-10-23T15:00", 120);
    const r = await report("机关六支部", "2025-06-01", "2025-10-31", ["ORG_LIFE_STAFF"], "2026-01-10", ["UNMET"]);
    expect(r.byRule).toEqual([{ ruleCode: "ORG_LIFE_STAFF", met: 2, unmet: 1, pending: 0, exempt: 2 }]);
    expect(r.totals).toMatchObject({ met: 2, unmet: 1, exempt: 2, total: 5, complianceRate: 0.6667 });
    expect(r.findings.items.map((f) => f.periodKey)).toEqual(["2025-06"]);
  });

  it("lists the rulebook with citations, and refuses unknown codes and reversed ranges field by field", async () => {
    const rules = await app.ok(RuleBook);
    // 40 compliance rules of DOMAIN §3–§7; member development's (§8): 6 rules and 12 guards; the
    // assessment's review deadline and its appeal-window guard.
    expect(rules.rules).toHaveLength(60);
    expect(rules.rules.find((r) => r.code === "EDU_HOURS_FACULTY")).toEqual({
      code: "EDU_HOURS_FACULTY",
      citation: "四(二)1；附件 指标6",
      requirement: "在职教职工党员每年学习不少于 24 学时",
      periodKind: "YEAR",
    });
    const bad = await app.gql(ComplianceReport, {
      unitId: units["机关一支部"].id,
      from: "2025-12-01",
      to: "2025-01-01",
      ruleCodes: ["NO_SUCH_RULE"],
    });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages what is due soon, soonest first, at most 500 at a time", async () => {
    const DUE = ComplianceDueSoonPage;
    const { items: all, totalCount } = (await app.ok(DUE, { unitId: app.collegeId!, first: 500, offset: 0 })).dueSoon;
    expect(all.length).toBeGreaterThan(6);
    expect(all.length).toBe(Math.min(totalCount, 500));
    expect(all.every((f) => f.status === "PENDING")).toBe(true);
    const ends = all.map((f) => f.periodEnd);
    expect(ends).toEqual([...ends].sort());
    const [first, second] = await Promise.all([0, 3].map((offset) => app.ok(DUE, { unitId: app.collegeId!, first: 3, offset })));
    expect([first.dueSoon.totalCount, second.dueSoon.totalCount]).toEqual([totalCount, totalCount]);
    expect([...first.dueSoon.items, ...second.dueSoon.items]).toEqual(all.slice(0, 6));
    const tooMany = await app.gql(DUE, { unitId: app.collegeId!, first: 501, offset: 0 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("warns of what is due soon and of silent units, within the caller's scope only", async () => {
    const soon = await app.ok(ComplianceDueSoonWarnings, { unitId: units["机关五支部"].id });
    expect(soon.dueSoon.items.length).toBeGreaterThan(0);
    expect(soon.dueSoon.totalCount).toBe(soon.dueSoon.items.length);
    for (const f of soon.dueSoon.items) expect(f.status).toBe("PENDING");
    const silent = await app.ok(ComplianceSilentUnits, {
      unitId: units["机关党总支"].id,
    });
    expect(silent.silentUnits.map((s) => s.unitName)).toContain("机关五支部");
    const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["机关一支部"].id });
    const other = await secretary.gql(ComplianceReport, { unitId: units["机关二支部"].id, from: "2025-10-01", to: "2025-10-31" });
    expect(other.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("sets a compliance setting and answers with it; a caller whose scope is not the whole college is refused, nothing written", async () => {
    const SET = ComplianceSettingSet;
    const first = await app.ok(SET, { input: { key: "SILENT_UNIT_DAYS", value: { value: 45 }, note: "党委会议决定" } });
    expect(first.setComplianceSetting).toEqual({
      __typename: "ComplianceSetting",
      key: "SILENT_UNIT_DAYS",
      value: { value: 45 },
      note: "党委会议决定",
      setByLabel: expect.any(String),
      version: 1,
    });
    const second = await app.ok(SET, { input: { key: "SILENT_UNIT_DAYS", value: { value: 30 } } });
    expect(second.setComplianceSetting).toMatchObject({ value: { value: 30 }, note: null, version: 2 });
    const admin = await app.clientFor({ role: UserRole.ADMIN, scopeUnitId: units["机关党总支"].id });
    const refused = await admin.gql(SET, { input: { key: "SILENT_UNIT_DAYS", value: { value: 7 } } });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["FORBIDDEN", "只有全校范围的管理员可以调整规则和设置"]]);
    const [{ value }] = await app.dataSource.query(`SELECT value FROM compliance_setting WHERE key = 'SILENT_UNIT_DAYS'`);
    expect(value).toBe(30);
    const bad = await app.gql(SET, { input: { key: "SILENT_UNIT_DAYS", value: { value: 0 } } });
    expect(bad.errors?.[0].extensions?.fields).toEqual({ "value.value": ["应为 1–365 的整数天数"] });
  });
});
