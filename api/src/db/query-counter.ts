import type { Logger } from "typeorm";

/**
 * Counts every SQL statement TypeORM sends, so tests and benchmarks can prove a query's cost is
 * constant (no per-row queries). Errors are printed; nothing else is.
 */
export class QueryCountingLogger implements Logger {
  count = 0;
  /** Set by a test to see each statement with its parameters (e.g. to EXPLAIN what a query reads). */
  record: ((query: string, parameters: unknown[]) => void) | null = null;

  logQuery(query?: string, parameters?: unknown[]): void {
    if (process.env.LOG_SQL) console.log("[sql]", query?.slice(0, 150));
    this.count++;
    if (query) this.record?.(query, parameters ?? []);
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
