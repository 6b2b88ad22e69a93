import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import type { Period } from "../common/periods";
import type { Finding } from "./finding";
import type { FindingStatus, RuleDefinition } from "./rule.types";

export type StatusTally = Record<FindingStatus, number>;

export const emptyTally = (): StatusTally => ({ MET: 0, UNMET: 0, PENDING: 0, EXEMPT: 0 });

/**
 * The findings of one rule, period and unit, counted by status. A report is an ordered list of
 * groups: its summaries add the counts up, and a page of findings is built only for the groups it
 * reaches. That is what keeps a college-wide report cheap when it holds a finding per member:
 * member findings are counted in SQL and materialised a page at a time.
 */
export interface FindingGroup {
  rule: RuleDefinition;
  period: Period;
  unitId: string;
  counts: StatusTally;
  /**
   * The group's findings with one of `statuses` (null: any), in the group's order, from `offset`,
   * at most `limit`. The page is the caller's: a cached group may outlive the request that built it.
   */
  materialise(page: PageLoad, statuses: ReadonlySet<FindingStatus> | null, offset: number, limit: number): Promise<Finding[]>;
}

/**
 * What the groups a page reaches share: the caller's manager, and a batch loader per kind of
 * record they read, so the page's findings read their evidence in one statement however many
 * groups they come from.
 */
export class PageLoad {
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown, string>>();

  constructor(readonly em: EntityManager) {}

  /** The page's loader over `batch` (one per batch function: pass a module-level function). */
  loader<K, V>(batch: (em: EntityManager, keys: readonly K[]) => Promise<V[]>, keyOf: (key: K) => string): DataLoader<K, V, string> {
    let loader = this.loaders.get(batch) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>((keys) => batch(this.em, keys), { cacheKeyFn: keyOf });
      this.loaders.set(batch, loader as DataLoader<unknown, unknown, string>);
    }
    return loader;
  }
}

/** A subject judged for a rule in a period: its status now, its finding when a page shows it. */
export interface Judged {
  status: FindingStatus;
  unitId: string;
  period: Period;
}

/**
 * Groups over subjects judged in memory (units, assignments: a few thousand at most), by period
 * and unit. Only counts are kept; `build` makes the findings a page shows, from its judged items.
 */
export function groupsOf<T extends Judged>(
  judged: T[],
  rule: RuleDefinition,
  build: (page: PageLoad, items: T[]) => Promise<Finding[]>,
): FindingGroup[] {
  const groups = new Map<string, { period: Period; unitId: string; items: T[]; counts: StatusTally }>();
  for (const item of judged) {
    const key = `${item.period.key}|${item.unitId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { period: item.period, unitId: item.unitId, items: [], counts: emptyTally() }));
    group.items.push(item);
    group.counts[item.status]++;
  }
  return [...groups.values()].map((g) => ({
    rule,
    period: g.period,
    unitId: g.unitId,
    counts: g.counts,
    materialise: (page, statuses, offset, limit) =>
      build(page, (statuses ? g.items.filter((x) => statuses.has(x.status)) : g.items).slice(offset, offset + limit)),
  }));
}

/** Groups of one rule in the order of every report: by period, then by the units' tree order. */
export function inReportOrder(groups: FindingGroup[], periods: readonly Period[], units: ReadonlyArray<{ id: string }>): FindingGroup[] {
  const periodIndex = new Map(periods.map((p, i) => [p.key, i]));
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const rank = new Map(groups.map((g) => [g, (periodIndex.get(g.period.key) ?? 0) * (units.length + 1) + (unitIndex.get(g.unitId) ?? 0)]));
  return groups.sort((a, b) => rank.get(a)! - rank.get(b)!);
}

export function countOf(counts: StatusTally, statuses: ReadonlySet<FindingStatus> | null): number {
  if (!statuses) return counts.MET + counts.UNMET + counts.PENDING + counts.EXEMPT;
  let n = 0;
  for (const status of statuses) n += counts[status];
  return n;
}

/**
 * One page over the groups: skips whole groups by their counts, builds only what the page shows
 * — the groups it reaches together, sharing one PageLoad.
 */
export async function pageOf(
  em: EntityManager,
  groups: readonly FindingGroup[],
  statuses: ReadonlySet<FindingStatus> | null,
  offset: number,
  first: number,
): Promise<{ items: Finding[]; totalCount: number }> {
  const slices: Array<{ group: FindingGroup; skip: number; take: number }> = [];
  let totalCount = 0;
  let skip = offset;
  let wanted = first;
  for (const group of groups) {
    const count = countOf(group.counts, statuses);
    totalCount += count;
    if (wanted <= 0 || count === 0) continue;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const take = Math.min(count - skip, wanted);
    slices.push({ group, skip, take });
    wanted -= take;
    skip = 0;
  }
  const page = new PageLoad(em);
  const built = await Promise.all(slices.map((s) => s.group.materialise(page, statuses, s.skip, s.take)));
  return { items: built.flat(), totalCount };
}
