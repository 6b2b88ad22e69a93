import { GraphQLScalarType, type ValueNode } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
import { ScalarInputError } from "./scalar-input-error";

/**
 * The years an input may name, in a date or in a year field: PostgreSQL has no year 0000 and
 * overflows on years such as −2147483648, and nothing this system records lies outside them.
 */
export const INPUT_YEARS = { min: 1900, max: 2199 } as const;

/**
 * Calendar dates (no time of day) travel as `YYYY-MM-DD` strings, the way PostgreSQL `date`
 * columns come back from `pg`, so no time zone ever shifts a meeting to the wrong day.
 * graphql-scalars' LocalDate, refusing (as field-level BAD_USER_INPUT, see ScalarInputError) what
 * it refuses and also years outside {@link INPUT_YEARS}, which it would let through to PostgreSQL.
 */
export const DateScalar = new GraphQLScalarType({
  name: LocalDateResolver.name,
  description: LocalDateResolver.description,
  extensions: LocalDateResolver.extensions,
  serialize: (value) => LocalDateResolver.serialize(value),
  parseValue: (value) => inputDate(() => LocalDateResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode) => inputDate(() => LocalDateResolver.parseLiteral(ast, undefined)),
});

function inputDate(parse: () => unknown): string {
  let date: string;
  try {
    date = parse() as string;
  } catch {
    throw new ScalarInputError("LocalDate", "日期应为有效的 YYYY-MM-DD，如 2025-09-01");
  }
  const year = Number(date.slice(0, 4));
  if (year < INPUT_YEARS.min || year > INPUT_YEARS.max) {
    throw new ScalarInputError("LocalDate", `日期应在 ${INPUT_YEARS.min} 年至 ${INPUT_YEARS.max} 年之间`);
  }
  return date;
}
