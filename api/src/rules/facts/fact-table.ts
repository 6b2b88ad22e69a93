import type { Period } from "../../common/periods";
import type { Evidence, Fact } from "../rule.types";

/** Facts keyed by variant, subject and period; a missing key reads as zero with no evidence. */
export class FactTable {
  private readonly facts = new Map<string, Fact>();

  static key(variant: string, subjectId: string, periodKey: string): string {
    return `${variant}|${subjectId}|${periodKey}`;
  }

  get(variant: string, subjectId: string, periodKey: string): Fact {
    return this.facts.get(FactTable.key(variant, subjectId, periodKey)) ?? { value: 0, evidence: [] };
  }

  set(variant: string, subjectId: string, periodKey: string, fact: Fact): void {
    this.facts.set(FactTable.key(variant, subjectId, periodKey), fact);
  }

  /** Adds a count (and its evidence and per-item measures) to what is there. */
  add(variant: string, subjectId: string, periodKey: string, value: number, evidence: Evidence[] = [], items?: number[]): void {
    const key = FactTable.key(variant, subjectId, periodKey);
    const fact = this.facts.get(key) ?? { value: 0, evidence: [], items: items ? [] : undefined };
    fact.value += value;
    fact.evidence.push(...evidence);
    if (items) fact.items = [...(fact.items ?? []), ...items];
    this.facts.set(key, fact);
  }
}

/** The period table handed to SQL: parallel arrays of keys and date bounds. */
export function periodParams(periods: Period[]): [string[], string[], string[]] {
  return [periods.map((p) => p.key), periods.map((p) => p.start), periods.map((p) => p.end)];
}

export const PERIODS_CTE = `p(key, s, e) AS (SELECT * FROM unnest($2::text[], $3::date[], $4::date[]))`;
