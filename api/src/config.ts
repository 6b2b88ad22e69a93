import { existsSync } from "node:fs";
import path from "node:path";

export type SeedMode = "demo" | "structure" | "none";

export interface AppConfig {
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  embeddedPort: number;
  /** What a fresh database is filled with. */
  seed: SeedMode;
  /** Demo size: about this many members are generated. */
  demoMembers: number;
  production: boolean;
  /** The first administrator's password; generated and printed once when unset. */
  adminPassword: string | undefined;
  /** The demo accounts' shared password. */
  demoPassword: string;
  /** Where the browser clients' builds are (`<name>/dist`); served at `/admin`, `/dashboard`. */
  clientsDir: string;
}

/** The repository root, whether running from `api/src` (tests) or `dist/api/src` (npm start). */
export const ROOT = findRoot(__dirname);

function findRoot(dir: string): string {
  let current = dir;
  while (!existsSync(path.join(current, "package.json"))) {
    const parent = path.dirname(current);
    if (parent === current) return process.cwd();
    current = parent;
  }
  return current;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: intOf(env.PORT, 4000),
    databaseUrl,
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? path.join(ROOT, ".data", "postgres"),
    embeddedPort: intOf(env.EMBEDDED_PG_PORT, 54329),
    seed: seedOf(env.SEED ?? (databaseUrl ? "structure" : "demo")),
    demoMembers: intOf(env.DEMO_MEMBERS, 1500),
    production: env.NODE_ENV === "production",
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoPassword: env.DEMO_PASSWORD || "demo-2026!",
    clientsDir: env.CLIENTS_DIR ?? path.join(ROOT, "clients"),
  };
}

function intOf(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

function seedOf(value: string): SeedMode {
  if (value === "demo" || value === "structure" || value === "none") return value;
  throw new Error(`SEED must be demo, structure or none (got “${value}”)`);
}
