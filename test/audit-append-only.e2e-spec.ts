import { AuditAppendOnlyAlways1765300000000 } from "../migrations/1765300000000-audit-append-only-always";
import { AuditCreateMassPerson } from "./support/operations";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * History cannot be rewritten: UPDATE, DELETE and TRUNCATE of audit_entry are refused to the API's
 * role (no privilege), to the owner (the append-only trigger), and to an owner session in replication
 * mode, which skips ordinary triggers (migration audit-append-only-always).
 */
type Who = "party_app" | "owner" | "owner in replica mode";
const STATEMENTS = {
  UPDATE: `UPDATE audit_entry SET operation = 'rewritten'`,
  DELETE: `DELETE FROM audit_entry`,
  TRUNCATE: `TRUNCATE audit_entry`,
} as const;

describe("the audit log is append-only", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // One entry written by the API itself, beside the sign-in entries of the test's administrator.
    await app.ok(AuditCreateMassPerson, { u: app.collegeId!, name: "群众甲" });
  });
  afterAll(() => app.close());

  const entries = async (): Promise<string> => {
    const [row] = await app.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(a::text, '|' ORDER BY a.id), '')) AS h FROM audit_entry a`,
    );
    return `${row.n} rows, ${row.h}`;
  };

  /** Runs one statement as `who` in a transaction that is always rolled back; “done” or the error. */
  async function attempt(who: Who, sql: string): Promise<string> {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      if (who === "party_app") await runner.query(`SET LOCAL ROLE party_app`);
      if (who === "owner in replica mode") await runner.query(`SET LOCAL session_replication_role = replica`);
      return await runner.query(sql).then(
        () => "done",
        (error: Error) => error.message,
      );
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  async function outcomes(who: Who): Promise<Record<keyof typeof STATEMENTS, string>> {
    const out = {} as Record<keyof typeof STATEMENTS, string>;
    for (const [kind, sql] of Object.entries(STATEMENTS) as Array<[keyof typeof STATEMENTS, string]>) out[kind] = await attempt(who, sql);
    return out;
  }

  it("refuses UPDATE, DELETE and TRUNCATE to the API's role: it holds none of those privileges", async () => {
    const before = await entries();
    expect(await outcomes("party_app")).toEqual({
      UPDATE: "permission denied for table audit_entry",
      DELETE: "permission denied for table audit_entry",
      TRUNCATE: "permission denied for table audit_entry",
    });
    expect(await entries()).toBe(before);
  });

  it("refuses UPDATE, DELETE and TRUNCATE to the owner, with and without replication mode", async () => {
    const before = await entries();
    const refused = { UPDATE: "audit_entry is append-only", DELETE: "audit_entry is append-only", TRUNCATE: "audit_entry is append-only" };
    expect(await outcomes("owner")).toEqual(refused);
    expect(await outcomes("owner in replica mode")).toEqual(refused);
    expect(await entries()).toBe(before);
  });

  it("keeps accepting new entries (the log is appended to, only never changed)", async () => {
    const [{ n: before }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    await app.ok(AuditCreateMassPerson, { u: app.collegeId!, name: "群众乙" });
    const [{ n: after }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(after).toBe(before + 1);
  });

  it("reverts and reapplies: without the migration, replication mode skips the trigger; with it, it does not", async () => {
    const migration = new AuditAppendOnlyAlways1765300000000();
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await migration.down(runner);
      // What the migration closes: each statement would go through (rolled back here).
      expect(await outcomes("owner in replica mode")).toEqual({ UPDATE: "done", DELETE: "done", TRUNCATE: "done" });
      await migration.up(runner);
      expect(await outcomes("owner in replica mode")).toEqual({
        UPDATE: "audit_entry is append-only",
        DELETE: "audit_entry is append-only",
        TRUNCATE: "audit_entry is append-only",
      });
    } finally {
      await runner.release();
    }
  });
});
