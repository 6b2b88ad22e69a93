import type { DashboardState } from "../context";
import { groupUnder } from "../context";

export interface Counts {
  met: number;
  unmet: number;
  pending: number;
  total: number;
}

/** Sums per-unit counts into the groups one level below the chosen unit (adding counts only). */
export function sumByGroup(state: Pick<DashboardState, "unitId" | "units">, rows: Array<Counts & { unitId: string }>): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  for (const row of rows) {
    const key = groupUnder(state, row.unitId);
    const g = groups.get(key) ?? { met: 0, unmet: 0, pending: 0, total: 0 };
    g.met += row.met;
    g.unmet += row.unmet;
    g.pending += row.pending;
    g.total += row.total;
    groups.set(key, g);
  }
  return groups;
}

/** Share not (yet) reaching the requirement among those judged or still open: (未达标 + 进行中) / (达标 + 未达标 + 进行中). */
export function shareShort(c: Counts): number | null {
  const judged = c.met + c.unmet + c.pending;
  return judged ? (c.unmet + c.pending) / judged : null;
}
