import type { GuardDefinition, RuleDefinition } from "../rule.types";
import { DEVELOPMENT_GUARDS, DEVELOPMENT_RULES } from "./development.rules";
import { DOCUMENT_RULES } from "./document.rules";
import { EDUCATION_RULES } from "./education.rules";
import { LIAISON_RULES } from "./liaison.rules";
import { MEETING_CADENCE_RULES } from "./meeting-cadence.rules";
import { MEMBER_DUTY_RULES } from "./member-duty.rules";
import { RESOURCE_RULES } from "./resource.rules";
import { ASSESSMENT_GUARDS, ASSESSMENT_RULES } from "./assessment.rules";

/** The rulebook: every written rule of DOMAIN §3–§8, once, with its citation and numbers. */
export const RULES: readonly RuleDefinition[] = [
  ...MEETING_CADENCE_RULES,
  ...EDUCATION_RULES,
  ...MEMBER_DUTY_RULES,
  ...LIAISON_RULES,
  ...RESOURCE_RULES,
  ...DOCUMENT_RULES,
  ...DEVELOPMENT_RULES,
  ...ASSESSMENT_RULES,
];

/**
 * Written rules checked when a step is tried (guard.ts), listed with the rules and sharing their
 * codes and committee-set numbers: member development's steps (DOMAIN §8) and the assessment appeal's
 * window (附件 四(二)).
 */
export const GUARDS: readonly GuardDefinition[] = [...DEVELOPMENT_GUARDS, ...ASSESSMENT_GUARDS];
