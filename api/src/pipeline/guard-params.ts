import type { RequestContext } from "../context";
import { parameterVersions, paramsInForce } from "../rules/rule-parameters";
import type { RuleBase, RuleParams } from "../rules/rule.types";

/** A guard's (or rule's) numbers in force on a day for a college (the source's, or the committee's change): what a step computes with. */
export async function guardParams<P extends RuleParams>(
  ctx: Pick<RequestContext, "em">,
  guard: RuleBase<P>,
  collegeId: string,
  on: string,
): Promise<P> {
  return paramsInForce(guard, await parameterVersions(ctx.em, collegeId, guard.code), on).params as P;
}
