import type { Logger } from "typeorm";

/**
 * Counts every SQL statement TypeORM sends, so tests and benchmarks can prove a query's cost is
 * constant (no per-row queries). Errors are printed; nothing else is.
 */
export class QueryCountingLogger implements Logger {
  count = 0;

  logQuery(query?: string): void {
    if (process.env.LOG_SQL) console.log("[sql]", query?.slice(0, 150));
    this.count++;
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_SQL_ERRORS) console.error("[sql error]", error, query);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`[slow sql ${time} ms]`, query.slice(0, 500));
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.LOG_MIGRATIONS) console.log("[migration]", message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn("[typeorm]", message);
  }
}
