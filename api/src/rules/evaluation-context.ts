import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { addDays, Period, periodGrid, semesterPeriod, yearOf } from "../common/periods";
import { semestersOfCollege, vacationMonthsOfCollege } from "../calendar/calendar.service";
import type { Semester } from "../calendar/semester.entity";
import { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import type { FactCache } from "./fact-cache";
import type { PeriodJudgement } from "./finding";
import { ParameterVersion, paramsInForce, versionOf } from "./rule-parameters";
import { Rulebook, RULEBOOK } from "./rulebook";
import type { AppliedSetting, LoadedSubject, RuleBase, RuleDefinition, RuleParams, SettingKey } from "./rule.types";
import { subjectPeriods } from "./subject-periods";

export interface UnitRow {
  id: string;
  kind: OrgUnitKind;
  branchKind: BranchKind | null;
  name: string;
  fullName: string;
  parentId: string | null;
  /** A general branch of a secondary college (it has faculty or student branches). */
  secondaryCollege: boolean;
}

interface UnitQueryRow {
  id: string;
  kind: OrgUnitKind;
  branch_kind: BranchKind | null;
  name: string;
  parent_id: string | null;
  parent_kind: OrgUnitKind | null;
  parent_name: string | null;
  secondary: boolean;
}

/** What the context reads; a write to any of them reloads it. */
export const CONTEXT_SOURCES = [
  "org_unit",
  "semester",
  "vacation_month_setting",
  "compliance_setting",
  "rule_parameter",
  "funding_setting",
];

/**
 * Everything an evaluation needs besides the facts, loaded once: the subtree's units, the period grid, the calendar, the settings, and the rulebook's parameter versions.
 */
export class EvaluationContext {
  private readonly yearSettings = new Map<number, { rebateShare: string | null; retireesAsFaculty: boolean }>();
  private semesters: Semester[] = [];
  private vacation = new Map<string, number[]>();
  private complianceSettings = new Map<string, unknown>();
  private parameters: ParameterVersion[] = [];
  units: UnitRow[] = [];
  private unitsById = new Map<string, UnitRow>();
  /** A digest of the subtree (names included), calendar, settings and rule numbers loaded: judged findings are kept per digest. */
  contextDigest = "";

  constructor(
    readonly em: EntityManager,
    readonly collegeId: string,
    readonly rootUnitId: string,
    readonly from: string,
    readonly to: string,
    readonly asOf: string,
    /** Where facts computed for earlier requests are kept (fact-cache.ts). */
    readonly cache: FactCache,
    /** The rules, guards and fact families evaluated (tests add their own). */
    readonly rulebook: Rulebook = RULEBOOK,
  ) {}

  async load(): Promise<this> {
    const loaded = await this.cache.get(`context|${this.collegeId}|${this.rootUnitId}`, CONTEXT_SOURCES, null, () => this.query());
    const [units, semesters, vacation, settings, parameters, funding] = loaded;
    this.units = units.map((u) => ({
      id: u.id,
      kind: u.kind,
      branchKind: u.branch_kind,
      name: u.name,
      fullName:
        u.kind === OrgUnitKind.BRANCH &&
        u.parent_kind === OrgUnitKind.GENERAL_BRANCH &&
        !String(u.name).startsWith(String(u.parent_name).replace(/党总支$/, ""))
          ? `${String(u.parent_name).replace(/党总支$/, "")}${u.name}`
          : u.name,
      parentId: u.parent_id,
      secondaryCollege: Boolean(u.secondary),
    }));
    this.unitsById = new Map(this.units.map((u) => [u.id, u]));
    this.contextDigest = createHash("sha1")
      .update(
        JSON.stringify([
          this.units,
          semesters.map((x: Semester) => [x.id, x.startsOn, x.endsOn, x.academicYear]),
          [...vacation.entries()].map(([k, v]) => [k, v.months]),
          settings,
          parameters,
          funding,
        ]),
      )
      .digest("hex");
    this.semesters = semesters;
    for (const [kind, setting] of vacation) this.vacation.set(kind, setting.months);
    for (const s of settings) this.complianceSettings.set(s.key, s.value);
    this.parameters = parameters.map(versionOf);
    for (const f of funding)
      this.yearSettings.set(Number(f.year), { rebateShare: f.rebate_share, retireesAsFaculty: f.retirees_as_faculty });
    return this;
  }

  /** The subtree, calendar, settings and rule numbers: kept between requests until one of their tables changes. */
  private query() {
    return Promise.all([
      this.em.query(
        `SELECT u.id, u.kind, u.branch_kind, u.name, u.parent_id, p.kind AS parent_kind, p.name AS parent_name,
                EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.branch_kind IN ('FACULTY','STUDENT') AND c.archived_at IS NULL) AS secondary
           FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
          WHERE u.path @> ARRAY[$1::uuid] AND u.archived_at IS NULL
          ORDER BY cardinality(u.path), u.sort_order, u.name`,
        [this.rootUnitId],
      ) as Promise<UnitQueryRow[]>,
      semestersOfCollege(this.em, this.collegeId),
      vacationMonthsOfCollege(this.em, this.collegeId),
      this.em.query(`SELECT key, value FROM compliance_setting WHERE college_id = $1`, [this.collegeId]) as Promise<
        Array<{ key: string; value: unknown }>
      >,
      this.em.query(
        `SELECT rule_code, effective_from::text, params, note FROM rule_parameter WHERE college_id = $1 ORDER BY effective_from`,
        [this.collegeId],
      ) as Promise<Array<{ rule_code: string; effective_from: string; params: RuleParams; note: string | null }>>,
      this.em.query(`SELECT year, rebate_share::text, retirees_as_faculty FROM funding_setting WHERE college_id = $1`, [
        this.collegeId,
      ]) as Promise<Array<{ year: number; rebate_share: string | null; retirees_as_faculty: boolean }>>,
    ]);
  }

  unit(id: string): UnitRow | undefined {
    return this.unitsById.get(id);
  }

  /**
   * The periods of a rule overlapping [from, to]; a snapshot rule has one: the year of `asOf` (or
   * `to`); a subject-dated rule has its subject's own (none without a subject).
   */
  periodsFor(rule: Pick<RuleDefinition, "period">, subject?: LoadedSubject): Period[] {
    const period = rule.period;
    if (period.kind === "snapshot") return [yearOf(this.snapshotDate)];
    if (period.kind === "subject") return subject ? subjectPeriods(period, subject, this.from, this.to) : [];
    if (period.every === "ACADEMIC_YEAR") return this.academicYears();
    return periodGrid(this.from, this.to, this.semesters, [period.every]);
  }

  /** State-of-the-moment rules look at the end of the range, or today if that comes first. */
  get snapshotDate(): string {
    return this.to < this.asOf ? this.to : this.asOf;
  }

  private academicYears(): Period[] {
    const byYear = new Map<string, Semester[]>();
    for (const s of this.semesters) byYear.set(s.academicYear, [...(byYear.get(s.academicYear) ?? []), s]);
    return [...byYear.entries()]
      .map(([label, terms]) => {
        const start = terms.map((t) => t.startsOn).sort()[0];
        const end = terms
          .map((t) => t.endsOn)
          .sort()
          .at(-1)!;
        return { kind: "YEAR" as const, key: label, start, end, label: `${label}学年` };
      })
      .filter((p) => p.start <= this.to && p.end >= this.from)
      .sort((a, b) => (a.start < b.start ? -1 : 1));
  }

  semesterPeriods(): Period[] {
    return this.semesters.map(semesterPeriod);
  }

  /** A period is over once its last day (plus any grace) has passed. Asked per rule, period and unit kind: no date arithmetic without grace. */
  isOver(period: Period, graceDays = 0): boolean {
    return (graceDays ? addDays(period.end, graceDays) : period.end) < this.asOf;
  }

  /** How a rule judges a period: its numbers then, whether the period is over, the settings shown. */
  judgement(rule: RuleDefinition, period: Period, unit: UnitRow | undefined): PeriodJudgement {
    const { params, override } = this.paramsFor(rule, period);
    const periodOver = rule.period.kind === "snapshot" || this.isOver(period, params.graceDays ?? 0);
    const settings = this.appliedSettings(rule, unit, period);
    const values: Partial<Record<SettingKey, string>> = {};
    for (const setting of settings) values[setting.key] = setting.value;
    return { rule, period, params, override, periodOver, settings, values };
  }

  /** The rule's numbers in force for a period: the latest committee override effective by its start. */
  paramsFor(rule: RuleBase, period: Pick<Period, "start">): { params: RuleParams; override: ParameterVersion | null } {
    return paramsInForce(rule, this.parameters, period.start);
  }

  vacationMonths(branchKind: BranchKind | null): number[] {
    return branchKind ? (this.vacation.get(branchKind) ?? []) : [];
  }

  hourFloorsBindRetirees(): boolean {
    return this.complianceSettings.get("HOUR_FLOORS_BIND_RETIREES") === true;
  }

  silentUnitDays(): number {
    const value = this.complianceSettings.get("SILENT_UNIT_DAYS");
    return typeof value === "number" && value > 0 ? value : 30;
  }

  retireesAsFaculty(year: number): boolean {
    return this.yearSettings.get(year)?.retireesAsFaculty ?? true;
  }

  rebateShare(year: number): string | null {
    return this.yearSettings.get(year)?.rebateShare ?? null;
  }

  /** How each setting a rule depends on reads for a unit and period, for the finding. */
  appliedSettings(rule: RuleDefinition, unit: UnitRow | undefined, period: Period): AppliedSetting[] {
    const year = Number(period.start.slice(0, 4));
    return (rule.settings ?? []).map((key): AppliedSetting => {
      switch (key) {
        case "VACATION_MONTHS": {
          const kind = unit?.branchKind ?? BranchKind.STUDENT;
          const months = this.vacationMonths(kind);
          return {
            key,
            value: months.join(","),
            label: `${kind} 支部假期月份：${months.length ? months.map((m) => `${m}月`).join("、") : "无"}`,
          };
        }
        case "HOUR_FLOORS_BIND_RETIREES":
          return {
            key,
            value: String(this.hourFloorsBindRetirees()),
            label: `学时要求${this.hourFloorsBindRetirees() ? "适用" : "不适用"}于离退休党员`,
          };
        case "RETIREES_AS_FACULTY":
          return {
            key,
            value: String(this.retireesAsFaculty(year)),
            label: `${year}年离退休党员${this.retireesAsFaculty(year) ? "按" : "不按"}教职工计算经费`,
          };
        case "REBATE_SHARE": {
          const share = this.rebateShare(year);
          return { key, value: share ?? "", label: share === null ? `${year}年党费返还比例未设定` : `${year}年党费返还比例 ${share}` };
        }
        case "SILENT_UNIT_DAYS":
          return { key, value: String(this.silentUnitDays()), label: `连续 ${this.silentUnitDays()} 天无活动视为“沉寂”` };
      }
    });
  }
}
