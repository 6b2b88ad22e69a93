import { Kind } from "graphql";
import { applyShare, divideHalfUp, fenFromDb, fenToYuan, moneyColumn, MoneyScalar, parseYuan, yuan } from "./money";
import { ScalarInputError } from "./scalar-input-error";
import { DecimalScalar, normaliseDecimal } from "./decimal";

describe("money", () => {
  it("parses yuan strings to integer fen exactly", () => {
    expect(parseYuan("100")).toBe(10000);
    expect(parseYuan("100.00")).toBe(10000);
    expect(parseYuan("12.5")).toBe(1250);
    expect(parseYuan("0.01")).toBe(1);
    expect(parseYuan("-5.50")).toBe(-550);
    expect(parseYuan("-0")).toBe(0);
    expect(parseYuan("0.29")).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(parseYuan("9999999999999.99")).toBe(999999999999999);
  });

  it("refuses anything but a plain decimal with at most two places", () => {
    for (const bad of ["12.345", "abc", "", " 1", "1e3", "+1", "1.", ".5", "1,000", "12345678901234", "0x10"]) {
      expect(parseYuan(bad)).toBeNull();
    }
  });

  it("formats fen as yuan with exactly two decimals", () => {
    expect(fenToYuan(10000)).toBe("100.00");
    expect(fenToYuan(-550)).toBe("-5.50");
    expect(fenToYuan(-5)).toBe("-0.05");
    expect(fenToYuan(0)).toBe("0.00");
    expect(fenToYuan("123456")).toBe("1234.56");
    expect(fenToYuan(999999999999999n)).toBe("9999999999999.99");
  });

  it("round-trips every two-decimal amount", () => {
    for (const text of ["0.00", "0.07", "1.10", "-3.33", "1234567.89"]) expect(fenToYuan(parseYuan(text)!)).toBe(text);
  });

  it("multiplies by a share rounding half-up (away from zero) to the fen", () => {
    expect(applyShare(101, "0.5")).toBe(51); // 50.5 → 51
    expect(applyShare(-101, "0.5")).toBe(-51);
    expect(applyShare(100, "0.5000")).toBe(50);
    expect(applyShare(3, "0.3333")).toBe(1); // 0.9999 → 1
    expect(applyShare(1, "0.4999")).toBe(0);
    expect(applyShare(12345, "0.25")).toBe(3086); // 3086.25 → 3086
    expect(applyShare(12346, "0.25")).toBe(3087); // 3086.5 → 3087
    expect(applyShare(999999999999999, "1")).toBe(999999999999999);
    expect(applyShare(7, "0")).toBe(0);
    expect(() => applyShare(1, "-0.5")).toThrow(RangeError);
    expect(() => applyShare(1, "abc")).toThrow(RangeError);
    expect(divideHalfUp(5n, 10n)).toBe(1n);
    expect(divideHalfUp(4n, 10n)).toBe(0n);
    expect(divideHalfUp(-15n, 10n)).toBe(-2n);
  });

  it("converts bigint column strings to safe numbers of fen and refuses unsafe ones", () => {
    expect(moneyColumn.from("12345")).toBe(12345);
    expect(moneyColumn.from(null)).toBeNull();
    expect(fenFromDb(null)).toBe(0);
    expect(fenFromDb("-7")).toBe(-7);
    expect(() => fenFromDb("9007199254740993")).toThrow(RangeError);
    expect(yuan(100)).toBe(10000);
  });

  it("is a GraphQL scalar that serialises fen and parses only strings", () => {
    expect(MoneyScalar.serialize(10000)).toBe("100.00");
    expect(MoneyScalar.serialize("250")).toBe("2.50");
    expect(MoneyScalar.parseValue("12.50")).toBe(1250);
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(ScalarInputError);
    expect(() => MoneyScalar.parseValue("12.345")).toThrow(ScalarInputError);
    expect(() => MoneyScalar.parseValue("abc")).toThrow(ScalarInputError);
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: "3.2" })).toBe(320);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: "3.2" })).toThrow(ScalarInputError);
    expect(() => MoneyScalar.serialize(1.5)).toThrow(TypeError);
  });
});

describe("decimal", () => {
  it("keeps exact decimal strings and refuses numbers", () => {
    expect(normaliseDecimal("020.50")).toBe("20.5");
    expect(normaliseDecimal("-0.0")).toBe("0");
    expect(DecimalScalar.serialize("12.0000")).toBe("12");
    expect(DecimalScalar.parseValue("0.5")).toBe("0.5");
    expect(() => DecimalScalar.parseValue(0.5)).toThrow(ScalarInputError);
    expect(() => DecimalScalar.parseValue("1e5")).toThrow(ScalarInputError);
  });
});
