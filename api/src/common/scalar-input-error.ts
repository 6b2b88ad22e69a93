/**
 * Thrown by our custom scalars (Money, Decimal) when a client sends a value they do not accept.
 *
 * Deliberately a plain Error, not a GraphQLError: graphql-js keeps a plain error as the
 * `originalError` of the variable-coercion error it builds (it drops a GraphQLError's identity),
 * so `formatError` can find it and answer field-level BAD_USER_INPUT naming the input path
 * (e.g. `{ "amount": ["金额应为元为单位…"] }`) instead of a bare code.
 */
export class ScalarInputError extends Error {
  readonly extensions = { code: "BAD_USER_INPUT" };

  constructor(
    readonly scalar: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "ScalarInputError";
  }
}

/**
 * The input path and reason of a variable a custom scalar refused, e.g. for
 * `Variable "$i" got invalid value "12.345" at "i.rows[0].amount"; …` → `rows.0.amount`
 * (dotted, like class-validator's nested fields); a whole refused variable is named by itself.
 * graphql 16 (pinned) words the message this way; anything else → null.
 */
export function scalarInputField(error: unknown): { field: string; reason: string } | null {
  if (!(error instanceof Error)) return null;
  // graphql-js wraps the scalar's error once or twice (value coercion, then the variable): walk the chain.
  let original: unknown = (error as { originalError?: unknown }).originalError;
  for (let depth = 0; depth < 3 && original instanceof Error && !(original instanceof ScalarInputError); depth++) {
    original = (original as { originalError?: unknown }).originalError;
  }
  if (!(original instanceof ScalarInputError)) return null;
  const match = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value .*?(?: at "([^"]+)")?; Expected type/s.exec(error.message);
  if (!match) return { field: original.scalar, reason: original.reason };
  const [, variable, at] = match;
  const path = at
    ? at
        .slice(variable.length)
        .replace(/\[(\d+)\]/g, ".$1")
        .replace(/^\./, "")
    : "";
  return { field: path || variable, reason: original.reason };
}
