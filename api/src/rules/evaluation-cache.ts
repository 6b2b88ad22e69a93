import type { EntityManager } from "typeorm";

/**
 * Reports are recomputed only when the records changed. Every write in the system appends an
 * audit entry in its own transaction, so the audit log's newest id is a cheap, exact version of
 * the data: a cached evaluation is served while it is unchanged (one indexed statement), and
 * dropped the moment anything is written. Small and per process; each API replica keeps its own.
 */
export class EvaluationCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly capacity = 50) {}

  async get(em: EntityManager, key: string, compute: () => Promise<T>): Promise<T> {
    const [{ version }] = await em.query(`SELECT coalesce(max(id), 0)::text AS version FROM audit_entry`);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.entries.delete(key); // refresh its place in the LRU order
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
