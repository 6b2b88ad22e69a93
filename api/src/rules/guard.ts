import type { EntityManager } from "typeorm";
import { Refusal, RefusalCode } from "../common/refusal";
import { requirementText } from "./finding";
import { parameterVersions, paramsInForce } from "./rule-parameters";
import { Rulebook, RULEBOOK } from "./rulebook";
import type { GuardDefinition, GuardSubject, RuleParams } from "./rule.types";

/**
 * Checks a guard when its step is tried: the guard's numbers in force on `asOf` for the subject's
 * college (the source's, or the committee's change effective by then: rule_parameter, shared with
 * the compliance rules), then its pure check. Null: the step may go ahead; else the typed refusal
 * to return, naming the rule and where it is written. Reads on the request's manager, inside the
 * step's own transaction.
 */
export async function checkGuard<P extends RuleParams, S extends GuardSubject>(
  ctx: { em: EntityManager },
  guard: GuardDefinition<P, S>,
  subject: S,
  asOf: string,
  rulebook: Rulebook = RULEBOOK,
): Promise<Refusal | null> {
  // A guard outside the rulebook would have numbers the committee cannot see or change.
  if (rulebook.guard(guard.code) !== guard) throw new Error(`guard ${guard.code} is not in the rulebook`);
  const { params } = paramsInForce(guard, await parameterVersions(ctx.em, subject.collegeId, guard.code), asOf);
  return judgeGuard(guard, subject, params as P, asOf);
}

/** A guard's verdict with given numbers: pure, so a guard is unit-tested without a database. */
export function judgeGuard<P extends RuleParams, S extends GuardSubject>(
  guard: GuardDefinition<P, S>,
  subject: S,
  params: P,
  asOf: string,
): Refusal | null {
  const outcome = guard.check({ subject, params, asOf });
  if (outcome.allowed) return null;
  const detail = outcome.detail ? `（${outcome.detail}）` : "";
  const message = `${subject.label}｜${requirementText(guard, params)}；实际 ${format(outcome.actual)}${outcome.unit}，不能${guard.step}${detail}。依据：${guard.citation}`;
  return Refusal.of(RefusalCode.RULE_NOT_MET, message, { ruleCode: guard.code, citation: guard.citation, field: outcome.field });
}

function format(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "—";
}
