import type { RequestContext } from "../context";
import { addDays } from "../common/periods";
import { notFound } from "../common/errors";
import type { Page, PageArgs } from "../common/pagination";
import { pageOf, rowsInScope } from "../common/record-life-cycle";
import { pathInScope } from "../common/scope";
import { isId } from "../common/ids";
import { OrgUnit } from "../org/org-unit.entity";
import {
  CONVERSION_APPLY_EARLY,
  conversionDeadline,
  DEV_INSPECTION_YEAR,
  DEV_INTRODUCERS,
  DEV_PARTY_SCHOOL,
  DEV_PUBLIC_NOTICE,
  DEV_TALK,
  DEV_TRAINER,
  DEV_VOTE_MAJORITY,
  PROBATION_YEAR,
} from "../rules/registry/development.rules";
import { RULEBOOK } from "../rules/rulebook";
import { addYears } from "./development-dates";
import { DevelopmentCase } from "./development-case.entity";
import { DEVELOPMENT_WORKFLOW } from "./development-workflow";
import { CaseRecords, CONVERSION_ORDER, CONVERSION_STEP_LABELS, conversionDone, latestNotice, latestVote } from "./case-records";
import { guardParams } from "./guard-params";
import type { DevelopmentCaseFilter } from "./inputs/pipeline.inputs";
import {
  ContactRole,
  DevelopmentProcedure as P,
  DevelopmentStage as S,
  NoticeOutcome,
  NoticePurpose,
  PROCEDURE_LABELS,
  STAGE_LABELS,
  VotePurpose,
} from "./pipeline.enums";
import type { DevelopmentFunnelRow, NextStep } from "./pipeline.types";

/** Cases in the caller's scope (and under `unitId`), of the stages asked, open at some time in [since, until]; newest applications first. */
export function listCases(ctx: RequestContext, filter: DevelopmentCaseFilter, page: PageArgs): Promise<Page<DevelopmentCase>> {
  const qb = rowsInScope(ctx, DevelopmentCase, "c", "u.id = c.branch_id", filter.unitId);
  if (filter.stages?.length) qb.andWhere("c.stage IN (:...stages)", { stages: filter.stages });
  if (filter.until) qb.andWhere("c.applied_on <= :until", { until: filter.until });
  if (filter.since) qb.andWhere("(c.closed_on IS NULL OR c.closed_on >= :since)", { since: filter.since });
  if (filter.personId) qb.andWhere("c.person_id = :personId", { personId: filter.personId });
  qb.orderBy("c.applied_on", "DESC").addOrderBy("c.id", "ASC");
  return pageOf(qb, page);
}

export async function findCase(ctx: RequestContext, id: string): Promise<DevelopmentCase | null> {
  return isId(id) ? ctx.loaders.developmentCase.load(id) : null;
}

/**
 * Per stage, how many cases entered and left it in the year (steps dated in the year, as last
 * corrected) and how many are in it at the year's end (or today): one statement over the steps.
 */
export async function funnel(ctx: RequestContext, unitId: string, year: number): Promise<DevelopmentFunnelRow[]> {
  const unit = isId(unitId) ? await ctx.em.findOneBy(OrgUnit, { id: unitId }) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", unitId);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows: Array<{ stage: S; entered: number; left: number; current: number }> = await ctx.em.query(
    `WITH cases AS (
       SELECT c.id FROM development_case c JOIN org_unit u ON u.id = c.branch_id WHERE u.path @> ARRAY[$1::uuid]
     ), steps AS (
       SELECT s.case_id, s.stage_from, s.stage_to, s.created_at,
              coalesce((SELECT k.occurred_on FROM development_step k WHERE k.corrects_step_id = s.id ORDER BY k.created_at DESC, k.id DESC LIMIT 1), s.occurred_on) AS day
         FROM development_step s JOIN cases ON cases.id = s.case_id
        WHERE s.stage_to IS NOT NULL AND s.kind <> 'CORRECTION'
     ), latest AS (
       SELECT DISTINCT ON (case_id) case_id, stage_to FROM steps WHERE day <= $3::date ORDER BY case_id, day DESC, created_at DESC
     )
     SELECT st.stage,
            (SELECT count(*)::int FROM steps WHERE stage_to = st.stage AND day BETWEEN $2::date AND $3::date) AS entered,
            (SELECT count(*)::int FROM steps WHERE stage_from = st.stage AND stage_to <> st.stage AND day BETWEEN $2::date AND $3::date) AS left,
            (SELECT count(*)::int FROM latest WHERE stage_to = st.stage) AS current
       FROM unnest(enum_range(NULL::development_stage)) AS st(stage)`,
    [unit.id, from, to],
  );
  return rows;
}

/**
 * What may be done next on a case, each with the earliest day it becomes allowed and the rule that
 * sets it (development target not before inspection start + DEV_INSPECTION_YEAR's years …). A step
 * whose precondition is still missing has no earliest day and says what is missing.
 */
export async function nextSteps(ctx: RequestContext, kase: DevelopmentCase, records: CaseRecords): Promise<NextStep[]> {
  const rule = (code: string) => ({ ruleCode: code, citation: RULEBOOK.entry(code)!.citation });
  const steps: NextStep[] = [];
  const since = kase.stageSince;
  const later = (...days: Array<string | null | undefined>) =>
    days
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null;
  const stage = (to: S, extra: Partial<NextStep> = {}): NextStep => ({
    action: "advanceDevelopmentCase",
    label: `进入“${STAGE_LABELS[to]}”`,
    toStage: to,
    earliestOn: since,
    ...extra,
  });
  const procedure = (p: P, extra: Partial<NextStep> = {}): NextStep => ({
    action: "recordDevelopmentProcedure",
    label: PROCEDURE_LABELS[p],
    procedure: p,
    earliestOn: since,
    ...extra,
  });
  const noticeSteps = (purpose: NoticePurpose): NextStep[] => {
    const n = records.notices.filter((x) => x.purpose === purpose).at(-1);
    if (n && !n.closedOn)
      return [
        {
          action: "closeDevelopmentNotice",
          label: "登记公示结果",
          noticePurpose: purpose,
          earliestOn: n.endsOn,
          ...rule(DEV_PUBLIC_NOTICE.code),
        },
      ];
    if (!n || n.outcome === NoticeOutcome.OBJECTION_SUSTAINED)
      return [
        { action: "openDevelopmentNotice", label: "开始公示", noticePurpose: purpose, earliestOn: since, ...rule(DEV_PUBLIC_NOTICE.code) },
      ];
    return [];
  };
  const noticeOver = (purpose: NoticePurpose): { day: string | null; missing?: string } => {
    const n = latestNotice(records, purpose);
    if (!n) return { day: null, missing: "公示" };
    if (!n.outcome) return { day: null, missing: `公示至 ${n.endsOn}，结果尚未登记` };
    if (n.outcome === NoticeOutcome.OBJECTION_SUSTAINED) return { day: null, missing: "公示异议经核实成立" };
    return { day: addDays(n.endsOn, 1) };
  };
  const exits = DEVELOPMENT_WORKFLOW.allowedNext(kase.stage).filter((s) =>
    [S.WITHDRAWN, S.NOT_ADMITTED, S.PROBATION_CANCELLED].includes(s),
  );

  switch (kase.stage) {
    case S.APPLICANT:
      steps.push(stage(S.ACTIVIST));
      break;
    case S.ACTIVIST: {
      const passed = records
        .procedures(P.PARTY_SCHOOL_EXAM_PASSED)
        .map((p) => p.day)
        .sort()[0];
      steps.push(procedure(P.PARTY_SCHOOL_EXAM_PASSED), procedure(P.ACTIVIST_REVIEW), procedure(P.PARTY_SCHOOL_TRAINING));
      steps.push(
        stage(S.CANDIDATE, {
          earliestOn: passed ? later(since, passed) : null,
          missing: passed ? null : "党校考试合格",
          ...rule(DEV_PARTY_SCHOOL.code),
        }),
      );
      break;
    }
    case S.CANDIDATE: {
      steps.push(...noticeSteps(NoticePurpose.CANDIDATE));
      const trainer = records.contacts.find((c) => c.role === ContactRole.TRAINER);
      if (!trainer) steps.push({ action: "assignDevelopmentContact", label: "指定培养人", earliestOn: since, ...rule(DEV_TRAINER.code) });
      const over = noticeOver(NoticePurpose.CANDIDATE);
      const missing = [over.missing, trainer ? null : "培养人"].filter(Boolean).join("、") || null;
      steps.push(
        stage(S.UNDER_INSPECTION, {
          earliestOn: missing ? null : later(since, over.day, trainer?.since),
          missing,
          ...rule(DEV_PUBLIC_NOTICE.code),
        }),
      );
      break;
    }
    case S.UNDER_INSPECTION: {
      const { minYears } = await guardParams(ctx, DEV_INSPECTION_YEAR, kase.collegeId, since);
      steps.push(procedure(P.ACTIVIST_REVIEW), procedure(P.DEMOCRATIC_RECOMMENDATION), procedure(P.COMMITTEE_DISCUSSION));
      steps.push(stage(S.DEVELOPMENT_TARGET, { earliestOn: addYears(kase.inspectionFrom!, minYears), ...rule(DEV_INSPECTION_YEAR.code) }));
      break;
    }
    case S.DEVELOPMENT_TARGET: {
      const vote = latestVote(records, VotePurpose.ADMISSION);
      if (!vote?.passed) {
        steps.push(...noticeSteps(NoticePurpose.DEVELOPMENT_TARGET));
        const introducers = records.contacts.filter((c) => c.role === ContactRole.INTRODUCER);
        const { count } = await guardParams(ctx, DEV_INTRODUCERS, kase.collegeId, since);
        if (introducers.length < count)
          steps.push({ action: "assignDevelopmentContact", label: "确定入党介绍人", earliestOn: since, ...rule(DEV_INTRODUCERS.code) });
        const over = noticeOver(NoticePurpose.DEVELOPMENT_TARGET);
        const missing = [over.missing, introducers.length < count ? `${count} 名入党介绍人` : null].filter(Boolean).join("、") || null;
        steps.push({
          action: "recordDevelopmentVote",
          label: "支部党员大会表决接收预备党员",
          votePurpose: VotePurpose.ADMISSION,
          earliestOn: missing ? null : later(since, over.day, ...introducers.map((i) => i.since)),
          missing,
          ...rule(missing && !over.missing ? DEV_INTRODUCERS.code : DEV_PUBLIC_NOTICE.code),
        });
      } else {
        const talked = records.procedures(P.GENERAL_BRANCH_TALK).some((t) => t.day >= vote.heldOn);
        if (!talked) steps.push(procedure(P.GENERAL_BRANCH_TALK, { earliestOn: later(since, vote.heldOn), ...rule(DEV_TALK.code) }));
        steps.push({
          action: "approveAdmission",
          label: "党总支审批接收预备党员",
          toStage: S.PROBATIONARY,
          earliestOn: talked ? later(since, vote.heldOn) : null,
          missing: talked ? null : "党总支谈话",
          ...rule(DEV_TALK.code),
        });
      }
      break;
    }
    case S.PROBATIONARY:
    case S.PROBATION_EXTENDED: {
      steps.push({ action: "recordProbationReport", label: "记录预备期汇报", earliestOn: kase.probationStartsOn });
      const done = conversionDone(kase, records, "APPROVAL");
      const nextInChain = CONVERSION_ORDER.find((s) => !done.includes(s));
      const end = kase.probationEndsOn!;
      if (nextInChain === "APPLICATION") {
        const { monthsBefore } = await guardParams(ctx, CONVERSION_APPLY_EARLY, kase.collegeId, since);
        steps.push({
          action: "applyForConversion",
          label: "提出书面转正申请",
          earliestOn: kase.probationStartsOn,
          latestOn: conversionDeadline(end, monthsBefore),
          ...rule("CONVERSION_APPLY_EARLY"),
        });
      } else if (nextInChain === "NOTICE")
        steps.push(...noticeSteps(NoticePurpose.CONVERSION).map((s) => ({ ...s, ...rule("CONVERSION_CHAIN") })));
      else if (nextInChain === "VOTE") {
        const over = noticeOver(NoticePurpose.CONVERSION);
        const n = records.notices.filter((x) => x.purpose === NoticePurpose.CONVERSION).at(-1);
        if (n && !n.closedOn) steps.push(...noticeSteps(NoticePurpose.CONVERSION));
        steps.push({
          action: "recordDevelopmentVote",
          label: "支部党员大会表决转正",
          votePurpose: VotePurpose.CONVERSION,
          earliestOn: over.missing ? null : later(since, end, over.day),
          missing: over.missing ?? null,
          ...rule(PROBATION_YEAR.code),
        });
        if (kase.stage === S.PROBATIONARY)
          steps.push({
            action: "extendProbation",
            label: "延长预备期",
            toStage: S.PROBATION_EXTENDED,
            earliestOn: since,
            ...rule("PROBATION_EXTENSION_MAX"),
          });
      } else if (nextInChain === "APPROVAL") {
        const vote = latestVote(records, VotePurpose.CONVERSION)!;
        steps.push({
          action: "approveConversion",
          label: "党总支审批转正",
          toStage: S.FULL,
          earliestOn: later(since, vote.heldOn),
          ...rule(DEV_VOTE_MAJORITY.code),
        });
      } else if (nextInChain) {
        steps.push(procedure(nextInChain as P, { ...rule("CONVERSION_CHAIN"), label: CONVERSION_STEP_LABELS[nextInChain] }));
      }
      break;
    }
    case S.FULL: {
      const done = conversionDone(kase, records, "APPROVAL");
      const next = [P.CONVERSION_FILED, P.CONVERSION_ANNOUNCED].find((p) => !done.includes(p));
      if (next) steps.push(procedure(next, { ...rule("CONVERSION_CHAIN") }));
      break;
    }
  }
  for (const to of exits) steps.push(stage(to, { label: STAGE_LABELS[to] }));
  return steps;
}
