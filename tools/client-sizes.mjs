#!/usr/bin/env node
/**
 * What a browser downloads before a client's first page shows, gzipped, from the Vite manifest of
 * the last build: the entry with everything it imports statically, plus the chunks of the pages
 * that open first (the admin console's sign-in and home; the dashboard's whole single screen).
 * `node tools/client-sizes.mjs` prints them; test/client-bundle-size.e2e-spec.ts holds the budgets.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The first view of each client: which lazy chunks it opens (null: all of them). The dashboard is
 * one screen in one lazy chunk; exceljs, loaded on the first export, is not part of what it shows.
 */
export const FIRST_VIEW = { admin: ["src/pages/home/index.tsx"], dashboard: ["src/dashboard.tsx"] };

export function initialBytes(client) {
  const dist = path.join(ROOT, "clients", client, "dist");
  const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));
  const files = new Set();
  const visit = (key, followDynamic) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep, followDynamic);
    if (followDynamic) for (const dep of chunk.dynamicImports ?? []) visit(dep, followDynamic);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const firstView = FIRST_VIEW[client];
  visit(entry, firstView === null);
  for (const page of firstView ?? []) visit(page, false);
  let gzipped = 0;
  for (const file of files) gzipped += gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  return { files: [...files].sort(), gzipped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--json")) {
    const all = Object.fromEntries(Object.keys(FIRST_VIEW).map((client) => [client, initialBytes(client)]));
    process.stdout.write(JSON.stringify(all));
    process.exit(0);
  }
  for (const client of Object.keys(FIRST_VIEW)) {
    const { files, gzipped } = initialBytes(client);
    console.log(`${client}: ${(gzipped / 1024).toFixed(0)} KB gzipped in ${files.length} files before the first page shows`);
  }
}
