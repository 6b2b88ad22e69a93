import { useMemo } from "react";
import { useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashMonthCellFragment } from "../gql/graphql";
import { monthRange } from "../period";

graphql(`
  fragment DashMonthCell on UnitSummary {
    unitId
    met
    unmet
    pending
    exempt
    total
    complianceRate
  }
`);

/**
 * The cadence findings of each unit in each month, in ONE request: the compliance report of each
 * month (at most 12, unused ones skipped by @include), each answered from the fact cache and
 * counted per unit in SQL (`byUnit`), never by listing findings.
 */
const DashMonthlyCadence = graphql(`
  query DashMonthlyCadence(
    $unitId: ID!
    $ruleCodes: [String!]!
    $from0: LocalDate!
    $to0: LocalDate!
    $on0: Boolean!
    $from1: LocalDate!
    $to1: LocalDate!
    $on1: Boolean!
    $from2: LocalDate!
    $to2: LocalDate!
    $on2: Boolean!
    $from3: LocalDate!
    $to3: LocalDate!
    $on3: Boolean!
    $from4: LocalDate!
    $to4: LocalDate!
    $on4: Boolean!
    $from5: LocalDate!
    $to5: LocalDate!
    $on5: Boolean!
    $from6: LocalDate!
    $to6: LocalDate!
    $on6: Boolean!
    $from7: LocalDate!
    $to7: LocalDate!
    $on7: Boolean!
    $from8: LocalDate!
    $to8: LocalDate!
    $on8: Boolean!
    $from9: LocalDate!
    $to9: LocalDate!
    $on9: Boolean!
    $from10: LocalDate!
    $to10: LocalDate!
    $on10: Boolean!
    $from11: LocalDate!
    $to11: LocalDate!
    $on11: Boolean!
  ) {
    m0: compliance(unitId: $unitId, from: $from0, to: $to0, ruleCodes: $ruleCodes) @include(if: $on0) {
      byUnit {
        ...DashMonthCell
      }
    }
    m1: compliance(unitId: $unitId, from: $from1, to: $to1, ruleCodes: $ruleCodes) @include(if: $on1) {
      byUnit {
        ...DashMonthCell
      }
    }
    m2: compliance(unitId: $unitId, from: $from2, to: $to2, ruleCodes: $ruleCodes) @include(if: $on2) {
      byUnit {
        ...DashMonthCell
      }
    }
    m3: compliance(unitId: $unitId, from: $from3, to: $to3, ruleCodes: $ruleCodes) @include(if: $on3) {
      byUnit {
        ...DashMonthCell
      }
    }
    m4: compliance(unitId: $unitId, from: $from4, to: $to4, ruleCodes: $ruleCodes) @include(if: $on4) {
      byUnit {
        ...DashMonthCell
      }
    }
    m5: compliance(unitId: $unitId, from: $from5, to: $to5, ruleCodes: $ruleCodes) @include(if: $on5) {
      byUnit {
        ...DashMonthCell
      }
    }
    m6: compliance(unitId: $unitId, from: $from6, to: $to6, ruleCodes: $ruleCodes) @include(if: $on6) {
      byUnit {
        ...DashMonthCell
      }
    }
    m7: compliance(unitId: $unitId, from: $from7, to: $to7, ruleCodes: $ruleCodes) @include(if: $on7) {
      byUnit {
        ...DashMonthCell
      }
    }
    m8: compliance(unitId: $unitId, from: $from8, to: $to8, ruleCodes: $ruleCodes) @include(if: $on8) {
      byUnit {
        ...DashMonthCell
      }
    }
    m9: compliance(unitId: $unitId, from: $from9, to: $to9, ruleCodes: $ruleCodes) @include(if: $on9) {
      byUnit {
        ...DashMonthCell
      }
    }
    m10: compliance(unitId: $unitId, from: $from10, to: $to10, ruleCodes: $ruleCodes) @include(if: $on10) {
      byUnit {
        ...DashMonthCell
      }
    }
    m11: compliance(unitId: $unitId, from: $from11, to: $to11, ruleCodes: $ruleCodes) @include(if: $on11) {
      byUnit {
        ...DashMonthCell
      }
    }
  }
`);

export type Cell = DashMonthCellFragment;

export function useMonthlyCadence(unitId: string, months: string[], ruleCodes: string[], refetchInterval: number | false) {
  const variables: Record<string, unknown> = { unitId, ruleCodes };
  for (let i = 0; i < 12; i++) {
    const month = months[i];
    const range = month ? monthRange(month) : { from: "2000-01-01", to: "2000-01-31" };
    variables[`from${i}`] = range.from;
    variables[`to${i}`] = range.to;
    variables[`on${i}`] = !!month;
  }
  const query = useGql(DashMonthlyCadence, variables as never, { enabled: ruleCodes.length > 0, refetchInterval });
  const cells = useMemo(() => {
    const byKey = new Map<string, Cell>();
    const data = query.data as Record<string, { byUnit: Cell[] } | undefined> | undefined;
    if (data) months.slice(0, 12).forEach((month, i) => data[`m${i}`]?.byUnit.forEach((c) => byKey.set(`${c.unitId}|${month}`, c)));
    return byKey;
  }, [query.data, months]);
  return { ...query, cells };
}
