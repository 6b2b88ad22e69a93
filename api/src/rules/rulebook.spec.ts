import { atLeast } from "./checks";
import type { SubtreeFamily } from "./family.types";
import { FactTable } from "./facts/fact-table";
import { judgeGuard } from "./guard";
import { RULES } from "./registry";
import { RULEBOOK, Rulebook } from "./rulebook";
import type { GuardDefinition, RuleDefinition } from "./rule.types";

const family: SubtreeFamily = {
  kind: "table",
  name: "CASES",
  subject: "CASE",
  keptPer: "SUBTREE",
  sources: [],
  load: async () => new FactTable(),
};
const rule: RuleDefinition = {
  code: "CASE_RULE",
  title: "测试",
  citation: "测试",
  requirement: "不少于 {min} 次",
  family: "CASES",
  subject: "CASE",
  appliesTo: {},
  period: { kind: "calendar", every: "YEAR" },
  defaults: { min: 1 },
  check: atLeast("min", "次"),
};
const guard: GuardDefinition<{ minDays: number }, { collegeId: string; label: string; days: number }> = {
  code: "CASE_GUARD",
  title: "测试",
  citation: "测试 3(1)",
  requirement: "考察不少于 {minDays} 天",
  subject: "CASE",
  step: "进入下一阶段",
  defaults: { minDays: 365 },
  check: ({ subject, params }) =>
    subject.days >= params.minDays
      ? { allowed: true }
      : { allowed: false, expected: params.minDays, actual: subject.days, unit: "天", field: "on" },
};

describe("the rulebook", () => {
  it("holds the API's rules in the registry's order, every one on a registered family of its subject kind", () => {
    expect(RULEBOOK.rules.map((r) => r.code)).toEqual(RULES.map((r) => r.code));
    for (const r of RULEBOOK.rules) expect(RULEBOOK.familyOf(r)).toMatchObject({ name: r.family, subject: r.subject });
  });

  it("refuses a rule of an unknown family, of another subject kind, or a code twice — rules and guards share codes", () => {
    expect(() => new Rulebook({ rules: [rule] })).toThrow("rule CASE_RULE: no fact family CASES");
    expect(() => new Rulebook({ families: [family], rules: [{ ...rule, subject: "UNIT" }] })).toThrow(
      "rule CASE_RULE: family CASES judges CASE, not UNIT",
    );
    expect(() => new Rulebook({ families: [family], rules: [rule], guards: [{ ...guard, code: "CASE_RULE" }] })).toThrow(
      "rule code CASE_RULE registered twice",
    );
    expect(() => new Rulebook({ families: [family, family] })).toThrow("fact family CASES registered twice");
    const book = new Rulebook({ families: [family], rules: [rule], guards: [guard] });
    expect([book.rule("CASE_RULE"), book.guard("CASE_GUARD"), book.entry("CASE_GUARD"), book.rule("CASE_GUARD")]).toEqual([
      rule,
      guard,
      guard,
      undefined,
    ]);
  });
});

describe("a guard", () => {
  it("lets a step through when met, and refuses it otherwise with the rule's code, citation and numbers", () => {
    expect(judgeGuard(guard, { collegeId: "c", label: "张三", days: 365 }, guard.defaults, "2026-01-01")).toBeNull();
    // By a committee's 180 days, 200 are enough; by the source's 365, not.
    expect(judgeGuard(guard, { collegeId: "c", label: "张三", days: 200 }, { minDays: 180 }, "2026-01-01")).toBeNull();
    expect({ ...judgeGuard(guard, { collegeId: "c", label: "张三", days: 200 }, guard.defaults, "2026-01-01") }).toEqual({
      errorCode: "RULE_NOT_MET",
      ruleCode: "CASE_GUARD",
      citation: "测试 3(1)",
      field: "on",
      message: "张三｜考察不少于 365 天；实际 200天，不能进入下一阶段。依据：测试 3(1)",
    });
  });
});
