import { seedIfEmpty } from "../api/src/seed/seed";
import {
  AssessmentDistribution,
  AssessmentRounds,
  CheckBranchCommitteeRoles,
  CheckCollegeMemberCounts,
  CheckPlacementStudents,
  DevCases,
  DevCompliance,
  FailedAssessmentSheets,
} from "./support/operations";
import { startTestApp, TestApp } from "./support/test-app";

describe("demo seed", () => {
  let app: TestApp;
  let firstSeed: string | null;
  beforeAll(async () => {
    app = await startTestApp({ seed: "empty", prepare: async (ds) => (firstSeed = await seedIfEmpty(ds, "demo", 1500)) });
  });
  afterAll(() => app.close());

  it("fills an empty database once with the structure and about 1,500 plausible members", async () => {
    expect(firstSeed).toMatch(/52 units\) and \d+ demo members/);
    expect(await seedIfEmpty(app.dataSource, "demo", 1500)).toBeNull();

    const root = await app.ok(CheckCollegeMemberCounts);
    const counts = root.orgUnits.items[0].memberCounts!;
    expect(root.orgUnits.items[0].name).toBe("重庆工业职业技术学院党委");
    expect(counts.total).toBeGreaterThan(1400);
    expect(counts.total).toBeLessThan(1600);
    expect(counts.student).toBeGreaterThan(counts.retired);
    expect(counts.faculty).toBeGreaterThan(counts.retired);
    expect(counts.probationary).toBeGreaterThan(0);
    expect(counts.mobile).toBeGreaterThan(0);

    const students = await app.ok(CheckPlacementStudents);
    expect(students.members.totalCount).toBeGreaterThan(0);
    for (const m of students.members.items) expect(m.group).toEqual({ groupPurpose: "PLACEMENT", parent: { branchKind: "STUDENT" } });
    const branches = await app.ok(CheckBranchCommitteeRoles);
    expect(
      branches.orgUnits.items.every((b: { committee: Array<{ role: string }> }) => b.committee.some((c) => c.role === "SECRETARY")),
    ).toBe(true);
  });

  it("holds people at every stage of member development, and a few cases that break a rule", async () => {
    const stages: Array<{ stage: string; n: number }> = await app.dataSource.query(
      `SELECT stage::text, count(*)::int AS n FROM development_case GROUP BY 1 ORDER BY 1`,
    );
    expect(stages.map((s) => s.stage)).toEqual(
      [
        "APPLICANT",
        "ACTIVIST",
        "CANDIDATE",
        "UNDER_INSPECTION",
        "DEVELOPMENT_TARGET",
        "PROBATIONARY",
        "PROBATION_EXTENDED",
        "FULL",
        "WITHDRAWN",
        "NOT_ADMITTED",
        "PROBATION_CANCELLED",
      ].sort(),
    );
    // Every admitted person is a member entered in the register as developed.
    const [{ unlinked }] = await app.dataSource.query(
      `SELECT count(*)::int AS unlinked FROM development_case c
        WHERE c.probation_starts_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM register_entry r WHERE r.member_id = c.member_id AND r.reason = 'DEVELOPED')`,
    );
    expect(unlinked).toBe(0);

    const [{ id: rootId }] = await app.dataSource.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE'`);
    // Judged as of the day after the demo's records: an overdue report, a conversion application due
    // by 2026-12-10, a probation ended without a decision, activists without their review.
    const { compliance } = await app.ok(DevCompliance, {
      unitId: rootId,
      from: "2025-09-01",
      to: "2026-11-25",
      asOf: "2026-11-26",
      ruleCodes: [
        "PROBATION_REPORT_BIMONTHLY",
        "PROBATION_REPORT_QUARTERLY",
        "CONVERSION_APPLY_EARLY",
        "PROBATION_DECISION_DUE",
        "ACTIVIST_REVIEW_PERSONAL",
      ],
    });
    const seen = new Set(compliance.findings.items.map((f) => `${f.ruleCode} ${f.status}`));
    for (const expected of [
      "PROBATION_REPORT_BIMONTHLY MET",
      "PROBATION_REPORT_BIMONTHLY UNMET",
      "PROBATION_REPORT_QUARTERLY UNMET",
      "CONVERSION_APPLY_EARLY PENDING",
      "CONVERSION_APPLY_EARLY MET",
      "PROBATION_DECISION_DUE UNMET",
      "PROBATION_DECISION_DUE MET",
      "ACTIVIST_REVIEW_PERSONAL MET",
      "ACTIVIST_REVIEW_PERSONAL UNMET",
    ])
      expect(seen).toContain(expected);
    const dueSoon = compliance.findings.items.find((f) => f.ruleCode === "CONVERSION_APPLY_EARLY" && f.status === "PENDING")!;
    expect(dueSoon.message).toMatch(/须于 2026-12-10 前提出（预备期 2027-01-10 满）/);

    // The API reads the generated histories as its own: every case's next steps, in one page.
    const page = (await app.ok(DevCases, { first: 100 })).developmentCases;
    expect(page.totalCount).toBeGreaterThan(60);
    expect(page.items.filter((c) => c.closedOn === null).every((c) => c.nextSteps.length > 0)).toBe(true);
  });

  it("holds a finished REGULAR assessment of 2025 (graded, one branch vetoed and rectifying) and a 2026 round in progress", async () => {
    const rounds = (await app.ok(AssessmentRounds, {})).assessmentRounds;
    expect(rounds.map((r) => [r.year, r.kind, r.deadline])).toEqual([
      [2026, "SPECIAL", "2026-12-15"],
      [2025, "REGULAR", "2025-12-15"],
    ]);
    const [current, finished] = rounds;
    const [whole] = (await app.ok(AssessmentDistribution, { roundId: finished.id })).assessmentGradeDistribution;
    expect(whole.total).toBe(finished.sheets.length);
    expect(whole.ungraded).toBe(0);
    expect(whole.fail).toBeGreaterThanOrEqual(1);
    expect(whole.excellent + whole.good).toBeGreaterThan(0);
    const failed = (await app.ok(FailedAssessmentSheets, { roundId: finished.id })).failedAssessmentSheets;
    expect(failed.find((f) => f.vetoed)).toMatchObject({
      vetoNote: expect.stringContaining("附件 六(二)"),
      rectifications: [expect.anything()],
    });
    const statuses = await app.dataSource.query(
      `SELECT r.year, s.status::text, count(*)::int AS n FROM assessment_sheet s JOIN assessment_round r ON r.id = s.round_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(statuses).toEqual([
      { year: 2025, status: "FINAL", n: finished.sheets.length },
      { year: 2026, status: "DRAFT", n: current.sheets.length },
    ]);
    // Proposals came from the records, and the demo administrators are the panel.
    const [{ proposed }] = await app.dataSource.query(
      `SELECT count(*)::int AS proposed FROM assessment_score WHERE proposed_value IS NOT NULL`,
    );
    expect(proposed).toBeGreaterThan(finished.sheets.length * 10);
    // Indicators 11 and 13 from the demo's development cases: proposed only where a branch has cases, 12 left to the panel.
    const development: Array<{ key: string; proposed: number; outside: number }> = await app.dataSource.query(
      `SELECT sc.key, count(*) FILTER (WHERE sc.proposed_value IS NOT NULL)::int AS proposed,
              count(*) FILTER (WHERE sc.proposed_value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM development_case c WHERE c.branch_id = sc.unit_id))::int AS outside
         FROM assessment_score sc JOIN assessment_sheet s ON s.id = sc.sheet_id
        WHERE s.round_id = $1 AND (sc.indicator IN (12, 13) OR sc.key = '11.2')
        GROUP BY 1 ORDER BY 1`,
      [finished.id],
    );
    expect(development.map((d) => [d.key, d.proposed > 0, d.outside])).toEqual([
      ["11.2", true, 0],
      ["12.1", false, 0],
      ["12.2", false, 0],
      ["12.3", false, 0],
      ["12.4", false, 0],
      ["12.5", false, 0],
      ["13.1", true, 0],
      ["13.2", true, 0],
    ]);
    const [{ panel }] = await app.dataSource.query(`SELECT min(cardinality(panel_user_ids))::int AS panel FROM assessment_round`);
    expect(panel).toBeGreaterThan(0);
  });

  it("generates the same college from the same seed", async () => {
    const names = await app.dataSource.query(`SELECT name, id_number FROM member ORDER BY id LIMIT 3`);
    const again = await startTestApp({ seed: "empty", prepare: (ds) => seedIfEmpty(ds, "demo", 1500) });
    try {
      // Structure ids are random per install; member ids and data come from the seeded generator.
      expect(await again.dataSource.query(`SELECT name, id_number FROM member ORDER BY id LIMIT 3`)).toEqual(names);
    } finally {
      await again.close();
    }
  });
});
