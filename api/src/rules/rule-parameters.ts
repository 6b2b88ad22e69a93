import type { EntityManager } from "typeorm";
import type { RuleBase, RuleParams } from "./rule.types";

/** A committee change of a rule's numbers (rule_parameter), in force from its date on. */
export interface ParameterVersion {
  ruleCode: string;
  effectiveFrom: string;
  params: RuleParams;
  note: string | null;
}

/**
 * The committee's changes of the rulebook's numbers for a college (or of one rule), oldest
 * first: compliance rules and guards alike. Read per request, on the request's manager.
 */
export async function parameterVersions(em: EntityManager, collegeId: string, ruleCode?: string): Promise<ParameterVersion[]> {
  const rows: Array<{ rule_code: string; effective_from: string; params: RuleParams; note: string | null }> = await em.query(
    `SELECT rule_code, effective_from::text, params, note FROM rule_parameter
      WHERE college_id = $1 AND ($2::text IS NULL OR rule_code = $2) ORDER BY effective_from`,
    [collegeId, ruleCode ?? null],
  );
  return rows.map(versionOf);
}

export const versionOf = (row: {
  rule_code: string;
  effective_from: string;
  params: RuleParams;
  note: string | null;
}): ParameterVersion => ({
  ruleCode: row.rule_code,
  effectiveFrom: row.effective_from,
  params: row.params,
  note: row.note,
});

/** A rule's numbers in force on a date: its defaults, overridden by the latest change effective by then. */
export function paramsInForce(
  rule: RuleBase,
  versions: readonly ParameterVersion[],
  date: string,
): { params: RuleParams; override: ParameterVersion | null } {
  let override: ParameterVersion | null = null;
  for (const version of versions) {
    if (version.ruleCode === rule.code && version.effectiveFrom <= date) override = version;
  }
  return { params: { ...rule.defaults, ...(override?.params ?? {}) }, override };
}
