import type { FactFamily, MemberFamily, TableFamily } from "./family.types";
import { FAMILIES } from "./facts";
import { memberFactOf, MemberFactSql } from "./facts/member-fact-sql";
import { GUARDS, RULES } from "./registry";
import type { GuardDefinition, GuardSubject, RuleBase, RuleDefinition, RuleParams } from "./rule.types";

type AnyGuard = GuardDefinition;

export interface RulebookEntries {
  families?: readonly FactFamily[];
  rules?: readonly RuleDefinition[];
  guards?: readonly AnyGuard[];
}

/**
 * The rulebook: the compliance rules, the guards, and the fact families the rules read, checked
 * against each other when registered (a code once, a rule's family known and of its subject kind,
 * a member rule's fact readable for its periods), so a mistake fails at start, not in a report.
 * The API's is `RULEBOOK`, made of the lists in registry/index.ts and facts/index.ts; a test may
 * register a family of its own with its rules and guards.
 */
export class Rulebook {
  private readonly familiesByName = new Map<string, FactFamily>();
  private readonly rulesByCode = new Map<string, RuleDefinition>();
  private readonly guardsByCode = new Map<string, AnyGuard>();

  constructor(entries: RulebookEntries = {}) {
    this.register(entries);
  }

  /** Adds families, rules and guards, all checked before any is added. */
  register({ families = [], rules = [], guards = [] }: RulebookEntries): this {
    const names = new Set(this.familiesByName.keys());
    for (const family of families) {
      if (names.has(family.name)) throw new Error(`fact family ${family.name} registered twice`);
      names.add(family.name);
    }
    const codes = new Set([...this.rulesByCode.keys(), ...this.guardsByCode.keys()]);
    for (const entry of [...rules, ...guards]) {
      if (codes.has(entry.code)) throw new Error(`rule code ${entry.code} registered twice`);
      codes.add(entry.code);
    }
    const familyNamed = (name: string) => families.find((f) => f.name === name) ?? this.familiesByName.get(name);
    for (const rule of rules) {
      const family = familyNamed(rule.family);
      if (!family) throw new Error(`rule ${rule.code}: no fact family ${rule.family}`);
      if (family.subject !== rule.subject)
        throw new Error(`rule ${rule.code}: family ${family.name} judges ${family.subject}, not ${rule.subject}`);
      if (family.kind === "member") memberFactOf(rule, family);
    }
    for (const family of families) this.familiesByName.set(family.name, family);
    for (const rule of rules) this.rulesByCode.set(rule.code, rule);
    for (const guard of guards) this.guardsByCode.set(guard.code, guard);
    return this;
  }

  /** The compliance rules, in the order reports list them. */
  get rules(): RuleDefinition[] {
    return [...this.rulesByCode.values()];
  }

  get guards(): AnyGuard[] {
    return [...this.guardsByCode.values()];
  }

  get families(): FactFamily[] {
    return [...this.familiesByName.values()];
  }

  rule(code: string): RuleDefinition | undefined {
    return this.rulesByCode.get(code);
  }

  guard<P extends RuleParams, S extends GuardSubject>(code: string): GuardDefinition<P, S> | undefined {
    return this.guardsByCode.get(code) as GuardDefinition<P, S> | undefined;
  }

  /** A rule or a guard: what shares codes, citations and committee-set numbers. */
  entry(code: string): RuleBase | undefined {
    return this.rulesByCode.get(code) ?? this.guardsByCode.get(code);
  }

  familyOf(rule: RuleDefinition): FactFamily {
    return this.familiesByName.get(rule.family)!;
  }

  tableFamilyOf(rule: RuleDefinition): TableFamily | null {
    const family = this.familyOf(rule);
    return family.kind === "table" ? family : null;
  }

  /** How a member rule's fact is read (member-fact-cells.ts, member-findings.ts). */
  memberFact(rule: RuleDefinition): MemberFactSql {
    return memberFactOf(rule, this.familyOf(rule) as MemberFamily);
  }
}

/** The API's rulebook. */
export const RULEBOOK = new Rulebook({ families: FAMILIES, rules: RULES, guards: GUARDS });
