import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { periodGrid, type Period, type PeriodKind } from "../common/periods";
import type { StatusTotals } from "./compliance.results";
import { checkReportRange, counts, unitInScope } from "./compliance.service";
import { evaluate } from "./evaluator";
import type { FindingGroup, StatusTally } from "./finding-groups";

export interface MatrixArgs {
  unitId: string;
  from: string;
  to: string;
  periodKind: PeriodKind;
  ruleCodes?: string[];
  asOf?: string;
}

export interface MatrixResult {
  unitId: string;
  from: string;
  to: string;
  asOf: string;
  periodKind: PeriodKind;
  totals: StatusTotals;
  /** The columns, with the counts of each (the subtree's rate per period). */
  periods: Array<StatusTotals & { key: string; label: string; start: string; end: string }>;
  /** One per unit with findings, in the tree's order; cells only where the unit has findings. */
  rows: Array<
    StatusTotals & {
      unitId: string;
      unitName: string;
      unitKind: string;
      parentId: string | null;
      cells: Array<StatusTotals & { periodKey: string }>;
    }
  >;
  /** Per fact family of the rules (ACTIVITIES, EDUCATION_HOURS, LIAISON_VISITS …): the UNMET by family. */
  byFamily: Array<StatusTotals & { family: string }>;
}

/**
 * Compliance as a grid of units × periods: the same evaluation as `compliance` (facts from the
 * cache, member rules counted in SQL, findings judged to a status and counted in groups per rule,
 * period and unit) — only the groups' counts are added up, no finding is built. A group counts in
 * the column of `periodKind` in which its own period ends (a monthly rule in its month, a yearly
 * one in the range's last column of its year, a snapshot at the range's end), clamped to the range.
 */
export async function complianceMatrix(ctx: RequestContext, args: MatrixArgs): Promise<MatrixResult> {
  const unit = await unitInScope(ctx, args.unitId);
  checkReportRange(args);
  const asOf = args.asOf ?? today();
  const request = { collegeId: unit.collegeId, rootUnitId: unit.id, from: args.from, to: args.to, asOf, ruleCodes: args.ruleCodes };
  const { groups, ctx: evaluation } = await evaluate(ctx.shared.manager, request);
  const columns =
    args.periodKind === "SEMESTER"
      ? evaluation
          .semesterPeriods()
          .filter((p) => p.start <= args.to && p.end >= args.from)
          .sort((a, b) => (a.start < b.start ? -1 : 1))
      : periodGrid(args.from, args.to, [], [args.periodKind]);
  const columnOf = (group: FindingGroup): Period | undefined => {
    const end = group.period.end > args.to ? args.to : group.period.end < args.from ? args.from : group.period.end;
    // Between two semesters (a vacation): the semester before; before the first: the first.
    let found = columns[0];
    for (const c of columns) if (c.start <= end) found = c;
    return found;
  };

  const byColumn = new Map<string, StatusTally[]>();
  const byUnit = new Map<string, Map<string, StatusTally[]>>();
  const byFamily = new Map<string, StatusTally[]>();
  for (const group of groups) {
    const column = columnOf(group)?.key ?? "";
    push(byColumn, column, group.counts);
    push(byFamily, group.rule.family, group.counts);
    let cells = byUnit.get(group.unitId);
    if (!cells) byUnit.set(group.unitId, (cells = new Map()));
    push(cells, column, group.counts);
  }
  const units = new Map(evaluation.units.map((u, order) => [u.id, { ...u, order }]));
  return {
    unitId: unit.id,
    from: args.from,
    to: args.to,
    asOf,
    periodKind: args.periodKind,
    totals: counts(groups.map((g) => g.counts)),
    periods: columns.map((c) => ({ ...counts(byColumn.get(c.key) ?? []), key: c.key, label: c.label, start: c.start, end: c.end })),
    rows: [...byUnit.entries()]
      .sort(([a], [b]) => (units.get(a)?.order ?? Infinity) - (units.get(b)?.order ?? Infinity))
      .map(([unitId, cells]) => ({
        ...counts([...cells.values()].flat()),
        unitId,
        unitName: units.get(unitId)?.fullName ?? "",
        unitKind: units.get(unitId)?.kind ?? "",
        // Within the subtree only: the root's parent lies above the request (and possibly the caller's scope).
        parentId: units.has(units.get(unitId)?.parentId ?? "") ? units.get(unitId)!.parentId : null,
        cells: columns.filter((c) => cells.has(c.key)).map((c) => ({ ...counts(cells.get(c.key)!), periodKey: c.key })),
      })),
    byFamily: [...byFamily.entries()].map(([family, tallies]) => ({ ...counts(tallies), family })),
  };
}

function push<K>(map: Map<K, StatusTally[]>, key: K, tally: StatusTally): void {
  const list = map.get(key);
  if (list) list.push(tally);
  else map.set(key, [tally]);
}
