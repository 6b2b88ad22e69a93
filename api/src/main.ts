import "reflect-metadata";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from "./db/embedded-postgres";
import { seedIfEmpty } from "./seed/seed";
import { ensureAdministrator } from "./auth/bootstrap";
import { createServer } from "./server";

/** config → database (embedded or DATABASE_URL) → migrations → seed on first run → HTTP. */
async function main() {
  const config = loadConfig();
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  if (!url) {
    console.log(`starting embedded PostgreSQL (data in ${config.embeddedDataDir}, port ${config.embeddedPort}) …`);
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
    url = embedded.url;
  }

  const { dataSource } = createDataSource(url);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: "each" });
  if (applied.length) console.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(", ")}`);
  const seeded = await seedIfEmpty(dataSource, config.seed, config.demoMembers, config.demoPassword);
  if (seeded) console.log(seeded);
  const admin = await ensureAdministrator(dataSource, config.adminPassword);
  if (admin?.generated) {
    console.log(`\n  created the administrator account — username: ${admin.username}  password: ${admin.password}`);
    console.log("  (shown only this once; set ADMIN_PASSWORD to choose it yourself)\n");
  } else if (admin) {
    console.log(`created the administrator account “${admin.username}” with the password from ADMIN_PASSWORD`);
  }

  const server = await createServer({ dataSource, production: config.production, clientsDir: config.clientsDir });
  const port = await server.listen(config.port);
  console.log(`GraphQL ready at http://localhost:${port}/graphql`);
  for (const client of server.clients) console.log(`${client} at http://localhost:${port}/${client}/`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping …`);
    await server.close();
    await dataSource.destroy();
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
