import type { AssessmentSheetStatus } from "./generated/graphql";
import { AdvanceAssessmentSheet, AssessmentSheetDetail, ScoreAssessmentElement } from "./operations";
import { accepted } from "./refusal";
import type { Client } from "./test-app";

/** Scores every base sub-element of a sheet so that they add up to `base` (each its max until the rest runs out), with a reason. */
export async function scoreBase(client: Client, sheetId: string, base: number): Promise<number> {
  const sheet = (await client.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet;
  let version = sheet.version;
  let rest = base;
  for (const l of sheet.scores.filter((x) => x.max !== null)) {
    const score = Math.min(l.max!, rest);
    rest -= score;
    const answer = (
      await client.ok(ScoreAssessmentElement, { input: { id: sheetId, version, key: l.key, score, reason: "按评分细则给分" } })
    ).scoreAssessmentElement;
    version = accepted(answer).version;
  }
  return version;
}

/** One step of a sheet's workflow (the answer: the sheet or a refusal). */
export async function advanceSheet(client: Client, id: string, version: number, to: AssessmentSheetStatus, on: string, note?: string) {
  return (await client.ok(AdvanceAssessmentSheet, { input: { id, version, to, on, note } })).advanceAssessmentSheet;
}
