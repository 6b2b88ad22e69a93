import { UserRole } from "../api/src/auth/roles";
import { RULES } from "../api/src/rules/registry";
import { DEMO_RANGE, useDemoCollege } from "./support/demo-college";
import type { ComplianceSummariesQuery } from "./support/generated/graphql";
import { ComplianceMatrixCounts, ComplianceSummaries, RuleFamilies } from "./support/operations";

type Counts = { met: number; unmet: number; pending: number; exempt: number; total: number; complianceRate: number | null };
const countsOf = ({ met, unmet, pending, exempt, total, complianceRate }: Counts): Counts => ({
  met,
  unmet,
  pending,
  exempt,
  total,
  complianceRate,
});

/** Counts added up, the rate as the API computes it (met / (met + unmet), 4 places). */
function sum(list: Counts[]): Counts {
  const c = { met: 0, unmet: 0, pending: 0, exempt: 0, total: 0, complianceRate: null as number | null };
  for (const x of list) {
    c.met += x.met;
    c.unmet += x.unmet;
    c.pending += x.pending;
    c.exempt += x.exempt;
    c.total += x.total;
  }
  c.complianceRate = c.met + c.unmet ? Math.round((c.met / (c.met + c.unmet)) * 10000) / 10000 : null;
  return c;
}

const byUnit = (report: ComplianceSummariesQuery["compliance"]) =>
  Object.fromEntries(report.byUnit.map((u) => [u.unitId, countsOf(u)]).filter(([, c]) => (c as Counts).total > 0));

const MONTHLY = RULES.filter((r) => r.period.kind === "calendar" && r.period.every === "MONTH").map((r) => r.code);

describe("complianceMatrix: units × periods from the same evaluation as compliance", () => {
  const demo = useDemoCollege();
  const { from, to, asOf } = DEMO_RANGE;

  it("adds up to compliance's own summaries: totals, each unit's row, each family's rules", async () => {
    const { app, collegeId } = demo;
    const report = (await app.ok(ComplianceSummaries, { unitId: collegeId, from, to, asOf })).compliance;
    const matrix = (await app.ok(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "YEAR" })).complianceMatrix;
    expect(matrix.totals).toEqual(report.totals);
    expect(matrix.periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ["2025", "2025-01-01", "2025-12-31"],
      ["2026", "2026-01-01", "2026-12-31"],
    ]);
    expect(sum(matrix.periods)).toEqual(countsOf(matrix.totals));
    expect(Object.fromEntries(matrix.rows.map((r) => [r.unitId, countsOf(r)]))).toEqual(byUnit(report));
    for (const row of matrix.rows) expect(sum(row.cells)).toEqual(countsOf(row));
    const families = new Map<string, Counts[]>();
    for (const rule of report.byRule) families.set(rule.family, [...(families.get(rule.family) ?? []), rule]);
    expect(Object.fromEntries(matrix.byFamily.map((f) => [f.family, countsOf(f)]))).toEqual(
      Object.fromEntries([...families].map(([family, rules]) => [family, sum(rules)])),
    );
    expect(matrix.byFamily.map((f) => f.family)).toEqual(
      expect.arrayContaining(["ACTIVITIES", "EDUCATION_HOURS", "LIAISON_VISITS", "FUNDS", "ROOMS", "MEMBER_DUTIES"]),
    );
    // Rows carry what a heatmap groups by: the unit's kind and its parent.
    const tree: Array<{ id: string; parent_id: string | null; kind: string }> = await demo.em.query(
      `SELECT id, parent_id, kind::text FROM org_unit WHERE id = ANY($1::uuid[])`,
      [matrix.rows.map((r) => r.unitId)],
    );
    expect(Object.fromEntries(matrix.rows.map((r) => [r.unitId, [r.parentId, r.unitKind]]))).toEqual(
      Object.fromEntries(tree.map((u) => [u.id, [u.parent_id, u.kind]])),
    );
    expect(new Set(matrix.rows.map((r) => r.unitKind))).toEqual(new Set(["PARTY_COMMITTEE", "GENERAL_BRANCH", "BRANCH"]));
  });

  it("puts each monthly finding in its month: every cell equals that month's own compliance report", async () => {
    const { app, collegeId } = demo;
    const matrix = (await app.ok(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "MONTH", ruleCodes: MONTHLY }))
      .complianceMatrix;
    expect(matrix.periods.map((p) => p.key)).toEqual([
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
    ]);
    let cells = 0;
    for (const period of matrix.periods) {
      const month = (await app.ok(ComplianceSummaries, { unitId: collegeId, from: period.start, to: period.end, asOf, ruleCodes: MONTHLY }))
        .compliance;
      expect(countsOf(period)).toEqual(countsOf(month.totals));
      const fromMatrix = Object.fromEntries(
        matrix.rows.flatMap((r) => r.cells.filter((c) => c.periodKey === period.key).map((c) => [r.unitId, countsOf(c)])),
      );
      expect(fromMatrix).toEqual(byUnit(month));
      cells += Object.keys(fromMatrix).length;
    }
    expect(cells).toBeGreaterThan(100);
    // The vacation months are exempt for the organisational-life rules: there, exempt findings.
    expect(matrix.periods.find((p) => p.key === "2026-08")!.exempt).toBeGreaterThan(0);
  });

  it("costs the statements of compliance's summaries, however many cells (the fact cache warm)", async () => {
    const { app, collegeId } = demo;
    const statements = async (run: () => Promise<unknown>) => {
      await run();
      const start = app.queries.count;
      await run();
      return app.queries.count - start;
    };
    const report = await statements(() => app.ok(ComplianceSummaries, { unitId: collegeId, from, to, asOf }));
    const months = await statements(() => app.ok(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "MONTH" }));
    const semesters = await statements(() => app.ok(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "SEMESTER" }));
    expect(months).toBe(report);
    expect(semesters).toBe(report);
  });

  it("columns semesters from the calendar; a finding between two semesters counts in the one before", async () => {
    const { app, collegeId } = demo;
    const matrix = (await app.ok(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "SEMESTER" })).complianceMatrix;
    const semesters: Array<{ key: string }> = await demo.em.query(
      `SELECT academic_year || '-' || term AS key FROM semester WHERE college_id = $1 AND starts_on <= $3 AND ends_on >= $2 ORDER BY starts_on`,
      [collegeId, from, to],
    );
    expect(matrix.periods.map((p) => p.key)).toEqual(semesters.map((s) => s.key));
    expect(semesters.length).toBeGreaterThanOrEqual(2);
    expect(sum(matrix.periods)).toEqual(countsOf(matrix.totals));
  });

  it("keeps to the caller's scope: a general branch secretary sees its subtree's rows, not the college", async () => {
    const { app, collegeId } = demo;
    const [generalBranch] = await demo.em.query(
      `SELECT id FROM org_unit WHERE kind = 'GENERAL_BRANCH' AND archived_at IS NULL ORDER BY sort_order, name LIMIT 1`,
    );
    const secretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: generalBranch.id });
    const college = await secretary.gql(ComplianceMatrixCounts, { unitId: collegeId, from, to, asOf, periodKind: "MONTH" });
    expect(college.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const own = (await secretary.ok(ComplianceMatrixCounts, { unitId: generalBranch.id, from, to, asOf, periodKind: "MONTH" }))
      .complianceMatrix;
    const subtree: Array<{ id: string }> = await demo.em.query(`SELECT id FROM org_unit WHERE path @> ARRAY[$1::uuid]`, [generalBranch.id]);
    const inside = new Set(subtree.map((u) => u.id));
    expect(own.rows.length).toBeGreaterThan(1);
    expect(own.rows.filter((r) => !inside.has(r.unitId))).toEqual([]);
    // Parents only within the matrix: the general branch's own parent (the committee) is not named.
    expect(own.rows.filter((r) => r.parentId !== null && !inside.has(r.parentId))).toEqual([]);
    expect(own.rows.find((r) => r.unitId === generalBranch.id)?.parentId).toBeNull();
    const asAdmin = (await app.ok(ComplianceMatrixCounts, { unitId: generalBranch.id, from, to, asOf, periodKind: "MONTH" }))
      .complianceMatrix;
    expect(own).toEqual(asAdmin);
  });

  it("refuses a reversed range and an unknown rule on the field", async () => {
    const { app, collegeId } = demo;
    const reversed = await app.gql(ComplianceMatrixCounts, { unitId: collegeId, from: to, to: from, periodKind: "MONTH" });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { to: ["结束日期不能早于开始日期"] } });
    const unknown = await app.gql(ComplianceMatrixCounts, { unitId: collegeId, from, to, periodKind: "MONTH", ruleCodes: ["NO_SUCH"] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { ruleCodes: ["没有这些规则：NO_SUCH"] } });
  });

  it("names each rule's family in the rulebook (guards have none)", async () => {
    const rules = (await demo.app.ok(RuleFamilies)).rules;
    expect(rules.filter((r) => r.kind === "COMPLIANCE").map((r) => [r.code, r.family])).toEqual(RULES.map((r) => [r.code, r.family]));
    expect(rules.filter((r) => r.kind === "GUARD").every((r) => r.family === null)).toBe(true);
  });
});
