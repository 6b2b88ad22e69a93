import { createHash, randomBytes } from "node:crypto";

/** Token kinds are told apart by prefix, so a leaked string says what it is (and scanners can find it). */
export const ACCESS_PREFIX = "pa_";
export const REFRESH_PREFIX = "pr_";
export const API_TOKEN_PREFIX = "pt_";

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** 256-bit random tokens need no slow hash: SHA-256 at rest is enough to make a database leak useless. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
