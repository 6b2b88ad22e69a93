import { grouped, LoaderSource } from "../db/scoped-loaders";
import { DevelopmentCase } from "./development-case.entity";
import { DevelopmentContact } from "./development-contact.entity";
import { DevelopmentNotice } from "./development-notice.entity";
import { DevelopmentReport } from "./development-report.entity";
import { DevelopmentStep } from "./development-step.entity";
import { DevelopmentVote } from "./development-vote.entity";
import { DevelopmentVoteExclusion } from "./development-vote-exclusion.entity";
import { byId } from "../db/scoped-loaders";

/** A case's history and records, batched per request (a page of cases costs one statement per kind). */
export function createPipelineLoaders(ctx: LoaderSource) {
  const order = { createdAt: "ASC", id: "ASC" } as const;
  return {
    developmentCase: byId(ctx, DevelopmentCase),
    developmentStepsOfCase: grouped(ctx, DevelopmentStep, "caseId", {}, order),
    developmentCorrectionsOfStep: grouped(ctx, DevelopmentStep, "correctsStepId", {}, order),
    developmentNoticesOfCase: grouped(ctx, DevelopmentNotice, "caseId", {}, order),
    developmentContactsOfCase: grouped(ctx, DevelopmentContact, "caseId", {}, order),
    developmentVotesOfCase: grouped(ctx, DevelopmentVote, "caseId", {}, order),
    developmentReportsOfCase: grouped(ctx, DevelopmentReport, "caseId", {}, { reportedOn: "ASC", id: "ASC" }),
    developmentExclusionsOfVote: grouped(ctx, DevelopmentVoteExclusion, "voteId", {}, { createdAt: "ASC", id: "ASC" }),
  };
}
