import { generateDemoMembers } from "../api/src/seed/demo-members";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import { startTestApp, TestApp } from "./support/test-app";

/** All branches → their members → each member's branch and group, with counts and committees. */
const NESTED = `{
  orgUnits(filter: { kind: BRANCH }, first: 100) {
    totalCount
    items {
      name fullName
      memberCounts { total probationary }
      committee { role member { name branch { name } } }
      members(first: 100) { totalCount items { name branch { name parent { name } } group { name } } }
    }
  }
}`;

async function appWithMembers(members: number): Promise<TestApp> {
  const app = await startTestApp({ seed: "empty" });
  await app.dataSource.transaction(async (em) => {
    const units = await seedCollegeStructure(em);
    await generateDemoMembers(em, units, { members });
  });
  return app;
}

async function statementsFor(app: TestApp, query: string): Promise<{ statements: number; members: number }> {
  const before = app.queries.count;
  const data = await app.ok(query);
  const statements = app.queries.count - before;
  const members = data.orgUnits.items.reduce((sum: number, b: { members: { items: unknown[] } }) => sum + b.members.items.length, 0);
  return { statements, members };
}

describe("query count", () => {
  let small: TestApp;
  let large: TestApp;
  beforeAll(async () => {
    [small, large] = await Promise.all([appWithMembers(10), appWithMembers(1000)]);
  });
  afterAll(() => Promise.all([small.close(), large.close()]));

  it("runs the same number of SQL statements for 10 members as for 1,000", async () => {
    const few = await statementsFor(small, NESTED);
    const many = await statementsFor(large, NESTED);
    expect(few.members).toBeGreaterThanOrEqual(10);
    expect(many.members).toBeGreaterThanOrEqual(1000);
    expect(many.statements).toBe(few.statements);
    // One statement per loader batch: page + count, members, member counts, committees, pages, units per level.
    expect(many.statements).toBeLessThanOrEqual(12);
  });
});
