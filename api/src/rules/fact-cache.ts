import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";

/**
 * Tables that also log each change against the unit it concerns (migration change-log): member
 * facts against the member's branch, meetings against their host unit.
 */
export const UNIT_LOGGED: ReadonlySet<string> = new Set([
  "member",
  "member_year_credit",
  "member_year_dues",
  "member_year_reports",
  "mass_contact",
  "filed_document",
  "activity",
]);

interface Entry {
  value: Promise<unknown>;
  /** The tables the value was computed from. */
  sources: ReadonlySet<string>;
  /** For facts about one unit (its members, its meetings): that unit; only its changes make the value stale. */
  unitId: string | null;
}

interface Change {
  source: string;
  unit_id: string | null;
}

/**
 * Computed facts kept between requests, and dropped exactly when a write could have changed them.
 *
 * Every write logs which tables it touched (and, for some, which units) in change_log,
 * under its transaction id. Before each evaluation, `sync` asks for the changes committed since
 * the snapshot the cache last synced at — pg_visible_in_snapshot against that snapshot, so a
 * transaction that began earlier and committed later is still seen — and drops the entries
 * computed from those tables (for a unit's fact: of that unit). Settings and rule numbers are
 * not facts: they are read fresh for every evaluation, and facts that use them carry them in
 * their key. So a report after a write recomputes only what the write touched: a dues payment
 * in one branch recomputes that branch's dues facts, not the college's.
 *
 * Per process (each API replica keeps its own); bounded, least recently used first out.
 */
/** The change log keeps a week; a cache not synced for a day starts afresh, so it never needs an older entry. */
const LOG_KEPT = "7 days";
const MAX_SYNC_GAP_MS = 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

export class FactCache {
  private readonly entries = new Map<string, Entry>();
  private snapshot: string | null = null;
  private syncedAt = 0;
  private prunedAt = 0;
  private syncing: Promise<void> = Promise.resolve();

  constructor(private readonly capacity = 5_000) {}

  /** Forgets everything, as a restarted process would (the benchmark's "first report" series). */
  clear(): void {
    this.entries.clear();
    this.snapshot = null;
  }

  /** Brings the cache up to date with what has been committed; one statement. */
  sync(em: EntityManager): Promise<void> {
    this.syncing = this.syncing.then(() => this.syncOnce(em));
    return this.syncing;
  }

  private async syncOnce(em: EntityManager): Promise<void> {
    if (Date.now() - this.syncedAt > MAX_SYNC_GAP_MS) this.snapshot = null; // what it missed may be pruned
    const [row]: Array<{ now: string; changes: Change[] | null }> = await em.query(
      `SELECT pg_current_snapshot()::text AS now,
              CASE WHEN $1::pg_snapshot IS NULL THEN NULL ELSE
                (SELECT json_agg(DISTINCT jsonb_build_object('source', source, 'unit_id', unit_id)) FROM change_log
                  WHERE xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, $1::pg_snapshot)) END AS changes`,
      [this.snapshot],
    );
    if (this.snapshot === null) this.entries.clear();
    for (const change of row.changes ?? []) {
      for (const [key, entry] of this.entries) if (isStale(entry, change)) this.entries.delete(key);
    }
    this.snapshot = row.now;
    this.syncedAt = Date.now();
    if (this.syncedAt - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = this.syncedAt;
      await pruneChangeLog(em);
    }
  }

  /** The value for `key`, computed (once, shared by concurrent callers) when missing. */
  get<T>(key: string, sources: readonly string[], unitId: string | null, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // refresh its place in the LRU order
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.put(key, sources, unitId, value);
    return value;
  }

  /**
   * Values kept per unit (each dropped only by its own unit's changes): the units missing are
   * computed together, in one call.
   */
  async perUnit<T>(
    unitIds: string[],
    keyOf: (unitId: string) => string,
    sources: readonly string[],
    compute: (unitIds: string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const missing = unitIds.filter((id) => !this.entries.has(keyOf(id)));
    if (missing.length) {
      const computed = compute(missing);
      for (const id of missing)
        this.put(
          keyOf(id),
          sources,
          id,
          computed.then((values) => values.get(id)!),
        );
    }
    const values = await Promise.all(unitIds.map((id) => this.get(keyOf(id), sources, id, async () => (await compute([id])).get(id)!)));
    return new Map(unitIds.map((id, i) => [id, values[i]]));
  }

  private put(key: string, sources: readonly string[], unitId: string | null, value: Promise<unknown>): void {
    this.entries.set(key, { value, sources: new Set(sources), unitId });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Drops change-log rows older than any cache can still need (see MAX_SYNC_GAP_MS). */
export async function pruneChangeLog(em: EntityManager): Promise<number> {
  const [, deleted] = await em.query(`DELETE FROM change_log WHERE changed_at < now() - interval '${LOG_KEPT}'`);
  return deleted;
}

function isStale(entry: Entry, change: Change): boolean {
  if (!entry.sources.has(change.source)) return false;
  if (entry.unitId === null) return change.unit_id === null; // every write logs its table once without a unit
  // A unit's facts: a unit-logged table's change matters to its units only; any other table's to all.
  return UNIT_LOGGED.has(change.source) ? change.unit_id === entry.unitId : change.unit_id === null;
}

/**
 * A short key for what a cached value depends on (periods, dates, numbers): keys are built for
 * every unit on every request, and a long JSON key would be copied and hashed each time.
 */
export function shapeKey(...parts: unknown[]): string {
  return createHash("sha1").update(JSON.stringify(parts)).digest("base64url");
}

const caches = new WeakMap<DataSource, FactCache>();

/** The cache of one database (a process may talk to several: tests, the benchmark). */
export function factCacheOf(em: EntityManager): FactCache {
  let cache = caches.get(em.connection);
  if (!cache) caches.set(em.connection, (cache = new FactCache()));
  return cache;
}
