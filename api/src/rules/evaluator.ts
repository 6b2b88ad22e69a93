import type { EntityManager } from "typeorm";
import { EvaluationContext } from "./evaluation-context";
import { FactCache, factCacheOf } from "./fact-cache";
import type { TableFamily } from "./family.types";
import type { FindingGroup } from "./finding-groups";
import { memberFindingGroups } from "./member-findings";
import { Rulebook, RULEBOOK } from "./rulebook";
import type { RuleDefinition, Subject } from "./rule.types";
import { tableFindingGroups } from "./table-findings";

export interface EvaluationRequest {
  collegeId: string;
  rootUnitId: string;
  from: string;
  to: string;
  asOf: string;
  ruleCodes?: string[];
}

/** What an evaluation found: the findings in groups per rule, period and unit, counted, built when shown. */
export interface Evaluation {
  groups: FindingGroup[];
  rules: RuleDefinition[];
  ctx: EvaluationContext;
}

/**
 * compliance, end to end: load the context once → each fact family's SQL once (its descriptor in
 * facts/: member families counted in SQL, the others judged subject by subject) → each rule's pure
 * check over its subjects × periods → findings with citation, numbers and evidence, in groups per
 * rule, period and unit, in the rulebook's order. Periods that have not begun yet are not judged.
 * The evaluator knows no family and no rule by name: what differs lives in their definitions.
 */
export async function evaluate(
  em: EntityManager,
  request: EvaluationRequest,
  cache: FactCache = factCacheOf(em),
  rulebook: Rulebook = RULEBOOK,
): Promise<Evaluation> {
  const rules = request.ruleCodes?.length
    ? request.ruleCodes.map((c) => rulebook.rule(c)).filter((r): r is RuleDefinition => !!r)
    : rulebook.rules;
  await cache.sync(em);
  const ctx = await new EvaluationContext(
    em,
    request.collegeId,
    request.rootUnitId,
    request.from,
    request.to,
    request.asOf,
    cache,
    rulebook,
  ).load();
  const periodsOf = (rule: RuleDefinition, subject?: Subject) => ctx.periodsFor(rule, subject).filter((p) => p.start <= ctx.asOf);
  const byFamily = new Map<TableFamily, RuleDefinition[]>();
  for (const rule of rules) {
    const family = rulebook.tableFamilyOf(rule);
    if (family) byFamily.set(family, [...(byFamily.get(family) ?? []), rule]);
  }
  // Member rules of every family are counted together: statements are split by the tables they join, not by family.
  const memberRules = rules.filter((rule) => !rulebook.tableFamilyOf(rule));
  const found = await Promise.all([
    memberFindingGroups(ctx, memberRules, periodsOf),
    ...[...byFamily].map(([family, familyRules]) => tableFindingGroups(ctx, family, familyRules, periodsOf)),
  ]);
  const byRule = new Map<RuleDefinition, FindingGroup[]>();
  for (const group of found.flat()) {
    const list = byRule.get(group.rule);
    if (list) list.push(group);
    else byRule.set(group.rule, [group]);
  }
  return { groups: rules.flatMap((rule) => byRule.get(rule) ?? []), rules, ctx };
}
