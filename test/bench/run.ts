/**
 * `npm run bench`: how fast the compliance engine answers on the demo college and on a college
 * 100 times its size. Performance targets live here, not in pass/fail tests: a missed target is
 * reported, and the process exits non-zero only when something actually fails.
 *
 * Every query is asked WARM (again, nothing written in between) and COLD, right after a write
 * (not timed) of one of three kinds, since the server keeps computed facts and recomputes what a
 * write touched:
 *   - record: a branch's meeting gets different education hours (updateActivity) — the everyday
 *     write; it changes the meeting aggregation and that branch's members' education hours;
 *   - setting: setComplianceSetting(SILENT_UNIT_DAYS) set to a value it has not had before:
 *     settings are part of the key of every fact computed with them, so the unit-level facts are
 *     recomputed;
 *   - org tree: the branch is renamed and renamed back — facts of the subtree's families are
 *     recomputed and every finding judged again (member counts and meetings, kept per unit, stay);
 *   - start: nothing cached, as after a restart (the server's cache is cleared; no write) — the
 *     first report recounts everything.
 *
 * Environment:
 *   BENCH_RUNS            runs per series (default 10; one warm-up run comes first)
 *   BENCH_QUERY_BUDGET_S  stop a series once its runs have taken this long (default 60; one run at
 *                         least; when the warm-up alone exceeds it, that run is the cold figure)
 *   BENCH_SCALE           size of the large scenario, as a multiple of the demo (default 100)
 *   BENCH_SCENARIOS       which scenarios to run: "demo,scale" (default), "demo" or "scale"
 *   BENCH_DATABASE_URL    a PostgreSQL server to use instead of an embedded one; the benchmark
 *                         creates its own databases there and drops them afterwards
 */
import "reflect-metadata";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { createDataSource } from "../../api/src/db/data-source";
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from "../../api/src/db/embedded-postgres";
import { seedIfEmpty } from "../../api/src/seed/seed";
import { createAccount } from "../../api/src/auth/bootstrap";
import { UserRole } from "../../api/src/auth/roles";
import { createServer, AppServer } from "../../api/src/server";
import { factCacheOf } from "../../api/src/rules/fact-cache";
import { databaseUrl, freePort, withAdmin } from "../support/databases";

const DEMO_MEMBERS = 1_500;
const FROM = "2025-09-01";
const TO = "2026-08-31";
const AS_OF = "2026-11-26";
const DUE_WITHIN_DAYS = 14;
const FINDINGS_PAGE = 50;
const ROOT = path.resolve(__dirname, "../../.."); // dist/test/bench → repository root
const RESULTS_FILE = path.join(ROOT, "bench-results.json");

const COMPLIANCE = `query BenchCompliance($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate, $first: Int!) {
  compliance(unitId: $unitId, from: $from, to: $to, asOf: $asOf) {
    totals { met unmet pending exempt total complianceRate }
    byRule { ruleCode title citation met unmet pending exempt total complianceRate }
    byUnit { unitId unitName unitKind met unmet pending exempt total complianceRate }
    findings(first: $first, offset: 0) {
      totalCount
      items {
        ruleCode title citation status periodKey periodLabel periodStart periodEnd
        expected actual subjectLabel message dueBy
        evidence { kind id label }
        unit { id name }
        member { id name }
      }
    }
  }
}`;

const DUE_SOON = `query BenchDueSoon($unitId: ID!, $withinDays: Int!) {
  dueSoon(unitId: $unitId, withinDays: $withinDays) {
    totalCount items { ruleCode status periodKey periodEnd dueBy expected actual subjectLabel message unitId memberId }
  }
}`;

interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
}

/**
 * One way of asking: COLD right after a write (any write invalidates whatever the server caches
 * about the records), WARM when the same question is asked again with nothing written in between.
 */
type Mode = "warm" | "cold · record" | "cold · setting" | "cold · org tree" | "cold · start";

interface Series {
  mode: Mode;
  /** Loopback HTTP round trip from the client: request sent → JSON body parsed. */
  serverTime: Stats;
  /** True when the warm-up alone exceeded the time budget and is the only (cold) sample. */
  warmupOnly: boolean;
  /** SQL statements the server sent for one request (authentication included). */
  sqlStatements: number;
  sqlStatementsConstant: boolean;
  medianMeetsTarget: boolean | null;
  p95MeetsTarget: boolean | null;
}

interface QueryResult {
  name: string;
  query: "compliance" | "dueSoon";
  unit: string;
  /** compliance: findings.totalCount; dueSoon: the length of its first page (50). */
  findings: number;
  responseBytes: number;
  targetMs: number | null;
  series: Series[];
}

interface ScenarioResult {
  name: string;
  scale: number;
  requestedMembers: number;
  members: number;
  seedMs: number;
  /** VACUUM ANALYZE after the seed. */
  vacuumMs: number;
  targetMs: number;
  queries: QueryResult[];
}

interface Scenario {
  name: string;
  scale: number;
  targetMs: number;
}

async function main(): Promise<void> {
  const runs = positiveInt(process.env.BENCH_RUNS, 10);
  const scale = positiveInt(process.env.BENCH_SCALE, 100);
  const budgetMs = positiveInt(process.env.BENCH_QUERY_BUDGET_S, 60) * 1000;
  const wanted = (process.env.BENCH_SCENARIOS ?? "demo,scale").split(",").map((s) => s.trim());
  const scenarios: Scenario[] = [];
  if (wanted.includes("demo")) scenarios.push({ name: "demo", scale: 1, targetMs: 50 });
  if (wanted.includes("scale")) scenarios.push({ name: `${scale}×`, scale, targetMs: 1_000 });
  if (!scenarios.length) throw new Error(`BENCH_SCENARIOS=${process.env.BENCH_SCENARIOS}: expected "demo", "scale" or both`);

  const cleanup: Array<() => Promise<void>> = [];
  let cleaned = false;
  const runCleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error("cleanup:", error);
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping …`);
    void runCleanup().then(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const results: ScenarioResult[] = [];
  let failure: unknown;
  try {
    const adminUrl = await adminDatabaseUrl(cleanup);
    for (const scenario of scenarios) results.push(await runScenario(adminUrl, scenario, runs, budgetMs, cleanup));
  } catch (error) {
    failure = error;
  } finally {
    await runCleanup();
  }

  if (results.length) {
    const report = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      database: process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded PostgreSQL",
      parameters: {
        from: FROM,
        to: TO,
        asOf: AS_OF,
        findingsPage: FINDINGS_PAGE,
        dueSoonWithinDays: DUE_WITHIN_DAYS,
        runs,
        warmupRuns: 1,
        queryBudgetSeconds: budgetMs / 1000,
      },
      note:
        "serverTime is the loopback HTTP round trip measured by the client (request sent → JSON parsed); sqlStatements counts every statement of one request, authentication included; " +
        "warm = the same request again with nothing written; cold · record = right after updateActivity changes a meeting's education hours in the branch (not timed); " +
        "cold · setting = right after setComplianceSetting(SILENT_UNIT_DAYS) is set to a value it has not had before; cold · org tree = right after renaming the branch and back; " +
        "cold · start = with the server's cache cleared, as after a restart (everything recounted)",
      scenarios: results,
      complete: !failure,
    };
    console.log(table(report.parameters, results));
    writeFileSync(RESULTS_FILE, JSON.stringify(report, null, 2) + "\n");
    console.log(`\nfigures written to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  }
  if (failure) {
    console.error("\nbenchmark failed:", failure);
    process.exitCode = 1;
  }
}

/** The PostgreSQL server to create the benchmark's databases on: BENCH_DATABASE_URL, else embedded. */
async function adminDatabaseUrl(cleanup: Array<() => Promise<void>>): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const dir = mkdtempSync(path.join(os.tmpdir(), "party-bench-pg-"));
  chmodSync(dir, 0o755); // as root, the postgres OS user must be able to reach its data directory
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  progress(`starting embedded PostgreSQL on port ${port} in ${dir} …`);
  const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port,
    database: "party_bench_admin",
  });
  cleanup.push(async () => {
    progress("stopping PostgreSQL …");
    await embedded.stop();
  });
  return embedded.url;
}

async function runScenario(
  adminUrl: string,
  scenario: Scenario,
  runs: number,
  budgetMs: number,
  cleanup: Array<() => Promise<void>>,
): Promise<ScenarioResult> {
  const requestedMembers = DEMO_MEMBERS * scenario.scale;
  const database = `party_bench_${scenario.scale}x_${randomBytes(4).toString("hex")}`;
  progress(`\n[${scenario.name}] creating database ${database} …`);
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  };
  cleanup.push(drop);

  const { dataSource, queries } = createDataSource(databaseUrl(adminUrl, database), 10);
  await dataSource.initialize();
  let server: AppServer | undefined;
  try {
    await dataSource.runMigrations({ transaction: "each" });

    progress(`[${scenario.name}] seeding the demo college with ${requestedMembers.toLocaleString("en")} members …`);
    const seedStarted = performance.now();
    const ticker = setInterval(
      () => progress(`[${scenario.name}]   … still seeding (${seconds(performance.now() - seedStarted)})`),
      30_000,
    );
    try {
      const seeded = await seedIfEmpty(dataSource, "demo", requestedMembers);
      if (!seeded) throw new Error("the fresh database was not seeded");
    } finally {
      clearInterval(ticker);
    }
    const seedMs = performance.now() - seedStarted;
    // The seed writes in bulk, and the summary triggers rewrite each member's yearly rows several
    // times over (at 100×, member_year_credit ends with three dead rows per live one). A running
    // database has autovacuum clear those in the background; the benchmark does it once, up front,
    // so that autovacuum does not start halfway through a series and the figures are of a steady state.
    const vacuumStarted = performance.now();
    await dataSource.query("VACUUM ANALYZE");
    const vacuumMs = performance.now() - vacuumStarted;
    const [{ members }] = await dataSource.query(`SELECT count(*)::int AS members FROM member`);
    progress(
      `[${scenario.name}] seeded ${members.toLocaleString("en")} members in ${seconds(seedMs)} (VACUUM ANALYZE ${seconds(vacuumMs)})`,
    );

    const [college] = await dataSource.query(`SELECT id, name FROM org_unit WHERE kind = 'PARTY_COMMITTEE' ORDER BY created_at LIMIT 1`);
    if (!college) throw new Error("the seeded database has no college");
    // The demo seed already has an administrator (so ensureAdministrator would do nothing): add our own.
    const password = `bench-${randomBytes(9).toString("hex")}`;
    const admin = await dataSource.transaction((em) =>
      createAccount(
        em,
        { username: "bench.admin", displayName: "基准测试管理员", role: UserRole.ADMIN, scopeUnitId: college.id, collegeId: college.id },
        password,
      ),
    );

    const running = await createServer({ dataSource, production: false, requestsPerMinute: 1_000_000 });
    server = running;
    const port = await running.listen(0);
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await login(url, admin.username, password);

    // The branch with the most members: the heaviest single-branch report.
    const [branch] = await dataSource.query(
      `SELECT u.id, u.name, p.name AS parent_name, count(m.id)::int AS members
         FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id LEFT JOIN member m ON m.branch_id = u.id
        WHERE u.kind = 'BRANCH' AND u.archived_at IS NULL
        GROUP BY u.id, u.name, u.sort_order, p.name, p.sort_order ORDER BY count(m.id) DESC, p.sort_order, u.sort_order, u.id LIMIT 1`,
    );
    if (!branch) throw new Error("the seeded college has no branch");

    // The writes before a cold run (see the header). Each leaves the number of findings unchanged.
    const [silent] = await dataSource.query(`SELECT value FROM compliance_setting WHERE college_id = $1 AND key = 'SILENT_UNIT_DAYS'`, [
      college.id,
    ]);
    const silentDays = typeof silent?.value === "number" ? silent.value : 30;
    const [meeting] = await dataSource.query(
      `SELECT a.id, a.education_hours::text AS hours FROM activity a
        WHERE a.host_unit_id = $1 AND a.archived_at IS NULL AND a.education_hours >= 1
          AND EXISTS (SELECT 1 FROM activity_attendance t WHERE t.activity_id = a.id AND t.status = 'PRESENT')
        ORDER BY a.starts_at DESC LIMIT 1`,
      [branch.id],
    );
    if (!meeting) throw new Error(`${branch.name} has no meeting with attendance to edit`);
    const versionOf = async (table: string, id: string) =>
      (await dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version as number;
    let toggled = false;
    let settingChanges = 0;
    const writes: Record<Exclude<Mode, "warm">, () => Promise<unknown>> = {
      "cold · record": async () => {
        toggled = !toggled;
        const hours = toggled ? (Number(meeting.hours) - 0.5).toFixed(2) : meeting.hours;
        return request(url, token, `mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { __typename } }`, {
          i: { id: meeting.id, version: await versionOf("activity", meeting.id), educationHours: hours },
        });
      },
      "cold · setting": () =>
        request(url, token, `mutation($i: SetComplianceSettingInput!) { setComplianceSetting(input: $i) { __typename } }`, {
          i: { key: "SILENT_UNIT_DAYS", value: { value: 1 + ((silentDays + ++settingChanges) % 365) }, note: "benchmark" },
        }),
      "cold · org tree": async () => {
        const rename = async (name: string) =>
          request(url, token, `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { __typename } }`, {
            i: { id: branch.id, name, version: await versionOf("org_unit", branch.id) },
          });
        await rename(`${branch.name}（基准测试）`);
        return rename(branch.name);
      },
      "cold · start": async () => factCacheOf(running.shared.manager).clear(),
    };
    await writes["cold · setting"](); // from here on the setting row exists, so every cold run reads the same records

    const measure = async (
      name: string,
      query: "compliance" | "dueSoon",
      unit: string,
      document: string,
      variables: Record<string, unknown>,
      targetMs: number | null,
    ): Promise<QueryResult> => {
      const count = (data: any): number => (query === "compliance" ? data.compliance.findings.totalCount : data.dueSoon.items.length);
      const findings = new Set<number>();
      let responseBytes = 0;
      const once = async () => {
        const before = queries.count;
        const started = performance.now();
        const { data, bytes } = await request(url, token, document, variables);
        const time = performance.now() - started;
        findings.add(count(data));
        responseBytes = bytes;
        return { time, statements: queries.count - before };
      };
      const series = (mode: Mode, samples: Array<{ time: number; statements: number }>, warmupOnly: boolean): Series => {
        const serverTime = stats(samples.map((x) => x.time));
        const statements = samples.map((x) => x.statements);
        progress(
          `[${scenario.name}] ${name} (${mode}): ${samples.length} run(s), median ${ms(serverTime.medianMs)}, p95 ${ms(serverTime.p95Ms)}, ${statements[0]} SQL`,
        );
        return {
          mode,
          serverTime,
          warmupOnly,
          sqlStatements: Math.max(...statements),
          sqlStatementsConstant: new Set(statements).size === 1,
          medianMeetsTarget: targetMs === null ? null : serverTime.medianMs <= targetMs,
          p95MeetsTarget: targetMs === null ? null : serverTime.p95Ms <= targetMs,
        };
      };
      /** Up to `runs` samples, stopping once the budget is spent (one at least). */
      const sample = async (before?: () => Promise<unknown>) => {
        const samples: Array<{ time: number; statements: number }> = [];
        const started = performance.now();
        while (samples.length < runs && (samples.length === 0 || performance.now() - started < budgetMs)) {
          await before?.(); // not timed
          samples.push(await once());
        }
        if (samples.length < runs)
          progress(`[${scenario.name}] ${name}: time budget (${seconds(budgetMs)}) spent after ${samples.length} of ${runs} runs`);
        return samples;
      };

      // The warm-up follows a cleared cache, so nothing is cached (and, for the first query, the process is cold).
      await writes["cold · start"]();
      progress(`[${scenario.name}] ${name}: warm-up …`);
      const warmup = await once();
      const all = [series("warm", await sample(), false)];
      for (const mode of Object.keys(writes) as Array<keyof typeof writes>) {
        if (mode === "cold · start" && warmup.time >= budgetMs) {
          progress(
            `[${scenario.name}] ${name}: the warm-up alone took ${seconds(warmup.time)} (budget ${seconds(budgetMs)}): its one run is reported`,
          );
          all.push(series(mode, [warmup], true));
        } else {
          all.push(series(mode, await sample(writes[mode]), false));
        }
      }
      if (findings.size !== 1) throw new Error(`${name}: the number of findings changed between runs (${[...findings].join(", ")})`);
      return { name, query, unit, findings: [...findings][0], responseBytes, targetMs, series: all };
    };

    const range = { from: FROM, to: TO, asOf: AS_OF, first: FINDINGS_PAGE };
    const results = [
      await measure(
        "compliance · whole college",
        "compliance",
        college.name,
        COMPLIANCE,
        { unitId: college.id, ...range },
        scenario.targetMs,
      ),
      await measure(
        "compliance · one branch",
        "compliance",
        `${branch.parent_name ?? ""}${branch.name} (${branch.members.toLocaleString("en")} members)`,
        COMPLIANCE,
        { unitId: branch.id, ...range },
        null,
      ),
      await measure(
        `dueSoon · whole college, ${DUE_WITHIN_DAYS} days`,
        "dueSoon",
        college.name,
        DUE_SOON,
        { unitId: college.id, withinDays: DUE_WITHIN_DAYS },
        null,
      ),
    ];
    return {
      name: scenario.name,
      scale: scenario.scale,
      requestedMembers,
      members,
      seedMs: round(seedMs),
      vacuumMs: round(vacuumMs),
      targetMs: scenario.targetMs,
      queries: results,
    };
  } finally {
    if (server) await server.close();
    await dataSource.destroy();
    await drop();
  }
}

async function login(url: string, username: string, password: string): Promise<string> {
  const { data } = await request(
    url,
    null,
    `mutation($i: LoginInput!) { login(input: $i) { __typename ... on AuthSession { accessToken } ... on LoginRefused { message } } }`,
    { i: { username, password } },
  );
  if (data.login.__typename !== "AuthSession") throw new Error(`login refused: ${data.login.message}`);
  return data.login.accessToken;
}

async function request(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: any; bytes: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: any; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body).slice(0, 2_000)}`);
  }
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

function table(parameters: Record<string, unknown>, results: ScenarioResult[]): string {
  const lines: string[] = [];
  lines.push("");
  lines.push(`## Compliance benchmark (${os.cpus().length} CPU, node ${process.version})`);
  lines.push("");
  lines.push(
    `range ${parameters.from} … ${parameters.to}, asOf ${parameters.asOf}; compliance selects totals, byRule, byUnit and the first ${parameters.findingsPage} findings; ` +
      `per query: 1 warm-up, then up to ${parameters.runs} runs per series: warm (asked again, nothing written) and cold right after one of three writes (not timed): ` +
      `record (a meeting's education hours changed in the branch), setting (a compliance setting set to a new value), org tree (the branch renamed and back), and start (the server's cache cleared, as after a restart: everything recounted); ` +
      `a series stops early once it has spent ${parameters.queryBudgetSeconds} s. Server time = loopback HTTP round trip measured by the client.`,
  );
  lines.push("");
  lines.push("| scenario | members | seed | VACUUM ANALYZE |");
  lines.push("|---|---:|---:|---:|");
  for (const r of results) {
    lines.push(
      `| ${r.name} (scale ${r.scale}) | ${r.members.toLocaleString("en")} (asked ${r.requestedMembers.toLocaleString("en")}) | ${seconds(r.seedMs)} | ${seconds(r.vacuumMs)} |`,
    );
  }
  lines.push("");
  lines.push(
    "| scenario | query | unit | asked | runs | server time median (loopback round trip) | p95 | min | max | SQL statements / query | findings | response | target | met? |",
  );
  lines.push("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    for (const q of r.queries) {
      for (const x of q.series) {
        const verdict = q.targetMs === null ? "—" : `median ${x.medianMeetsTarget ? "yes" : "NO"}, p95 ${x.p95MeetsTarget ? "yes" : "NO"}`;
        lines.push(
          `| ${r.name} | ${q.name} | ${q.unit} | ${x.mode} | ` +
            `${x.warmupOnly ? "1 (the warm-up)" : x.serverTime.runs} | ${ms(x.serverTime.medianMs)} | ${ms(x.serverTime.p95Ms)} | ${ms(x.serverTime.minMs)} | ${ms(x.serverTime.maxMs)} | ` +
            `${x.sqlStatements}${x.sqlStatementsConstant ? "" : " (varied)"} | ${q.findings.toLocaleString("en")} | ${kb(q.responseBytes)} | ` +
            `${q.targetMs === null ? "—" : `≤ ${q.targetMs.toLocaleString("en")} ms`} | ${verdict} |`,
        );
      }
    }
  }
  return lines.join("\n");
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]; // nearest rank
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return {
    runs: sorted.length,
    medianMs: round(median),
    p95Ms: round(at(0.95)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    meanMs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, got "${value}"`);
  return n;
}

function progress(message: string): void {
  console.error(message);
}

const round = (x: number) => Math.round(x * 10) / 10;
const ms = (x: number) => `${x.toLocaleString("en", { maximumFractionDigits: 1 })} ms`;
const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
