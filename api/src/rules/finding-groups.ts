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
   * at most `limit`. `em` is the caller's: a cached group may outlive the request that built it.
   */
  materialise(em: EntityManager, statuses: ReadonlySet<FindingStatus> | null, offset: number, limit: number): Promise<Finding[]>;
}

/** A group over findings already built in memory (units, assignments: a few thousand at most). */
export function groupsOf(findings: Finding[], rule: RuleDefinition): FindingGroup[] {
  const groups = new Map<string, { period: Period; unitId: string; findings: Finding[]; counts: StatusTally }>();
  for (const finding of findings) {
    const key = `${finding.period.key}|${finding.unitId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { period: finding.period, unitId: finding.unitId, findings: [], counts: emptyTally() }));
    group.findings.push(finding);
    group.counts[finding.status]++;
  }
  return [...groups.values()].map((g) => ({
    rule,
    period: g.period,
    unitId: g.unitId,
    counts: g.counts,
    materialise: async (_em, statuses, offset, limit) => (statuses ? g.findings.filter((f) => statuses.has(f.status)) : g.findings).slice(offset, offset + limit),
  }));
}

/** Groups of one rule in the order of every report: by period, then by the units' tree order. */
export function inReportOrder(groups: FindingGroup[], periods: readonly Period[], units: ReadonlyArray<{ id: string }>): FindingGroup[] {
  const periodIndex = new Map(periods.map((p, i) => [p.key, i]));
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const at = (g: FindingGroup) => [periodIndex.get(g.period.key) ?? 0, unitIndex.get(g.unitId) ?? 0];
  return groups.sort((a, b) => {
    const [pa, ua] = at(a);
    const [pb, ub] = at(b);
    return pa - pb || ua - ub;
  });
}

export function countOf(counts: StatusTally, statuses: ReadonlySet<FindingStatus> | null): number {
  if (!statuses) return counts.MET + counts.UNMET + counts.PENDING + counts.EXEMPT;
  let n = 0;
  for (const status of statuses) n += counts[status];
  return n;
}

/** One page over the groups: skips whole groups by their counts, builds only what the page shows. */
export async function pageOf(
  em: EntityManager,
  groups: readonly FindingGroup[],
  statuses: ReadonlySet<FindingStatus> | null,
  offset: number,
  first: number,
): Promise<{ items: Finding[]; totalCount: number }> {
  const items: Finding[] = [];
  let totalCount = 0;
  let skip = offset;
  for (const group of groups) {
    const count = countOf(group.counts, statuses);
    totalCount += count;
    if (items.length >= first || count === 0) continue;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const take = Math.min(count - skip, first - items.length);
    items.push(...(await group.materialise(em, statuses, skip, take)));
    skip = 0;
  }
  return { items, totalCount };
}
