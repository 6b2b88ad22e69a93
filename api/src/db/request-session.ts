import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { AppError, ErrorCode } from "../common/errors";

/** How long a request may wait for a connection, and one statement may run, before it is refused. */
export interface SessionLimits {
  connectionWaitMs: number;
  statementMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { connectionWaitMs: 10_000, statementMs: 15_000 };

/**
 * One request, one connection, one transaction: every read and write of a request — loaders,
 * services, mutations (savepoints inside it, db/transaction.ts) — goes through `em`. A request never
 * asks the pool for a second connection while holding one, so a burst of requests queues for the
 * pool instead of deadlocking it; the wait and each statement are bounded, and overload answers
 * SERVICE_UNAVAILABLE (retryable) instead of hanging.
 */
export class RequestSession {
  private finished = false;

  private constructor(
    readonly runner: QueryRunner,
    readonly em: EntityManager,
  ) {}

  /**
   * Takes a connection from the pool without starting the transaction yet, waiting at most
   * `waitMs`: past it the request is refused as busy, and the connection, should it come later,
   * goes straight back to the pool.
   */
  static async acquire(dataSource: DataSource, waitMs: number): Promise<RequestSession> {
    const runner = dataSource.createQueryRunner();
    const connecting = runner.connect();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PoolWaitTimeout(waitMs)), waitMs);
    });
    try {
      await Promise.race([connecting, waited]);
    } catch (error) {
      void connecting.then(
        () => runner.release(),
        () => runner.release(),
      );
      throw asUnavailable(error) ?? error;
    } finally {
      clearTimeout(timer);
    }
    return new RequestSession(runner, runner.manager);
  }

  /** Starts the request's transaction (its settings follow in the caller's first statement: auth/access.ts). */
  async begin(): Promise<void> {
    await this.runner.startTransaction();
  }

  /**
   * Ends the request: commits what its mutations kept (a refused or failed mutation has already
   * rolled back to its savepoint), or rolls everything back, and returns the connection. Safe to call
   * more than once; only the first call acts.
   */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      if (this.runner.isTransactionActive) await (commit ? this.runner.commitTransaction() : this.runner.rollbackTransaction());
    } finally {
      await this.runner.release();
    }
  }
}

class PoolWaitTimeout extends Error {
  constructor(waitMs: number) {
    super(`no connection within ${waitMs} ms`);
  }
}

/** PostgreSQL codes that mean "busy, try again": statement timeout, lock timeout, deadlock, serialization. */
const RETRYABLE_SQLSTATES = new Set(["57014", "55P03", "40P01", "40001"]);

/** The pool's wait timeout or a retryable PostgreSQL failure as a clean SERVICE_UNAVAILABLE; else null. */
export function asUnavailable(error: unknown): AppError | null {
  const e = error as { code?: unknown; message?: unknown } | null;
  const poolTimeout =
    error instanceof PoolWaitTimeout || (typeof e?.message === "string" && /timeout exceeded when trying to connect/i.test(e.message));
  const busy = typeof e?.code === "string" && RETRYABLE_SQLSTATES.has(e.code);
  if (!poolTimeout && !busy) return null;
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, "服务器繁忙，请稍后重试", { retryable: true, http: { status: 503 } });
}
