import type { Period, PeriodKind } from "../common/periods";
import type { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import type { MemberCategory, MemberStanding } from "../member/member.enums";

export type FindingStatus = "MET" | "UNMET" | "PENDING" | "EXEMPT";

/** What a finding is about. */
export type SubjectKind = "UNIT" | "MEMBER" | "ASSIGNMENT";

/** Which SQL aggregation supplies a rule's facts (one statement per family per evaluation). */
export type FactFamily =
  | "ACTIVITIES"
  | "EDUCATION_HOURS"
  | "MEMBER_DUTIES"
  | "LIAISON_VISITS"
  | "FUNDS"
  | "ROOMS"
  | "DOCUMENTS"
  | "RECORD_BOOKS"
  | "ALLOWANCES"
  | "AWARDS"
  | "STUDENT_COVERAGE";

/** A rule's numbers. Values are numbers; their meaning is named by the key (count, minutes, hours, yuan, m²). */
export type RuleParams = Record<string, number>;

/** Settings the source leaves open; stored per college, shown in every finding they affect. */
export type SettingKey =
  | "VACATION_MONTHS"
  | "HOUR_FLOORS_BIND_RETIREES"
  | "RETIREES_AS_FACULTY"
  | "REBATE_SHARE"
  | "SILENT_UNIT_DAYS";

export interface AppliedSetting {
  key: SettingKey;
  value: string;
  label: string;
}

export interface Evidence {
  kind: "ACTIVITY" | "ATTENDANCE" | "STUDY" | "VISIT" | "DUES" | "ALLOCATION" | "ROOM" | "DOCUMENT" | "HAND_IN" | "ALLOWANCE" | "AWARD" | "CONTACT" | "CLASS";
  id: string;
  label?: string;
}

/** The numbers a family's SQL found for one subject in one period. */
export interface Fact {
  /** The main quantity (a count, hours, fen, m², a share …). */
  value: number;
  /** A second quantity where a rule needs one (e.g. integrity hours, the floor in fen). */
  other?: number;
  /** Per-item measures (e.g. each meeting's minutes), aligned with `evidence`. */
  items?: number[];
  evidence: Evidence[];
}

export interface CheckInput<P extends RuleParams = RuleParams> {
  fact: Fact;
  params: P;
  period: Period;
  /** Whether the period is over (as of the evaluation date). */
  periodOver: boolean;
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
  assignmentKinds?: string[];
  /** Retired members are bound too when this setting is on (e.g. the hour floors). */
  retireesWhen?: SettingKey;
}

export interface RuleDefinition<P extends RuleParams = RuleParams> {
  code: string;
  /** zh-CN title a secretary recognises. */
  title: string;
  /** Where in the source the rule is written (DOMAIN.md section marks). */
  citation: string;
  /** What is checked, one zh-CN sentence, with the numbers as {placeholders}. */
  requirement: string;
  family: FactFamily;
  /** Which variant of the family's facts (e.g. the activity types counted). */
  variant?: string;
  subject: SubjectKind;
  appliesTo: AppliesTo;
  period: PeriodKind | "ACADEMIC_YEAR" | "SNAPSHOT";
  /** Monthly rules may exempt the vacation months set for the unit's branch kind. */
  exemptVacationMonths?: boolean;
  /** The numbers as the source states them, in force from 2014 unless the committee changes them. */
  defaults: P;
  settings?: SettingKey[];
  check: ((input: CheckInput<P>) => CheckResult) & { threshold?: { param: string | null; kind: string } };
}

/** The date from which the source's own numbers apply. */
export const SOURCE_EFFECTIVE_FROM = "2014-01-01";
