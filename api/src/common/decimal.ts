import { Matches } from "class-validator";
import { GraphQLScalarType, Kind } from "graphql";
import { ScalarInputError } from "./scalar-input-error";

/**
 * Exact decimals that are not money (room areas in m², workload credits, shares) travel as
 * decimal strings ("20.5", "0.5000") and are stored in `numeric` columns, which `pg` returns as
 * strings too — so no value ever passes through binary floating point. Input must be a string of
 * at most 12 integer and 6 fractional digits; numbers are refused (12.5 may already be rounded).
 */
export const DECIMAL_PATTERN = /^-?\d{1,12}(\.\d{1,6})?$/;
const DECIMAL_MESSAGE = '应为十进制数字字符串，如 "20.5"（最多 6 位小数）';

/** Canonical text: no superfluous leading zeros, no trailing fractional zeros ("020.50" → "20.5"). */
export function normaliseDecimal(text: string): string {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  const out = f ? `${w}.${f}` : w;
  return negative && out !== "0" ? `-${out}` : out;
}

function parseDecimalInput(value: unknown): string {
  if (typeof value !== "string") throw new ScalarInputError("Decimal", `${DECIMAL_MESSAGE}（收到的不是字符串）`);
  if (!DECIMAL_PATTERN.test(value)) throw new ScalarInputError("Decimal", DECIMAL_MESSAGE);
  return normaliseDecimal(value);
}

export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: '精确小数（非金额），十进制字符串，如 "20.5"；输入须为字符串。',
  serialize(value) {
    if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return normaliseDecimal(value);
    if (typeof value === "number" && Number.isFinite(value)) return normaliseDecimal(String(value));
    throw new TypeError(`Decimal cannot serialise ${String(value)}`);
  },
  parseValue: parseDecimalInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new ScalarInputError("Decimal", `${DECIMAL_MESSAGE}（收到的不是字符串）`);
    return parseDecimalInput(ast.value);
  },
});

/**
 * At most two decimal places (hours, m², workload), checked with the rest of the input before any
 * record is looked up, so a too-precise number is a field error, not a 404. The sign is left to the
 * service, which words it for the field (“学时不能为负数”, “面积应大于 0 平方米”).
 */
export function IsHundredths(noun: string): PropertyDecorator {
  return Matches(/^-?\d{1,6}(\.\d{1,2})?$/, { message: `${noun}最多保留两位小数` });
}
