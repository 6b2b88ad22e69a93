import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { Access, unitNamed, unitOpen } from "./access";

/**
 * Where a record belongs, so that every loader can keep to the caller's scope. A record is visible
 * when ANY of its anchors is: a unit of the caller's subtree, the caller's own member record (or a
 * member of the subtree), a record of the subtree it hangs on (an activity, a visit …), or — for
 * catalogues such as semesters — the college the caller belongs to. Declared on the entity with
 * `@ScopedBy(...)`, beside its columns, so a new record type says where it belongs where it is made.
 */
export type Anchor<T> =
  | { unit: (row: T) => string | null | undefined }
  /** Units whose name may be shown: the org tree itself (names above the caller's scope included). */
  | { named: (row: T) => string | null | undefined }
  | { member: (row: T) => string | null | undefined }
  /** The caller's own record only (their dues, their thought reports), not their subtree's. */
  | { self: (row: T) => string | null | undefined }
  /** Catalogues of a college (semesters, post types): every caller of that college; null = built in, everyone's. */
  | { college: (row: T) => string | null | undefined }
  | { home: HomeTable; id: (row: T) => string | null | undefined };

/** The units each kind of parent record belongs to, read in one statement per kind and request. */
export const HOME_UNITS = {
  member: "ARRAY[coalesce(group_id, branch_id)]",
  person: "ARRAY[unit_id]",
  activity: "ARRAY[host_unit_id]",
  liaison_assignment: "ARRAY[unit_id]",
  liaison_visit: "ARRAY[unit_id]",
  service_post: "ARRAY[host_unit_id]",
  service_pledge: "ARRAY[unit_id]",
  student_class: "ARRAY[college_unit_id]",
  // a room belongs to its owner and to every unit that uses or used it (shared rooms)
  activity_room: "ARRAY[owner_unit_id] || ARRAY(SELECT ru.unit_id FROM activity_room_user ru WHERE ru.room_id = t.id)",
} as const;
export type HomeTable = keyof typeof HOME_UNITS;

const anchorsByEntity = new WeakMap<Function, Anchor<never>[]>();

/** Declares where rows of this entity belong (see Anchor). Loaders refuse entities without it. */
export function ScopedBy<T>(...anchors: Anchor<T>[]) {
  return (target: new (...args: never[]) => T) => {
    anchorsByEntity.set(target, anchors as Anchor<never>[]);
  };
}

export function anchorsOf<T>(entity: Function): Anchor<T>[] {
  const anchors = anchorsByEntity.get(entity);
  if (!anchors) throw new Error(`${entity.name} declares no @ScopedBy: a loader cannot tell whose it is`);
  return anchors as Anchor<T>[];
}

/**
 * The caller's scope applied to loaded rows, with the per-request loaders of parents' home units.
 * Scope is a property of the data path: every loader passes its rows through `visible`.
 */
export class RecordScope {
  private readonly homes = new Map<HomeTable, DataLoader<string, string[]>>();

  constructor(
    private readonly em: () => EntityManager,
    /** Set when the request's operation is resolved (request-sessions.ts); nothing is visible before. */
    public access: Access,
  ) {}

  /** The rows the caller may see, in their order. */
  async visible<T>(rows: T[], anchors: Anchor<T>[]): Promise<T[]> {
    if (this.access.all || rows.length === 0) return rows;
    const verdicts = await Promise.all(rows.map((row) => this.sees(row, anchors)));
    return rows.filter((_, i) => verdicts[i]);
  }

  /** Whether the caller may see the member (their own record, or one of their subtree). */
  private async seesMember(memberId: string | null | undefined): Promise<boolean> {
    if (!memberId) return false;
    if (this.access.all || memberId === this.access.selfMemberId) return true;
    return this.opens(await this.home("member").load(memberId));
  }

  private async sees<T>(row: T, anchors: Anchor<T>[]): Promise<boolean> {
    for (const anchor of anchors) {
      if ("unit" in anchor && unitOpen(this.access, anchor.unit(row))) return true;
      if ("named" in anchor && unitNamed(this.access, anchor.named(row))) return true;
      if ("college" in anchor) {
        const college = anchor.college(row);
        if (college === null || unitNamed(this.access, college)) return true;
      }
      if ("self" in anchor && anchor.self(row) != null && anchor.self(row) === this.access.selfMemberId) return true;
      if ("member" in anchor && (await this.seesMember(anchor.member(row)))) return true;
      if ("home" in anchor) {
        const id = anchor.id(row);
        if (id && this.opens(await this.home(anchor.home).load(id))) return true;
      }
    }
    return false;
  }

  private opens(units: string[]): boolean {
    return units.some((id) => unitOpen(this.access, id));
  }

  private home(table: HomeTable): DataLoader<string, string[]> {
    let loader = this.homes.get(table);
    if (!loader) {
      loader = new DataLoader<string, string[]>(async (ids) => {
        const rows: Array<{ id: string; units: string[] }> = await this.em().query(
          `SELECT t.id, (${HOME_UNITS[table]})::text[] AS units FROM ${table} t WHERE t.id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, r.units]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.homes.set(table, loader);
    }
    return loader;
  }
}
