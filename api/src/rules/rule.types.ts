import type { Period, PeriodKind } from "../common/periods";
import type { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import type { MemberCategory, MemberStanding } from "../member/member.enums";
import type { UnitRow } from "./evaluation-context";

export type FindingStatus = "MET" | "UNMET" | "PENDING" | "EXEMPT";

/**
 * What a finding is about: "UNIT", "MEMBER", "ASSIGNMENT", or what a family added later loads
 * (a development case …). Open: each fact family names the kind of its subjects (family.types.ts).
 */
export type SubjectKind = string;

/** A rule's numbers. Values are numbers; their meaning is named by the key (count, minutes, hours, yuan, m²). */
export type RuleParams = Record<string, number>;

/** Settings the source leaves open; stored per college, shown in every finding they affect. */
export type SettingKey = "VACATION_MONTHS" | "HOUR_FLOORS_BIND_RETIREES" | "RETIREES_AS_FACULTY" | "REBATE_SHARE" | "SILENT_UNIT_DAYS";

export interface AppliedSetting {
  key: SettingKey;
  value: string;
  label: string;
}

/** The settings a rule declares, as the finding shows them (`AppliedSetting.value`): what its check reads. */
export type SettingValues = Readonly<Partial<Record<SettingKey, string>>>;

export interface Evidence {
  /** ACTIVITY, ATTENDANCE, STUDY, VISIT, DUES, ALLOCATION, ROOM, DOCUMENT, HAND_IN, ALLOWANCE, AWARD, CONTACT, CLASS, or a later family's own. */
  kind: string;
  id: string;
  label?: string;
}

/** The numbers a family's SQL found for one subject in one period. */
export interface Fact {
  /** The main quantity (a count, hours, fen, m², a share …). */
  value: number;
  /** Further named quantities a rule's check computes with (e.g. members per category for a floor). */
  measures?: Readonly<Record<string, number>>;
  /** Per-item measures (e.g. each meeting's minutes), aligned with `evidence`. */
  items?: number[];
  evidence: Evidence[];
}

/** Who or what is judged: a unit, an assignment, a member's case …, with the dates that place it. */
export interface Subject extends LoadedSubject {
  unit: UnitRow | undefined;
}

/** A subject as its family loads it (kept with the facts between requests; its unit is looked up per request). */
export interface LoadedSubject {
  /** The id its facts are kept under. */
  id: string;
  unitId: string;
  memberId: string | null;
  assignmentId: string | null;
  label: string;
  /** A kind within the family (an assignment's kind …), for `appliesTo`. */
  kind?: string;
  /** When the subject exists (an assignment's span, a case's opening and closing): judged only in periods overlapping it. */
  start?: string;
  end?: string | null;
  /** Dates a subject-dated period may run from (see `RulePeriod`). */
  dates?: Readonly<Record<string, string | null>>;
  /** Whose vacation months exempt it from monthly obligations (a unit's branch kind, by default). */
  vacationKind?: BranchKind | null;
}

export interface CheckInput<P extends RuleParams = RuleParams> {
  fact: Fact;
  params: P;
  period: Period;
  /** Whether the period is over (as of the evaluation date). */
  periodOver: boolean;
  /** The values of the settings the rule declares, for this subject and period. */
  settings: SettingValues;
}

export interface CheckResult {
  status: Exclude<FindingStatus, "EXEMPT">;
  expected: number;
  actual: number;
  /** zh-CN unit for expected/actual: “次”, “学时”, “元”, “m²”, “个月”. */
  unit: string;
  /** The evidence that matters for this result (e.g. only the meetings that were too short). */
  evidence?: Evidence[];
  /** A clause appended to the message (why, what is still needed). */
  detail?: string;
}

export interface AppliesTo {
  unitKinds?: OrgUnitKind[];
  branchKinds?: BranchKind[];
  /** Only general branches of secondary colleges (those with faculty or student branches). */
  secondaryCollegesOnly?: boolean;
  memberCategories?: MemberCategory[];
  memberStandings?: MemberStanding[];
  /** For MEMBER rules: only members on placement/secondment (mobile, groupable). */
  mobileOnly?: boolean;
  /** For subjects loaded by their family: only these kinds (`Subject.kind`). */
  assignmentKinds?: string[];
  /** Retired members are bound too when this setting is on (e.g. the hour floors). */
  retireesWhen?: SettingKey;
}

/** Calendar periods: the grid of the report's range, or the academic years of the college's calendar. */
export type CalendarPeriodKind = PeriodKind | "ACADEMIC_YEAR";

/**
 * Where a rule's periods come from:
 * - calendar: every month, quarter, … overlapping the report's range;
 * - snapshot: the state at one date (the end of the range, or today if that comes first);
 * - subject: from a date of each subject (a case's opening …) for `length`, once or (`repeat`)
 *   period after period while the subject lasts — obligations that run from each case's start.
 */
export type RulePeriod =
  | { kind: "calendar"; every: CalendarPeriodKind }
  | { kind: "snapshot" }
  | { kind: "subject"; from: (subject: LoadedSubject) => string | null; length: SpanLength; repeat?: boolean };

export interface SpanLength {
  months?: number;
  days?: number;
}

/** What every entry of the rulebook has: compliance rules and guards share codes, citations and numbers. */
export interface RuleBase<P extends RuleParams = RuleParams> {
  code: string;
  /** zh-CN title a secretary recognises. */
  title: string;
  /** Where in the source the rule is written (DOMAIN.md section marks). */
  citation: string;
  /** What is checked, one zh-CN sentence, with the numbers as {placeholders}. */
  requirement: string;
  /** The numbers as the source states them, in force from 2014 unless the committee changes them (rule_parameter). */
  defaults: P;
}

export interface RuleDefinition<P extends RuleParams = RuleParams> extends RuleBase<P> {
  /** The fact family whose facts it judges (its name: see family.types.ts and facts/index.ts). */
  family: string;
  /** Which variant of the family's facts (e.g. the activity types counted). */
  variant?: string;
  /** The family's subject kind, restated so the definition reads whole (the rulebook checks they agree). */
  subject: SubjectKind;
  appliesTo: AppliesTo;
  period: RulePeriod;
  /** Monthly rules may exempt the vacation months set for the subject's branch kind. */
  exemptVacationMonths?: boolean;
  settings?: SettingKey[];
  /** Which of its periods the rule judges (default: all), e.g. only the award cycle's years. */
  judgesPeriod?: (period: Period, params: P) => boolean;
  /** Whether a subject's fact is judged at all (default: always), e.g. no meeting held: nothing to time. */
  judgesFact?: (fact: Fact) => boolean;
  check: ((input: CheckInput<P>) => CheckResult) & { threshold?: { param: string | null; kind: string } };
}

/** What a guarded step is about: whose college's numbers apply, and how to name it in a refusal. */
export interface GuardSubject {
  collegeId: string;
  label: string;
}

export interface GuardInput<P extends RuleParams, S> {
  subject: S;
  params: P;
  /** The day the step takes effect: the numbers in force then apply. */
  asOf: string;
}

export type GuardOutcome =
  | { allowed: true }
  | {
      allowed: false;
      expected: number;
      actual: number;
      unit: string;
      detail?: string;
      /** The input field the refusal is about. */ field?: string;
    };

/**
 * A guard: a written rule checked when a step is tried (a probationary member made full, a case
 * moved on), refusing the step when it is not met — where a compliance rule reports after the fact.
 * It shares the rulebook's codes, citations and committee-set numbers (rule_parameter) with the
 * compliance rules; guard.ts checks it.
 */
export interface GuardDefinition<P extends RuleParams = RuleParams, S extends GuardSubject = GuardSubject> extends RuleBase<P> {
  /** What the step is about ("MEMBER", "CASE" …), for the rulebook's listing. */
  subject: SubjectKind;
  /** The step, zh-CN, as the refusal names it: “转为正式党员”. */
  step: string;
  // A method, so a guard of a narrower subject still registers as a guard of any.
  check(input: GuardInput<P, S>): GuardOutcome;
}

/** The date from which the source's own numbers apply. */
export const SOURCE_EFFECTIVE_FROM = "2014-01-01";

/** A rule's period kind as the rulebook lists it: MONTH … ACADEMIC_YEAR, SNAPSHOT, or SUBJECT. */
export function periodKindOf(period: RulePeriod): string {
  return period.kind === "calendar" ? period.every : period.kind === "snapshot" ? "SNAPSHOT" : "SUBJECT";
}
