import { seedIfEmpty } from "../api/src/seed/seed";
import { CheckBranchCommitteeRoles, CheckCollegeMemberCounts, CheckPlacementStudents } from "./support/operations";
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
