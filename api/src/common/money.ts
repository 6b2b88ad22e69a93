import { GraphQLScalarType, Kind } from "graphql";
import type { ValueTransformer } from "typeorm";
import { ScalarInputError } from "./scalar-input-error";

/**
 * Money, exactly (DOMAIN §7: "never binary floating point").
 *
 * - Stored as integer fen (分) in `bigint` columns.
 * - In TypeScript a amount is a `Fen`: a JS number holding an integer count of fen. `pg` returns
 *   `bigint` as a string; {@link moneyColumn} converts it to a number on read (and refuses anything
 *   beyond Number.MAX_SAFE_INTEGER, 2^53 − 1 fen ≈ 90 trillion yuan — far beyond any party fund).
 *   Raw SQL aggregates (`sum(amount_fen)`) come back as strings too: convert with {@link fenFromDb}.
 * - On the wire it is the `Money` scalar: a decimal string in yuan with exactly two decimals
 *   ("100.00", "-5.50"). Input is parsed strictly from a string matching
 *   /^-?\d{1,13}(\.\d{1,2})?$/ ("12", "12.5", "12.50"); numbers (12.5), three decimals ("12.345"),
 *   exponents, spaces or garbage are refused with field-level BAD_USER_INPUT.
 * - Shares (the dues-rebate fraction) are exact decimal strings; {@link applyShare} multiplies in
 *   bigint arithmetic and rounds HALF-UP to the fen (half away from zero: 0.5 fen → 1 fen,
 *   −0.5 fen → −1 fen), the same as PostgreSQL's round(numeric).
 */
export type Fen = number;

export const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;
const MONEY_MESSAGE = '金额应为以元为单位的字符串，最多两位小数，如 "100.00"';

/** "12.5" → 1250; null when the text is not an accepted amount. */
export function parseYuan(text: string): Fen | null {
  if (!MONEY_PATTERN.test(text)) return null;
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return negative && fen !== 0 ? -fen : fen;
}

/** 1250 → "12.50"; −550 → "-5.50". Accepts the string or bigint forms a driver may return. */
export function fenToYuan(value: Fen | bigint | string): string {
  const fen = BigInt(value);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return negative ? `-${text}` : text;
}

/** A fen amount from the database (`bigint` arrives as a string; sums as numeric strings). */
export function fenFromDb(value: string | number | bigint | null | undefined): Fen {
  if (value === null || value === undefined) return 0;
  const fen = typeof value === "number" ? value : Number(value);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount in fen is not a safe integer: ${String(value)}`);
  return fen;
}

/** Yuan × count as fen, e.g. the funding floor's 100 yuan per faculty member. */
export function yuan(amount: number): Fen {
  if (!Number.isSafeInteger(amount * 100)) throw new RangeError(`not a yuan amount: ${amount}`);
  return amount * 100;
}

/** An exact decimal fraction such as "0.5" or "0.3333" (numeric(5,4) comes back as "0.5000"). */
const SHARE_PATTERN = /^(\d{1,6})(?:\.(\d{1,12}))?$/;

/**
 * `fen × share`, rounded half-up (away from zero) to the fen. The share is an exact decimal
 * string; the arithmetic is bigint, so no binary rounding ever creeps in.
 *   applyShare(101, "0.5") = 51 (50.5 → 51); applyShare(-101, "0.5") = −51; applyShare(3, "0.3333") = 1.
 */
export function applyShare(fen: Fen, share: string): Fen {
  const match = SHARE_PATTERN.exec(share);
  if (!match) throw new RangeError(`not a decimal share: ${share}`);
  const fraction = match[2] ?? "";
  const numerator = BigInt(match[1] + fraction);
  const denominator = 10n ** BigInt(fraction.length);
  return Number(divideHalfUp(BigInt(fen) * numerator, denominator));
}

/** n / d rounded half away from zero, for d > 0. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError("divisor must be positive");
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** TypeORM column transformer: `bigint` fen ⇄ a JS number of fen (see the module comment). */
export const moneyColumn: ValueTransformer = {
  to: (value: Fen | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : fenFromDb(value)),
};

function parseMoneyInput(value: unknown): Fen {
  if (typeof value !== "string") throw new ScalarInputError("Money", `${MONEY_MESSAGE}（收到的不是字符串）`);
  const fen = parseYuan(value);
  if (fen === null) throw new ScalarInputError("Money", MONEY_MESSAGE);
  return fen;
}

export const MoneyScalar = new GraphQLScalarType({
  name: "Money",
  description: '金额（人民币元）：恰好两位小数的十进制字符串，如 "100.00"、"-5.50"。输入须为字符串，最多两位小数；内部以整数分存储。',
  serialize(value) {
    if (typeof value === "number" && !Number.isSafeInteger(value)) throw new TypeError(`Money must be integer fen, got ${value}`);
    if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "string") {
      throw new TypeError(`Money cannot serialise ${String(value)}`);
    }
    return fenToYuan(value);
  },
  parseValue: parseMoneyInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new ScalarInputError("Money", `${MONEY_MESSAGE}（收到的不是字符串）`);
    return parseMoneyInput(ast.value);
  },
});
