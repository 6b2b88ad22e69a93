import type { RequestContext } from "../context";
import { badInput } from "../common/errors";
import type { Page, PageArgs } from "../common/pagination";
import { archiveRecord, changeRecord, createRecord, patchRecord, textOrNull as text } from "../common/record-life-cycle";
import { Refusal, RefusalCode } from "../common/refusal";
import { unitIdInScope } from "../common/scope";
import { createUnitRecord, listRecords, recordUnit, unitRecordKind } from "../common/unit-records";
import { lockInScope } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { OrgUnitKind } from "../org/org-unit.enums";
import { Award } from "./award.entity";
import { AWARD_WORKFLOW } from "./award-workflow";
import { AwardKind, AwardStatus } from "./governance.enums";
import { IntegrityRisk } from "./integrity-risk.entity";
import { MajorDecision } from "./major-decision.entity";
import { PartyAffairsNotice } from "./party-affairs-notice.entity";
import { Recognition } from "./recognition.entity";
import type {
  AdvanceAwardInput,
  ArchiveRecordInput,
  AwardFilter,
  CreateIntegrityRiskInput,
  CreateMajorDecisionInput,
  CreatePartyAffairsNoticeInput,
  CreateRecognitionInput,
  IntegrityRiskFilter,
  MajorDecisionFilter,
  NominateAwardInput,
  PartyAffairsNoticeFilter,
  RecognitionFilter,
  UpdateIntegrityRiskInput,
  UpdateMajorDecisionInput,
  UpdatePartyAffairsNoticeInput,
  UpdateRecognitionInput,
} from "./inputs/governance.inputs";

/** Units that keep governance records: the committee, general branches and branches (not groups). */
const ORGANISATIONS = [OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH];

const AWARD = unitRecordKind(Award, "Award", "unitId");
const RECOGNITION = unitRecordKind(Recognition, "Recognition", "unitId");
const NOTICE = unitRecordKind(PartyAffairsNotice, "PartyAffairsNotice", "unitId");
const DECISION = unitRecordKind(MajorDecision, "MajorDecision", "unitId");
const RISK = unitRecordKind(IntegrityRisk, "IntegrityRisk", "unitId");

// ── awards (AWARDS_BIENNIAL, 四(五)3(1)) ─────────────────────────────────────────

export function listAwards(ctx: RequestContext, filter: AwardFilter, page: PageArgs): Promise<Page<Award>> {
  return listRecords(
    ctx,
    Award,
    {
      unitColumn: "unit_id",
      year: { intColumn: "cycle_year" },
      order: [
        ["r.cycle_year", "DESC"],
        ["r.kind", "ASC"],
        ["r.nominated_on", "ASC"],
      ],
      where: (qb) => {
        if (filter.kind) qb.andWhere("r.kind = :kind", { kind: filter.kind });
        if (filter.status) qb.andWhere("r.status = :status", { status: filter.status });
      },
    },
    filter,
    page,
  );
}

export async function nominate(ctx: RequestContext, input: NominateAwardInput): Promise<Award | Refusal> {
  const forUnit = input.kind === AwardKind.ADVANCED_ORGANISATION;
  const fields: Record<string, string[]> = {};
  if (forUnit && !input.unitId) fields.unitId = ["先进基层党组织须推荐一个党组织"];
  if (forUnit && input.memberId) fields.memberId = ["先进基层党组织推荐的是组织，不是个人"];
  if (!forUnit && !input.memberId) fields.memberId = ["个人奖项须推荐一名党员"];
  if (!forUnit && input.unitId) fields.unitId = ["个人奖项按党员所在支部登记，不需另填组织"];
  if (Object.keys(fields).length) throw badInput(fields);

  let unitId: string;
  let memberId: string | null = null;
  if (forUnit) {
    const unit = await recordUnit(ctx, input.unitId!, "unitId", [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH]);
    if (unit instanceof Refusal) return unit;
    unitId = unit.id;
  } else {
    // A personal award is registered at the member's branch: that branch must be in scope.
    const member = await lockInScope(ctx, Member, "Member", input.memberId!, (m) => unitIdInScope(ctx, m.branchId));
    if (member.status !== MemberStatus.ACTIVE) {
      return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册，不能被推荐`, { field: "memberId" });
    }
    unitId = member.branchId;
    memberId = member.id;
  }
  const unit = await ctx.loaders.orgUnit.load(unitId);
  return createRecord(ctx, AWARD, "nominateAward", {
    unitId,
    nomineeMemberId: memberId,
    collegeId: unit!.collegeId,
    kind: input.kind,
    cycleYear: input.cycleYear,
    status: AwardStatus.NOMINATED,
    nominatedOn: input.nominatedOn,
    note: text(input.note),
  });
}

/** Moves a nomination along AWARD_WORKFLOW; any other move is refused and nothing changes. */
export function advanceAward(ctx: RequestContext, input: AdvanceAwardInput): Promise<Award | Refusal> {
  return changeRecord(ctx, AWARD, "advanceAward", input, {
    apply: async (award) => {
      const refused = await AWARD_WORKFLOW.refusal(award.status, input.to, award, { field: "to", ruleCode: "AWARDS_BIENNIAL" });
      if (refused) return refused;
      const previous = award.reviewedOn ?? award.nominatedOn;
      if (input.on < previous) throw badInput({ on: [`日期不能早于上一步（${previous}）`] });
      if (input.to === AwardStatus.REVIEWED) {
        if (!input.reviewer) throw badInput({ reviewer: ["审核须填写审核人"] });
        award.reviewedOn = input.on;
        award.reviewer = input.reviewer.trim();
      } else {
        award.decidedOn = input.on;
      }
      award.status = input.to;
      if (input.note !== undefined) award.note = text(input.note);
    },
  });
}

export function archiveAward(ctx: RequestContext, input: ArchiveRecordInput): Promise<Award | Refusal> {
  return archiveRecord(ctx, AWARD, "archiveAward", input);
}

// ── honours and media reports (附件 指标17/18) ───────────────────────────────────

export function listRecognitions(ctx: RequestContext, filter: RecognitionFilter, page: PageArgs): Promise<Page<Recognition>> {
  return listRecords(
    ctx,
    Recognition,
    {
      unitColumn: "unit_id",
      year: { dateColumn: "occurred_on" },
      order: [["r.occurred_on", "DESC"]],
      where: (qb) => {
        if (filter.kind) qb.andWhere("r.kind = :kind", { kind: filter.kind });
        if (filter.level) qb.andWhere("r.level = :level", { level: filter.level });
      },
    },
    filter,
    page,
  );
}

export function createRecognition(ctx: RequestContext, input: CreateRecognitionInput): Promise<Recognition | Refusal> {
  return createUnitRecord(ctx, RECOGNITION, "createRecognition", input.unitId, ORGANISATIONS, {
    kind: input.kind,
    level: input.level,
    title: input.title.trim(),
    occurredOn: input.occurredOn,
    issuer: input.issuer.trim(),
    note: text(input.note),
  });
}

export function updateRecognition(ctx: RequestContext, input: UpdateRecognitionInput): Promise<Recognition | Refusal> {
  return patchRecord(ctx, RECOGNITION, "updateRecognition", input, {
    nullable: ["note"],
  });
}

export function archiveRecognition(ctx: RequestContext, input: ArchiveRecordInput): Promise<Recognition | Refusal> {
  return archiveRecord(ctx, RECOGNITION, "archiveRecognition", input);
}

// ── 党务公开 ────────────────────────────────────────────────────────────────────

export function listNotices(ctx: RequestContext, filter: PartyAffairsNoticeFilter, page: PageArgs): Promise<Page<PartyAffairsNotice>> {
  return listRecords(
    ctx,
    PartyAffairsNotice,
    {
      unitColumn: "unit_id",
      year: { dateColumn: "published_on" },
      order: [["r.published_on", "DESC"]],
      where: (qb) => {
        if (filter.channel) qb.andWhere("r.channel = :channel", { channel: filter.channel });
      },
    },
    filter,
    page,
  );
}

export function createNotice(ctx: RequestContext, input: CreatePartyAffairsNoticeInput): Promise<PartyAffairsNotice | Refusal> {
  return createUnitRecord(ctx, NOTICE, "createPartyAffairsNotice", input.unitId, ORGANISATIONS, {
    title: input.title.trim(),
    channel: input.channel,
    publishedOn: input.publishedOn,
    summary: text(input.summary),
  });
}

export function updateNotice(ctx: RequestContext, input: UpdatePartyAffairsNoticeInput): Promise<PartyAffairsNotice | Refusal> {
  return patchRecord(ctx, NOTICE, "updatePartyAffairsNotice", input, {
    nullable: ["summary"],
  });
}

export function archiveNotice(ctx: RequestContext, input: ArchiveRecordInput): Promise<PartyAffairsNotice | Refusal> {
  return archiveRecord(ctx, NOTICE, "archivePartyAffairsNotice", input);
}

// ── 三重一大 ────────────────────────────────────────────────────────────────────

export function listDecisions(ctx: RequestContext, filter: MajorDecisionFilter, page: PageArgs): Promise<Page<MajorDecision>> {
  return listRecords(
    ctx,
    MajorDecision,
    {
      unitColumn: "unit_id",
      year: { dateColumn: "decided_on" },
      order: [["r.decided_on", "DESC"]],
      where: (qb) => {
        if (filter.category) qb.andWhere("r.category = :category", { category: filter.category });
      },
    },
    filter,
    page,
  );
}

function checkConsultation(d: { consultedOn?: string | null; decidedOn?: string | null }): void {
  if (d.consultedOn && d.decidedOn && d.consultedOn > d.decidedOn) {
    throw badInput({ consultedOn: ["酝酿沟通应在决策之前（沟通日期不能晚于决策日期）"] });
  }
}

export async function createDecision(ctx: RequestContext, input: CreateMajorDecisionInput): Promise<MajorDecision | Refusal> {
  checkConsultation(input);
  return createUnitRecord(ctx, DECISION, "createMajorDecision", input.unitId, ORGANISATIONS, {
    title: input.title.trim(),
    category: input.category,
    decidedOn: input.decidedOn,
    consultation: input.consultation.trim(),
    consultedOn: input.consultedOn,
    consultedWith: input.consultedWith.trim(),
  });
}

export function updateDecision(ctx: RequestContext, input: UpdateMajorDecisionInput): Promise<MajorDecision | Refusal> {
  return patchRecord(ctx, DECISION, "updateMajorDecision", input, {
    nullable: [],
    check: checkConsultation,
  });
}

export function archiveDecision(ctx: RequestContext, input: ArchiveRecordInput): Promise<MajorDecision | Refusal> {
  return archiveRecord(ctx, DECISION, "archiveMajorDecision", input);
}

// ── integrity risk register (四(二)5) ──────────────────────────────────────────

export function listRisks(ctx: RequestContext, filter: IntegrityRiskFilter, page: PageArgs): Promise<Page<IntegrityRisk>> {
  return listRecords(
    ctx,
    IntegrityRisk,
    {
      unitColumn: "unit_id",
      year: { dateColumn: "reviewed_on" },
      order: [["r.reviewed_on", "DESC"]],
    },
    filter,
    page,
  );
}

export function createRisk(ctx: RequestContext, input: CreateIntegrityRiskInput): Promise<IntegrityRisk | Refusal> {
  return createUnitRecord(ctx, RISK, "createIntegrityRisk", input.unitId, ORGANISATIONS, {
    riskPoint: input.riskPoint.trim(),
    keyPoint: input.keyPoint.trim(),
    controlMeasures: input.controlMeasures.trim(),
    responsiblePerson: input.responsiblePerson.trim(),
    reviewedOn: input.reviewedOn,
  });
}

export function updateRisk(ctx: RequestContext, input: UpdateIntegrityRiskInput): Promise<IntegrityRisk | Refusal> {
  return patchRecord(ctx, RISK, "updateIntegrityRisk", input, {
    nullable: [],
  });
}

export function archiveRisk(ctx: RequestContext, input: ArchiveRecordInput): Promise<IntegrityRisk | Refusal> {
  return archiveRecord(ctx, RISK, "archiveIntegrityRisk", input);
}
