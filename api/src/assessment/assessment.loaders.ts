import DataLoader from "dataloader";
import { In } from "typeorm";
import { byId, grouped, LoaderSource } from "../db/scoped-loaders";
import { anchorsOf } from "../auth/record-scope";
import { AssessmentRound } from "./assessment-round.entity";
import { AssessmentScore } from "./assessment-score.entity";
import { AssessmentSheet } from "./assessment-sheet.entity";
import { Rectification } from "./rectification.entity";

/** Loaders of branch assessment, spread into the request's bag (api/src/loaders.ts). */
export function createAssessmentLoaders(ctx: LoaderSource) {
  const sheetsByIds = async (ids: string[]) =>
    ids.length ? ctx.records.visible(await ctx.em.find(AssessmentSheet, { where: { id: In(ids) } }), anchorsOf(AssessmentSheet)) : [];
  return {
    assessmentRound: byId(ctx, AssessmentRound),
    assessmentSheet: byId(ctx, AssessmentSheet),
    sheetsOfRound: grouped(ctx, AssessmentSheet, "roundId", {}, { createdAt: "ASC", id: "ASC" }),
    scoresOfSheet: grouped(ctx, AssessmentScore, "sheetId", {}, { indicator: "ASC", key: "ASC" }),
    rectificationsOfSheet: grouped(ctx, Rectification, "sheetId", {}, { recordedOn: "ASC", id: "ASC" }),
    /** A unit's latest FINAL sheet (the grade shown beside the unit). */
    latestFinalSheetOfUnit: new DataLoader<string, AssessmentSheet | null>(async (unitIds) => {
      const rows: Array<{ id: string; unit_id: string }> = await ctx.em.query(
        `SELECT DISTINCT ON (s.unit_id) s.id, s.unit_id FROM assessment_sheet s JOIN assessment_round r ON r.id = s.round_id
          WHERE s.unit_id = ANY($1::uuid[]) AND s.status = 'FINAL' ORDER BY s.unit_id, r.period_to DESC, s.final_on DESC, s.id`,
        [unitIds],
      );
      const sheets = new Map((await sheetsByIds(rows.map((r) => r.id))).map((s) => [s.unitId, s]));
      return unitIds.map((id) => sheets.get(id) ?? null);
    }),
    /**
     * The grade a fund allocation of a year is made on (附件 七(二)): the branch's latest FINAL sheet
     * of a round of an earlier year. Keyed “branchId|year”.
     */
    finalSheetBeforeYear: new DataLoader<string, AssessmentSheet | null>(async (keys) => {
      const pairs = keys.map((k) => k.split("|"));
      const rows: Array<{ key: string; id: string }> = await ctx.em.query(
        `SELECT DISTINCT ON (k.branch, k.year) k.branch || '|' || k.year AS key, s.id
           FROM unnest($1::uuid[], $2::int[]) AS k(branch, year)
           JOIN assessment_sheet s ON s.unit_id = k.branch AND s.status = 'FINAL'
           JOIN assessment_round r ON r.id = s.round_id AND r.year < k.year
          ORDER BY k.branch, k.year, r.period_to DESC, s.final_on DESC, s.id`,
        [pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))],
      );
      const sheets = new Map((await sheetsByIds(rows.map((r) => r.id))).map((s) => [s.id, s]));
      const byKey = new Map(rows.map((r) => [r.key, sheets.get(r.id) ?? null]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}
