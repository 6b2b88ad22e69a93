import type { Finding } from "./finding";
import type { FindingGroup } from "./finding-groups";
import type { ParameterVersion } from "./rule-parameters";
import type { FindingStatus, GuardDefinition, RuleDefinition } from "./rule.types";

/*
 * What the compliance service answers, as plain data: the GraphQL views (compliance.views.ts) are
 * built from these in the resolver layer (compliance.presenter.ts) and nowhere else, so the engine
 * serves other callers (a job, a report export, member development's own checks) alike.
 */

/** A rulebook entry with the committee's changes of its numbers, oldest first. */
export type RuleWithVersions =
  | { kind: "COMPLIANCE"; rule: RuleDefinition; versions: ParameterVersion[] }
  | { kind: "GUARD"; rule: GuardDefinition; versions: ParameterVersion[] };

export interface StatusTotals {
  met: number;
  unmet: number;
  pending: number;
  exempt: number;
  total: number;
  /** met / (met + unmet); null when nothing judged is over. */
  complianceRate: number | null;
}

export interface ComplianceResult {
  unitId: string;
  from: string;
  to: string;
  asOf: string;
  totals: StatusTotals;
  byRule: Array<StatusTotals & { ruleCode: string; family: string; title: string; citation: string }>;
  byUnit: Array<StatusTotals & { unitId: string; unitName: string; unitKind: string }>;
  /** The findings in groups (rule, period, unit) with counts; a page of them is built when shown. */
  groups: FindingGroup[];
  /** The statuses asked for (null: all); the summaries count every status. */
  statuses: ReadonlySet<FindingStatus> | null;
}

export interface FindingPageResult {
  items: Finding[];
  totalCount: number;
}

export interface SilentUnitResult {
  unitId: string;
  unitName: string;
  unitKind: string;
  lastActivityOn: string | null;
  daysSilent: number | null;
  message: string;
}

/** A compliance setting as stored: the value is `{ value: … }`, as it is given. */
export interface ComplianceSettingResult {
  key: string;
  value: { value: unknown };
  note: string | null;
  setByLabel: string | null;
  updatedAt: Date;
  version: number;
}
