#!/usr/bin/env node
/**
 * Builds each browser client (clients/admin, clients/dashboard) when its sources changed since its
 * last build: a hash of the sources is kept in dist/.source-hash. `npm start` runs this, so a fresh
 * clone serves the clients without a separate step, and a restart with no change costs nothing.
 * `--force` rebuilds regardless; `--check` only answers whether a build is due (exit 1 if so).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLIENTS = ["admin", "dashboard"];
const force = process.argv.includes("--force");
const checkOnly = process.argv.includes("--check");

function filesUnder(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => (name === "node_modules" || name === "dist" ? [] : filesUnder(path.join(entry, name))));
}

function sourceHash(client) {
  const dir = path.join(ROOT, "clients", client);
  const inputs = [
    path.join(dir, "src"),
    path.join(dir, "index.html"),
    path.join(dir, "vite.config.ts"),
    path.join(dir, "package.json"),
    path.join(ROOT, "clients/shared/src"),

    path.join(ROOT, "package-lock.json"),
  ];
  const hash = createHash("sha256");
  for (const file of inputs.flatMap(filesUnder)) hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

let due = 0;
for (const client of CLIENTS) {
  const dir = path.join(ROOT, "clients", client);
  if (!existsSync(path.join(dir, "index.html"))) continue;
  const stamp = path.join(dir, "dist", ".source-hash");
  const hash = sourceHash(client);
  if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) continue;
  due++;
  if (checkOnly) continue;
  console.log(`building the ${client} client …`);
  const vite = path.join(ROOT, "node_modules", ".bin", "vite");
  // a production build even when called from a test run (jest sets NODE_ENV=test, which Vite would honour)
  const result = spawnSync(vite, ["build", "--logLevel", "warn"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, hash);
}
if (checkOnly) process.exit(due ? 1 : 0);
