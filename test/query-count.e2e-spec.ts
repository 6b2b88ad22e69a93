import { generateDemoMembers } from "../api/src/seed/demo-members";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import { REQUEST_STATEMENTS } from "./support/statements";
import { startTestApp, TestApp } from "./support/test-app";

/** The query: all branches → their members → each member's branch. */
const CHAIN = `{
  orgUnits(filter: { kind: BRANCH }, first: 100) {
    items { name members(first: 100) { totalCount items { name branch { name } } } }
  }
}`;

/** Wider: counts, committees, groups and parents too (sibling loaders may or may not share a batch). */
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
  return startTestApp({
    seed: "empty",
    prepare: (dataSource) =>
      dataSource.transaction(async (em) => {
        const units = await seedCollegeStructure(em);
        await generateDemoMembers(em, units, { members });
      }),
  });
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
    const few = await statementsFor(small, CHAIN);
    const many = await statementsFor(large, CHAIN);
    expect(few.members).toBeGreaterThanOrEqual(10);
    expect(many.members).toBeGreaterThanOrEqual(1000);
    // the caller's session, branches (39 < page size, so TypeORM needs no separate count),
    // member page ids, member rows, their branches; and the request's own transaction.
    expect(few.statements).toBe(5 + REQUEST_STATEMENTS);
    expect(many.statements).toBe(5 + REQUEST_STATEMENTS);
  });

  it("keeps a wide nested query to one statement per relation, whatever the data size", async () => {
    const few = await statementsFor(small, NESTED);
    const many = await statementsFor(large, NESTED);
    expect(many.members).toBeGreaterThanOrEqual(1000);
    // 1 session, 2 for the page, 2 for member pages, 1 member counts, 1 committees, 1 committee
    // members, and org units in at most 3 batches (parents, branches, groups): never per row.
    expect(few.statements).toBeLessThanOrEqual(11 + REQUEST_STATEMENTS);
    expect(many.statements).toBeLessThanOrEqual(11 + REQUEST_STATEMENTS);
  });
});
