import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { mkdtempSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDataSource } from "../../api/src/db/data-source";
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from "../../api/src/db/embedded-postgres";
import { seedCollegeStructure } from "../../api/src/seed/seed-structure";
import { databaseUrl, ENV_ADMIN_URL, ENV_TEMPLATE_EMPTY, ENV_TEMPLATE_STRUCTURE, freePort, uniqueName, withAdmin } from "./databases";

declare global {
  var __PARTY_TEST_PG__: { embedded?: EmbeddedPostgresHandle; templates: string[]; adminUrl: string } | undefined;
}

/**
 * Real PostgreSQL for the whole run: the server at TEST_DATABASE_URL when set, else an embedded
 * one in a temporary folder on a free port. Migrations run once into template databases that every
 * test file copies.
 */
export default async function globalSetup(): Promise<void> {
  buildClients();
  let adminUrl = process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedPostgresHandle | undefined;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), "party-test-pg-"));
    chmodSync(dir, 0o755); // the postgres OS user must be able to reach its data directory
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), database: "party_admin" });
    adminUrl = embedded.url;
  }

  const empty = uniqueName("party_tpl_empty");
  const structure = uniqueName("party_tpl_structure");
  await withAdmin(adminUrl, async (c) => {
    await c.query(`CREATE DATABASE ${empty}`);
  });
  const { dataSource } = createDataSource(databaseUrl(adminUrl, empty), 2);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
  await withAdmin(adminUrl, async (c) => {
    await c.query(`CREATE DATABASE ${structure} TEMPLATE ${empty}`);
  });
  const seeded = createDataSource(databaseUrl(adminUrl, structure), 2).dataSource;
  await seeded.initialize();
  await seeded.transaction((em) => seedCollegeStructure(em));
  await seeded.destroy();

  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE_EMPTY] = empty;
  process.env[ENV_TEMPLATE_STRUCTURE] = structure;
  globalThis.__PARTY_TEST_PG__ = { embedded, templates: [structure, empty], adminUrl };
}

/** The browser tests open the built clients: build them now if their sources changed (once, before any worker starts). */
function buildClients(): void {
  execFileSync(process.execPath, [path.join(__dirname, "../../tools/build-clients.mjs")], { stdio: "inherit" });
}
