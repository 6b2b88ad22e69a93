import type { AssessmentSheetDefinitionView } from "./assessment.views";
import type { SheetDefinition } from "./sheet-definition";

/** The definition as the schema shows it. */
export function definitionView(d: SheetDefinition): AssessmentSheetDefinitionView {
  return {
    version: d.version,
    effectiveFrom: d.effectiveFrom,
    title: d.title,
    citation: d.citation,
    firstLevels: d.firstLevels.map((f) => ({
      name: f.name,
      max: f.max,
      indicators: f.indicators.map((i) => ({
        number: i.number,
        title: i.title,
        max: i.max,
        method: i.method,
        bonusRule: i.bonusRule ?? null,
        note: i.note ?? null,
        elements: i.elements.map((e) => ({ key: e.key, label: e.label, max: e.max, how: e.how ?? null })),
      })),
    })),
    gradeBands: d.gradeBands,
    gradeCitation: d.gradeCitation,
    gradeRounding: d.gradeRounding,
    conversionRule: d.conversionRule,
    step: d.step,
    recognitionPoints: Object.entries(d.recognitionPoints).map(([level, points]) => ({ level, points })),
    veto: d.veto,
  };
}
