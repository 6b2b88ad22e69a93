import { StateMachine } from "../common/state-machine";
import type { DevelopmentCase } from "./development-case.entity";
import { DevelopmentStage as S, STAGE_LABELS } from "./pipeline.enums";

/**
 * The stages of a development case (DOMAIN §8): each moves only forward, to the next stage or out
 * (withdrawn, not admitted, probation cancelled). The rulebook's guards (DEV_*, PROBATION_*) are
 * checked by the step itself, with the records each needs; the map refuses every other move with
 * the stages the case may go to instead.
 */
export const DEVELOPMENT_WORKFLOW = new StateMachine<S, DevelopmentCase>({
  subject: "发展阶段",
  transitions: {
    [S.APPLICANT]: { to: [S.ACTIVIST, S.WITHDRAWN] },
    [S.ACTIVIST]: { to: [S.CANDIDATE, S.WITHDRAWN] },
    [S.CANDIDATE]: { to: [S.UNDER_INSPECTION, S.WITHDRAWN, S.NOT_ADMITTED] },
    [S.UNDER_INSPECTION]: { to: [S.DEVELOPMENT_TARGET, S.WITHDRAWN, S.NOT_ADMITTED] },
    [S.DEVELOPMENT_TARGET]: { to: [S.PROBATIONARY, S.WITHDRAWN, S.NOT_ADMITTED] },
    [S.PROBATIONARY]: { to: [S.FULL, S.PROBATION_EXTENDED, S.PROBATION_CANCELLED] },
    [S.PROBATION_EXTENDED]: { to: [S.FULL, S.PROBATION_CANCELLED] },
    [S.FULL]: { to: [] },
    [S.WITHDRAWN]: { to: [] },
    [S.NOT_ADMITTED]: { to: [] },
    [S.PROBATION_CANCELLED]: { to: [] },
  },
  labels: STAGE_LABELS,
});

/** Stages a case leaves the pipeline by: they close the case. */
export const CLOSING_STAGES: readonly S[] = [S.FULL, S.WITHDRAWN, S.NOT_ADMITTED, S.PROBATION_CANCELLED];

/** Stages a probationer is in. */
export const PROBATION_STAGES: readonly S[] = [S.PROBATIONARY, S.PROBATION_EXTENDED];

/** Stages from candidacy to the admission vote: an activist (in the broad sense) being trained. */
export const BEFORE_ADMISSION: readonly S[] = [S.ACTIVIST, S.CANDIDATE, S.UNDER_INSPECTION, S.DEVELOPMENT_TARGET];
