import { ClassType, createUnionType, Field, InterfaceType, ObjectType, registerEnumType } from "type-graphql";

/**
 * Expected domain failures are returned, not thrown (Vendure's ErrorResult pattern): a client
 * switches on `__typename` and shows `message` to the user.
 */
export enum RefusalCode {
  INVALID_PARENT = "INVALID_PARENT",
  MOVE_INTO_OWN_SUBTREE = "MOVE_INTO_OWN_SUBTREE",
  UNIT_NOT_EMPTY = "UNIT_NOT_EMPTY",
  UNIT_ARCHIVED = "UNIT_ARCHIVED",
  MEMBER_NOT_ACTIVE = "MEMBER_NOT_ACTIVE",
  MEMBER_NOT_IN_UNIT = "MEMBER_NOT_IN_UNIT",
  SAME_BRANCH = "SAME_BRANCH",
  ALREADY_LINKED = "ALREADY_LINKED",
  ALREADY_ENDED = "ALREADY_ENDED",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  ACCOUNT_LOCKED = "ACCOUNT_LOCKED",
  USERNAME_TAKEN = "USERNAME_TAKEN",
  ALREADY_REVOKED = "ALREADY_REVOKED",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  DUES_ALREADY_RECORDED = "DUES_ALREADY_RECORDED",
  ALLOWANCE_ALREADY_RECORDED = "ALLOWANCE_ALREADY_RECORDED",
  RECORD_ARCHIVED = "RECORD_ARCHIVED",
  SEMESTER_OVERLAP = "SEMESTER_OVERLAP",
  SEMESTER_EXISTS = "SEMESTER_EXISTS",
  RECORD_BOOK_ALREADY_HANDED_IN = "RECORD_BOOK_ALREADY_HANDED_IN",
  NOT_A_STUDENT = "NOT_A_STUDENT",
  NOT_A_TEACHER = "NOT_A_TEACHER",
  NOT_ASSIGNMENT_LIAISON = "NOT_ASSIGNMENT_LIAISON",
  ASSIGNMENT_NOT_ACTIVE = "ASSIGNMENT_NOT_ACTIVE",
  ALREADY_RESOLVED = "ALREADY_RESOLVED",
  ALREADY_CONFIRMED = "ALREADY_CONFIRMED",
  OUTSIDE_UNIT = "OUTSIDE_UNIT",
  /** A written rule checked when a step is tried (a guard of the rulebook) is not met. */
  RULE_NOT_MET = "RULE_NOT_MET",
}
registerEnumType(RefusalCode, { name: "RefusalCode", description: "Why a request was refused by a domain rule." });

@InterfaceType({ description: "Implemented by every expected, typed refusal." })
export abstract class ErrorResult {
  @Field(() => RefusalCode)
  errorCode: RefusalCode;

  @Field({ description: "A zh-CN sentence for the user." })
  message: string;
}

@ObjectType({ implements: ErrorResult, description: "A domain rule refused the request; nothing was written." })
export class Refusal extends ErrorResult {
  @Field({ nullable: true, description: "The rule code, where a written rule refused it." })
  ruleCode?: string;

  @Field({ nullable: true, description: "Where the rule is written in the source, where a written rule refused it." })
  citation?: string;

  @Field({ nullable: true, description: "The input field the refusal is about, if any." })
  field?: string;

  @Field(() => [String], {
    nullable: true,
    description: "Where a workflow refused a step: the states the record may move to instead (none when final).",
  })
  allowedNext?: string[];

  static of(
    errorCode: RefusalCode,
    message: string,
    extra: { ruleCode?: string; citation?: string; field?: string; allowedNext?: string[] } = {},
  ): Refusal {
    return Object.assign(new Refusal(), { errorCode, message, ...extra });
  }
}

export function isRefusal(value: unknown): value is Refusal {
  return value instanceof Refusal;
}

/** `XResult = X | Refusal` for a mutation that returns X on success. */
export function resultUnion<T extends object>(name: string, type: ClassType<T>) {
  return createUnionType({
    name,
    types: () => [type, Refusal] as const,
    resolveType: (value) => (isRefusal(value) ? Refusal : type),
  });
}
