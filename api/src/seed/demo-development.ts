import { addDays } from "../common/periods";
import { addMonths, addYears } from "../pipeline/development-dates";
import { chineseName, residentId } from "./names";
import type { DemoRecordContext } from "./demo-records";
import type { Random } from "./random";

/*
 * Member development in the demo college (issue 13): people at every stage in the student and
 * faculty branches, with realistic dates counted back from the demo's last day, a history of
 * steps that the API's rules would have accepted, and a few cases that break a rule on purpose:
 * a probationer whose reports stopped (PROBATION_REPORT_*), one whose conversion application is
 * due on 2026-12-10 (CONVERSION_APPLY_EARLY, pending in dueSoon until then), one whose probation
 * ended without a decision (PROBATION_DECISION_DUE), activists in lagging branches without their
 * half-yearly review. Admitted people become members (with their register entry). Rows are built
 * in memory and inserted in one statement per table.
 */

type Stage =
  | "APPLICANT"
  | "ACTIVIST"
  | "CANDIDATE"
  | "UNDER_INSPECTION"
  | "DEVELOPMENT_TARGET"
  | "PROBATIONARY"
  | "PROBATION_EXTENDED"
  | "FULL"
  | "WITHDRAWN"
  | "NOT_ADMITTED"
  | "PROBATION_CANCELLED";

/** What a case is to show: its final stage, the day its key step fell on, and what it breaks. */
interface Plan {
  stage: Stage;
  /** The key day: applied (APPLICANT), activist, candidate, inspection, target or the admission vote. */
  on: string;
  reportsStop?: boolean;
  noConversion?: boolean;
}

interface BranchMember {
  id: string;
  branch_id: string;
  standing: string;
  full_since: string | null;
}

export async function generateDemoDevelopment(ctx: DemoRecordContext): Promise<void> {
  const { em, random, collegeId } = ctx;
  const U = ctx.until;
  const branches = ctx.units.filter((u) => u.kind === "BRANCH" && (u.branchKind === "STUDENT" || u.branchKind === "FACULTY"));
  const members: BranchMember[] = await em.query(
    `SELECT id, branch_id, standing, full_since::text FROM member WHERE college_id = $1 AND status = 'ACTIVE' ORDER BY id`,
    [collegeId],
  );
  const rows = new Rows(random, collegeId, U);
  for (const [i, branch] of branches.entries()) {
    const full = members.filter((m) => m.branch_id === branch.id && m.standing === "FULL");
    if (full.length < 3) continue;
    const student = branch.branchKind === "STUDENT";
    const back = (from: number, to: number) => addDays(U, -random.int(from, to));
    const plans: Plan[] = student
      ? [
          { stage: "APPLICANT", on: back(10, 150) },
          { stage: "APPLICANT", on: back(10, 150) },
          { stage: "ACTIVIST", on: back(20, 250) },
          { stage: "ACTIVIST", on: back(20, 250) },
          { stage: "CANDIDATE", on: back(5, 60) },
          { stage: "UNDER_INSPECTION", on: back(30, 330) },
          { stage: "DEVELOPMENT_TARGET", on: back(25, 60) },
          { stage: "PROBATIONARY", on: back(90, 330) },
          { stage: "FULL", on: back(420, 700) },
        ]
      : [
          { stage: "ACTIVIST", on: back(20, 250) },
          { stage: "UNDER_INSPECTION", on: back(30, 330) },
        ];
    if (i % 4 === 1) plans.push({ stage: "WITHDRAWN", on: back(120, 400) });
    if (i === 3) plans.push({ stage: "NOT_ADMITTED", on: back(60, 200) });
    if (i === 5) plans.push({ stage: "PROBATION_EXTENDED", on: addDays(U, -400) });
    if (i === 6) plans.push({ stage: "PROBATION_CANCELLED", on: addDays(U, -250) });
    // The cases that break a rule, in the first student branches (deterministic, whatever the size).
    if (i === 0) {
      plans.push({ stage: "PROBATIONARY", on: addDays(U, -200), reportsStop: true });
      plans.push({ stage: "PROBATIONARY", on: "2026-01-10", noConversion: true });
    }
    if (i === 1) plans.push({ stage: "PROBATIONARY", on: addDays(U, -400), noConversion: true });
    const diligence = ctx.diligence(branch.id);
    for (const plan of plans) rows.addCase(branch.id, student, full, plan, diligence);
  }
  await rows.insert(em);
}

/** The rows of every table, with a creation order that follows each case's history. */
class Rows {
  persons: object[] = [];
  members: object[] = [];
  register: object[] = [];
  removals: object[] = [];
  cases: object[] = [];
  steps: object[] = [];
  notices: object[] = [];
  contacts: object[] = [];
  votes: object[] = [];
  reports: object[] = [];
  private serial = 0;

  constructor(
    private readonly random: Random,
    private readonly collegeId: string,
    private readonly until: string,
  ) {}

  /** A creation time per row, in the order rows are made (the API orders a case's history by it). */
  private stamp(): string {
    return new Date(Date.parse("2026-11-25T00:00:00Z") + ++this.serial).toISOString();
  }

  addCase(branchId: string, student: boolean, full: BranchMember[], plan: Plan, diligence: string): void {
    const r = this.random;
    const U = this.until;
    // The durations between steps, drawn first; the key day fixes the application day.
    const d = { activist: r.int(30, 60), exam: r.int(40, 80), candidate: r.int(20, 40), target: r.int(365, 400), vote: r.int(10, 20) };
    const toCandidate = d.activist + d.exam + d.candidate;
    const offset: Record<Stage, number> = {
      APPLICANT: 0,
      ACTIVIST: d.activist,
      WITHDRAWN: d.activist,
      CANDIDATE: toCandidate,
      NOT_ADMITTED: toCandidate,
      UNDER_INSPECTION: toCandidate + 9,
      DEVELOPMENT_TARGET: toCandidate + 9 + d.target,
      PROBATIONARY: toCandidate + 9 + d.target + d.vote,
      PROBATION_EXTENDED: toCandidate + 9 + d.target + d.vote,
      PROBATION_CANCELLED: toCandidate + 9 + d.target + d.vote,
      FULL: toCandidate + 9 + d.target + d.vote,
    };
    const applied = addDays(plan.on, -offset[plan.stage]);
    const female = r.chance(0.55);
    const birth = addDays(applied, -r.int(18 * 365 + 5, student ? 21 * 365 : 30 * 365));
    const person = {
      id: r.uuid(),
      name: chineseName(r),
      gender: female ? "FEMALE" : "MALE",
      kind: student ? "STUDENT" : "TEACHER",
      unit_id: branchId,
    };
    this.persons.push(person);
    const c = {
      id: r.uuid(),
      branch_id: branchId,
      person_id: person.id,
      member_id: null as string | null,
      name: person.name,
      gender: person.gender,
      birth_date: birth,
      track: student ? "STUDENT" : "FACULTY",
      stage: "APPLICANT",
      stage_since: applied,
      applied_on: applied,
      activist_on: null as string | null,
      candidate_on: null as string | null,
      inspection_from: null as string | null,
      target_on: null as string | null,
      probation_starts_on: null as string | null,
      probation_ends_on: null as string | null,
      conversion_applied_on: null as string | null,
      full_since: null as string | null,
      closed_on: null as string | null,
      created_at: this.stamp(),
    };
    this.cases.push(c);
    const recorder = (gb = false) => (gb ? "党总支（演示）" : "支部书记（演示）");
    let stage = "APPLICANT";
    const step = (kind: string, on: string, extra: { to?: string; procedure?: string; record?: string; gb?: boolean } = {}) => {
      this.steps.push({
        id: r.uuid(),
        case_id: c.id,
        branch_id: branchId,
        kind,
        procedure: extra.procedure ?? null,
        occurred_on: on,
        stage_from: kind === "APPLICATION" ? null : stage,
        stage_to: extra.to ?? null,
        record_id: extra.record ?? null,
        recorded_by: recorder(extra.gb),
        created_at: this.stamp(),
      });
      if (extra.to) {
        stage = extra.to;
        c.stage = extra.to;
        c.stage_since = on;
      }
    };
    const notice = (purpose: string, starts: string, outcome = "NO_OBJECTION") => {
      const n = {
        id: r.uuid(),
        case_id: c.id,
        branch_id: branchId,
        purpose,
        starts_on: starts,
        ends_on: addDays(starts, 6),
        closed_on: null as string | null,
        outcome: null as string | null,
        outcome_note: null as string | null,
        created_at: this.stamp(),
      };
      this.notices.push(n);
      step("NOTICE_OPENED", starts, { record: n.id });
      const closed = addDays(starts, 6);
      if (closed > U) return closed;
      Object.assign(n, { closed_on: closed, outcome, outcome_note: outcome === "NO_OBJECTION" ? null : "有群众反映情况，经核实属实" });
      step("NOTICE_CLOSED", closed, { record: n.id });
      return closed;
    };
    const contact = (role: string, memberId: string, on: string) => {
      const x = { id: r.uuid(), case_id: c.id, branch_id: branchId, role, member_id: memberId, since: on, created_at: this.stamp() };
      this.contacts.push(x);
      step("CONTACT_ASSIGNED", on, { record: x.id });
    };
    const vote = (purpose: string, on: string) => {
      const shouldAttend = full.filter((m) => !m.full_since || m.full_since <= on).length;
      const present = Math.max(Math.floor(shouldAttend / 2) + 1, shouldAttend - r.int(0, 2));
      const votesFor = Math.max(Math.floor(shouldAttend / 2) + 1, present - r.int(0, 1));
      const v = {
        id: r.uuid(),
        case_id: c.id,
        branch_id: branchId,
        purpose,
        held_on: on,
        full_members: shouldAttend,
        excluded: 0,
        should_attend: shouldAttend,
        present,
        votes_for: votesFor,
        votes_against: 0,
        abstentions: present - votesFor,
        passed: true,
        created_at: this.stamp(),
      };
      this.votes.push(v);
      step("VOTE", on, { record: v.id });
      return v;
    };
    /** The activist's half-yearly reviews and yearly training from `from` to `to`, as diligent as the branch. */
    const activistRecords = (from: string, to: string) => {
      const share = diligence === "LAGGING" ? 0.2 : diligence === "TYPICAL" ? 0.8 : 1;
      for (let half = halfStart(from); half <= to; half = addMonths(half, 6)) {
        const day = addDays(half, r.int(60, 150));
        if (day > from && day <= to && day <= U && r.chance(share)) step("PROCEDURE", day, { procedure: "ACTIVIST_REVIEW" });
        if (half.endsWith("-07-01")) {
          const training = addDays(half, r.int(70, 140));
          if (training > from && training <= to && training <= U && r.chance(share))
            step("PROCEDURE", training, { procedure: "PARTY_SCHOOL_TRAINING" });
        }
      }
    };

    step("APPLICATION", applied, { to: "APPLICANT" });
    if (plan.stage === "APPLICANT") return;
    const activist = addDays(applied, d.activist);
    c.activist_on = activist;
    step("STAGE_CHANGE", activist, { to: "ACTIVIST" });
    if (plan.stage === "WITHDRAWN") {
      activistRecords(activist, addDays(activist, 100));
      step("STAGE_CHANGE", addDays(activist, 100), { to: "WITHDRAWN" });
      c.closed_on = addDays(activist, 100);
      return;
    }
    const exam = addDays(activist, d.exam);
    const candidate = addDays(exam, d.candidate);
    if (exam <= U && plan.stage !== "ACTIVIST") step("PROCEDURE", exam, { procedure: "PARTY_SCHOOL_EXAM_PASSED" });
    if (plan.stage === "ACTIVIST") {
      activistRecords(activist, U);
      return;
    }
    step("PROCEDURE", addDays(candidate, -5), { procedure: "DEMOCRATIC_RECOMMENDATION" });
    step("PROCEDURE", addDays(candidate, -2), { procedure: "GENERAL_BRANCH_REVIEW", gb: true });
    c.candidate_on = candidate;
    step("STAGE_CHANGE", candidate, { to: "CANDIDATE" });
    if (plan.stage === "NOT_ADMITTED") {
      const closed = notice("CANDIDATE", addDays(candidate, 1), "OBJECTION_SUSTAINED");
      step("STAGE_CHANGE", addDays(closed, 3), { to: "NOT_ADMITTED" });
      c.closed_on = addDays(closed, 3);
      return;
    }
    notice("CANDIDATE", addDays(candidate, 1));
    // Introducers full long before the vote (a member full only since last month would not do).
    const seasoned = full.filter((m) => !m.full_since || m.full_since <= candidate);
    const [trainer, intro1, intro2] = pickThree(r, seasoned.length >= 3 ? seasoned : full);
    if (addDays(candidate, 8) <= U) contact("TRAINER", trainer.id, addDays(candidate, 8));
    if (plan.stage === "CANDIDATE") return;
    const inspection = addDays(candidate, 9);
    c.inspection_from = inspection;
    step("STAGE_CHANGE", inspection, { to: "UNDER_INSPECTION" });
    const target = addDays(inspection, d.target);
    activistRecords(activist, plan.stage === "UNDER_INSPECTION" ? U : target);
    if (plan.stage === "UNDER_INSPECTION") return;
    step("PROCEDURE", addDays(target, -6), { procedure: "DEMOCRATIC_RECOMMENDATION" });
    step("PROCEDURE", addDays(target, -4), { procedure: "COMMITTEE_DISCUSSION" });
    step("PROCEDURE", addDays(target, -2), { procedure: "GENERAL_BRANCH_REVIEW", gb: true });
    c.target_on = target;
    step("STAGE_CHANGE", target, { to: "DEVELOPMENT_TARGET" });
    notice("DEVELOPMENT_TARGET", addDays(target, 1));
    contact("INTRODUCER", intro1.id, addDays(target, 2));
    contact("INTRODUCER", intro2.id, addDays(target, 2));
    if (plan.stage === "DEVELOPMENT_TARGET") return;

    const voteOn = addDays(target, d.vote);
    vote("ADMISSION", voteOn);
    step("PROCEDURE", addDays(voteOn, 3), { procedure: "GENERAL_BRANCH_TALK", gb: true });
    const admitted = addDays(voteOn, 7);
    const ends = addYears(voteOn, 1);
    const member = {
      id: r.uuid(),
      name: c.name,
      gender: c.gender,
      birth_date: birth,
      category: student ? "STUDENT" : "FACULTY",
      standing: "PROBATIONARY",
      joined_on: voteOn,
      full_since: null as string | null,
      probation_ends_on: ends,
      branch_id: branchId,
      id_number: residentId(r, birth, c.gender === "FEMALE"),
      status: "ACTIVE",
    };
    this.members.push(member);
    this.register.push({ id: r.uuid(), member_id: member.id, branch_id: branchId, occurred_on: admitted });
    Object.assign(c, { member_id: member.id, probation_starts_on: voteOn, probation_ends_on: ends });
    step("ADMISSION_APPROVED", admitted, { to: "PROBATIONARY", record: member.id, gb: true });

    if (plan.stage === "PROBATION_CANCELLED") {
      // Cancelled by the assembly for a serious breach: the member leaves the register.
      const cancelled = addDays(voteOn, r.int(100, 200));
      step("STAGE_CHANGE", cancelled, { to: "PROBATION_CANCELLED" });
      c.closed_on = cancelled;
      Object.assign(member, { status: "REMOVED" });
      this.removals.push({ id: r.uuid(), member_id: member.id, branch_id: branchId, occurred_on: cancelled });
      return;
    }
    // Reports: to an introducer every two months, in writing to the branch every quarter.
    const share = plan.reportsStop ? 0 : diligence === "LAGGING" ? 0.6 : diligence === "TYPICAL" ? 0.9 : 1;
    const lastReportDay = [ends, U].sort()[0];
    for (const [months, kind] of [
      [2, "TO_INTRODUCER"],
      [3, "TO_BRANCH"],
    ] as const) {
      for (let n = 0; ; n++) {
        const from = addMonths(voteOn, n * months);
        if (from >= lastReportDay) break;
        const day = addDays(from, r.int(10, months * 30 - 10));
        if (day > lastReportDay || (n > 0 && !r.chance(share))) continue;
        const report = {
          id: r.uuid(),
          case_id: c.id,
          branch_id: branchId,
          member_id: member.id,
          kind,
          reported_on: day,
          introducer_member_id: kind === "TO_INTRODUCER" ? intro1.id : null,
          created_at: this.stamp(),
        };
        this.reports.push(report);
        step("PROBATION_REPORT", day, { record: report.id });
      }
    }

    if (plan.noConversion || ends > addDays(U, 40)) return;
    // The conversion chain, from the written application a month (or more) before the end.
    const applyOn = addDays(addMonths(ends, -1), -r.int(0, 15));
    if (applyOn > U) return;
    c.conversion_applied_on = applyOn;
    step("CONVERSION_APPLIED", applyOn);
    step("PROCEDURE", addDays(applyOn, 3), { procedure: "CONVERSION_OPINIONS" });
    step("PROCEDURE", addDays(applyOn, 6), { procedure: "CONVERSION_COMMITTEE" });
    step("PROCEDURE", addDays(applyOn, 9), { procedure: "CONVERSION_GENERAL_BRANCH_REVIEW", gb: true });
    notice("CONVERSION", addDays(applyOn, 10));
    const conversionVote = addDays(ends, r.int(0, 10));
    if (conversionVote > U) return;
    vote("CONVERSION", conversionVote);
    if (plan.stage === "PROBATION_EXTENDED") {
      const until = addMonths(ends, 6);
      step("PROBATION_EXTENDED", addDays(conversionVote, 1), { to: "PROBATION_EXTENDED" });
      Object.assign(c, { probation_ends_on: until, conversion_applied_on: null });
      member.probation_ends_on = until;
      return;
    }
    const approved = addDays(conversionVote, 5);
    if (approved > U) return;
    Object.assign(member, { standing: "FULL", full_since: conversionVote });
    Object.assign(c, { full_since: conversionVote, closed_on: approved });
    step("CONVERSION_APPROVED", approved, { to: "FULL", gb: true });
    for (const [days, procedure] of [
      [10, "CONVERSION_FILED"],
      [14, "CONVERSION_ANNOUNCED"],
    ] as const)
      if (addDays(approved, days) <= U) step("PROCEDURE", addDays(approved, days), { procedure, gb: true });
  }

  async insert(em: DemoRecordContext["em"]): Promise<void> {
    const put = async (table: string, columns: string, rows: object[]) => {
      if (!rows.length) return;
      await em.query(
        `INSERT INTO ${table} (${columns.replace(/ [a-z_]+(,|$)/g, "$1")}, college_id)
         SELECT ${columns.replace(/ [a-z_]+(,|$)/g, "$1")}, $2::uuid FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
        [JSON.stringify(rows), this.collegeId],
      );
    };
    await put("person", "id uuid, name text, gender gender, kind person_kind, unit_id uuid", this.persons);
    await put(
      "member",
      "id uuid, name text, gender gender, birth_date date, category member_category, standing member_standing, joined_on date, full_since date, probation_ends_on date, branch_id uuid, id_number text, status member_status",
      this.members,
    );
    for (const [entries, kind, reason, note] of [
      [this.register, "ADDED", "DEVELOPED", null],
      [this.removals, "REMOVED", "OTHER", "取消预备党员资格"],
    ] as const) {
      if (!entries.length) continue;
      await em.query(
        `INSERT INTO register_entry (id, member_id, branch_id, college_id, kind, reason, occurred_on, note)
         SELECT r.id, r.member_id, r.branch_id, $2::uuid, $3::register_entry_kind, $4::register_reason, r.occurred_on, $5
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, member_id uuid, branch_id uuid, occurred_on date)`,
        [JSON.stringify(entries), this.collegeId, kind, reason, note],
      );
    }
    await put(
      "development_case",
      "id uuid, branch_id uuid, person_id uuid, member_id uuid, name text, gender gender, birth_date date, track development_track, stage development_stage, stage_since date, applied_on date, activist_on date, candidate_on date, inspection_from date, target_on date, probation_starts_on date, probation_ends_on date, conversion_applied_on date, full_since date, closed_on date, created_at timestamptz",
      this.cases,
    );
    await put(
      "development_step",
      "id uuid, case_id uuid, branch_id uuid, kind development_step_kind, procedure development_procedure, occurred_on date, stage_from development_stage, stage_to development_stage, record_id uuid, recorded_by text, created_at timestamptz",
      this.steps,
    );
    await put(
      "development_notice",
      "id uuid, case_id uuid, branch_id uuid, purpose notice_purpose, starts_on date, ends_on date, closed_on date, outcome notice_outcome, outcome_note text, created_at timestamptz",
      this.notices,
    );
    await put(
      "development_contact",
      "id uuid, case_id uuid, branch_id uuid, role development_contact_role, member_id uuid, since date, created_at timestamptz",
      this.contacts,
    );
    await put(
      "development_vote",
      "id uuid, case_id uuid, branch_id uuid, purpose development_vote_purpose, held_on date, full_members int, excluded int, should_attend int, present int, votes_for int, votes_against int, abstentions int, passed boolean, created_at timestamptz",
      this.votes,
    );
    await put(
      "development_report",
      "id uuid, case_id uuid, branch_id uuid, member_id uuid, kind probation_report_kind, reported_on date, introducer_member_id uuid, created_at timestamptz",
      this.reports,
    );
  }
}

/** The first day of the half-year a day falls in. */
function halfStart(day: string): string {
  return `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? "01" : "07"}-01`;
}

/** Three different full members of the branch: a trainer and two introducers. */
function pickThree(random: Random, full: BranchMember[]): [BranchMember, BranchMember, BranchMember] {
  const start = random.int(0, full.length - 1);
  return [full[start], full[(start + 1) % full.length], full[(start + 2) % full.length]];
}
