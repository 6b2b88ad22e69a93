import { useMemo } from "react";
import { useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashMatrixCellFragment } from "../gql/graphql";
import { monthRange } from "../period";

graphql(`
  fragment DashMatrixCell on MatrixCell {
    periodKey
    met
    unmet
    pending
    exempt
    total
    complianceRate
  }
`);

/**
 * Each unit's cadence findings per month, in one request: `complianceMatrix` counts them per unit
 * and month from the same fact cache and SQL aggregation as `compliance`, never listing findings.
 */
const DashCadenceMatrix = graphql(`
  query DashCadenceMatrix($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!]) {
    complianceMatrix(unitId: $unitId, from: $from, to: $to, periodKind: MONTH, ruleCodes: $ruleCodes) {
      rows {
        unitId
        unitName
        unitKind
        parentId
        cells {
          ...DashMatrixCell
        }
      }
    }
  }
`);

export type Cell = DashMatrixCellFragment;

export function useMonthlyCadence(unitId: string, months: string[], ruleCodes: string[], refetchInterval: number | false) {
  const from = monthRange(months[0]).from;
  const to = monthRange(months[months.length - 1]).to;
  const query = useGql(DashCadenceMatrix, { unitId, from, to, ruleCodes }, { enabled: ruleCodes.length > 0, refetchInterval });
  const { cells, names } = useMemo(() => {
    const byKey = new Map<string, Cell>();
    const names = new Map<string, string>();
    for (const row of query.data?.complianceMatrix.rows ?? []) {
      names.set(row.unitId, row.unitName);
      for (const cell of row.cells) byKey.set(`${row.unitId}|${cell.periodKey}`, cell);
    }
    return { cells: byKey, names };
  }, [query.data]);
  return { ...query, cells, names };
}
