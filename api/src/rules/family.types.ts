import type { Period } from "../common/periods";
import type { EvaluationContext } from "./evaluation-context";
import type { EvidenceSource, FactTable } from "./facts/fact-table";
import type { MemberFactSql } from "./facts/member-fact-sql";
import type { LoadedSubject, RuleDefinition, RuleParams, Subject, SubjectKind } from "./rule.types";

/**
 * A fact family: one SQL aggregation (or one per set of tables, for member facts) that supplies
 * the facts of the rules naming it. Each family is described once, beside its SQL in facts/, and
 * listed in facts/index.ts; the evaluator knows families only through these descriptors, so a
 * family is added by adding files (its facts file, its rules file) and two list entries.
 */
export type FactFamily = TableFamily | MemberFamily;

/**
 * Facts judged in memory, subject by subject: units, assignments, cases — thousands at most. The
 * family loads a table of facts for the subtree (and its subjects, if they are not the units), or
 * — `keptPer: "UNIT"` — one table per unit, so a write recomputes only its unit's facts.
 */
export type TableFamily = SubtreeFamily | PerUnitFamily;

interface TableFamilyBase {
  kind: "table";
  name: string;
  /** What its findings are about: "UNIT" (the subtree's units) or the subjects it loads. */
  subject: SubjectKind;
  /**
   * The tables its SQL reads: a cached table is dropped when one of them changes (fact-cache.ts).
   * A test EXPLAINs the statements and fails on a table missing here.
   */
  sources: readonly string[];
  /**
   * Whatever the SQL depends on besides its tables, the periods and the evaluation dates (rule
   * numbers it reads, settings): part of its cache key. Rule numbers and settings used only when
   * judging do not belong here — changing them then keeps the facts.
   */
  key?: (ctx: EvaluationContext, need: FamilyNeed) => unknown;
  /** Whether a rule judges a subject in a period, besides its span (default: the unit filters of `appliesTo`). */
  applies?: (rule: RuleDefinition, subject: Subject, period: Period) => boolean;
  /**
   * How findings cite their records when the table keeps only numbers (each meeting of every unit
   * in every period would be too many): a page's findings read their facts again, evidence and all.
   */
  evidence?: EvidenceSource;
}

export interface SubtreeFamily extends TableFamilyBase {
  keptPer: "SUBTREE";
  load(ctx: EvaluationContext, need: FamilyNeed): Promise<FactTable | { table: FactTable; subjects: LoadedSubject[] }>;
}

export interface PerUnitFamily extends TableFamilyBase {
  keptPer: "UNIT";
  subject: "UNIT";
  /** Every table it reads must log the units it changes (fact-cache.ts UNIT_LOGGED), except the org tree. */
  load(ctx: EvaluationContext, need: FamilyNeed, unitIds: string[]): Promise<Map<string, FactTable>>;
}

/**
 * Member facts: never loaded row by row — members are counted by (branch, period, category,
 * standing, mobile status, value) in SQL (member-fact-cells.ts) and a page reads just its members
 * (member-findings.ts). Each variant is one SQL value over the member and their summary rows.
 */
export interface MemberFamily {
  kind: "member";
  name: string;
  subject: "MEMBER";
  variants: Readonly<Record<string, MemberFactSql>>;
}

/** What the evaluation needs of a table family: its rules' variants, periods and numbers. */
export interface FamilyNeed {
  rules: RuleDefinition[];
  variants: string[];
  /** The calendar and snapshot periods of its rules, each once. */
  periods: Period[];
  /** All periods its facts must cover for a subject: the calendar ones and its rules' subject-dated ones. */
  periodsOf(subject: LoadedSubject): Period[];
  /** A rule's numbers in force on a date (for the few numbers a family's SQL reads; name them in `key`). */
  paramsOn(rule: RuleDefinition, date: string): RuleParams;
}
