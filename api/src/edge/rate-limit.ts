import type { Response } from "express";

/**
 * A fixed one-minute window per identity: the signed-in account or API token once resolved, else
 * the client address — so spelling the same token differently (`bearer`, two spaces) or sending bad
 * tokens buys no fresh allowance. Over the limit the answer is HTTP 429 with `Retry-After` and a
 * GraphQL-shaped error. In memory, per process: each API replica limits on its own.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = Date.now();

  constructor(private readonly perMinute: number) {}

  /** Counts one request for the key; returns the seconds to wait when it is over the limit, else null. */
  take(key: string, now = Date.now()): number | null {
    if (now - this.lastSweep > 60_000) {
      for (const [k, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(k);
      this.lastSweep = now;
    }
    let window = this.windows.get(key);
    if (!window || now - window.start >= 60_000) this.windows.set(key, (window = { start: now, count: 0 }));
    window.count++;
    return window.count <= this.perMinute ? null : Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  }
}

export function tooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.setHeader("Retry-After", String(retryAfterSeconds));
  res.status(429).json({
    errors: [{ message: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, extensions: { code: "RATE_LIMITED", retryAfterSeconds } }],
  });
}
