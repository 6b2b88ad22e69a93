import { In } from "typeorm";
import type { EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { audit, auditMany } from "../audit/audit.service";
import { AppError, badInput, ErrorCode, notFound, type FieldErrors } from "../common/errors";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import type { Page, PageArgs } from "../common/pagination";
import { daysBetween } from "../common/periods";
import {
  archiveRecord,
  changeRecord,
  createRecord,
  frozenOnceArchived,
  pageOf,
  rowsInScope,
  textOrNull,
} from "../common/record-life-cycle";
import { Refusal, RefusalCode } from "../common/refusal";
import { unitIdInScope } from "../common/scope";
import { listRecords, unitRecordKind } from "../common/unit-records";
import { lockInScope } from "../common/versioned";
import type { ArchiveRecordInput } from "../governance/inputs/governance.inputs";
import { OrgUnitKind } from "../org/org-unit.enums";
import { AssessmentGrade, AssessmentRoundKind, AssessmentSheetStatus as S, SHEET_STATUS_LABELS } from "./assessment.enums";
import { propose, type Proposal, type ProposalTarget } from "./assessment-proposals";
import { AssessmentRound } from "./assessment-round.entity";
import { AssessmentScore } from "./assessment-score.entity";
import { AssessmentSheet } from "./assessment-sheet.entity";
import { DisciplineCase } from "./discipline-case.entity";
import { Rectification } from "./rectification.entity";
import { elementsOf, gradeOf, sheetInForce, sheetVersion, toStep } from "./sheet-definition";
import { SHEET_WORKFLOW } from "./sheet-workflow";
import type {
  AdvanceAssessmentSheetInput,
  AssessmentSheetFilter,
  CreateAssessmentRoundInput,
  DisciplineCaseFilter,
  RecordDisciplineCaseInput,
  RecordRectificationInput,
  ReproposeAssessmentSheetInput,
  ScoreAssessmentElementInput,
} from "./inputs/assessment.inputs";

/** The longest period one round assesses (a REGULAR round covers two years at most; the compliance engine's bound). */
const MAX_PERIOD_DAYS = 3 * 366;
/** States in which the panel may score and re-propose: while scoring, and while reconsidering an appeal. */
const SCORING = [S.DRAFT, S.APPEALED];

const SHEET = {
  entity: AssessmentSheet,
  typeName: "AssessmentSheet",
  inScope: (ctx: RequestContext, row: AssessmentSheet) => unitIdInScope(ctx, row.unitId),
};
const DISCIPLINE = unitRecordKind(DisciplineCase, "DisciplineCase", "unitId");
const RECTIFICATION = {
  entity: Rectification,
  typeName: "Rectification",
  inScope: (ctx: RequestContext, row: Rectification) => unitIdInScope(ctx, row.unitId),
};

// ── rounds ─────────────────────────────────────────────────────────────────────

/** Rounds of the caller's college(s), newest first. */
export async function listRounds(ctx: RequestContext, year?: number | null): Promise<AssessmentRound[]> {
  const rows = await ctx.em.find(AssessmentRound, {
    where: year ? { year } : {},
    order: { year: "DESC", createdAt: "DESC" },
  });
  return ctx.records.visible(rows, [{ college: (r: AssessmentRound) => r.collegeId }]);
}

export async function findRound(ctx: RequestContext, id: string): Promise<AssessmentRound> {
  const round = await ctx.loaders.assessmentRound.load(id);
  if (!round) throw notFound("AssessmentRound", id);
  return round;
}

/**
 * Opens a round: one sheet per branch, each sub-element a line with its proposal from the records.
 * College-wide only (the college root must be in the caller's scope); the caller joins the panel.
 */
export async function createRound(ctx: RequestContext, input: CreateAssessmentRoundInput): Promise<AssessmentRound> {
  const college = await lockUnitInScope(ctx, input.collegeId);
  const fields: FieldErrors = {};
  if (college.kind !== OrgUnitKind.PARTY_COMMITTEE) fields.collegeId = ["应为学院党委"];
  const periodFrom = input.periodFrom ?? `${input.year}-01-01`;
  const periodTo = input.periodTo ?? `${input.year}-12-31`;
  const deadline = input.deadline ?? `${input.year}-12-15`;
  if (periodTo < periodFrom) fields.periodTo = ["考核期间止不能早于起"];
  else if (daysBetween(periodFrom, periodTo) > MAX_PERIOD_DAYS) fields.periodTo = ["考核期间最长三年"];
  if (deadline < periodFrom) fields.deadline = ["完成期限不能早于考核期间起"];
  if (Object.keys(fields).length) throw badInput(fields);
  if (input.kind === AssessmentRoundKind.REGULAR) {
    const [taken] = await ctx.em.query(`SELECT 1 FROM assessment_round WHERE college_id = $1 AND year = $2 AND kind = 'REGULAR'`, [
      college.id,
      input.year,
    ]);
    if (taken) throw badInput({ year: [`${input.year} 年已有常规考核`] });
  }
  const branches = await roundBranches(ctx.em, college.id, input.branchIds);
  const panel = [...new Set([...(input.panelUserIds ?? []), ...(ctx.user.id ? [ctx.user.id] : [])])];
  const known: Array<{ id: string }> = panel.length
    ? await ctx.em.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [panel])
    : [];
  const unknown = panel.filter((id) => !known.some((k) => k.id === id));
  if (unknown.length) throw badInput({ panelUserIds: [`没有这些账号：${unknown.join("、")}`] });
  const sheet = sheetInForce(periodFrom);

  const round = await ctx.em.save(
    ctx.em.create(AssessmentRound, {
      collegeId: college.id,
      year: input.year,
      kind: input.kind,
      name: input.name?.trim() || `${input.year}年度党支部工作目标管理考核${input.kind === AssessmentRoundKind.SPECIAL ? "（专项）" : ""}`,
      sheetVersion: sheet.version,
      periodFrom,
      periodTo,
      deadline,
      panelUserIds: panel,
      note: textOrNull(input.note),
    }),
  );
  const sheets = await ctx.em.save(
    branches.map((unitId) => ctx.em.create(AssessmentSheet, { roundId: round.id, unitId, collegeId: college.id, status: S.DRAFT })),
  );
  // One branch: its subtree is all the evaluation reads; several: the college's.
  const root = branches.length === 1 ? branches[0] : college.id;
  await writeLines(ctx.em, round, sheets, await proposals(ctx.shared.manager, round, root, sheets));
  for (const s of sheets) await recompute(ctx.em, s, round);
  await ctx.em.save(sheets);
  await audit(ctx, {
    operation: "createAssessmentRound",
    entityType: "AssessmentRound",
    entityId: round.id,
    collegeId: college.id,
    after: round,
  });
  await auditMany(
    ctx,
    sheets.map((s) => ({
      operation: "createAssessmentRound",
      entityType: "AssessmentSheet",
      entityId: s.id,
      collegeId: college.id,
      after: s,
    })),
  );
  return round;
}

/** The branches of a round: those given (each a live branch of the college), or every live branch of the college. */
async function roundBranches(em: EntityManager, collegeId: string, given?: string[]): Promise<string[]> {
  if (!given) {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT id FROM org_unit WHERE college_id = $1 AND kind = 'BRANCH' AND archived_at IS NULL ORDER BY path, sort_order, name`,
      [collegeId],
    );
    if (!rows.length) throw badInput({ collegeId: ["该学院没有可考核的党支部"] });
    return rows.map((r) => r.id);
  }
  const ids = [...new Set(given)];
  if (!ids.length) throw badInput({ branchIds: ["至少一个党支部"] });
  const rows: Array<{ id: string; ok: boolean }> = await em.query(
    `SELECT id, (college_id = $2 AND kind = 'BRANCH' AND archived_at IS NULL) AS ok FROM org_unit WHERE id = ANY($1::uuid[])`,
    [ids, collegeId],
  );
  const bad = ids.filter((id) => !rows.some((r) => r.id === id && r.ok));
  if (bad.length) throw badInput({ branchIds: [`不是该学院在册的党支部：${bad.join("、")}`] });
  return ids;
}

/** Proposals for sheets of a round, read on `em` over the college's (or one branch's) subtree. */
function proposals(em: EntityManager, round: AssessmentRound, rootUnitId: string, sheets: AssessmentSheet[]) {
  const targets: ProposalTarget[] = sheets.map((s) => ({ sheetId: s.id, unitId: s.unitId }));
  const run = { collegeId: round.collegeId, rootUnitId, periodFrom: round.periodFrom, periodTo: round.periodTo };
  return propose(em, sheetVersion(round.sheetVersion), run, targets);
}

/** One line per sub-element of the round's sheet version, with its proposal where there is one. */
async function writeLines(em: EntityManager, round: AssessmentRound, sheets: AssessmentSheet[], found: Map<string, Map<string, Proposal>>) {
  const elements = elementsOf(sheetVersion(round.sheetVersion));
  const lines = sheets.flatMap((s) =>
    elements.map((e) => {
      const p = found.get(s.id)?.get(e.key);
      return em.create(AssessmentScore, {
        sheetId: s.id,
        unitId: s.unitId,
        collegeId: s.collegeId,
        key: e.key,
        indicator: e.indicator,
        label: e.label,
        max: e.max,
        proposedValue: p ? p.value : null,
        proposal: p ? { how: p.how, evidence: p.evidence } : null,
      });
    }),
  );
  const now = new Date();
  for (const s of sheets) s.proposedAt = now;
  for (let i = 0; i < lines.length; i += 500) await em.insert(AssessmentScore, lines.slice(i, i + 500));
}

// ── sheets ─────────────────────────────────────────────────────────────────────

export async function findSheet(ctx: RequestContext, id: string): Promise<AssessmentSheet> {
  const sheet = await ctx.loaders.assessmentSheet.load(id);
  if (!sheet) throw notFound("AssessmentSheet", id);
  return sheet;
}

/** Sheets in the caller's scope (a branch secretary: their branch's only), by round and unit. */
export function listSheets(ctx: RequestContext, filter: AssessmentSheetFilter, page: PageArgs): Promise<Page<AssessmentSheet>> {
  const qb = rowsInScope(ctx, AssessmentSheet, "s", "u.id = s.unit_id", filter.unitId);
  qb.innerJoin(AssessmentRound, "r", "r.id = s.round_id");
  if (filter.roundId) qb.andWhere("s.round_id = :roundId", { roundId: filter.roundId });
  if (filter.status) qb.andWhere("s.status = :status", { status: filter.status });
  if (filter.grade) qb.andWhere("s.grade = :grade", { grade: filter.grade });
  qb.orderBy("r.year", "DESC").addOrderBy("u.path", "ASC").addOrderBy("s.id", "ASC");
  return pageOf(qb, page);
}

/**
 * Only the round's panel scores and moves its sheets (附件 三: 考核领导小组): an account must be on
 * it. An integration token has no account to list; holding ASSESSMENT_WRITE, granted to it by an
 * account administrator, is its mandate.
 */
async function requirePanel(ctx: RequestContext, sheet: AssessmentSheet): Promise<AssessmentRound> {
  const round = await ctx.em.findOneByOrFail(AssessmentRound, { id: sheet.roundId });
  if (ctx.user.id && !round.panelUserIds.includes(ctx.user.id)) {
    throw new AppError(ErrorCode.FORBIDDEN, "只有本轮考核领导小组成员可以评分、推进评分表");
  }
  return round;
}

function notScoring(sheet: AssessmentSheet): Refusal {
  return Refusal.of(RefusalCode.INVALID_TRANSITION, `评分表“${SHEET_STATUS_LABELS[sheet.status]}”，不能改分（评分中或复核期间方可）`, {
    allowedNext: [...SHEET_WORKFLOW.allowedNext(sheet.status)],
  });
}

/** A sub-element confirmed (no score: the proposal) or overridden (a score unlike the proposal, with a reason). */
export function scoreElement(ctx: RequestContext, input: ScoreAssessmentElementInput): Promise<AssessmentSheet | Refusal> {
  return changeRecord(ctx, SHEET, "scoreAssessmentElement", input, {
    apply: async (sheet) => {
      const round = await requirePanel(ctx, sheet);
      if (!SCORING.includes(sheet.status)) return notScoring(sheet);
      const line = await ctx.em.findOne(AssessmentScore, { where: { sheetId: sheet.id, key: input.key.trim() } });
      if (!line) throw badInput({ key: [`评分表没有测评要素 ${input.key}`] });
      const value = input.score ?? line.proposedValue;
      const { step } = sheetVersion(round.sheetVersion);
      if (value === null || value === undefined) throw badInput({ score: ["该要素没有建议分，须给出分数"] });
      if (line.max !== null && value > line.max) throw badInput({ score: [`不能超过该要素的分值 ${line.max}`] });
      if (toStep(value, step) !== value) throw badInput({ score: [`分数以 ${step} 分为单位`] });
      const overridden = line.proposedValue !== null && value !== line.proposedValue;
      if (overridden && !input.reason?.trim()) throw badInput({ reason: [`与建议分 ${line.proposedValue} 不同，须说明理由`] });
      line.score = value;
      line.overridden = overridden;
      line.reason = textOrNull(input.reason);
      line.assessedById = ctx.user.id;
      line.assessedByLabel = ctx.user.label;
      line.assessedAt = new Date();
      await ctx.em.save(line);
      await recompute(ctx.em, sheet, round);
      // A line is part of its sheet: every score moves the sheet's version, even when the totals stay.
      sheet.updatedAt = new Date();
    },
    then: async () => {
      const line = await ctx.em.findOneOrFail(AssessmentScore, { where: { sheetId: input.id, key: input.key.trim() } });
      return {
        line: { key: line.key, proposedValue: line.proposedValue, score: line.score, overridden: line.overridden, reason: line.reason },
      };
    },
  });
}

/** Moves a sheet along SHEET_WORKFLOW; the appeal window is the rulebook's guard (ASSESSMENT_APPEAL_WINDOW). */
export function advanceSheet(ctx: RequestContext, input: AdvanceAssessmentSheetInput): Promise<AssessmentSheet | Refusal> {
  return changeRecord(ctx, SHEET, "advanceAssessmentSheet", input, {
    apply: async (sheet) => {
      const round = await requirePanel(ctx, sheet);
      const previous = [sheet.reviewedOn, sheet.appealedOn, sheet.notifiedOn, sheet.submittedOn].find((d) => d) ?? null;
      if (previous && input.on < previous) throw badInput({ on: [`日期不能早于上一步（${previous}）`] });
      const lines = await ctx.em.find(AssessmentScore, { where: { sheetId: sheet.id }, order: { indicator: "ASC", key: "ASC" } });
      const unscored = lines.filter((l) => l.max !== null && l.score === null).map((l) => l.key);
      const label = (await ctx.loaders.orgUnit.load(sheet.unitId))?.name ?? "";
      const refused = await SHEET_WORKFLOW.refusal(
        sheet.status,
        input.to,
        { em: ctx.em, sheet, label, on: input.on, unscored },
        { field: "to" },
      );
      if (refused) return refused;
      const note = textOrNull(input.note);
      switch (input.to) {
        case S.SUBMITTED:
          sheet.submittedOn = input.on;
          await recompute(ctx.em, sheet, round);
          break;
        case S.DRAFT:
          sheet.submittedOn = null;
          break;
        case S.NOTIFIED:
          sheet.notifiedOn = input.on;
          break;
        case S.APPEALED:
          if (!note) throw badInput({ note: ["申请复核须写明理由"] });
          sheet.appealedOn = input.on;
          sheet.appealReason = note;
          break;
        case S.REVIEWED:
          if (!note) throw badInput({ note: ["须写明复核意见"] });
          sheet.reviewedOn = input.on;
          sheet.reviewOpinion = note;
          await recompute(ctx.em, sheet, round);
          break;
        case S.FINAL:
          sheet.finalOn = input.on;
          break;
      }
      sheet.status = input.to;
    },
  });
}

/** Totals, veto and grade of a sheet from its lines and the discipline cases of its period (no rounding: sheet-definition gradeRounding). */
export async function recompute(em: EntityManager, sheet: AssessmentSheet, round: AssessmentRound): Promise<void> {
  const lines = await em.find(AssessmentScore, { where: { sheetId: sheet.id } });
  const cases: Array<{ decided_on: string }> = await em.query(
    `SELECT decided_on::text FROM discipline_case WHERE unit_id = $1 AND archived_at IS NULL AND decided_on BETWEEN $2 AND $3 ORDER BY decided_on`,
    [sheet.unitId, round.periodFrom, round.periodTo],
  );
  Object.assign(
    sheet,
    gradeSheet(
      round.sheetVersion,
      lines,
      cases.map((c) => c.decided_on),
    ),
  );
}

/** What a sheet's lines and its period's discipline cases (their dates) make of it: pure. */
export function gradeSheet(
  version: string,
  lines: ReadonlyArray<Pick<AssessmentScore, "max" | "score">>,
  disciplineDates: readonly string[],
): Pick<AssessmentSheet, "baseScore" | "bonusScore" | "total" | "vetoed" | "vetoNote" | "grade"> {
  const def = sheetVersion(version);
  const base = lines.filter((l) => l.max !== null);
  const sum = (ls: ReadonlyArray<Pick<AssessmentScore, "score">>) => ls.reduce((n, l) => n + (l.score ?? 0), 0);
  const baseScore = base.every((l) => l.score !== null) ? sum(base) : null;
  const bonusScore = sum(lines.filter((l) => l.max === null));
  const total = baseScore === null ? null : baseScore + bonusScore;
  const vetoed = disciplineDates.length > 0;
  return {
    baseScore,
    bonusScore,
    total,
    vetoed,
    vetoNote: vetoed
      ? `${def.veto.text}（${def.veto.citation}）：考核期内本支部党员受党纪处分 ${disciplineDates.length} 起（${disciplineDates.join("、")}）`
      : null,
    grade: vetoed ? AssessmentGrade.FAIL : total === null ? null : gradeOf(def, total),
  };
}

export interface ReproposalDiff {
  key: string;
  label: string;
  storedValue: number | null;
  freshValue: number | null;
  score: number | null;
  freshHow: string | null;
  freshEvidence: Array<{ kind: string; ref: string; label: string }>;
}

/** What re-proposing would change, line by line, without writing: value or evidence differ. */
export async function reproposalPreview(ctx: RequestContext, sheetId: string): Promise<ReproposalDiff[]> {
  const sheet = await findSheet(ctx, sheetId);
  return (await reproposal(ctx, sheet)).diffs;
}

async function reproposal(ctx: RequestContext, sheet: AssessmentSheet) {
  const round = await ctx.em.findOneByOrFail(AssessmentRound, { id: sheet.roundId });
  const fresh = (await proposals(ctx.shared.manager, round, sheet.unitId, [sheet])).get(sheet.id)!;
  const lines = await ctx.em.find(AssessmentScore, { where: { sheetId: sheet.id }, order: { indicator: "ASC", key: "ASC" } });
  const ids = (evidence?: Array<{ kind: string; id: string; label: string }>) =>
    JSON.stringify(evidence?.map((e) => [e.kind, e.id, e.label]) ?? []);
  const diffs: ReproposalDiff[] = [];
  for (const line of lines) {
    const p = fresh.get(line.key) ?? null;
    if ((p?.value ?? null) === line.proposedValue && ids(p?.evidence) === ids(line.proposal?.evidence)) continue;
    diffs.push({
      key: line.key,
      label: line.label,
      storedValue: line.proposedValue,
      freshValue: p?.value ?? null,
      score: line.score,
      freshHow: p?.how ?? null,
      freshEvidence: (p?.evidence ?? []).map((e) => ({ kind: e.kind, ref: e.id, label: e.label })),
    });
  }
  return { round, fresh, lines, diffs };
}

/** Stores fresh proposals (while scoring only); the panel's scores stay as given. The audit entry lists the differences. */
export function repropose(ctx: RequestContext, input: ReproposeAssessmentSheetInput): Promise<AssessmentSheet | Refusal> {
  let changed: ReproposalDiff[] = [];
  return changeRecord(ctx, SHEET, "reproposeAssessmentSheet", input, {
    apply: async (sheet) => {
      await requirePanel(ctx, sheet);
      if (!SCORING.includes(sheet.status)) return notScoring(sheet);
      const { fresh, lines, diffs } = await reproposal(ctx, sheet);
      changed = diffs;
      const keys = new Set(diffs.map((d) => d.key));
      for (const line of lines.filter((l) => keys.has(l.key))) {
        const p = fresh.get(line.key);
        line.proposedValue = p ? p.value : null;
        line.proposal = p ? { how: p.how, evidence: p.evidence } : null;
        await ctx.em.save(line);
      }
      sheet.proposedAt = new Date();
    },
    then: async () => ({ reproposed: changed.map((d) => ({ key: d.key, from: d.storedValue, to: d.freshValue })) }),
  });
}

// ── discipline cases (the veto's evidence) ─────────────────────────────────────

export function listDisciplineCases(ctx: RequestContext, filter: DisciplineCaseFilter, page: PageArgs): Promise<Page<DisciplineCase>> {
  return listRecords(
    ctx,
    DisciplineCase,
    { unitColumn: "unit_id", year: { dateColumn: "decided_on" }, order: [["r.decided_on", "DESC"]] },
    filter,
    page,
  );
}

export async function recordDisciplineCase(ctx: RequestContext, input: RecordDisciplineCaseInput): Promise<DisciplineCase> {
  const member = await lockMemberInScope(ctx, input.memberId);
  return createRecord(
    ctx,
    DISCIPLINE,
    "recordDisciplineCase",
    {
      memberId: member.id,
      unitId: member.branchId,
      collegeId: member.collegeId,
      decidedOn: input.decidedOn,
      level: input.level,
      decisionDocument: input.decisionDocument.trim(),
      reason: textOrNull(input.reason),
    },
    (saved) => reveto(ctx, saved),
  ) as Promise<DisciplineCase>;
}

export function archiveDisciplineCase(ctx: RequestContext, input: ArchiveRecordInput): Promise<DisciplineCase | Refusal> {
  return archiveRecord(ctx, { ...DISCIPLINE, frozen: frozenOnceArchived<DisciplineCase>() }, "archiveDisciplineCase", input, (saved) =>
    reveto(ctx, saved),
  );
}

/**
 * A discipline case recorded or voided moves the veto (附件 六(二)) of its branch's sheets that are
 * being scored (DRAFT, APPEALED) in rounds whose period holds its date, at once and audited. A
 * submitted or notified sheet does not move silently: the panel returns it to scoring, or answers
 * its appeal, and the veto is applied then (both recompute).
 */
async function reveto(ctx: RequestContext, discipline: DisciplineCase): Promise<{ sheetsRegraded: string[] }> {
  const candidates: Array<{ id: string }> = await ctx.em
    .createQueryBuilder(AssessmentSheet, "s")
    .select("s.id", "id")
    .innerJoin(AssessmentRound, "r", "r.id = s.round_id")
    .where("s.unit_id = :unit AND s.status IN (:...scoring) AND :on BETWEEN r.period_from AND r.period_to", {
      unit: discipline.unitId,
      scoring: SCORING,
      on: discipline.decidedOn,
    })
    .getRawMany();
  const sheets: AssessmentSheet[] = [];
  for (const { id } of candidates) {
    const sheet = await lockInScope(ctx, AssessmentSheet, "AssessmentSheet", id, (x) => unitIdInScope(ctx, x.unitId));
    if (SCORING.includes(sheet.status)) sheets.push(sheet); // still being scored once locked
  }
  if (!sheets.length) return { sheetsRegraded: [] };
  const rounds = new Map((await ctx.em.findBy(AssessmentRound, { id: In(sheets.map((x) => x.roundId)) })).map((r) => [r.id, r]));
  const regraded: string[] = [];
  for (const sheet of sheets) {
    const before = { vetoed: sheet.vetoed, vetoNote: sheet.vetoNote, grade: sheet.grade };
    await recompute(ctx.em, sheet, rounds.get(sheet.roundId)!);
    if (sheet.vetoed === before.vetoed && sheet.vetoNote === before.vetoNote && sheet.grade === before.grade) continue;
    await ctx.em.save(sheet);
    regraded.push(sheet.id);
    await audit(ctx, {
      operation: "assessmentVeto",
      entityType: "AssessmentSheet",
      entityId: sheet.id,
      collegeId: sheet.collegeId,
      before,
      after: { vetoed: sheet.vetoed, vetoNote: sheet.vetoNote, grade: sheet.grade, disciplineCaseId: discipline.id },
    });
  }
  return { sheetsRegraded: regraded };
}

// ── rectification of 不合格 branches ───────────────────────────────────────────

export async function recordRectification(ctx: RequestContext, input: RecordRectificationInput): Promise<Rectification> {
  const sheet = await lockInScope(ctx, AssessmentSheet, "AssessmentSheet", input.sheetId, (s) => unitIdInScope(ctx, s.unitId));
  const fields: FieldErrors = {};
  if (sheet.grade !== AssessmentGrade.FAIL) fields.sheetId = ["该党支部考核结果不是不合格，无需登记整改"];
  if (input.dueOn && input.dueOn < input.recordedOn) fields.dueOn = ["整改期限不能早于登记日期"];
  if (input.completedOn && input.completedOn < input.recordedOn) fields.completedOn = ["完成日期不能早于登记日期"];
  if (Object.keys(fields).length) throw badInput(fields);
  return createRecord(ctx, RECTIFICATION, "recordAssessmentRectification", {
    sheetId: sheet.id,
    unitId: sheet.unitId,
    collegeId: sheet.collegeId,
    recordedOn: input.recordedOn,
    measures: input.measures.trim(),
    dueOn: input.dueOn ?? null,
    completedOn: input.completedOn ?? null,
    note: textOrNull(input.note),
  });
}

/** Sheets by id in one statement (for the ranking's rows). */
export function sheetsByIds(ctx: RequestContext, ids: string[]): Promise<AssessmentSheet[]> {
  return ids.length ? ctx.em.find(AssessmentSheet, { where: { id: In(ids) } }) : Promise.resolve([]);
}
