import { DevelopmentCase } from "./development-case.entity";
import { DevelopmentContact } from "./development-contact.entity";
import { DevelopmentNotice } from "./development-notice.entity";
import { DevelopmentReport } from "./development-report.entity";
import { DevelopmentStep } from "./development-step.entity";
import { DevelopmentVote } from "./development-vote.entity";
import { DevelopmentVoteExclusion } from "./development-vote-exclusion.entity";
import {
  DevelopmentCaseResolver,
  DevelopmentContactResolver,
  DevelopmentReportResolver,
  DevelopmentStepResolver,
  DevelopmentVoteExclusionResolver,
  DevelopmentVoteResolver,
} from "./pipeline.resolver";

/**
 * Member development (issue 13): cases from application to full membership, their append-only
 * steps and records. Composed by api/src/schema.ts and api/src/entities.ts; loaders in pipeline.loaders.ts.
 */
export const resolvers = [
  DevelopmentCaseResolver,
  DevelopmentStepResolver,
  DevelopmentContactResolver,
  DevelopmentVoteResolver,
  DevelopmentVoteExclusionResolver,
  DevelopmentReportResolver,
] as const;
export const entities = [
  DevelopmentCase,
  DevelopmentStep,
  DevelopmentNotice,
  DevelopmentContact,
  DevelopmentVote,
  DevelopmentVoteExclusion,
  DevelopmentReport,
];
