import { addDays, daysBetween } from "../../common/periods";
import { addMonths, addYears, wholeYears } from "../../pipeline/development-dates";
import { atLeast } from "../checks";
import type { CheckInput, CheckResult, GuardDefinition, GuardSubject, LoadedSubject, RuleDefinition } from "../rule.types";

/*
 * Member development (DOMAIN §8; source 四(三)1, 四(二)4(4)): the guards checked when a step of a
 * case is tried, and the obligations of open cases reported as findings. Each number once, here.
 */

const ALLOWED = { allowed: true } as const;

// ── guards ──────────────────────────────────────────────────────────────────────

export const DEV_MIN_AGE: GuardDefinition<{ minAge: number }, GuardSubject & { birthDate: string }> = {
  code: "DEV_MIN_AGE",
  title: "入党年龄",
  citation: "四(三)1(1)",
  requirement: "递交入党申请书时年满 {minAge} 周岁",
  subject: "CASE",
  step: "递交入党申请",
  defaults: { minAge: 18 },
  check: ({ subject, params, asOf }) => {
    const age = wholeYears(subject.birthDate, asOf);
    if (age >= params.minAge) return ALLOWED;
    const birthday = addYears(subject.birthDate, params.minAge);
    return {
      allowed: false,
      expected: params.minAge,
      actual: age,
      unit: "周岁",
      detail: `${birthday} 起年满 ${params.minAge} 周岁`,
      field: "appliedOn",
    };
  },
};

export const DEV_PARTY_SCHOOL: GuardDefinition<{ minPassed: number }, GuardSubject & { examsPassed: number }> = {
  code: "DEV_PARTY_SCHOOL",
  title: "党校考试合格",
  citation: "四(三)1(3)",
  requirement: "通过党校考试且合格（不少于 {minPassed} 次）方可确定为培养考察对象",
  subject: "CASE",
  step: "确定为培养考察对象",
  defaults: { minPassed: 1 },
  check: ({ subject, params }) =>
    subject.examsPassed >= params.minPassed
      ? ALLOWED
      : { allowed: false, expected: params.minPassed, actual: subject.examsPassed, unit: "次", detail: "尚无党校考试合格记录" },
};

export interface NoticeState {
  startsOn: string;
  endsOn: string;
  outcome: string | null;
}

export const DEV_PUBLIC_NOTICE: GuardDefinition<Record<string, never>, GuardSubject & { notice: NoticeState | null; what: string }> = {
  code: "DEV_PUBLIC_NOTICE",
  title: "公示",
  citation: "四(三)1(3)(4)(5)(10)",
  requirement: "名单须经公示，公示结束且无经核实成立的异议后方可进行下一步",
  subject: "CASE",
  step: "进行公示后的下一步",
  defaults: {},
  check: ({ subject, asOf }) => {
    const n = subject.notice;
    const refuse = (detail: string) => ({ allowed: false as const, expected: 1, actual: 0, unit: "次", detail, field: "on" });
    if (!n) return refuse(`尚未进行${subject.what}公示`);
    if (asOf <= n.endsOn) return refuse(`${subject.what}公示至 ${n.endsOn} 结束，${addDays(n.endsOn, 1)} 起方可进行下一步`);
    if (!n.outcome) return refuse(`${subject.what}公示结果尚未登记`);
    if (n.outcome === "OBJECTION_SUSTAINED") return refuse(`${subject.what}公示期间的异议经核实成立`);
    return ALLOWED;
  },
};

export const DEV_TRAINER: GuardDefinition<{ minTrainers: number }, GuardSubject & { trainers: number }> = {
  code: "DEV_TRAINER",
  title: "指定培养人",
  citation: "四(三)1(4)",
  requirement: "公示无异议后指定培养人（不少于 {minTrainers} 名）方可开始培养考察",
  subject: "CASE",
  step: "开始培养考察",
  defaults: { minTrainers: 1 },
  check: ({ subject, params }) =>
    subject.trainers >= params.minTrainers
      ? ALLOWED
      : { allowed: false, expected: params.minTrainers, actual: subject.trainers, unit: "名", detail: "尚未指定培养人" },
};

export const DEV_INSPECTION_YEAR: GuardDefinition<{ minYears: number }, GuardSubject & { inspectionFrom: string }> = {
  code: "DEV_INSPECTION_YEAR",
  title: "培养考察一年以上",
  citation: "四(三)1(5)",
  requirement: "培养考察对象经过 {minYears} 年以上培养考察方可确定为发展对象",
  subject: "CASE",
  step: "确定为发展对象",
  defaults: { minYears: 1 },
  check: ({ subject, params, asOf }) => {
    const earliest = addYears(subject.inspectionFrom, params.minYears);
    if (asOf >= earliest) return ALLOWED;
    return {
      allowed: false,
      expected: daysBetween(subject.inspectionFrom, earliest),
      actual: daysBetween(subject.inspectionFrom, asOf),
      unit: "天",
      detail: `培养考察自 ${subject.inspectionFrom} 开始，${earliest} 起方满 ${params.minYears} 年`,
      field: "on",
    };
  },
};

export interface IntroducerState {
  name: string;
  /** Full on the day: standing FULL and full since then (or since before records began). */
  fullOnDay: boolean;
}

export const DEV_INTRODUCERS: GuardDefinition<{ count: number }, GuardSubject & { introducers: IntroducerState[] }> = {
  code: "DEV_INTRODUCERS",
  title: "两名正式党员作入党介绍人",
  citation: "四(三)1(5)",
  requirement: "确定 {count} 名正式党员担任入党介绍人（表决之日须为正式党员）",
  subject: "CASE",
  step: "提交支部大会表决",
  defaults: { count: 2 },
  check: ({ subject, params }) => {
    const full = subject.introducers.filter((i) => i.fullOnDay).length;
    if (full >= params.count) return ALLOWED;
    const notFull = subject.introducers.filter((i) => !i.fullOnDay).map((i) => i.name);
    const detail = notFull.length ? `${notFull.join("、")}在表决之日不是正式党员` : "尚未确定入党介绍人";
    return { allowed: false, expected: params.count, actual: full, unit: "名", detail, field: "heldOn" };
  },
};

export interface VoteCount {
  shouldAttend: number;
  present: number;
  votesFor: number;
}

/** “More than half”: strictly more than `share` of those who should attend (10 → 6, 9 → 5). */
const moreThan = (n: number, of: number, share: number) => n > of * share;

export const DEV_VOTE_QUORUM: GuardDefinition<{ share: number }, GuardSubject & VoteCount> = {
  code: "DEV_VOTE_QUORUM",
  title: "支部大会到会人数",
  citation: "四(三)1(6)",
  requirement: "到会有表决权的正式党员须超过应到会正式党员的半数（比例 {share}）",
  subject: "CASE",
  step: "进行表决",
  defaults: { share: 0.5 },
  check: ({ subject, params }) =>
    moreThan(subject.present, subject.shouldAttend, params.share)
      ? ALLOWED
      : {
          allowed: false,
          expected: Math.floor(subject.shouldAttend * params.share) + 1,
          actual: subject.present,
          unit: "人",
          detail: `应到会 ${subject.shouldAttend} 人，到会 ${subject.present} 人，不足法定人数`,
          field: "present",
        },
};

export const DEV_VOTE_MAJORITY: GuardDefinition<{ share: number }, GuardSubject & VoteCount> = {
  code: "DEV_VOTE_MAJORITY",
  title: "表决通过",
  citation: "四(三)1(6)",
  requirement: "赞成人数须超过应到会有表决权正式党员的半数（比例 {share}）",
  subject: "CASE",
  step: "报党总支审批",
  defaults: { share: 0.5 },
  check: ({ subject, params }) =>
    moreThan(subject.votesFor, subject.shouldAttend, params.share)
      ? ALLOWED
      : {
          allowed: false,
          expected: Math.floor(subject.shouldAttend * params.share) + 1,
          actual: subject.votesFor,
          unit: "票",
          // No vote recorded reads as nobody to attend and no votes: say so.
          detail:
            subject.shouldAttend === 0 && subject.present === 0
              ? "尚未进行支部大会表决"
              : `应到会 ${subject.shouldAttend} 人，赞成 ${subject.votesFor} 票，表决未通过`,
          field: "votesFor",
        },
};

export const DEV_TALK: GuardDefinition<{ minTalks: number }, GuardSubject & { talks: number }> = {
  code: "DEV_TALK",
  title: "党总支指派专人谈话",
  citation: "四(三)1(7)",
  requirement: "支部大会通过后、党总支审批前，党总支指派专人同申请人谈话（不少于 {minTalks} 次）",
  subject: "CASE",
  step: "党总支审批",
  defaults: { minTalks: 1 },
  check: ({ subject, params }) =>
    subject.talks >= params.minTalks
      ? ALLOWED
      : { allowed: false, expected: params.minTalks, actual: subject.talks, unit: "次", detail: "支部大会通过后尚无党总支谈话记录" },
};

export const PROBATION_YEAR: GuardDefinition<{ years: number }, GuardSubject & { probationEndsOn: string }> = {
  code: "PROBATION_YEAR",
  title: "预备期一年",
  citation: "四(三)1(9)",
  requirement: "预备期为 {years} 年，从支部大会通过之日算起；期满方可讨论转正",
  subject: "CASE",
  step: "讨论转正",
  defaults: { years: 1 },
  check: ({ subject, asOf }) =>
    asOf >= subject.probationEndsOn
      ? ALLOWED
      : {
          allowed: false,
          expected: 0,
          actual: daysBetween(asOf, subject.probationEndsOn),
          unit: "天",
          detail: `预备期至 ${subject.probationEndsOn} 期满`,
          field: "heldOn",
        },
};

/** The probation's end: `years` after the assembly's vote (PROBATION_YEAR's number in force on the vote date). */
export function probationEnd(voteOn: string, params: { years: number }): string {
  return addYears(voteOn, params.years);
}

export const PROBATION_EXTENSION_MAX: GuardDefinition<{ maxYears: number }, GuardSubject & { probationEndsOn: string; until: string }> = {
  code: "PROBATION_EXTENSION_MAX",
  title: "延长预备期",
  citation: "四(三)1(9)；《中国共产党章程》第七条",
  requirement: "延长预备期不超过 {maxYears} 年",
  subject: "CASE",
  step: "延长预备期",
  defaults: { maxYears: 1 },
  check: ({ subject, params }) =>
    subject.until <= addYears(subject.probationEndsOn, params.maxYears)
      ? ALLOWED
      : {
          allowed: false,
          expected: daysBetween(subject.probationEndsOn, addYears(subject.probationEndsOn, params.maxYears)),
          actual: daysBetween(subject.probationEndsOn, subject.until),
          unit: "天",
          field: "until",
        },
};

export interface ChainState {
  /** The conversion steps recorded so far, in order. */
  done: string[];
  /** The step tried. */
  next: string;
  /** The chain in order, zh-CN labels by step. */
  order: readonly string[];
  labels: Readonly<Record<string, string>>;
}

export const CONVERSION_CHAIN: GuardDefinition<Record<string, never>, GuardSubject & ChainState> = {
  code: "CONVERSION_CHAIN",
  title: "预备党员转正程序",
  citation: "四(三)1(10)",
  requirement: "转正依次经过：书面申请→征求意见→支委会讨论→党总支审查→公示→支部大会表决→党总支审批→组织部备案→公布",
  subject: "CASE",
  step: "进行转正的这一步",
  defaults: {},
  check: ({ subject }) => {
    const at = subject.order.indexOf(subject.next);
    const missing = subject.order.slice(0, at).filter((s) => !subject.done.includes(s));
    if (!missing.length && !subject.done.includes(subject.next)) return ALLOWED;
    const detail = missing.length ? `尚缺：${missing.map((s) => subject.labels[s]).join("、")}` : `“${subject.labels[subject.next]}”已记录`;
    return {
      allowed: false,
      expected: at + 1,
      actual: subject.order.slice(0, at + 1).filter((s) => subject.done.includes(s)).length,
      unit: "步",
      detail,
    };
  },
};

export const DEVELOPMENT_GUARDS = [
  DEV_MIN_AGE,
  DEV_PARTY_SCHOOL,
  DEV_PUBLIC_NOTICE,
  DEV_TRAINER,
  DEV_INSPECTION_YEAR,
  DEV_INTRODUCERS,
  DEV_VOTE_QUORUM,
  DEV_VOTE_MAJORITY,
  DEV_TALK,
  PROBATION_YEAR,
  PROBATION_EXTENSION_MAX,
  CONVERSION_CHAIN,
] as unknown as GuardDefinition[];

// ── findings: the obligations of open cases ─────────────────────────────────────

const FAMILY = "DEVELOPMENT_CASES";

/** How long before its deadline an unmade conversion application is listed (as PENDING, in due-soon): a view, not a rule. */
export const CONVERSION_WINDOW_DAYS = 60;

/** The last day for the conversion application: `monthsBefore` months before the probation ends. */
export function conversionDeadline(probationEndsOn: string, monthsBefore: number): string {
  return addMonths(probationEndsOn, -monthsBefore);
}

export const CONVERSION_APPLY_EARLY: RuleDefinition<{ monthsBefore: number }> = {
  code: "CONVERSION_APPLY_EARLY",
  title: "按时提出转正申请",
  citation: "四(三)1(10)",
  requirement: "预备党员在预备期满前 {monthsBefore} 个月向党支部提出书面转正申请",
  family: FAMILY,
  variant: "CONVERSION_APPLIED",
  subject: "CASE",
  appliesTo: {},
  period: { kind: "subject", from: conversionWindowStart, length: { days: CONVERSION_WINDOW_DAYS } },
  defaults: { monthsBefore: 1 },
  check: ({ fact, params, period }: CheckInput<{ monthsBefore: number }>): CheckResult => {
    const endsOn = addDays(period.end, 1);
    const deadline = conversionDeadline(endsOn, params.monthsBefore);
    const m = fact.measures ?? {};
    const base = { expected: params.monthsBefore, unit: "个月" };
    if (fact.value >= 1) {
      const early = (m.appliedDaysBeforeEnd ?? 0) >= daysBetween(deadline, endsOn);
      return early
        ? { ...base, status: "MET", actual: params.monthsBefore }
        : { ...base, status: "UNMET", actual: 0, detail: `转正申请晚于 ${deadline}` };
    }
    // Not applied yet: open until the deadline, late after it (the fact knows how far the evaluation day is from the end).
    const today = addDays(endsOn, -(m.daysToEnd ?? 0));
    return today > deadline
      ? { ...base, status: "UNMET", actual: 0, detail: `应于 ${deadline} 前提出，尚未提出` }
      : { ...base, status: "PENDING", actual: 0, detail: `须于 ${deadline} 前提出（预备期 ${endsOn} 满）` };
  },
};

export const DEVELOPMENT_RULES: RuleDefinition[] = [
  {
    code: "PROBATION_REPORT_BIMONTHLY",
    title: "预备党员向入党介绍人汇报",
    citation: "四(三)1(9)",
    requirement: "预备党员每两个月主动找入党介绍人汇报思想、工作和学习情况不少于 {min} 次",
    family: FAMILY,
    variant: "TO_INTRODUCER",
    subject: "CASE",
    appliesTo: {},
    period: { kind: "subject", from: (s) => s.dates?.probationStartsOn ?? null, length: { months: 2 }, repeat: true },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
  {
    code: "PROBATION_REPORT_QUARTERLY",
    title: "预备党员向党支部书面汇报",
    citation: "四(三)1(9)",
    requirement: "预备党员每季度向党支部书面汇报思想不少于 {min} 次",
    family: FAMILY,
    variant: "TO_BRANCH",
    subject: "CASE",
    appliesTo: {},
    period: { kind: "subject", from: (s) => s.dates?.probationStartsOn ?? null, length: { months: 3 }, repeat: true },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
  {
    code: "PROBATION_DECISION_DUE",
    title: "预备期满及时讨论转正",
    citation: "四(三)1(9)(10)",
    requirement: "预备期满应及时讨论，作出转正、延长预备期或取消预备党员资格的决定",
    family: FAMILY,
    variant: "DECIDED",
    subject: "CASE",
    appliesTo: {},
    // The day the probation ends: pending that day, unmet from the next until a decision is recorded.
    period: { kind: "subject", from: (s) => s.dates?.probationEndsOn ?? null, length: { days: 1 } },
    defaults: {},
    check: ({ fact, periodOver, period }: CheckInput): CheckResult =>
      fact.value >= 1
        ? { status: "MET", expected: 1, actual: 1, unit: "次" }
        : {
            status: periodOver ? "UNMET" : "PENDING",
            expected: 1,
            actual: 0,
            unit: "次",
            detail: periodOver ? `预备期已于 ${period.start} 期满，尚未作出决定` : `预备期于 ${period.start} 期满`,
          },
  },
  CONVERSION_APPLY_EARLY as unknown as RuleDefinition,
  {
    code: "ACTIVIST_REVIEW_PERSONAL",
    title: "入党积极分子逐人考察分析",
    citation: "四(二)3(1)；附件 指标7",
    requirement: "每半年对每名入党积极分子进行全面考察分析不少于 {min} 次（逐人记录）",
    family: FAMILY,
    variant: "ACTIVIST_REVIEW",
    subject: "CASE",
    // Judged in the periods the case spent wholly as an activist or beyond, before probation (the family's `applies`).
    appliesTo: {},
    period: { kind: "calendar", every: "HALF_YEAR" },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
  {
    code: "REQUIRED_TRAINING_ACTIVIST",
    title: "入党积极分子必训",
    citation: "四(三)2(1)",
    requirement: "入党积极分子每年参加党校培训不少于 {minSessions} 次",
    family: FAMILY,
    variant: "TRAINING",
    subject: "CASE",
    // Judged in the periods the case spent wholly as an activist or beyond, before probation (the family's `applies`).
    appliesTo: {},
    period: { kind: "calendar", every: "YEAR" },
    defaults: { minSessions: 1 },
    check: atLeast("minSessions", "次"),
  },
];

/** The conversion window opens CONVERSION_WINDOW_DAYS before the probation ends and closes the day before. */
function conversionWindowStart(s: LoadedSubject): string | null {
  const endsOn = s.dates?.probationEndsOn;
  return endsOn ? addDays(endsOn, -CONVERSION_WINDOW_DAYS) : null;
}
