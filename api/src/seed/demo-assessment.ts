import type { EntityManager } from "typeorm";
import { AssessmentGrade, AssessmentRoundKind, AssessmentSheetStatus, DisciplineLevel } from "../assessment/assessment.enums";
import { propose } from "../assessment/assessment-proposals";
import { gradeSheet } from "../assessment/assessment.service";
import { elementsOf, sheetInForce, toStep } from "../assessment/sheet-definition";
import { OrgUnitKind } from "../org/org-unit.enums";
import { FactCache } from "../rules/fact-cache";
import type { DemoRecordContext, Diligence } from "./demo-records";

/** How much of an element's maximum the panel gives where the records propose nothing, by diligence. */
const SHARE: Record<Diligence, number> = { EXEMPLARY: 0.95, TYPICAL: 0.8, LAGGING: 0.55 };

interface Line {
  sheet_id: string;
  unit_id: string;
  key: string;
  indicator: number;
  label: string;
  max: number | null;
  proposed_value: number | null;
  proposal: object | null;
  score: number | null;
  overridden: boolean;
  reason: string | null;
}

/**
 * Demo branch assessment: the REGULAR round of 2025 finished (every branch scored from its
 * proposals, a few overrides with their reasons, one branch vetoed for a member's discipline case
 * with its rectification, one appeal answered), and a SPECIAL round of 2026 in progress (sheets
 * with their proposals, nothing scored yet). Deterministic (scores follow each branch's diligence)
 * and set-based: a handful of statements per round.
 */
export async function generateDemoAssessment(ctx: DemoRecordContext): Promise<void> {
  const { em, units, collegeId } = ctx;
  const branches = units.filter((u) => u.kind === OrgUnitKind.BRANCH).map((u) => u.id);
  const lagging = branches.filter((b) => ctx.diligence(b) === "LAGGING");
  const [vetoed, appealed = lagging[0]] = lagging;
  const [member] = await em.query(`SELECT id FROM member WHERE branch_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1`, [vetoed]);
  if (member)
    await em.query(
      `INSERT INTO discipline_case (member_id, unit_id, college_id, decided_on, level, decision_document, reason)
       VALUES ($1, $2, $3, '2025-05-20', $4, '渝工院纪〔2025〕3号', '违反工作纪律')`,
      [member.id, vetoed, collegeId, DisciplineLevel.WARNING],
    );

  const finished = await openRound(em, collegeId, branches, 2025, AssessmentRoundKind.REGULAR, "2025年度党支部工作目标管理考核");
  const sheets: object[] = [];
  for (const [i, sheetId] of finished.sheetIds.entries()) {
    const unitId = branches[i];
    const lines = finished.lines.filter((l) => l.sheet_id === sheetId);
    for (const line of lines) {
      if (line.max === null && line.proposed_value === null) continue; // bonus 19–20: nothing recorded
      const given = line.proposed_value ?? toStep(line.max! * SHARE[ctx.diligence(unitId)]);
      // Every seventh branch: the panel raised 9.2 on hearing the branch's report.
      const raised = line.key === "9.2" && i % 7 === 0;
      line.score = raised ? Math.min(line.max!, given + 1) : given;
      line.overridden = raised && line.score !== line.proposed_value;
      line.reason = raised ? "座谈中群众反映帮扶效果好，较材料所示为高" : null;
    }
    const graded = gradeSheet(finished.version, lines, unitId === vetoed && member ? ["2025-05-20"] : []);
    const appeal =
      unitId === appealed
        ? {
            appealed_on: "2025-12-12",
            appeal_reason: "第7项组织生活记录有遗漏，已补交会议记录",
            reviewed_on: "2025-12-19",
            review_opinion: "经复核补交记录属实，但不影响等级，维持原考核结果",
          }
        : {};
    sheets.push({
      id: sheetId,
      status: AssessmentSheetStatus.FINAL,
      base_score: graded.baseScore,
      bonus_score: graded.bonusScore,
      total: graded.total,
      grade: graded.grade,
      vetoed: graded.vetoed,
      veto_note: graded.vetoNote,
      submitted_on: "2025-12-05",
      notified_on: "2025-12-08",
      final_on: "2025-12-20",
      ...appeal,
    });
  }
  await em.query(
    `UPDATE assessment_score s SET score = x.score, overridden = x.overridden, reason = x.reason,
            assessed_by_label = '校党委组织部 考核小组', assessed_at = '2025-12-03T10:00:00+08'
       FROM jsonb_to_recordset($1::jsonb) AS x(sheet_id uuid, key text, score numeric, overridden boolean, reason text)
      WHERE s.sheet_id = x.sheet_id AND s.key = x.key AND x.score IS NOT NULL`,
    [JSON.stringify(finished.lines)],
  );
  await em.query(
    `UPDATE assessment_sheet s SET status = x.status::assessment_sheet_status, base_score = x.base_score, bonus_score = x.bonus_score,
            total = x.total, grade = x.grade::assessment_grade, vetoed = x.vetoed, veto_note = x.veto_note,
            submitted_on = x.submitted_on, notified_on = x.notified_on, final_on = x.final_on, appealed_on = x.appealed_on,
            appeal_reason = x.appeal_reason, reviewed_on = x.reviewed_on, review_opinion = x.review_opinion
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text, base_score numeric, bonus_score numeric, total numeric, grade text,
            vetoed boolean, veto_note text, submitted_on date, notified_on date, final_on date, appealed_on date, appeal_reason text,
            reviewed_on date, review_opinion text)
      WHERE s.id = x.id`,
    [JSON.stringify(sheets)],
  );
  await em.query(
    `INSERT INTO assessment_rectification (sheet_id, unit_id, college_id, recorded_on, measures, due_on, completed_on)
     SELECT s.id, s.unit_id, s.college_id, '2025-12-26', '召开专题组织生活会，开展警示教育；完善支部工作台账，按月报送组织生活记录', '2026-03-31', '2026-03-20'
       FROM assessment_sheet s WHERE s.round_id = $1 AND s.grade = $2`,
    [finished.roundId, AssessmentGrade.FAIL],
  );
  await openRound(em, collegeId, branches, 2026, AssessmentRoundKind.SPECIAL, "2026年度党支部工作专项考核");
}

/** A round with a DRAFT sheet per branch and its lines with their proposals (the veto is set where it applies). */
async function openRound(em: EntityManager, collegeId: string, branches: string[], year: number, kind: AssessmentRoundKind, name: string) {
  const definition = sheetInForce(`${year}-01-01`);
  const [{ id: roundId }] = await em.query(
    `INSERT INTO assessment_round (college_id, year, kind, name, sheet_version, period_from, period_to, deadline)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [collegeId, year, kind, name, definition.version, `${year}-01-01`, `${year}-12-31`, `${year}-12-15`],
  );
  const inserted: Array<{ id: string; unit_id: string }> = await em.query(
    `INSERT INTO assessment_sheet (round_id, unit_id, college_id, proposed_at)
     SELECT $1, b.unit_id, $2, $3 FROM unnest($4::uuid[]) AS b(unit_id) RETURNING id, unit_id`,
    [roundId, collegeId, `${year}-11-30T10:00:00+08`, branches],
  );
  // In the branches' order (RETURNING promises none).
  const sheetOf = new Map(inserted.map((r) => [r.unit_id, r.id]));
  const sheetIds = branches.map((b) => sheetOf.get(b)!);
  const run = { collegeId, rootUnitId: collegeId, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` };
  const targets = sheetIds.map((sheetId, i) => ({ sheetId, unitId: branches[i] }));
  // A cache of its own: the seed's transaction is not yet what the server will read.
  const found = await propose(em, definition, run, targets, new FactCache());
  const lines: Line[] = targets.flatMap((t) =>
    elementsOf(definition).map((e) => {
      const p = found.get(t.sheetId)?.get(e.key);
      return {
        sheet_id: t.sheetId,
        unit_id: t.unitId,
        key: e.key,
        indicator: e.indicator,
        label: e.label,
        max: e.max,
        proposed_value: p?.value ?? null,
        proposal: p ? { how: p.how, evidence: p.evidence } : null,
        score: null,
        overridden: false,
        reason: null,
      };
    }),
  );
  await em.query(
    `INSERT INTO assessment_score (sheet_id, unit_id, college_id, key, indicator, label, max, proposed_value, proposal)
     SELECT x.sheet_id, x.unit_id, $2, x.key, x.indicator, x.label, x.max, x.proposed_value, x.proposal
       FROM jsonb_to_recordset($1::jsonb) AS x(sheet_id uuid, unit_id uuid, key text, indicator int, label text, max numeric,
            proposed_value numeric, proposal jsonb)`,
    [JSON.stringify(lines), collegeId],
  );
  // The veto shows from the start (the sheets are unscored: no total, no grade otherwise).
  await em.query(
    `UPDATE assessment_sheet s SET vetoed = true, grade = 'FAIL',
            veto_note = $3 || '：考核期内本支部党员受党纪处分 ' || c.n || ' 起（' || c.dates || '）'
       FROM (SELECT unit_id, count(*) AS n, string_agg(decided_on::text, '、' ORDER BY decided_on) AS dates FROM discipline_case
              WHERE college_id = $2 AND archived_at IS NULL AND decided_on BETWEEN $4 AND $5 GROUP BY unit_id) c
      WHERE s.round_id = $1 AND s.unit_id = c.unit_id`,
    [roundId, collegeId, `${definition.veto.text}（${definition.veto.citation}）`, run.periodFrom, run.periodTo],
  );
  return { roundId, sheetIds, lines, version: definition.version };
}

/** After the demo accounts exist: the administrators are the rounds' panel. */
export async function seatDemoPanel(em: EntityManager, collegeId: string): Promise<void> {
  await em.query(
    `UPDATE assessment_round SET panel_user_ids = ARRAY(SELECT id FROM app_user WHERE role = 'ADMIN' AND college_id = $1 ORDER BY username)
      WHERE college_id = $1`,
    [collegeId],
  );
}
