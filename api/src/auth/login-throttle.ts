import { isIPv4, isIPv6 } from "node:net";
import type { EntityManager } from "typeorm";
import { AUTH_POLICY } from "./auth-policy";

/**
 * Password checks throttled by (typed username, client address) and by client address, never by
 * account alone: five wrong passwords from one address stop that address guessing that name, while
 * the real user signs in from elsewhere — nobody can lock the administrator out at will. The key is
 * the typed name, not the account, so unknown names are counted, locked and answered exactly like
 * real ones and the answers reveal nothing about which usernames exist.
 *
 * Kept in PostgreSQL (table login_throttle, migration login-throttle), not in memory: a restart or a
 * second API process must not hand out fresh attempts. Every statement is a single atomic upsert or
 * update, so counting is exact with or without a surrounding transaction.
 */
export interface ThrottleKeys {
  /** `username|address`: one name guessed from one address. */
  pair: string;
  /** One address, whatever names it tries. */
  address: string;
}

export type Attempt =
  /** A key is locked: refuse without checking the password. */
  { locked: true; retryAfterSeconds: number } | { locked: false; keys: ThrottleKeys; limitReached: boolean };

const LIMITS = { ACCOUNT_ADDRESS: AUTH_POLICY.maxFailedLogins, ADDRESS: AUTH_POLICY.maxFailedLoginsPerAddress } as const;
type Kind = keyof typeof LIMITS;

export function throttleKeys(username: string, clientAddress: string): ThrottleKeys {
  const address = addressKey(clientAddress);
  return { pair: `${username}|${address}`, address };
}

/**
 * Counts the attempt before the password is checked, so requests sent in parallel cannot all pass
 * the check while the count is still low: the attempt that reaches a limit is the last one checked,
 * any beyond it are refused unchecked. A right password then takes its count back ({@link succeeded}).
 */
export async function beginAttempt(em: EntityManager, username: string, clientAddress: string): Promise<Attempt> {
  const keys = throttleKeys(username, clientAddress);
  const rows: Array<{ kind: Kind; failures: number; locked_seconds: number | null }> = await em.query(
    `INSERT INTO login_throttle AS t (kind, subject, failures, window_started_at)
     VALUES ('ACCOUNT_ADDRESS', $1, 1, now()), ('ADDRESS', $2, 1, now())
     ON CONFLICT (kind, subject) DO UPDATE SET
       failures = CASE WHEN ${EXPIRED} THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN ${EXPIRED} THEN now() ELSE t.window_started_at END,
       locked_until = CASE WHEN t.locked_until > now() THEN t.locked_until END
     RETURNING kind, failures, ceil(extract(epoch FROM locked_until - now()))::int AS locked_seconds`,
    [keys.pair, keys.address, AUTH_POLICY.lockoutMinutes],
  );
  const lockedSeconds = Math.max(0, ...rows.map((r) => r.locked_seconds ?? 0));
  if (lockedSeconds > 0) return { locked: true, retryAfterSeconds: lockedSeconds };
  if (rows.some((r) => r.failures > LIMITS[r.kind])) {
    // Sent alongside the attempt that reached the limit: that one is being checked, this one is not.
    await lock(em, keys);
    return { locked: true, retryAfterSeconds: AUTH_POLICY.lockoutMinutes * 60 };
  }
  return { locked: false, keys, limitReached: rows.some((r) => r.failures === LIMITS[r.kind]) };
}

/** A wrong password: its count stays; a key at its limit is locked. Returns whether this locked one. */
export async function failed(em: EntityManager, attempt: Extract<Attempt, { locked: false }>): Promise<boolean> {
  await em.query(
    `DELETE FROM login_throttle WHERE window_started_at < now() - make_interval(hours => $1) AND (locked_until IS NULL OR locked_until <= now())`,
    [AUTH_POLICY.throttleRetentionHours],
  );
  if (!attempt.limitReached) return false;
  await lock(em, attempt.keys);
  return true;
}

/** The right password: the name's failures from this address start again; the address's count takes back this attempt. */
export async function succeeded(em: EntityManager, keys: ThrottleKeys): Promise<void> {
  await em.query(`DELETE FROM login_throttle WHERE kind = 'ACCOUNT_ADDRESS' AND subject = $1`, [keys.pair]);
  await em.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE kind = 'ADDRESS' AND subject = $1`, [keys.address]);
}

/** An administrator reset the password: the name's locks from every address end. */
export async function forgetUsername(em: EntityManager, username: string): Promise<void> {
  await em.query(`DELETE FROM login_throttle WHERE kind = 'ACCOUNT_ADDRESS' AND left(subject, $2) = $1`, [
    `${username}|`,
    username.length + 1,
  ]);
}

/** A lock that ran out, or a window older than the lockout, starts counting afresh. */
const EXPIRED = `(t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_started_at <= now() - make_interval(mins => $3)))`;

async function lock(em: EntityManager, keys: ThrottleKeys): Promise<void> {
  await em.query(
    `UPDATE login_throttle SET locked_until = now() + make_interval(mins => $3)
      WHERE ((kind = 'ACCOUNT_ADDRESS' AND subject = $1 AND failures >= $4) OR (kind = 'ADDRESS' AND subject = $2 AND failures >= $5))
        AND (locked_until IS NULL OR locked_until <= now())`,
    [keys.pair, keys.address, AUTH_POLICY.lockoutMinutes, LIMITS.ACCOUNT_ADDRESS, LIMITS.ADDRESS],
  );
}

/**
 * The address throttling keys on: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 — one
 * subscriber's whole prefix, which a client can otherwise walk through for fresh addresses.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(plain)) return address;
  const [head, tail] = plain.split("::") as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap(hextets) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = tail === undefined ? before : [...before, ...Array(8 - before.length - after.length).fill("0"), ...after];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** One written group: a hextet, or an embedded IPv4 address as two. */
function hextets(group: string): string[] {
  if (!group.includes(".")) return [group];
  const [a, b, c, d] = group.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
