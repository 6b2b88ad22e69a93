import { SOURCE_RULES, type SourceRule } from "./support/source-rules";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * Every rule's numbers against the source (test/support/source-rules.ts, written by hand from the
 * 2014 implementation opinion). The registry is read through the API, as the rulebook a client sees:
 * its `SOURCE` parameter version is the registry's defaults, whatever module they live in.
 */
interface ListedRule {
  code: string;
  citation: string;
  periodKind: string;
  subject: string;
  parameters: Array<{ effectiveFrom: string; params: Record<string, number>; source: string }>;
}

describe("the rulebook's numbers are the source's", () => {
  let app: TestApp;
  let listed: Map<string, ListedRule>;

  beforeAll(async () => {
    app = await startTestApp();
    const data = await app.ok<{ rules: ListedRule[] }>(
      `{ rules { code citation periodKind subject parameters { effectiveFrom params source } } }`,
    );
    listed = new Map(data.rules.map((r) => [r.code, r]));
  });
  afterAll(() => app.close());

  it("has a source entry for exactly the rules the registry lists (60: 40 of §3–§7, 6 rules and 12 guards of §8, the assessment's deadline and guard), so no rule goes unpinned", () => {
    expect([...listed.keys()].sort()).toEqual(Object.keys(SOURCE_RULES).sort());
    expect(listed.size).toBe(60);
  });

  describe.each(Object.entries(SOURCE_RULES).map(([code, rule]) => [code, rule.words, rule] as [string, string, SourceRule]))(
    "%s — “%s”",
    (code, _words, source) => {
      it(`has the source's numbers ${JSON.stringify(source.params)} from 2014-01-01, and nothing else as its source version`, () => {
        const rule = listed.get(code)!;
        // The whole SOURCE version is compared: a changed, added or dropped parameter each fails here.
        expect(rule.parameters.filter((p) => p.source === "SOURCE")).toEqual([
          { effectiveFrom: "2014-01-01", params: source.params, source: "SOURCE" },
        ]);
      });

      it(`is judged per ${source.period}, per ${source.subject}, and cites ${source.cites.join(" and ")}`, () => {
        const rule = listed.get(code)!;
        expect({ periodKind: rule.periodKind, subject: rule.subject }).toEqual({ periodKind: source.period, subject: source.subject });
        // The citation's formatting is the registry's (“四(二)1；附件 指标6”); each section mark must be named.
        for (const mark of source.cites)
          expect({ citation: rule.citation, names: mark }).toEqual({ citation: expect.stringContaining(mark), names: mark });
      });
    },
  );

  it("lists, for the report, the numbers the source does not write (pinned above all the same)", () => {
    const chosen = Object.entries(SOURCE_RULES).flatMap(([code, rule]) =>
      Object.keys(rule.notInSource ?? {}).map((param) => `${code}.${param}`),
    );
    expect(chosen.sort()).toEqual([
      "ASSESSMENT_REVIEW_DUE.reviews",
      "AWARDS_BIENNIAL.firstCycleYear",
      "GB_ANNUAL_REPORT.graceDays",
      "MEMBER_APPRAISAL_YEARLY.min",
      "MEMBER_REPORTS.min",
      "PROBATION_EXTENSION_MAX.maxYears",
      "RECORD_BOOK_SEMESTER.graceDays",
      "REQUIRED_TRAINING.minSessions",
      "REQUIRED_TRAINING_ACTIVIST.minSessions",
      "STUDENT_COVERAGE.upperFromYearOfStudy",
    ]);
    // Each such parameter is one the rule really has.
    for (const rule of Object.values(SOURCE_RULES))
      for (const param of Object.keys(rule.notInSource ?? {})) expect(rule.params).toHaveProperty(param);
  });
});
