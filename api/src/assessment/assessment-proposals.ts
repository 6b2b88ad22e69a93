import type { EntityManager } from "typeorm";
import { today } from "../common/dates";
import { addDays, halfYearOf } from "../common/periods";
import { evaluate } from "../rules/evaluator";
import type { FactCache } from "../rules/fact-cache";
import { RULEBOOK } from "../rules/rulebook";
import type { ProposalEvidence } from "./assessment-score.entity";
import { elementsOf, ProposalBasis, SheetDefinition, SheetElement, toStep } from "./sheet-definition";

/*
 * Proposed scores from the records (issue 14 §3): for each sub-element with a basis in the sheet
 * definition, a value, how it was computed (the definition's words) and the records behind it. Reads
 * in bulk: one statement per kind of record for all the round's branches, one compliance evaluation
 * for the subtree. Nothing here writes; the service stores what it returns with the sheet.
 */

export interface Proposal {
  value: number;
  how: string;
  evidence: ProposalEvidence[];
}

export interface ProposalTarget {
  sheetId: string;
  unitId: string;
}

export interface ProposalRun {
  collegeId: string;
  /** The unit whose subtree holds every target (one branch, or the college). */
  rootUnitId: string;
  periodFrom: string;
  periodTo: string;
}

const ROLE_LABELS: Record<string, string> = { SECRETARY: "书记", DEPUTY_SECRETARY: "副书记", MEMBER: "委员" };
const LEVEL_LABELS: Record<string, string> = { NATIONAL: "国家级", PROVINCIAL: "省部级", DISTRICT: "区级", SCHOOL: "校级" };

type Found = Map<string, Map<string, Proposal>>;

/**
 * Proposals per sheet id, per element key, for the targets of a run. `em` reads the records (the
 * owner's shared manager, like the compliance report: the panel's view of the whole round).
 */
export async function propose(
  em: EntityManager,
  sheet: SheetDefinition,
  run: ProposalRun,
  targets: ProposalTarget[],
  /** The compliance facts' cache: the server's (the default), or a private one (the demo seed, inside its transaction). */
  cache?: FactCache,
): Promise<Found> {
  const found: Found = new Map(targets.map((t) => [t.sheetId, new Map()]));
  if (!targets.length) return found;
  const elements = elementsOf(sheet);
  const set = (sheetId: string, key: string, proposal: Proposal) => found.get(sheetId)!.set(key, proposal);
  const withBasis = <K extends ProposalBasis["kind"]>(kind: K) =>
    elements.filter((e): e is typeof e & { basis: Extract<ProposalBasis, { kind: K }> } => e.basis?.kind === kind);
  const units = targets.map((t) => t.unitId);

  // 指标1: the committee seated at the end of the period.
  const committee = [...withBasis("COMMITTEE_COMPLETE"), ...withBasis("COMMITTEE_DUTIES"), ...withBasis("COMMITTEE_REELECTION")];
  if (committee.length) {
    const seats: Array<{ id: string; unit_id: string; role: string; duty: string | null; term_end: string | null; name: string }> =
      await em.query(
        `SELECT p.id, p.unit_id, p.role::text, p.duty, p.term_end::text, m.name FROM committee_position p JOIN member m ON m.id = p.member_id
          WHERE p.unit_id = ANY($1::uuid[]) AND p.term_start <= $2 AND (p.ended_on IS NULL OR p.ended_on > $2)
          ORDER BY p.role, p.term_start, p.id`,
        [units, run.periodTo],
      );
    for (const t of targets) {
      const mine = seats.filter((s) => s.unit_id === t.unitId);
      const evidence = (rows: typeof mine) =>
        rows.map((s) => ({
          kind: "COMMITTEE_POSITION",
          id: s.id,
          label: `${ROLE_LABELS[s.role] ?? s.role} ${s.name}${s.duty ? `（${s.duty}）` : ""}${s.term_end ? `，任期至 ${s.term_end}` : ""}`,
        }));
      const secretary = mine.some((s) => s.role === "SECRETARY");
      for (const e of committee) {
        const max = e.max ?? 0;
        let value: number;
        let shown = mine;
        if (e.basis.kind === "COMMITTEE_COMPLETE") value = !secretary ? 0 : mine.length >= 3 ? max : toStep(max / 2);
        else if (e.basis.kind === "COMMITTEE_DUTIES")
          value = mine.length ? toStep((mine.filter((s) => s.duty?.trim()).length / mine.length) * max) : 0;
        else {
          const overdue = mine.filter((s) => s.term_end !== null && s.term_end < run.periodTo);
          value = mine.length && !overdue.length ? max : 0;
          if (overdue.length) shown = overdue;
        }
        set(t.sheetId, e.key, { value, how: e.how!, evidence: evidence(shown) });
      }
    }
  }

  // 指标3, 11.1: the plan filed by the branch, the annual report by its general branch.
  for (const e of withBasis("DOCUMENT")) {
    const docs: Array<{ id: string; unit_id: string; title: string; filed_on: string; branch: string }> = await em.query(
      `SELECT d.id, d.unit_id, d.title, d.filed_on::text, b.id AS branch FROM org_unit b
         JOIN filed_document d ON d.unit_id = ${e.basis.filedBy === "BRANCH" ? "b.id" : "b.parent_id"}
        WHERE b.id = ANY($1::uuid[]) AND d.kind = $2 AND d.archived_at IS NULL AND d.filed_on BETWEEN $3 AND $4
        ORDER BY d.filed_on, d.id`,
      [units, e.basis.documentKind, run.periodFrom, run.periodTo],
    );
    for (const t of targets) {
      const mine = docs.filter((d) => d.branch === t.unitId);
      set(t.sheetId, e.key, {
        value: mine.length ? e.max! : 0,
        how: e.how!,
        evidence: mine.map((d) => ({ kind: "DOCUMENT", id: d.id, label: `${d.title}（${d.filed_on} 报送）` })),
      });
    }
  }

  // 指标4: 党务公开 notices and 三重一大 records of the branch.
  const kept = withBasis("NOTICES_KEPT");
  const recorded = withBasis("NOTICES_RECORDED");
  if (kept.length || recorded.length) {
    const notices: Array<{ id: string; unit_id: string; title: string; published_on: string; complete: boolean }> = await em.query(
      `SELECT id, unit_id, title, published_on::text, coalesce(btrim(summary), '') <> '' AS complete FROM party_affairs_notice
        WHERE unit_id = ANY($1::uuid[]) AND archived_at IS NULL AND published_on BETWEEN $2 AND $3 ORDER BY published_on, id`,
      [units, run.periodFrom, run.periodTo],
    );
    const decisions: Array<{ id: string; unit_id: string; title: string; decided_on: string; complete: boolean }> = await em.query(
      `SELECT id, unit_id, title, decided_on::text, consulted_on <= decided_on AS complete FROM major_decision
        WHERE unit_id = ANY($1::uuid[]) AND archived_at IS NULL AND decided_on BETWEEN $2 AND $3 ORDER BY decided_on, id`,
      [units, run.periodFrom, run.periodTo],
    );
    const halves = halfYearsOf(run.periodFrom, run.periodTo);
    for (const t of targets) {
      const mine = notices.filter((n) => n.unit_id === t.unitId);
      const covered = new Set(mine.map((n) => halfYearOf(n.published_on).key));
      const noticeEvidence = mine.map((n) => ({
        kind: "PARTY_AFFAIRS_NOTICE",
        id: n.id,
        label: `${n.published_on} ${n.title}${n.complete ? "" : "（无内容摘要）"}`,
      }));
      for (const e of kept) {
        const share = halves.filter((h) => covered.has(h)).length / halves.length;
        set(t.sheetId, e.key, { value: toStep(share * e.max!), how: e.how!, evidence: noticeEvidence });
      }
      const records = [
        ...noticeEvidence.map((ev, i) => ({ ev, complete: mine[i].complete })),
        ...decisions
          .filter((d) => d.unit_id === t.unitId)
          .map((d) => ({
            ev: { kind: "MAJOR_DECISION", id: d.id, label: `${d.decided_on} ${d.title}${d.complete ? "" : "（酝酿沟通晚于决策）"}` },
            complete: d.complete,
          })),
      ];
      for (const e of recorded) {
        const share = records.length ? records.filter((r) => r.complete).length / records.length : 0;
        set(t.sheetId, e.key, { value: toStep(share * e.max!), how: e.how!, evidence: records.map((r) => r.ev) });
      }
    }
  }

  // 指标5–8, 10, 11.2, 13: the compliance findings of the branch's subtree (and its development cases) over the period.
  const byFindings = withBasis("FINDINGS");
  if (byFindings.length) await proposeFromFindings(em, run, targets, byFindings, set, cache);

  // 指标17–18: honours and media reports of the branch and its groups, by level.
  for (const e of withBasis("RECOGNITIONS")) {
    const rows: Array<{ id: string; branch: string; level: string; title: string; issuer: string; occurred_on: string }> = await em.query(
      `SELECT r.id, b.id AS branch, r.level::text, r.title, r.issuer, r.occurred_on::text
         FROM org_unit b JOIN org_unit u ON u.path @> ARRAY[b.id] JOIN recognition r ON r.unit_id = u.id
        WHERE b.id = ANY($1::uuid[]) AND r.kind = $2 AND r.archived_at IS NULL AND r.occurred_on BETWEEN $3 AND $4
        ORDER BY r.occurred_on, r.id`,
      [units, e.basis.recognitionKind, run.periodFrom, run.periodTo],
    );
    for (const t of targets) {
      const mine = rows.filter((r) => r.branch === t.unitId);
      const points = (level: string) => sheet.recognitionPoints[level as keyof SheetDefinition["recognitionPoints"]];
      set(t.sheetId, e.key, {
        value: mine.reduce((sum, r) => sum + points(r.level), 0),
        how: `${e.how!}（${Object.entries(sheet.recognitionPoints)
          .map(([level, p]) => `${LEVEL_LABELS[level]} ${p} 分`)
          .join("，")}）`,
        evidence: mine.map((r) => ({
          kind: "RECOGNITION",
          id: r.id,
          label: `${LEVEL_LABELS[r.level]} ${r.title}（${r.issuer}，${r.occurred_on}）+${points(r.level)}`,
        })),
      });
    }
  }

  return found;
}

async function proposeFromFindings(
  em: EntityManager,
  run: ProposalRun,
  targets: ProposalTarget[],
  elements: Array<SheetElement & { basis: Extract<ProposalBasis, { kind: "FINDINGS" }> }>,
  set: (sheetId: string, key: string, p: Proposal) => void,
  cache?: FactCache,
): Promise<void> {
  const ruleCodes = [...new Set(elements.flatMap((e) => e.basis.ruleCodes))];
  const now = today();
  const asOf = run.periodTo < now ? run.periodTo : now;
  const request = { collegeId: run.collegeId, rootUnitId: run.rootUnitId, from: run.periodFrom, to: run.periodTo, asOf, ruleCodes };
  const { groups, ctx } = cache ? await evaluate(em, request, cache) : await evaluate(em, request);
  // Which target a judged unit belongs to: the branch itself or a unit under it (its party groups).
  const branchOf = new Map<string, string>();
  const targetUnits = new Set(targets.map((t) => t.unitId));
  const parentOf = new Map(ctx.units.map((u) => [u.id, u.parentId]));
  for (const unit of ctx.units) {
    for (let id: string | null | undefined = unit.id; id; id = parentOf.get(id)) {
      if (targetUnits.has(id)) {
        branchOf.set(unit.id, id);
        break;
      }
    }
  }
  const unitName = new Map(ctx.units.map((u) => [u.id, u.name]));
  for (const t of targets) {
    const mine = groups.filter((g) => branchOf.get(g.unitId) === t.unitId);
    for (const e of elements) {
      const relevant = mine.filter((g) => e.basis.ruleCodes.includes(g.rule.code));
      const met = relevant.reduce((n, g) => n + g.counts.MET, 0);
      const unmet = relevant.reduce((n, g) => n + g.counts.UNMET, 0);
      if (met + unmet === 0) continue;
      const evidence: ProposalEvidence[] = [];
      for (const code of e.basis.ruleCodes) {
        const ofRule = relevant.filter((g) => g.rule.code === code);
        if (!ofRule.length) continue;
        const rule = RULEBOOK.rule(code)!;
        const m = ofRule.reduce((n, g) => n + g.counts.MET, 0);
        const u = ofRule.reduce((n, g) => n + g.counts.UNMET, 0);
        evidence.push({ kind: "RULE", id: code, label: `${rule.title}（${rule.citation}）：达标 ${m}，未达标 ${u}` });
        for (const g of ofRule.filter((x) => x.counts.UNMET > 0).slice(0, 12))
          evidence.push({
            kind: "FINDINGS",
            id: `${code}|${g.period.key}|${g.unitId}`,
            label: `${rule.title} ${g.period.label} ${unitName.get(g.unitId) ?? ""}：未达标 ${g.counts.UNMET}`,
          });
      }
      set(t.sheetId, e.key, {
        value: toStep((met / (met + unmet)) * e.max!),
        how: `${e.how!}。本次：达标 ${met}，未达标 ${unmet}（判定日 ${asOf}）`,
        evidence,
      });
    }
  }
}

/** The half-years (keys as periods.ts names them) a date range overlaps. */
function halfYearsOf(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let p = halfYearOf(from); p.start <= to;) {
    keys.push(p.key);
    p = halfYearOf(addDays(p.end, 1));
  }
  return keys;
}
