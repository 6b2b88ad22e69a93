import { AssessmentRound } from "./assessment-round.entity";
import { AssessmentScore } from "./assessment-score.entity";
import { AssessmentSheet } from "./assessment-sheet.entity";
import {
  AssessmentRoundResolver,
  AssessmentScoreResolver,
  AssessmentSheetResolver,
  DisciplineCaseResolver,
  FundAllocationAssessmentResolver,
  OrgUnitAssessmentResolver,
  RectificationResolver,
} from "./assessment.resolver";
import { DisciplineCase } from "./discipline-case.entity";
import { Rectification } from "./rectification.entity";

/**
 * Branch assessment (附件 党支部工作目标管理考核办法): the score sheet as data, rounds, sheets with
 * proposals from the records, grades and the veto, appeals, and the use of results. Composed by
 * api/src/schema.ts and api/src/entities.ts; its loaders by api/src/loaders.ts.
 */
export const resolvers = [
  AssessmentRoundResolver,
  AssessmentSheetResolver,
  AssessmentScoreResolver,
  DisciplineCaseResolver,
  RectificationResolver,
  OrgUnitAssessmentResolver,
  FundAllocationAssessmentResolver,
] as const;
export const entities = [AssessmentRound, AssessmentSheet, AssessmentScore, DisciplineCase, Rectification];
