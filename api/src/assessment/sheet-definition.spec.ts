import { AssessmentGrade } from "./assessment.enums";
import { elementsOf, gradeOf, indicatorsOf, sheetInForce, SHEET_DEFINITIONS, toStep } from "./sheet-definition";

describe("the score sheet as data", () => {
  const sheet = sheetInForce("2025-01-01");

  it("grades by lower bounds without rounding the total (附件 二): 89.5 is 良好, 90 优秀, 74.5 合格, 75 良好, 59.5 不合格, 60 合格", () => {
    const cases: Array<[number, AssessmentGrade]> = [
      [100, AssessmentGrade.EXCELLENT],
      [90, AssessmentGrade.EXCELLENT],
      [89.5, AssessmentGrade.GOOD],
      [75, AssessmentGrade.GOOD],
      [74.5, AssessmentGrade.PASS],
      [60, AssessmentGrade.PASS],
      [59.5, AssessmentGrade.FAIL],
      [0, AssessmentGrade.FAIL],
      [103, AssessmentGrade.EXCELLENT],
    ];
    for (const [total, grade] of cases) expect({ total, grade: gradeOf(sheet, total) }).toEqual({ total, grade });
  });

  it("rounds proposals to the half point, half up", () => {
    expect([toStep(1.333), toStep(1.25), toStep(3.75), toStep(3.7), toStep(0.24), toStep(8)]).toEqual([1.5, 1.5, 4, 3.5, 0, 8]);
  });

  it("has base maxima summing to 100, each indicator the sum of its sub-elements", () => {
    const base = indicatorsOf(sheet).filter((i) => i.max !== null);
    expect(base.reduce((n, i) => n + i.max!, 0)).toBe(100);
    for (const i of base) expect({ n: i.number, sum: i.elements.reduce((s, e) => s + e.max!, 0) }).toEqual({ n: i.number, sum: i.max });
    for (const f of sheet.firstLevels.filter((f) => f.max !== null))
      expect({ f: f.name, sum: f.indicators.reduce((s, i) => s + i.max!, 0) }).toEqual({ f: f.name, sum: f.max });
    expect(new Set(elementsOf(sheet).map((e) => e.key)).size).toBe(elementsOf(sheet).length);
  });

  it("keeps versions effective-dated: a date before the first version still gets the first", () => {
    expect(sheetInForce("2010-01-01")).toBe(SHEET_DEFINITIONS[0]);
    expect(sheetInForce("2030-01-01")).toBe(SHEET_DEFINITIONS[SHEET_DEFINITIONS.length - 1]);
  });
});
