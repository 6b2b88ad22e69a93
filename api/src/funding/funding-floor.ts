import type { EntityManager } from "typeorm";
import type { Fen } from "../common/money";
import { MemberCategory } from "../member/member.enums";
import { FUNDING_FLOOR as RULE, fundingFloorFen } from "../rules/registry/resource.rules";
import { parameterVersions, paramsInForce } from "../rules/rule-parameters";
import type { RuleParams } from "../rules/rule.types";

/**
 * FUNDING_FLOOR (四(五)1) as the funding area uses it: the rule's own formula and numbers, written
 * once in api/src/rules/registry/resource.rules.ts, so the funding summary and the compliance
 * report give every branch the same floor.
 */
export const FUNDING_FLOOR = { code: RULE.code, citation: RULE.citation, description: RULE.requirement } as const;

/** The rule's numbers for a calendar year: the committee's change in force on 1 January, as the compliance report judges that year. */
export async function fundingFloorParams(em: EntityManager, collegeId: string, year: number): Promise<RuleParams> {
  return paramsInForce(RULE, await parameterVersions(em, collegeId, RULE.code), `${year}-01-01`).params;
}

/** The floor for given member counts, in fen (the source's numbers unless given others). */
export function fundingFloor(counts: Record<MemberCategory, number>, retireesAsFaculty: boolean, params: RuleParams = RULE.defaults): Fen {
  return fundingFloorFen({ faculty: counts.FACULTY, student: counts.STUDENT, retired: counts.RETIRED }, retireesAsFaculty, params);
}
