import type { EntityManager } from "typeorm";
import type { DevelopmentCase } from "./development-case.entity";
import { DevelopmentContact } from "./development-contact.entity";
import { DevelopmentNotice } from "./development-notice.entity";
import { DevelopmentStep } from "./development-step.entity";
import { DevelopmentVote } from "./development-vote.entity";
import {
  DevelopmentProcedure as P,
  DevelopmentStage as S,
  DevelopmentStepKind as K,
  NoticePurpose,
  PROCEDURE_LABELS,
  VotePurpose,
} from "./pipeline.enums";
import type { NoticeState } from "../rules/registry/development.rules";

/**
 * What a case's guards read: its steps (with each step's day as last corrected), notices, trainers
 * and introducers, and votes — read once per step (or per case for `nextSteps`), in order.
 */
export class CaseRecords {
  private readonly corrected = new Map<string, string>();

  constructor(
    readonly steps: DevelopmentStep[],
    readonly notices: DevelopmentNotice[],
    readonly contacts: DevelopmentContact[],
    readonly votes: DevelopmentVote[],
  ) {
    // Steps come oldest first: a later correction of the same step wins.
    for (const s of steps) if (s.kind === K.CORRECTION && s.correctsStepId) this.corrected.set(s.correctsStepId, s.occurredOn);
  }

  /** A step's day, as last corrected. */
  day(step: DevelopmentStep): string {
    return this.corrected.get(step.id) ?? step.occurredOn;
  }

  /** The procedures of a kind recorded (since the probation was last extended, for the conversion chain's), with their days. */
  procedures(procedure: P): Array<{ id: string; day: string }> {
    return this.steps.filter((s) => s.kind === K.PROCEDURE && s.procedure === procedure).map((s) => ({ id: s.id, day: this.day(s) }));
  }

  /** Records made after the latest extension of the probation (a new conversion round), by creation. */
  sinceExtension<T extends { createdAt: Date }>(rows: T[]): T[] {
    const extension = [...this.steps].reverse().find((s) => s.kind === K.PROBATION_EXTENDED);
    return extension ? rows.filter((r) => r.createdAt > extension.createdAt) : rows;
  }

  /** The days between which a step's stage lasted: entered (its stage change's day) and left (the next one's), or still open. */
  stageSpan(step: DevelopmentStep): [string, string | null] {
    const changes = this.steps.filter((s) => s.stageTo !== null && s.kind !== K.CORRECTION);
    const stage = step.stageTo ?? step.stageFrom;
    const entered = [...changes].reverse().find((s) => s.stageTo === stage && s.createdAt <= step.createdAt);
    const left = changes.find((s) => s.stageFrom === stage && s.stageTo !== stage && s.createdAt > step.createdAt);
    return [entered && entered.id !== step.id ? this.day(entered) : "0001-01-01", left ? this.day(left) : null];
  }
}

export async function caseRecords(em: EntityManager, caseId: string): Promise<CaseRecords> {
  const order = { createdAt: "ASC", id: "ASC" } as const;
  // One after another: the request has one connection.
  const steps = await em.find(DevelopmentStep, { where: { caseId }, order });
  const notices = await em.find(DevelopmentNotice, { where: { caseId }, order });
  const contacts = await em.find(DevelopmentContact, { where: { caseId }, order });
  const votes = await em.find(DevelopmentVote, { where: { caseId }, order });
  return new CaseRecords(steps, notices, contacts, votes);
}

/** The latest notice of a purpose, as DEV_PUBLIC_NOTICE judges it. */
export function latestNotice(records: CaseRecords, purpose: NoticePurpose): NoticeState | null {
  const rows = records.notices.filter((n) => n.purpose === purpose);
  const n = (purpose === NoticePurpose.CONVERSION ? records.sinceExtension(rows) : rows).at(-1);
  return n ? { startsOn: n.startsOn, endsOn: n.endsOn, outcome: n.outcome } : null;
}

export function latestVote(records: CaseRecords, purpose: VotePurpose): DevelopmentVote | null {
  const rows = records.votes.filter((v) => v.purpose === purpose);
  return (purpose === VotePurpose.CONVERSION ? records.sinceExtension(rows) : rows).at(-1) ?? null;
}

/** The conversion chain (四(三)1(10)), in order: its own procedures and the steps that have their own records. */
export const CONVERSION_ORDER: readonly string[] = [
  "APPLICATION",
  P.CONVERSION_OPINIONS,
  P.CONVERSION_COMMITTEE,
  P.CONVERSION_GENERAL_BRANCH_REVIEW,
  "NOTICE",
  "VOTE",
  "APPROVAL",
  P.CONVERSION_FILED,
  P.CONVERSION_ANNOUNCED,
];

export const CONVERSION_STEP_LABELS: Readonly<Record<string, string>> = {
  ...PROCEDURE_LABELS,
  APPLICATION: "提出书面转正申请",
  NOTICE: "转正公示",
  VOTE: "支部大会表决",
  APPROVAL: "党总支审批",
};

/**
 * The chain's steps done in the current round. A vote counts once passed — or, for the approval,
 * once held: the approval then answers with DEV_VOTE_MAJORITY, the rule a failed vote breaks.
 */
export function conversionDone(kase: DevelopmentCase, records: CaseRecords, next: string): string[] {
  const done: string[] = [];
  if (kase.conversionAppliedOn) done.push("APPLICATION");
  const procedures = records.sinceExtension(records.steps.filter((s) => s.kind === K.PROCEDURE));
  for (const s of procedures) if (s.procedure) done.push(s.procedure);
  if (records.sinceExtension(records.notices.filter((n) => n.purpose === NoticePurpose.CONVERSION)).length) done.push("NOTICE");
  const votes = records.sinceExtension(records.votes.filter((v) => v.purpose === VotePurpose.CONVERSION));
  if (votes.some((v) => v.passed) || (next === "APPROVAL" && votes.length)) done.push("VOTE");
  if (kase.stage === S.FULL) done.push("APPROVAL");
  return done;
}
