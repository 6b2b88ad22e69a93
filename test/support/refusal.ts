import type { RefusalCode } from "./generated/graphql";

/** Anything a typed operation answers with a `__typename` (select it in the operation). */
type Typed = { __typename?: string };

/** The refusal member of a typed result union (`MemberResult` → its `Refusal` selection). */
export type RefusalOf<T> = Extract<T, { __typename: "Refusal" }>;
/** The record member(s) of a typed result union: everything but the refusal. */
export type AcceptedOf<T> = Exclude<T, { __typename: "Refusal" }>;

/** A typed guard: the result is the operation's `Refusal` selection. */
export function isRefusal<T extends Typed>(result: T): result is RefusalOf<T> {
  return result.__typename === "Refusal";
}

/** Asserts the result is a refusal with this code (and, where given, these other fields); narrows it. */
export function expectRefusal<T extends Typed>(
  result: T,
  errorCode: RefusalCode,
  fields: Partial<Omit<RefusalOf<T>, "__typename" | "errorCode">> = {},
): asserts result is RefusalOf<T> {
  expect(result).toMatchObject({ __typename: "Refusal", errorCode, ...fields });
}

/** The record a write answered; a refusal fails the test with its code and message. */
export function accepted<T extends Typed>(result: T): AcceptedOf<T> {
  if (isRefusal(result)) {
    const refusal = result as { errorCode?: string; message?: string };
    throw new Error(`refused: ${refusal.errorCode ?? ""} ${refusal.message ?? ""}`.trim());
  }
  return result as AcceptedOf<T>;
}
