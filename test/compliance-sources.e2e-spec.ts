import { CONTEXT_SOURCES, EvaluationContext } from "../api/src/rules/evaluation-context";
import { evaluate } from "../api/src/rules/evaluator";
import { FactCache, UNIT_LOGGED } from "../api/src/rules/fact-cache";
import type { MemberFamily, TableFamily } from "../api/src/rules/family.types";
import { RULES } from "../api/src/rules/registry";
import { RULEBOOK } from "../api/src/rules/rulebook";
import { DEMO_RANGE, useDemoCollege } from "./support/demo-college";

/**
 * The fact cache drops a computed fact when one of its declared source tables changes. A table
 * read but not declared would leave stale findings behind, silently. So: run every cached
 * statement (the context, each family's aggregation, each member fact's count), EXPLAIN it, and
 * check that every table PostgreSQL reads is declared — and that each declared table logs its
 * changes.
 */
describe("compliance fact sources", () => {
  const demo = useDemoCollege();
  const range = DEMO_RANGE;

  /** The tables read by the statements `run` sends (besides the cache's own change-log check). */
  async function tablesRead(run: () => Promise<unknown>): Promise<Set<string>> {
    const statements: Array<[string, unknown[]]> = [];
    demo.app.queries.record = (sql, params) => statements.push([sql, params]);
    try {
      await run();
    } finally {
      demo.app.queries.record = null;
    }
    const tables = new Set<string>();
    for (const [sql, params] of statements) {
      if (sql.includes("FROM change_log")) continue;
      const [{ "QUERY PLAN": plan }] = await demo.em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      collectRelations(plan, tables);
    }
    return tables;
  }

  function request(ruleCodes?: string[]) {
    return { collegeId: demo.collegeId, rootUnitId: demo.collegeId, ...range, ruleCodes };
  }

  /** A cache already holding the context, so a family's run sends only that family's statements. */
  async function cacheWithContext(): Promise<FactCache> {
    const cache = new FactCache();
    await cache.sync(demo.em);
    await new EvaluationContext(demo.em, demo.collegeId, demo.collegeId, range.from, range.to, range.asOf, cache).load();
    return cache;
  }

  it("the evaluation context reads only its declared tables", async () => {
    const cache = new FactCache();
    await cache.sync(demo.em);
    const read = await tablesRead(() =>
      new EvaluationContext(demo.em, demo.collegeId, demo.collegeId, range.from, range.to, range.asOf, cache).load(),
    );
    expect(read.size).toBeGreaterThan(0);
    expect(undeclared(read, CONTEXT_SOURCES)).toEqual([]);
  });

  const tableFamilies = RULEBOOK.families.filter((f): f is TableFamily => f.kind === "table");
  const memberFamilies = RULEBOOK.families.filter((f): f is MemberFamily => f.kind === "member");
  it.each(tableFamilies.map((f) => [f.name, f] as const))("the %s aggregation reads only its declared tables", async (_name, family) => {
    const cache = await cacheWithContext();
    const codes = RULES.filter((r) => r.family === family.name).map((r) => r.code);
    const read = await tablesRead(() => evaluate(demo.em, request(codes), cache));
    expect(read.size).toBeGreaterThan(0);
    expect(undeclared(read, family.sources)).toEqual([]);
  });

  const memberFacts = RULES.filter((r) => r.subject === "MEMBER").map((r) => [`${r.family}.${r.variant}`, r.code] as const);
  it.each(memberFacts)("the member fact %s (for %s) reads only its declared tables", async (_name, code) => {
    const cache = await cacheWithContext();
    const read = await tablesRead(() => evaluate(demo.em, request([code]), cache));
    expect(read.size).toBeGreaterThan(0);
    expect(undeclared(read, RULEBOOK.memberFact(RULEBOOK.rule(code)!).sources)).toEqual([]);
  });

  it("every declared source table logs its changes, and facts kept per unit log their units", async () => {
    const memberFactSources = memberFamilies.flatMap((family) => Object.values(family.variants).flatMap((f) => f.sources));
    const declared = new Set([...CONTEXT_SOURCES, ...tableFamilies.flatMap((f) => f.sources), ...memberFactSources]);
    const triggers: Array<{ table: string; name: string }> = await demo.em.query(
      `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal`,
    );
    const has = (table: string, name: string) => triggers.some((t) => t.table === table && t.name === name);
    expect([...declared].filter((table) => !has(table, "log_change"))).toEqual([]);
    // Facts kept per unit (member counts, meetings) are dropped by their own unit's changes only:
    // each table they read must log units — except the org tree, whose changes drop them all.
    const perUnitSources = new Set([...memberFactSources, ...tableFamilies.filter((f) => f.keptPer === "UNIT").flatMap((f) => f.sources)]);
    perUnitSources.delete("org_unit");
    expect([...perUnitSources].filter((table) => !UNIT_LOGGED.has(table))).toEqual([]);
    expect([...UNIT_LOGGED].filter((table) => !["insert", "update", "delete"].every((e) => has(table, `log_units_${e}`)))).toEqual([]);
  });
});

function undeclared(read: Set<string>, declared: readonly string[]): string[] {
  return [...read].filter((table) => !declared.includes(table)).sort();
}

function collectRelations(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectRelations(n, into));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "Relation Name" && typeof value === "string") into.add(value);
      else collectRelations(value, into);
    }
  }
}
