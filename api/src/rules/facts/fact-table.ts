import type { EntityManager } from "typeorm";
import type { Period } from "../../common/periods";
import type { Evidence, Fact } from "../rule.types";

/** Which fact: a variant of a family, for one subject, in one period. */
export interface FactKey {
  variant: string;
  subjectId: string;
  period: Period;
}

/**
 * For facts whose evidence is too bulky to keep for every finding (each meeting of every unit in
 * every period): the table keeps the numbers, and the facts of the findings a page shows are read
 * again, evidence and all, one statement per page (a family's `evidence`). A module-level
 * function, so a page's findings from many tables share one batch.
 */
export type EvidenceSource = (em: EntityManager, keys: readonly FactKey[]) => Promise<Fact[]>;

export const factKeyId = (k: FactKey) => `${k.variant}|${k.subjectId}|${k.period.kind}|${k.period.key}`;

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

  /** Adds a count (and its evidence and per-item measures) to what is there; `items` is never modified. */
  add(variant: string, subjectId: string, periodKey: string, value: number, evidence: Evidence[] = [], items?: number[]): void {
    const key = FactTable.key(variant, subjectId, periodKey);
    const fact = this.facts.get(key);
    if (!fact) {
      this.facts.set(key, { value, evidence: [...evidence], items });
      return;
    }
    fact.value += value;
    if (evidence.length) fact.evidence.push(...evidence);
    if (items) fact.items = fact.items ? fact.items.concat(items) : items;
  }
}

/** The period table handed to SQL: parallel arrays of keys and date bounds. */
export function periodParams(periods: Period[]): [string[], string[], string[]] {
  return [periods.map((p) => p.key), periods.map((p) => p.start), periods.map((p) => p.end)];
}

export const PERIODS_CTE = `p(key, s, e) AS (SELECT * FROM unnest($2::text[], $3::date[], $4::date[]))`;
