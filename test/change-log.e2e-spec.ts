import { FactCache, pruneChangeLog } from "../api/src/rules/fact-cache";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * The change log behind the compliance cache: what a write records, and that it does not grow
 * forever without ever letting a cache miss a change.
 */
describe("change log", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());
  afterEach(() => jest.restoreAllMocks());

  const rowsOfLastTransaction = () =>
    app.dataSource.query(
      `SELECT source, unit_id FROM change_log WHERE xid = (SELECT max(xid) FROM change_log) ORDER BY source, unit_id NULLS FIRST`,
    ) as Promise<Array<{ source: string; unit_id: string | null }>>;

  it("records each table a transaction wrote once, and a meeting's host unit", async () => {
    const [branch] = await app.dataSource.query(`SELECT id, college_id FROM org_unit WHERE kind = 'BRANCH' ORDER BY sort_order LIMIT 1`);
    await app.dataSource.transaction(async (em) => {
      for (const day of [3, 4, 5]) {
        await em.query(
          `INSERT INTO activity (college_id, host_unit_id, type, starts_at, ends_at, topic, place)
           VALUES ($1, $2, 'THEORY_STUDY', $3, $4, '理论学习', '会议室')`,
          [branch.college_id, branch.id, `2026-03-0${day} 06:00+00`, `2026-03-0${day} 08:00+00`],
        );
      }
    });
    expect(await rowsOfLastTransaction()).toEqual([
      { source: "activity", unit_id: null },
      { source: "activity", unit_id: branch.id },
    ]);
  });

  it("forgets entries older than a week, keeps the rest", async () => {
    await app.dataSource.query(
      `INSERT INTO change_log (source, changed_at) VALUES ('test_old', now() - interval '8 days'), ('test_recent', now() - interval '6 days')`,
    );
    // Everything else in this database was logged moments ago: only the 8-day-old entry goes.
    expect(await pruneChangeLog(app.dataSource.manager)).toBe(1);
    const left = await app.dataSource.query(`SELECT source FROM change_log WHERE source LIKE 'test_%' ORDER BY source`);
    expect(left).toEqual([{ source: "test_recent" }]);
  });

  it("a cache that has not synced for a day starts afresh instead of trusting a pruned log", async () => {
    const em = app.dataSource.manager;
    const cache = new FactCache();
    let computed = 0;
    const value = () => cache.get("k", ["award"], null, async () => ++computed);
    await cache.sync(em);
    expect(await value()).toBe(1);
    await cache.sync(em);
    expect(await value()).toBe(1); // nothing written: kept
    const now = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(now + 25 * 3600_000);
    await cache.sync(em);
    expect(await value()).toBe(2);
  });
});
