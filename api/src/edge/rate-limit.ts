import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/**
 * A fixed one-minute window per identity: the bearer token when there is one, else the client
 * address. Over the limit the answer is HTTP 429 with `Retry-After` and a GraphQL-shaped error,
 * so clients show a clear message. In memory, per process: each API replica limits on its own.
 */
export function rateLimit(perMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = Date.now();
  return (req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      for (const [key, window] of windows) if (now - window.start >= 60_000) windows.delete(key);
      lastSweep = now;
    }
    const auth = req.headers.authorization;
    const key = auth ? createHash("sha256").update(auth).digest("base64url") : `ip:${req.ip}`;
    let window = windows.get(key);
    if (!window || now - window.start >= 60_000) windows.set(key, (window = { start: now, count: 0 }));
    window.count++;
    if (window.count <= perMinute) return next();
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
    res.setHeader("Retry-After", String(retryAfterSeconds));
    res.status(429).json({
      errors: [{ message: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, extensions: { code: "RATE_LIMITED", retryAfterSeconds } }],
    });
  };
}
