import type { CheckInput, CheckResult, RuleParams } from "./rule.types";

/** Which parameter a check compares against and how: read by the registry's boundary tests. */
export interface Threshold {
  param: string | null;
  kind: "AT_LEAST" | "EACH_AT_LEAST" | "AT_MOST" | "COMPUTED_FLOOR";
}

type Check = ((input: CheckInput<RuleParams>) => CheckResult) & { threshold?: Threshold };

function described(check: Check, threshold: Threshold): Check {
  return Object.assign(check, { threshold });
}

/**
 * The shapes most written rules take, as pure functions (unit-tested without a database).
 * An unmet requirement is PENDING while its period is still running, UNMET once it is over.
 */
function openOrUnmet(periodOver: boolean): "PENDING" | "UNMET" {
  return periodOver ? "UNMET" : "PENDING";
}

/** “at least {min} …” over a count or a sum in the period. */
export function atLeast(param: string, unit: string): Check {
  return described(
    ({ fact, params, periodOver, period }: CheckInput<RuleParams>): CheckResult => {
      const expected = params[param];
      const actual = fact.value;
      if (actual >= expected) return { status: "MET", expected, actual, unit };
      const missing = round2(expected - actual);
      return {
        status: openOrUnmet(periodOver),
        expected,
        actual,
        unit,
        detail: periodOver ? `缺 ${missing}${unit}` : `还需 ${missing}${unit}，截止 ${period.end}`,
      };
    },
    { param, kind: "AT_LEAST" },
  );
}

/**
 * “each … lasts at least {min} minutes”: every item of the fact must reach it. The evidence (when
 * the fact carries it, aligned with the items) is the items that fall short.
 */
export function eachAtLeast(param: string, unit: string): Check {
  return described(
    ({ fact, params }: CheckInput<RuleParams>): CheckResult => {
      const expected = params[param];
      const items = fact.items ?? [];
      const short = items.flatMap((minutes, i) => (minutes < expected ? [i] : []));
      const shortest = items.length ? Math.min(...items) : expected;
      if (short.length === 0) return { status: "MET", expected, actual: shortest, unit };
      const evidence = short.flatMap((i) =>
        fact.evidence[i] ? [{ ...fact.evidence[i], label: `${fact.evidence[i].label ?? ""}（${items[i]} 分钟）`.trim() }] : [],
      );
      return { status: "UNMET", expected, actual: shortest, unit, evidence, detail: `${short.length} 次不足 ${expected}${unit}` };
    },
    { param, kind: "EACH_AT_LEAST" },
  );
}

/** “no more than {max} …” (e.g. months of unpaid dues: 0). */
export function atMost(param: string, unit: string): Check {
  return described(
    ({ fact, params }: CheckInput<RuleParams>): CheckResult => {
      const expected = params[param];
      return fact.value <= expected
        ? { status: "MET", expected, actual: fact.value, unit }
        : { status: "UNMET", expected, actual: fact.value, unit, detail: `超出 ${round2(fact.value - expected)}${unit}` };
    },
    { param, kind: "AT_MOST" },
  );
}

/**
 * “the value reaches a floor the rule computes” (the fund floor from members × yuan per head, the
 * rebate from the dues collected × the share): `floorOf` is the rule's own formula.
 */
export function reachesComputedFloor(
  unit: string,
  toDisplay: (n: number) => number,
  floorOf: (input: CheckInput<RuleParams>) => number,
): Check {
  return described(
    (input: CheckInput<RuleParams>): CheckResult => {
      const { fact, periodOver, period } = input;
      const floor = floorOf(input);
      const expected = toDisplay(floor);
      const actual = toDisplay(fact.value);
      if (fact.value >= floor) return { status: "MET", expected, actual, unit };
      return {
        status: openOrUnmet(periodOver),
        expected,
        actual,
        unit,
        detail: periodOver ? `差 ${round2(expected - actual)}${unit}` : `还差 ${round2(expected - actual)}${unit}，截止 ${period.end}`,
      };
    },
    { param: null, kind: "COMPUTED_FLOOR" },
  );
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
