import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput } from "../common/errors";
import { lockMemberInScope } from "../common/locks";
import { changeRecord, createRecord, RecordKind, textOrNull } from "../common/record-life-cycle";
import { isRefusal, Refusal, RefusalCode } from "../common/refusal";
import { unitIdInScope } from "../common/scope";
import { recordUnit } from "../common/unit-records";
import { lockInScope } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberCategory, MemberStanding, PersonKind, RegisterReason } from "../member/member.enums";
import * as MemberService from "../member/member.service";
import { Person } from "../member/person.entity";
import { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import { checkGuard } from "../rules/guard";
import {
  CONVERSION_CHAIN,
  DEV_INSPECTION_YEAR,
  DEV_INTRODUCERS,
  DEV_MIN_AGE,
  DEV_PARTY_SCHOOL,
  DEV_PUBLIC_NOTICE,
  DEV_TALK,
  DEV_TRAINER,
  DEV_VOTE_MAJORITY,
  DEV_VOTE_QUORUM,
  PROBATION_EXTENSION_MAX,
  PROBATION_YEAR,
  probationEnd,
} from "../rules/registry/development.rules";
import { guardParams } from "./guard-params";
import { DevelopmentCase } from "./development-case.entity";
import { DevelopmentContact } from "./development-contact.entity";
import { DevelopmentNotice } from "./development-notice.entity";
import { DevelopmentReport } from "./development-report.entity";
import { DevelopmentStep } from "./development-step.entity";
import { DevelopmentVote } from "./development-vote.entity";
import { DevelopmentVoteExclusion } from "./development-vote-exclusion.entity";
import { BEFORE_ADMISSION, CLOSING_STAGES, DEVELOPMENT_WORKFLOW, PROBATION_STAGES } from "./development-workflow";
import {
  CaseRecords,
  caseRecords,
  CONVERSION_ORDER,
  CONVERSION_STEP_LABELS,
  conversionDone,
  latestNotice,
  latestVote,
} from "./case-records";
import type {
  AdvanceDevelopmentCaseInput,
  ApplyForConversionInput,
  ApplyForMembershipInput,
  ApproveDevelopmentInput,
  AssignDevelopmentContactInput,
  CloseDevelopmentNoticeInput,
  CorrectDevelopmentStepInput,
  ExtendProbationInput,
  OpenDevelopmentNoticeInput,
  RecordDevelopmentProcedureInput,
  RecordDevelopmentVoteInput,
  RecordProbationReportInput,
} from "./inputs/pipeline.inputs";
import {
  ContactRole,
  DevelopmentProcedure as P,
  DevelopmentStage as S,
  DevelopmentStepKind as K,
  DevelopmentTrack,
  NoticeOutcome,
  NoticePurpose,
  PROCEDURE_LABELS,
  ProbationReportKind,
  STAGE_LABELS,
  VotePurpose,
} from "./pipeline.enums";

/*
 * Member development as an enforced workflow (issue 13; DOMAIN §8): every step is one mutation that
 * locks the case at the caller's version, checks the stage map and the rulebook's guards with the
 * records they need, and only then writes — the case's dates, the step (append-only), and the
 * record the step makes (a notice, a vote, a trainer …), audited in the request's transaction. A
 * refusal names the rule and its citation and writes nothing.
 */

export const CASE: RecordKind<DevelopmentCase> = {
  entity: DevelopmentCase,
  typeName: "DevelopmentCase",
  inScope: (ctx, c) => unitIdInScope(ctx, c.branchId),
};

const BRANCH_TRACKS: Partial<Record<BranchKind, DevelopmentTrack>> = {
  [BranchKind.STUDENT]: DevelopmentTrack.STUDENT,
  [BranchKind.FACULTY]: DevelopmentTrack.FACULTY,
  [BranchKind.STAFF]: DevelopmentTrack.FACULTY,
};

interface StepSpec {
  kind: K;
  on: string;
  stageTo?: S;
  procedure?: P;
  recordId?: string;
  correctsStepId?: string;
  /** What the step made, for the audit entry. */
  made?: object;
}

type StepInput = { id: string; version: number; documentIds?: string[]; note?: string };

// ── the application ─────────────────────────────────────────────────────────────

/** 递交入党申请书 (DEV_MIN_AGE): a new case at APPLICANT, for a registered person or one registered now. */
export async function applyForMembership(ctx: RequestContext, input: ApplyForMembershipInput): Promise<DevelopmentCase | Refusal> {
  if (!input.personId === !input.name?.trim()) {
    throw badInput({ [input.personId ? "name" : "personId"]: ["请选择已登记的申请人，或填写姓名新登记（二者选一）"] });
  }
  if (input.birthDate >= input.appliedOn) throw badInput({ birthDate: ["出生日期应早于申请日期"] });
  const branch = await recordUnit(ctx, input.branchId, "branchId", [OrgUnitKind.BRANCH]);
  if (isRefusal(branch)) return branch;
  const track = BRANCH_TRACKS[branch.branchKind as BranchKind];
  if (!track) throw badInput({ branchId: [`“${branch.name}”是离退休党支部，不接收入党申请`] });
  const documentIds = await checkDocuments(ctx, input.documentIds, branch.collegeId);

  let person: Person;
  if (input.personId) {
    person = await lockInScope(ctx, Person, "Person", input.personId, (p) => unitIdInScope(ctx, p.unitId));
    const [open] = await ctx.em.query(`SELECT id FROM development_case WHERE person_id = $1 AND closed_on IS NULL`, [person.id]);
    if (open)
      return Refusal.of(RefusalCode.ALREADY_LINKED, `${person.name}已有进行中的发展党员档案，撤回或结束后方可重新申请`, {
        field: "personId",
      });
  } else {
    person = await createRecord(ctx, { entity: Person, typeName: "Person", inScope: () => true }, "applyForMembership", {
      name: input.name!.trim(),
      gender: input.gender,
      kind: track === DevelopmentTrack.STUDENT ? PersonKind.STUDENT : PersonKind.TEACHER,
      unitId: branch.id,
      collegeId: branch.collegeId,
    });
  }
  const subject = { collegeId: branch.collegeId, label: person.name, birthDate: input.birthDate };
  const refused = await checkGuard(ctx, DEV_MIN_AGE, subject, input.appliedOn);
  if (refused) return refused;

  const saved = await createRecord(ctx, CASE, "applyForMembership", {
    branchId: branch.id,
    collegeId: branch.collegeId,
    personId: person.id,
    memberId: null,
    name: person.name,
    gender: input.gender,
    birthDate: input.birthDate,
    track,
    stage: S.APPLICANT,
    stageSince: input.appliedOn,
    appliedOn: input.appliedOn,
  });
  await writeStep(ctx, saved, null, { kind: K.APPLICATION, on: input.appliedOn, stageTo: S.APPLICANT }, documentIds, input.note);
  return saved;
}

// ── stage changes ───────────────────────────────────────────────────────────────

const STAGE_DATE: Partial<Record<S, keyof DevelopmentCase>> = {
  [S.ACTIVIST]: "activistOn",
  [S.CANDIDATE]: "candidateOn",
  [S.UNDER_INSPECTION]: "inspectionFrom",
  [S.DEVELOPMENT_TARGET]: "targetOn",
};

/** Stages reached by their own step (with what it needs): not by a plain stage change. */
const OWN_STEPS: Partial<Record<S, string>> = {
  [S.PROBATIONARY]: "approveAdmission",
  [S.FULL]: "approveConversion",
  [S.PROBATION_EXTENDED]: "extendProbation",
};

export function advance(ctx: RequestContext, input: AdvanceDevelopmentCaseInput): Promise<DevelopmentCase | Refusal> {
  if (OWN_STEPS[input.to]) throw badInput({ to: [`“${STAGE_LABELS[input.to]}”由 ${OWN_STEPS[input.to]} 记录`] });
  if ([S.WITHDRAWN, S.NOT_ADMITTED, S.PROBATION_CANCELLED].includes(input.to) && !input.note?.trim())
    throw badInput({ note: ["请说明原因"] });
  return onCase(ctx, input, "advanceDevelopmentCase", async (kase, records) => {
    const refused = await DEVELOPMENT_WORKFLOW.refusal(kase.stage, input.to, kase, { field: "to" });
    if (refused) return refused;
    checkOn(kase, input.on);
    const base = { collegeId: kase.collegeId, label: kase.name };
    let guard: Refusal | null = null;
    if (input.to === S.CANDIDATE) {
      const examsPassed = records.procedures(P.PARTY_SCHOOL_EXAM_PASSED).filter((s) => s.day <= input.on).length;
      guard = await checkGuard(ctx, DEV_PARTY_SCHOOL, { ...base, examsPassed }, input.on);
    } else if (input.to === S.UNDER_INSPECTION) {
      guard =
        (await checkGuard(
          ctx,
          DEV_PUBLIC_NOTICE,
          { ...base, notice: latestNotice(records, NoticePurpose.CANDIDATE), what: "培养考察对象" },
          input.on,
        )) ??
        (await checkGuard(
          ctx,
          DEV_TRAINER,
          { ...base, trainers: records.contacts.filter((c) => c.role === ContactRole.TRAINER && c.since <= input.on).length },
          input.on,
        ));
    } else if (input.to === S.DEVELOPMENT_TARGET) {
      guard = await checkGuard(ctx, DEV_INSPECTION_YEAR, { ...base, inspectionFrom: kase.inspectionFrom! }, input.on);
    }
    if (guard) return guard;
    const column = STAGE_DATE[input.to];
    if (column) (kase as unknown as Record<string, string>)[column] = input.on;
    if (input.to === S.PROBATION_CANCELLED) {
      const member = await ctx.em.findOneByOrFail(Member, { id: kase.memberId! });
      const removed = await MemberService.remove(ctx, {
        id: member.id,
        version: member.version,
        reason: RegisterReason.OTHER,
        occurredOn: input.on,
        note: `取消预备党员资格：${input.note!.trim()}`,
      } as never);
      if (isRefusal(removed)) return removed;
    }
    return moveTo(kase, input.to, input.on, { kind: K.STAGE_CHANGE, on: input.on });
  });
}

// ── procedures ──────────────────────────────────────────────────────────────────

/** Where each procedure may be recorded, and what must come first. */
const PROCEDURE_STAGES: Record<P, readonly S[]> = {
  [P.PARTY_SCHOOL_EXAM_PASSED]: [S.ACTIVIST],
  [P.PARTY_SCHOOL_EXAM_FAILED]: [S.ACTIVIST],
  [P.PARTY_SCHOOL_TRAINING]: BEFORE_ADMISSION,
  [P.ACTIVIST_REVIEW]: BEFORE_ADMISSION,
  [P.DEMOCRATIC_RECOMMENDATION]: BEFORE_ADMISSION,
  [P.COMMITTEE_DISCUSSION]: BEFORE_ADMISSION,
  [P.GENERAL_BRANCH_REVIEW]: BEFORE_ADMISSION,
  [P.GENERAL_BRANCH_TALK]: [S.DEVELOPMENT_TARGET],
  [P.CONVERSION_OPINIONS]: PROBATION_STAGES,
  [P.CONVERSION_COMMITTEE]: PROBATION_STAGES,
  [P.CONVERSION_GENERAL_BRANCH_REVIEW]: PROBATION_STAGES,
  [P.CONVERSION_FILED]: [S.FULL],
  [P.CONVERSION_ANNOUNCED]: [S.FULL],
};

export function recordProcedure(ctx: RequestContext, input: RecordDevelopmentProcedureInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "recordDevelopmentProcedure", async (kase, records) => {
    const stages = PROCEDURE_STAGES[input.procedure];
    if (!stages.includes(kase.stage)) return wrongStage(kase, `记录“${PROCEDURE_LABELS[input.procedure]}”`, stages);
    checkOn(kase, input.on);
    const base = { collegeId: kase.collegeId, label: kase.name };
    if (input.procedure === P.GENERAL_BRANCH_TALK) {
      // The talk follows the assembly's vote to admit (四(三)1(7)).
      const vote = latestVote(records, VotePurpose.ADMISSION);
      const refused = await checkGuard(ctx, DEV_VOTE_MAJORITY, { ...base, ...(vote ?? NO_VOTE) }, input.on);
      if (refused) return refused;
      if (input.on < vote!.heldOn) throw badInput({ on: [`谈话应在支部大会表决（${vote!.heldOn}）之后`] });
    }
    if (CONVERSION_ORDER.includes(input.procedure)) {
      const refused = await checkChain(ctx, kase, records, input.procedure);
      if (refused) return refused;
    }
    return { kind: K.PROCEDURE, on: input.on, procedure: input.procedure };
  });
}

// ── public notices ──────────────────────────────────────────────────────────────

const NOTICE_STAGES: Record<NoticePurpose, readonly S[]> = {
  [NoticePurpose.CANDIDATE]: [S.CANDIDATE],
  [NoticePurpose.DEVELOPMENT_TARGET]: [S.DEVELOPMENT_TARGET],
  [NoticePurpose.CONVERSION]: PROBATION_STAGES,
};

export function openNotice(ctx: RequestContext, input: OpenDevelopmentNoticeInput): Promise<DevelopmentCase | Refusal> {
  if (input.endsOn < input.startsOn) throw badInput({ endsOn: ["公示结束日期不能早于开始日期"] });
  return onCase(ctx, input, "openDevelopmentNotice", async (kase, records) => {
    const stages = NOTICE_STAGES[input.purpose];
    if (!stages.includes(kase.stage)) return wrongStage(kase, "开始此项公示", stages);
    checkOn(kase, input.startsOn, "startsOn");
    if (records.notices.some((n) => !n.closedOn))
      return Refusal.of(RefusalCode.ALREADY_LINKED, "上一次公示尚未登记结果", {
        field: "purpose",
        ruleCode: DEV_PUBLIC_NOTICE.code,
        citation: DEV_PUBLIC_NOTICE.citation,
      });
    if (input.purpose === NoticePurpose.CONVERSION) {
      const refused = await checkChain(ctx, kase, records, "NOTICE");
      if (refused) return refused;
    }
    const notice = await ctx.em.save(
      ctx.em.create(DevelopmentNotice, {
        caseId: kase.id,
        branchId: kase.branchId,
        collegeId: kase.collegeId,
        purpose: input.purpose,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        closedOn: null,
        outcome: null,
        outcomeNote: null,
      }),
    );
    return { kind: K.NOTICE_OPENED, on: input.startsOn, recordId: notice.id, made: { notice } };
  });
}

export function closeNotice(ctx: RequestContext, input: CloseDevelopmentNoticeInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "closeDevelopmentNotice", async (kase, records) => {
    const open = records.notices.find((n) => !n.closedOn);
    if (!open)
      return Refusal.of(RefusalCode.ALREADY_ENDED, "没有尚未登记结果的公示", {
        ruleCode: DEV_PUBLIC_NOTICE.code,
        citation: DEV_PUBLIC_NOTICE.citation,
      });
    if (input.on < open.endsOn) throw badInput({ on: [`公示至 ${open.endsOn} 结束，结束后方可登记结果`] });
    if (input.outcome !== NoticeOutcome.NO_OBJECTION && !input.note?.trim()) throw badInput({ note: ["有异议时请记录异议及核实情况"] });
    const notice = await ctx.em.findOneByOrFail(DevelopmentNotice, { id: open.id });
    notice.closedOn = input.on;
    notice.outcome = input.outcome;
    notice.outcomeNote = textOrNull(input.note);
    await ctx.em.save(notice);
    return { kind: K.NOTICE_CLOSED, on: input.on, recordId: notice.id, made: { notice } };
  });
}

// ── trainers and introducers ────────────────────────────────────────────────────

const CONTACT_STAGES: Record<ContactRole, readonly S[]> = {
  [ContactRole.TRAINER]: [S.CANDIDATE, S.UNDER_INSPECTION, S.DEVELOPMENT_TARGET],
  [ContactRole.INTRODUCER]: [S.DEVELOPMENT_TARGET],
};

export function assignContact(ctx: RequestContext, input: AssignDevelopmentContactInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "assignDevelopmentContact", async (kase, records) => {
    const member = await lockMemberInScope(ctx, input.memberId);
    const stages = CONTACT_STAGES[input.role];
    if (!stages.includes(kase.stage)) return wrongStage(kase, input.role === ContactRole.TRAINER ? "指定培养人" : "确定入党介绍人", stages);
    checkOn(kase, input.on);
    if (member.status !== "ACTIVE") return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
    if (member.id === kase.memberId) throw badInput({ memberId: ["不能是申请人本人"] });
    if (records.contacts.some((c) => c.role === input.role && c.memberId === member.id))
      return Refusal.of(RefusalCode.ALREADY_LINKED, `${member.name}已是${input.role === ContactRole.TRAINER ? "培养人" : "入党介绍人"}`, {
        field: "memberId",
      });
    const contact = await ctx.em.save(
      ctx.em.create(DevelopmentContact, {
        caseId: kase.id,
        branchId: kase.branchId,
        collegeId: kase.collegeId,
        role: input.role,
        memberId: member.id,
        since: input.on,
      }),
    );
    return { kind: K.CONTACT_ASSIGNED, on: input.on, recordId: contact.id, made: { contact } };
  });
}

// ── the branch assembly's votes ─────────────────────────────────────────────────

const NO_VOTE = { shouldAttend: 0, present: 0, votesFor: 0 };

export function recordVote(ctx: RequestContext, input: RecordDevelopmentVoteInput): Promise<DevelopmentCase | Refusal> {
  const fields: Record<string, string[]> = {};
  if (input.votesFor + input.votesAgainst + input.abstentions > input.present) fields.votesFor = ["赞成、反对、弃权票合计不能超过到会人数"];
  const excluded = (input.exclusions ?? []).map((x) => x.memberId);
  if (new Set(excluded).size !== excluded.length) fields.exclusions = ["同一党员登记了两次"];
  if (Object.keys(fields).length) throw badInput(fields);
  return onCase(ctx, input, "recordDevelopmentVote", async (kase, records) => {
    const admission = input.purpose === VotePurpose.ADMISSION;
    const stages = admission ? [S.DEVELOPMENT_TARGET] : PROBATION_STAGES;
    if (!stages.includes(kase.stage)) return wrongStage(kase, "进行此项表决", stages);
    checkOn(kase, input.heldOn, "heldOn");
    const base = { collegeId: kase.collegeId, label: kase.name };
    const earlier = latestVote(records, input.purpose);
    if (earlier?.passed) return Refusal.of(RefusalCode.ALREADY_RESOLVED, `支部大会已于 ${earlier.heldOn} 表决通过`, { field: "purpose" });

    let refused: Refusal | null;
    if (admission) {
      const introducers = await introducersOn(ctx, records, input.heldOn);
      refused =
        (await checkGuard(
          ctx,
          DEV_PUBLIC_NOTICE,
          { ...base, notice: latestNotice(records, NoticePurpose.DEVELOPMENT_TARGET), what: "发展对象" },
          input.heldOn,
        )) ?? (await checkGuard(ctx, DEV_INTRODUCERS, { ...base, introducers }, input.heldOn));
    } else {
      refused =
        (await checkGuard(ctx, PROBATION_YEAR, { ...base, probationEndsOn: kase.probationEndsOn! }, input.heldOn)) ??
        (await checkChain(ctx, kase, records, "VOTE")) ??
        (await checkGuard(
          ctx,
          DEV_PUBLIC_NOTICE,
          { ...base, notice: latestNotice(records, NoticePurpose.CONVERSION), what: "转正" },
          input.heldOn,
        ));
    }
    if (refused) return refused;

    // Who should attend: the branch's full members on the day (not the applicant), less the exclusions.
    const full: Array<{ id: string }> = await ctx.em.query(
      `SELECT id FROM member WHERE branch_id = $1 AND standing = 'FULL' AND status = 'ACTIVE' AND (full_since IS NULL OR full_since <= $2::date)
          AND id IS DISTINCT FROM $3::uuid`,
      [kase.branchId, input.heldOn, kase.memberId],
    );
    const eligible = new Set(full.map((m) => m.id));
    const stray = excluded.filter((id) => !eligible.has(id));
    if (stray.length) throw badInput({ exclusions: ["只能登记当日本支部有表决权的正式党员"] });
    const shouldAttend = eligible.size - excluded.length;
    if (input.present > shouldAttend) throw badInput({ present: [`到会人数不能超过应到会人数（${shouldAttend}）`] });
    const count = { shouldAttend, present: input.present, votesFor: input.votesFor };
    const quorum = await checkGuard(ctx, DEV_VOTE_QUORUM, { ...base, ...count }, input.heldOn);
    if (quorum) return quorum;
    const passed = !(await checkGuard(ctx, DEV_VOTE_MAJORITY, { ...base, ...count }, input.heldOn));

    const vote = await ctx.em.save(
      ctx.em.create(DevelopmentVote, {
        caseId: kase.id,
        branchId: kase.branchId,
        collegeId: kase.collegeId,
        purpose: input.purpose,
        heldOn: input.heldOn,
        fullMembers: eligible.size,
        excluded: excluded.length,
        shouldAttend,
        present: input.present,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        abstentions: input.abstentions,
        passed,
      }),
    );
    if (input.exclusions?.length) {
      await ctx.em.insert(
        DevelopmentVoteExclusion,
        input.exclusions.map((x) => ({
          voteId: vote.id,
          branchId: kase.branchId,
          collegeId: kase.collegeId,
          memberId: x.memberId,
          reason: x.reason.trim(),
        })),
      );
    }
    return { kind: K.VOTE, on: input.heldOn, recordId: vote.id, made: { vote, exclusions: input.exclusions ?? [] } };
  });
}

async function introducersOn(ctx: RequestContext, records: CaseRecords, day: string) {
  const ids = records.contacts.filter((c) => c.role === ContactRole.INTRODUCER && c.since <= day).map((c) => c.memberId);
  if (!ids.length) return [];
  const rows: Array<{ name: string; full: boolean }> = await ctx.em.query(
    `SELECT name, (standing = 'FULL' AND status = 'ACTIVE' AND (full_since IS NULL OR full_since <= $2::date)) AS full
       FROM member WHERE id = ANY($1::uuid[]) ORDER BY name`,
    [ids, day],
  );
  return rows.map((r) => ({ name: r.name, fullOnDay: r.full }));
}

// ── admission ───────────────────────────────────────────────────────────────────

/**
 * 党总支审批 (四(三)1(8)): after a passed vote and the general branch's talk, the person becomes a
 * member on probation from the vote's day for PROBATION_YEAR's years.
 */
export function approveAdmission(ctx: RequestContext, input: ApproveDevelopmentInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "approveAdmission", async (kase, records) => {
    const refused = await DEVELOPMENT_WORKFLOW.refusal(kase.stage, S.PROBATIONARY, kase);
    if (refused) return refused;
    checkOn(kase, input.on);
    const base = { collegeId: kase.collegeId, label: kase.name };
    const vote = latestVote(records, VotePurpose.ADMISSION);
    const talks = vote ? records.procedures(P.GENERAL_BRANCH_TALK).filter((s) => s.day >= vote.heldOn && s.day <= input.on).length : 0;
    const guard =
      (await checkGuard(ctx, DEV_VOTE_MAJORITY, { ...base, ...(vote ?? NO_VOTE) }, input.on)) ??
      (await checkGuard(ctx, DEV_TALK, { ...base, talks }, input.on));
    if (guard) return guard;
    if (input.on < vote!.heldOn) throw badInput({ on: [`审批应在支部大会表决（${vote!.heldOn}）之后`] });
    const endsOn = probationEnd(vote!.heldOn, (await guardParams(ctx, PROBATION_YEAR, kase.collegeId, vote!.heldOn)) as { years: number });
    const member = await MemberService.create(ctx, {
      name: kase.name,
      gender: kase.gender,
      birthDate: kase.birthDate,
      category: kase.track === DevelopmentTrack.STUDENT ? MemberCategory.STUDENT : MemberCategory.FACULTY,
      standing: MemberStanding.PROBATIONARY,
      joinedOn: vote!.heldOn,
      probationEndsOn: endsOn,
      branchId: kase.branchId,
      reason: RegisterReason.DEVELOPED,
      registeredOn: input.on,
    } as never);
    if (isRefusal(member)) return member;
    kase.memberId = member.id;
    kase.probationStartsOn = vote!.heldOn;
    kase.probationEndsOn = endsOn;
    return moveTo(kase, S.PROBATIONARY, input.on, { kind: K.ADMISSION_APPROVED, on: input.on, recordId: member.id });
  });
}

// ── probation ───────────────────────────────────────────────────────────────────

export function recordReport(ctx: RequestContext, input: RecordProbationReportInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "recordProbationReport", async (kase, records) => {
    if (!PROBATION_STAGES.includes(kase.stage)) return wrongStage(kase, "记录预备期汇报", PROBATION_STAGES);
    if (input.on < kase.probationStartsOn!) throw badInput({ on: [`预备期自 ${kase.probationStartsOn} 开始`] });
    const toIntroducer = input.kind === ProbationReportKind.TO_INTRODUCER;
    if (toIntroducer && !records.contacts.some((c) => c.role === ContactRole.INTRODUCER && c.memberId === input.introducerMemberId))
      throw badInput({ introducerMemberId: ["请选择本人的一名入党介绍人"] });
    if (!toIntroducer && input.introducerMemberId) throw badInput({ introducerMemberId: ["向党支部书面汇报不需填写介绍人"] });
    if (input.documentId) await checkDocuments(ctx, [input.documentId], kase.collegeId, "documentId");
    const report = await ctx.em.save(
      ctx.em.create(DevelopmentReport, {
        caseId: kase.id,
        branchId: kase.branchId,
        collegeId: kase.collegeId,
        memberId: kase.memberId!,
        kind: input.kind,
        reportedOn: input.on,
        introducerMemberId: input.introducerMemberId ?? null,
        documentId: input.documentId ?? null,
      }),
    );
    return { kind: K.PROBATION_REPORT, on: input.on, recordId: report.id, made: { report } };
  });
}

/** 书面转正申请: recorded whenever made; one made later than CONVERSION_APPLY_EARLY asks is reported as a finding. */
export function applyForConversion(ctx: RequestContext, input: ApplyForConversionInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "applyForConversion", async (kase) => {
    if (!PROBATION_STAGES.includes(kase.stage)) return wrongStage(kase, "提出转正申请", PROBATION_STAGES);
    if (input.on < kase.probationStartsOn!) throw badInput({ on: [`预备期自 ${kase.probationStartsOn} 开始`] });
    if (kase.conversionAppliedOn)
      return Refusal.of(RefusalCode.ALREADY_RESOLVED, `已于 ${kase.conversionAppliedOn} 提出转正申请`, {
        ruleCode: CONVERSION_CHAIN.code,
        citation: CONVERSION_CHAIN.citation,
      });
    kase.conversionAppliedOn = input.on;
    return { kind: K.CONVERSION_APPLIED, on: input.on };
  });
}

/** 党总支审批转正: after the chain and a passed conversion vote; full from the vote's day. */
export function approveConversion(ctx: RequestContext, input: ApproveDevelopmentInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, input, "approveConversion", async (kase, records) => {
    const refused = await DEVELOPMENT_WORKFLOW.refusal(kase.stage, S.FULL, kase);
    if (refused) return refused;
    checkOn(kase, input.on);
    const vote = latestVote(records, VotePurpose.CONVERSION);
    const guard =
      (await checkChain(ctx, kase, records, "APPROVAL")) ??
      (await checkGuard(ctx, DEV_VOTE_MAJORITY, { collegeId: kase.collegeId, label: kase.name, ...(vote ?? NO_VOTE) }, input.on));
    if (guard) return guard;
    if (input.on < vote!.heldOn) throw badInput({ on: [`审批应在支部大会表决（${vote!.heldOn}）之后`] });
    const member = await ctx.em.findOneByOrFail(Member, { id: kase.memberId! });
    const updated = await MemberService.update(ctx, {
      id: member.id,
      version: member.version,
      standing: MemberStanding.FULL,
      fullSince: vote!.heldOn,
    } as never);
    if (isRefusal(updated)) return updated;
    kase.fullSince = vote!.heldOn;
    return moveTo(kase, S.FULL, input.on, { kind: K.CONVERSION_APPROVED, on: input.on, recordId: vote!.id });
  });
}

export function extendProbation(ctx: RequestContext, input: ExtendProbationInput): Promise<DevelopmentCase | Refusal> {
  if (!input.note?.trim()) throw badInput({ note: ["请说明延长预备期的原因"] });
  return onCase(ctx, input, "extendProbation", async (kase) => {
    const refused = await DEVELOPMENT_WORKFLOW.refusal(kase.stage, S.PROBATION_EXTENDED, kase);
    if (refused) return refused;
    checkOn(kase, input.on);
    if (input.until <= kase.probationEndsOn!) throw badInput({ until: [`应晚于原预备期满日期（${kase.probationEndsOn}）`] });
    const guard = await checkGuard(
      ctx,
      PROBATION_EXTENSION_MAX,
      { collegeId: kase.collegeId, label: kase.name, probationEndsOn: kase.probationEndsOn!, until: input.until },
      input.on,
    );
    if (guard) return guard;
    const member = await ctx.em.findOneByOrFail(Member, { id: kase.memberId! });
    const updated = await MemberService.update(ctx, { id: member.id, version: member.version, probationEndsOn: input.until } as never);
    if (isRefusal(updated)) return updated;
    kase.probationEndsOn = input.until;
    // A new conversion application is due for the new end (the old one stays in the history).
    kase.conversionAppliedOn = null;
    return moveTo(kase, S.PROBATION_EXTENDED, input.on, { kind: K.PROBATION_EXTENDED, on: input.on });
  });
}

// ── corrections ─────────────────────────────────────────────────────────────────

/**
 * 更正: a new step naming the corrected one; the original stays. A date may be corrected on a
 * procedure or the application, within the stage it was recorded in (a date that would change
 * which steps came first needs the case to be withdrawn and recorded again); the application's
 * date is checked against DEV_MIN_AGE again.
 */
export function correctStep(ctx: RequestContext, input: CorrectDevelopmentStepInput): Promise<DevelopmentCase | Refusal> {
  return onCase(ctx, { ...input, note: input.reason }, "correctDevelopmentStep", async (kase, records) => {
    const step = records.steps.find((s) => s.id === input.stepId && s.kind !== K.CORRECTION);
    if (!step) throw badInput({ stepId: ["不是本档案的记录（更正记录本身不再更正）"] });
    const day = input.on ?? records.day(step);
    if (input.on && input.on !== records.day(step)) {
      if (step.kind !== K.PROCEDURE && step.kind !== K.APPLICATION) throw badInput({ on: ["只能更正程序性步骤和入党申请的日期"] });
      const [from, until] = records.stageSpan(step);
      if (input.on < from || (until && input.on > until))
        throw badInput({ on: [`更正后的日期应在 ${from}${until ? ` 至 ${until}` : " 之后"}（记录所在阶段）`] });
      if (step.kind === K.APPLICATION) {
        const refused = await checkGuard(
          ctx,
          DEV_MIN_AGE,
          { collegeId: kase.collegeId, label: kase.name, birthDate: kase.birthDate },
          input.on,
        );
        if (refused) return refused;
        kase.appliedOn = input.on;
        if (kase.stage === S.APPLICANT) kase.stageSince = input.on;
      }
    }
    return { kind: K.CORRECTION, on: day, correctsStepId: step.id };
  });
}

// ── the shared path of every step ───────────────────────────────────────────────

/**
 * Locks the case at the caller's version, loads what its guards read, runs the step, saves the
 * case and writes the step: all or nothing.
 */
function onCase(
  ctx: RequestContext,
  input: StepInput,
  operation: string,
  body: (kase: DevelopmentCase, records: CaseRecords) => Promise<Refusal | StepSpec>,
): Promise<DevelopmentCase | Refusal> {
  let spec: StepSpec;
  let stageFrom: S;
  let documentIds: string[];
  return changeRecord(ctx, CASE, operation, input, {
    apply: async (kase) => {
      documentIds = await checkDocuments(ctx, input.documentIds, kase.collegeId);
      stageFrom = kase.stage;
      const result = await body(kase, await caseRecords(ctx.em, kase.id));
      if (isRefusal(result)) return result;
      spec = result;
    },
    then: async (saved) => {
      const step = await writeStep(ctx, saved, stageFrom, spec, documentIds, input.note);
      // Every step moves the case's version, also one that changed none of its own columns (a
      // procedure, a notice, a vote): a page working from the case as it was before gets CONFLICT.
      if (saved.version === input.version) {
        await ctx.em.increment(DevelopmentCase, { id: saved.id }, "version", 1);
        saved.version += 1;
      }
      return { step: step.id, ...(spec.made ?? {}) };
    },
  });
}

function moveTo(kase: DevelopmentCase, to: S, on: string, spec: StepSpec): StepSpec {
  kase.stage = to;
  kase.stageSince = on;
  if (CLOSING_STAGES.includes(to)) kase.closedOn = on;
  return { ...spec, stageTo: to };
}

async function writeStep(
  ctx: RequestContext,
  kase: DevelopmentCase,
  stageFrom: S | null,
  spec: StepSpec,
  documentIds: string[],
  note: string | undefined,
): Promise<DevelopmentStep> {
  const step = await ctx.em.save(
    ctx.em.create(DevelopmentStep, {
      caseId: kase.id,
      branchId: kase.branchId,
      collegeId: kase.collegeId,
      kind: spec.kind,
      procedure: spec.kind === K.PROCEDURE ? spec.procedure! : null,
      occurredOn: spec.on,
      stageFrom,
      stageTo: spec.stageTo ?? null,
      recordId: spec.recordId ?? null,
      documentIds,
      note: textOrNull(note),
      correctsStepId: spec.correctsStepId ?? null,
      recordedBy: ctx.user.label,
      recordedById: ctx.user.id,
    }),
  );
  if (spec.kind === K.APPLICATION) {
    await audit(ctx, {
      operation: "applyForMembership",
      entityType: "DevelopmentStep",
      entityId: step.id,
      collegeId: kase.collegeId,
      after: step,
    });
  }
  return step;
}

/** A step's day may not come before the day the case entered its stage. */
function checkOn(kase: DevelopmentCase, on: string, field = "on"): void {
  if (on < kase.stageSince) throw badInput({ [field]: [`日期不能早于进入当前阶段的日期（${kase.stageSince}）`] });
}

function wrongStage(kase: DevelopmentCase, what: string, stages: readonly S[]): Refusal {
  return Refusal.of(
    RefusalCode.INVALID_TRANSITION,
    `${kase.name}处于“${STAGE_LABELS[kase.stage]}”阶段，不能${what}（应为：${stages.map((s) => STAGE_LABELS[s]).join("、")}）`,
    {
      allowedNext: [...DEVELOPMENT_WORKFLOW.allowedNext(kase.stage)],
    },
  );
}

/** The conversion chain's order (CONVERSION_CHAIN): each step only after those before it. */
function checkChain(ctx: RequestContext, kase: DevelopmentCase, records: CaseRecords, next: string): Promise<Refusal | null> {
  return checkGuard(
    ctx,
    CONVERSION_CHAIN,
    {
      collegeId: kase.collegeId,
      label: kase.name,
      done: conversionDone(kase, records, next),
      next,
      order: CONVERSION_ORDER,
      labels: CONVERSION_STEP_LABELS,
    },
    kase.stageSince,
  );
}

/** Filed documents the caller can see, of the case's college; a field error names the field otherwise. */
async function checkDocuments(ctx: RequestContext, ids: string[] | undefined, collegeId: string, field = "documentIds"): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return [];
  const rows: Array<{ id: string; unit_id: string }> = await ctx.em.query(
    `SELECT id, unit_id FROM filed_document WHERE id = ANY($1::uuid[]) AND college_id = $2 AND archived_at IS NULL`,
    [unique, collegeId],
  );
  const visible = await Promise.all(rows.map((r) => unitIdInScope(ctx, r.unit_id)));
  if (rows.filter((_, i) => visible[i]).length !== unique.length) throw badInput({ [field]: ["备案文件不存在、已作废或不在您的范围内"] });
  return unique;
}
