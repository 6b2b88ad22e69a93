import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { request, unwrapResult } from "@party/client-shared";
import type { RefusalLike } from "@party/client-shared";
import type { StepAction } from "./development-labels";
import * as Ops from "./operations";

type CaseResult = { __typename: "DevelopmentCase"; id: string; version: number; stage: string } | (RefusalLike & { __typename: "Refusal" });
type StepDocument = TypedDocumentNode<Record<string, CaseResult>, { input: Record<string, unknown> }>;

/** Each step's mutation, by the name the API's nextSteps gives as `action`. */
const DOCUMENTS: Record<StepAction | "applyForMembership", unknown> = {
  applyForMembership: Ops.ApplyForMembership,
  advanceDevelopmentCase: Ops.AdvanceDevelopmentCase,
  recordDevelopmentProcedure: Ops.RecordDevelopmentProcedure,
  openDevelopmentNotice: Ops.OpenDevelopmentNotice,
  closeDevelopmentNotice: Ops.CloseDevelopmentNotice,
  assignDevelopmentContact: Ops.AssignDevelopmentContact,
  recordDevelopmentVote: Ops.RecordDevelopmentVote,
  approveAdmission: Ops.ApproveAdmission,
  recordProbationReport: Ops.RecordProbationReport,
  applyForConversion: Ops.ApplyForConversion,
  approveConversion: Ops.ApproveConversion,
  extendProbation: Ops.ExtendProbation,
  correctDevelopmentStep: Ops.CorrectDevelopmentStep,
};

/** What a recorded step changes on the page: the case, the list and the funnel (and compliance, which reads the steps). */
const REFETCH = ["DevelopmentCaseDetail", "DevelopmentCaseList", "DevelopmentFunnel", "RuleFindingList"];

/**
 * Sends one step of the workflow (every step answers the case or a typed Refusal, raised as a
 * RefusalError so the form shows its rule and citation) and reads the case again on success.
 */
export function useRunStep() {
  const client = useQueryClient();
  return useCallback(
    async (action: StepAction | "applyForMembership", input: Record<string, unknown>) => {
      const data = await request(DOCUMENTS[action] as StepDocument, { input });
      const saved = unwrapResult(data[action]);
      await Promise.all(REFETCH.map((name) => client.invalidateQueries({ queryKey: [name] })));
      return saved;
    },
    [client],
  );
}
