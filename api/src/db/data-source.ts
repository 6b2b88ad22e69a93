import { DataSource } from "typeorm";
import { ENTITIES } from "../entities";
import { MIGRATIONS } from "../../../migrations";
import { QueryCountingLogger } from "./query-counter";
import { SnakeNamingStrategy } from "./snake-naming.strategy";

export interface AppDataSource {
  dataSource: DataSource;
  queries: QueryCountingLogger;
}

/** Schema changes go through migrations only; `synchronize` stays off everywhere. */
export function createDataSource(url: string, poolSize = 10): AppDataSource {
  const queries = new QueryCountingLogger();
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: "each",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: queries,
    maxQueryExecutionTime: 1000,
    // JIT off: the compliance statements aggregate over CTEs the planner misestimates by orders of
    // magnitude, and compiling them cost more (~1 s) than running them. work_mem: their hash
    // aggregates over a college's members fit in memory instead of spilling to disk.
    extra: { max: poolSize, application_name: "party-org-api", options: "-c jit=off -c work_mem=64MB" },
  });
  return { dataSource, queries };
}
