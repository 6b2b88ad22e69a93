import { Client as PgClient } from "pg";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  BurstCreateActivity,
  BurstEditMember,
  BurstRead,
  BurstRecordDues,
  BurstRecoveredUpdate,
  BurstUpdateMember,
  BurstWaitingUpdate,
  Login,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { GraphQLResponse, operationText, startTestApp, TEST_PASSWORD, TestApp } from "./support/test-app";
import { createMember, unitsByFullName } from "./support/fixtures";

/**
 * Bursts against a small pool, as an integration would send them. Each request holds one
 * connection for its life and never asks for a second, so hundreds of simultaneous requests queue
 * for four connections instead of deadlocking them; overload is a clean, retryable answer.
 * (Before: 40 recordDues at once hung the whole API.)
 */
describe("concurrency: bursts against a pool of 4", () => {
  let app: TestApp;
  let branchId: string;
  let members: Array<{ id: string; version: number }>;
  let authorization: string;

  /** A request that must be answered: a hang shows up as an abort, not as a stuck test. */
  const post = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: operationText(document as TypedDocumentNode<unknown, unknown>), variables }),
      signal: AbortSignal.timeout(60_000),
    });
    return (await response.json()) as GraphQLResponse<TResult>;
  };

  beforeAll(async () => {
    app = await startTestApp({ poolSize: 4 });
    authorization = await adminAuthorization(app);
    const units = await unitsByFullName(app);
    branchId = units["财经学院学生支部"].id;
    members = [];
    for (let i = 0; i < 20; i++) members.push(await createMember(app, branchId, { name: `并发党员${i}`, idNumber: null, phone: null }));
  });
  afterAll(() => app.close());

  it("answers 200 simultaneous mutations of several kinds plus reads, stores every success with its audit entry, and keeps answering", async () => {
    const [{ last }] = await app.dataSource.query(`SELECT max(id)::bigint AS last FROM audit_entry`);
    const dues = (i: number) =>
      post(BurstRecordDues, {
        input: {
          memberId: members[i % 20].id,
          month: `2025-${String((Math.floor(i / 20) % 12) + 1).padStart(2, "0")}`,
          amountDue: "2.00",
          amountPaid: "2.00",
          paidOn: "2025-12-01",
        },
      });
    const activity = (i: number) =>
      post(BurstCreateActivity, {
        input: {
          hostUnitId: branchId,
          type: "ORGANISATIONAL_LIFE",
          topic: `并发活动${i}`,
          place: "会议室",
          startsAt: "2025-11-10T06:30:00Z",
          endsAt: "2025-11-10T08:30:00Z",
          educationHours: "2",
          attendance: [0, 1, 2].map((k) => ({ memberId: members[(i + k) % 20].id, status: "PRESENT" as const })),
        },
      });
    const update = (i: number) =>
      post(BurstUpdateMember, {
        input: { id: members[i].id, version: members[i].version, department: `部门${i}` },
      });
    const read = () => post(BurstRead, {});

    // 60 dues (distinct member-months), 60 activities with attendance, 20 member updates (one per member), 60 reads
    const requests: Array<{ kind: string; sent: Promise<GraphQLResponse<Record<string, any>>> }> = [];
    for (let i = 0; i < 60; i++)
      requests.push({ kind: "dues", sent: dues(i) }, { kind: "activity", sent: activity(i) }, { kind: "read", sent: read() });
    for (let i = 0; i < 20; i++) requests.push({ kind: "update", sent: update(i) });
    expect(requests).toHaveLength(200);
    const answers = await Promise.all(requests.map(async (r) => ({ kind: r.kind, answer: await r.sent })));

    const failures = answers.filter((a) => a.answer.errors?.length).map((a) => `${a.kind}: ${JSON.stringify(a.answer.errors)}`);
    expect(failures).toEqual([]);
    const ids = (kind: string, field: string) => answers.filter((a) => a.kind === kind).map((a) => a.answer.data![field].id as string);
    const duesIds = ids("dues", "recordDues");
    const activityIds = ids("activity", "createActivity");
    const updatedIds = ids("update", "updateMember");
    expect(new Set(duesIds).size).toBe(60);
    expect(new Set(activityIds).size).toBe(60);
    expect(new Set(updatedIds).size).toBe(20);

    // every success is stored, with exactly one audit entry each
    expect(await countWhere(app, "dues_record", duesIds)).toBe(60);
    expect(await countWhere(app, "activity", activityIds)).toBe(60);
    const attended = await app.dataSource.query(`SELECT count(*)::int AS n FROM activity_attendance WHERE activity_id = ANY($1::uuid[])`, [
      activityIds,
    ]);
    expect(attended[0].n).toBe(180);
    const audited = await app.dataSource.query(
      `SELECT operation, count(*)::int AS n FROM audit_entry WHERE id > $2 AND entity_id = ANY($1::uuid[]) GROUP BY operation ORDER BY operation`,
      [[...duesIds, ...activityIds, ...updatedIds], last],
    );
    expect(audited).toEqual([
      { operation: "createActivity", n: 60 },
      { operation: "recordDues", n: 60 },
      { operation: "updateMember", n: 20 },
    ]);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE id > $1`, [last]);
    expect(n).toBe(140);
    const versions = await app.dataSource.query(`SELECT id, version FROM member WHERE id = ANY($1::uuid[])`, [members.map((m) => m.id)]);
    for (const row of versions) expect(row.version).toBe(members.find((m) => m.id === row.id)!.version + 1);

    // and the server still answers
    // The whole college: 1 committee, 12 general branches, 39 branches.
    expect((await read()).data?.orgUnits.totalCount).toBe(52);
  }, 120_000);

  it("lets exactly one of 20 simultaneous edits of the same version through; 19 get CONFLICT", async () => {
    const target = await createMember(app, branchId, { name: "多人同时编辑", idNumber: null, phone: null });
    const auditsBefore = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [target.id]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(BurstEditMember, {
          input: { id: target.id, version: target.version, department: `编辑者${i}` },
        }),
      ),
    );
    const won = answers.filter((a) => a.data?.updateMember?.__typename === "Member");
    const conflicts = answers.filter((a) => a.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const [row] = await app.dataSource.query(`SELECT version, department FROM member WHERE id = $1`, [target.id]);
    expect(row).toEqual({ version: target.version + 1, department: accepted(won[0].data!.updateMember).department });
    const auditsAfter = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [target.id]);
    expect(auditsAfter[0].n - auditsBefore[0].n).toBe(1);
  }, 60_000);
});

describe("concurrency: overload is a clean, retryable answer", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ poolSize: 2, sessionLimits: { connectionWaitMs: 300, statementMs: 1_000 } });
  });
  afterAll(() => app.close());

  it("answers SERVICE_UNAVAILABLE when a request cannot get a connection or a statement runs too long, then serves again", async () => {
    const units = await unitsByFullName(app);
    const member = await createMember(app, units["财经学院学生支部"].id, { idNumber: null, phone: null });
    // Someone outside the API holds the member's row: the API's updates wait on the lock, holding both
    // connections; the statement limit ends their wait, and the pool-wait limit refuses the others.
    const blocker = new PgClient({ connectionString: (app.dataSource.options as { url: string }).url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT 1 FROM member WHERE id = $1 FOR UPDATE", [member.id]);
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          app.gql(BurstWaitingUpdate, {
            input: { id: member.id, version: member.version, department: `等待${i}` },
          }),
        ),
      );
      const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
      expect(codes.every((code) => code === "SERVICE_UNAVAILABLE")).toBe(true);
      expect(answers.every((a) => a.errors?.[0]?.extensions?.retryable === true)).toBe(true);
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    const after = await app.ok(BurstRecoveredUpdate, {
      input: { id: member.id, version: member.version, department: "恢复后" },
    });
    expect(after.updateMember).toEqual({ version: member.version + 1, department: "恢复后" });
  }, 60_000);
});

async function adminAuthorization(app: TestApp): Promise<string> {
  const data = await app.ok(Login, { input: { username: "test.admin", password: TEST_PASSWORD } });
  if (data.login.__typename !== "AuthSession") throw new Error(`login refused: ${data.login.message}`);
  return `Bearer ${data.login.accessToken}`;
}

async function countWhere(app: TestApp, table: string, ids: string[]): Promise<number> {
  return (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]))[0].n;
}
