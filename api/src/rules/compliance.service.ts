import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { AppError, badInput, ErrorCode, notFound } from "../common/errors";
import { addDays, daysBetween } from "../common/periods";
import { pathInScope } from "../common/scope";
import * as OrgUnitService from "../org/org-unit.service";
import type { OrgUnit } from "../org/org-unit.entity";
import type { Refusal } from "../common/refusal";
import type {
  ComplianceResult,
  ComplianceSettingResult,
  FindingPageResult,
  RuleWithVersions,
  SilentUnitResult,
  StatusTotals,
} from "./compliance.results";
import { evaluate } from "./evaluator";
import { FindingGroup, pageOf, StatusTally } from "./finding-groups";
import { ParameterVersion, parameterVersions } from "./rule-parameters";
import { RULEBOOK } from "./rulebook";
import { FindingStatus, SOURCE_EFFECTIVE_FROM } from "./rule.types";
import type {
  ComplianceArgs,
  FindingPageArgs,
  PageArgs,
  SetComplianceSettingInput,
  SetRuleParametersInput,
} from "./inputs/compliance.inputs";

/** The longest range one report covers: enough for an assessment cycle, bounded for cost. */
const MAX_RANGE_DAYS = 3 * 366;

/** The rulebook — compliance rules, then guards — with the committee's changes of each one's numbers. */
export async function listRules(ctx: RequestContext): Promise<RuleWithVersions[]> {
  const collegeId = await callerCollege(ctx);
  const versions = collegeId ? await parameterVersions(ctx.em, collegeId) : [];
  return withVersions(versions);
}

function withVersions(versions: ParameterVersion[]): RuleWithVersions[] {
  const of = (code: string) => versions.filter((v) => v.ruleCode === code);
  return [
    ...RULEBOOK.rules.map((rule): RuleWithVersions => ({ kind: "COMPLIANCE", rule, versions: of(rule.code) })),
    ...RULEBOOK.guards.map((rule): RuleWithVersions => ({ kind: "GUARD", rule, versions: of(rule.code) })),
  ];
}

export async function compliance(ctx: RequestContext, args: ComplianceArgs): Promise<ComplianceResult> {
  const unit = await unitInScope(ctx, args.unitId);
  checkReportRange(args);
  const asOf = args.asOf ?? today();
  const request = { collegeId: unit.collegeId, rootUnitId: unit.id, from: args.from, to: args.to, asOf, ruleCodes: args.ruleCodes };
  // Facts are kept between requests and recomputed only where a write touched them (fact-cache.ts);
  // judging them against the rules in force is cheap and done for every report.
  const { groups, ctx: evaluation } = await evaluate(ctx.shared.manager, request);
  const units = new Map(evaluation.units.map((u) => [u.id, u]));
  return {
    unitId: unit.id,
    from: args.from,
    to: args.to,
    asOf,
    totals: counts(groups.map((g) => g.counts)),
    byRule: tallyBy(groups, (g) => g.rule.code).map(([code, c]) => {
      const rule = RULEBOOK.rule(code)!;
      return { ...c, ruleCode: code, family: rule.family, title: rule.title, citation: rule.citation };
    }),
    byUnit: tallyBy(groups, (g) => g.unitId).map(([id, c]) => ({
      ...c,
      unitId: id,
      unitName: units.get(id)?.fullName ?? "",
      unitKind: units.get(id)?.kind ?? "",
    })),
    groups,
    statuses: args.status?.length ? new Set<FindingStatus>(args.status) : null,
  };
}

/** The range and rules of a report (compliance, complianceMatrix): field errors on a wrong one. */
export function checkReportRange(args: { from: string; to: string; ruleCodes?: string[] }): void {
  if (args.to < args.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  if (daysBetween(args.from, args.to) > MAX_RANGE_DAYS) throw badInput({ to: ["一次最多检查三年"] });
  const unknown = (args.ruleCodes ?? []).filter((code) => !RULEBOOK.rule(code));
  if (unknown.length) throw badInput({ ruleCodes: [`没有这些规则：${unknown.join("、")}`] });
}

/** A page of a report's findings, optionally of one rule or one unit; only the page is built. */
export function findingsPage(ctx: RequestContext, report: ComplianceResult, args: FindingPageArgs): Promise<FindingPageResult> {
  const groups = report.groups.filter(
    (g) => (!args.ruleCode || g.rule.code === args.ruleCode) && (!args.unitId || g.unitId === args.unitId),
  );
  return pageOf(ctx.em, groups, report.statuses, args.offset, args.first);
}

/**
 * Obligations whose period ends within `withinDays` and are not met yet, soonest first (then in
 * report order): one page of them — in December every member short of the year's hours is one.
 */
export async function dueSoon(ctx: RequestContext, unitId: string, withinDays: number, page: PageArgs): Promise<FindingPageResult> {
  const unit = await unitInScope(ctx, unitId);
  const asOf = today();
  const until = addDays(asOf, withinDays);
  const { groups } = await evaluate(ctx.shared.manager, { collegeId: unit.collegeId, rootUnitId: unit.id, from: asOf, to: until, asOf });
  // A stable sort: groups ending on the same day keep their report order.
  const due = groups
    .filter((g) => g.counts.PENDING > 0 && g.period.end <= until)
    .sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  return pageOf(ctx.em, due, new Set<FindingStatus>(["PENDING"]), page.offset, page.first);
}

/** Branches and general branches with no recorded activity for `days` days (default: the setting, 30). */
export async function silentUnits(ctx: RequestContext, unitId: string, days: number | undefined): Promise<SilentUnitResult[]> {
  const unit = await unitInScope(ctx, unitId);
  const [setting] = await ctx.em.query(`SELECT value FROM compliance_setting WHERE college_id = $1 AND key = 'SILENT_UNIT_DAYS'`, [
    unit.collegeId,
  ]);
  const threshold = days ?? (typeof setting?.value === "number" ? setting.value : 30);
  const asOf = today();
  const rows: Array<{ id: string; name: string; kind: string; last: string | null }> = await ctx.em.query(
    `SELECT u.id, u.name, u.kind, (SELECT max(a.held_on)::text FROM activity a WHERE a.host_unit_id = u.id AND a.archived_at IS NULL AND a.held_on <= $2::date) AS last
       FROM org_unit u
      WHERE u.path @> ARRAY[$1::uuid] AND u.kind IN ('GENERAL_BRANCH','BRANCH') AND u.archived_at IS NULL
      ORDER BY u.sort_order, u.name`,
    [unit.id, asOf],
  );
  return rows
    .map((r) => ({ ...r, silent: r.last ? daysBetween(r.last, asOf) : null }))
    .filter((r) => r.silent === null || r.silent >= threshold)
    .map((r) => ({
      unitId: r.id,
      unitName: r.name,
      unitKind: r.kind,
      lastActivityOn: r.last,
      daysSilent: r.silent,
      message: r.last ? `${r.name} 自 ${r.last} 以来 ${r.silent} 天没有活动记录（提醒阈值 ${threshold} 天）` : `${r.name} 尚无任何活动记录`,
    }));
}

/** Rules and guards alike: the committee changes a rulebook entry's numbers from a date on. */
export async function setRuleParameters(ctx: RequestContext, input: SetRuleParametersInput): Promise<RuleWithVersions> {
  const rule = RULEBOOK.entry(input.ruleCode);
  const fields: Record<string, string[]> = {};
  // An unknown rule is named together with what else is wrong, so every bad field is answered at once.
  if (!rule) fields.ruleCode = [`没有规则 ${input.ruleCode}`];
  for (const [key, value] of Object.entries(input.params)) {
    if (!rule) {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fields[`params.${key}`] = ["应为不小于 0 的数"];
    } else if (!(key in rule.defaults))
      fields[`params.${key}`] = [`规则 ${rule.code} 没有参数 ${key}（可用：${Object.keys(rule.defaults).join("、")}）`];
    else if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fields[`params.${key}`] = ["应为不小于 0 的数"];
  }
  if (Object.keys(input.params).length === 0) fields.params = ["至少给出一个参数"];
  if (input.effectiveFrom < SOURCE_EFFECTIVE_FROM) fields.effectiveFrom = [`不能早于原文标准的生效日 ${SOURCE_EFFECTIVE_FROM}`];
  if (Object.keys(fields).length || !rule) throw badInput(fields);
  const collegeId = await collegeWide(ctx);
  if (!collegeId) throw collegeWideOnly();
  const [before] = await ctx.em.query(
    `SELECT params FROM rule_parameter WHERE college_id = $1 AND rule_code = $2 AND effective_from = $3`,
    [collegeId, rule.code, input.effectiveFrom],
  );
  await ctx.em.query(
    `INSERT INTO rule_parameter (college_id, rule_code, effective_from, params, note, set_by_id, set_by_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (college_id, rule_code, effective_from)
     DO UPDATE SET params = EXCLUDED.params, note = EXCLUDED.note, set_by_id = EXCLUDED.set_by_id, set_by_label = EXCLUDED.set_by_label,
                   updated_at = now(), version = rule_parameter.version + 1`,
    [collegeId, rule.code, input.effectiveFrom, JSON.stringify(input.params), input.note ?? null, ctx.user.id, ctx.user.label],
  );
  await audit(ctx, {
    operation: "setRuleParameters",
    entityType: "RuleParameter",
    entityId: null,
    collegeId,
    before: before ? { ruleCode: rule.code, effectiveFrom: input.effectiveFrom, params: before.params } : null,
    after: { ruleCode: rule.code, effectiveFrom: input.effectiveFrom, params: input.params, note: input.note ?? null },
  });
  return withVersions(await parameterVersions(ctx.em, collegeId, rule.code)).find((r) => r.rule.code === rule.code)!;
}

/** A setting the source leaves open; refused (nothing written) for a caller whose scope is not a whole college. */
export async function setComplianceSetting(
  ctx: RequestContext,
  input: SetComplianceSettingInput,
): Promise<ComplianceSettingResult | Refusal> {
  const value = input.value.value;
  const valid =
    input.key === "HOUR_FLOORS_BIND_RETIREES"
      ? typeof value === "boolean"
      : Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 365;
  if (!valid)
    throw badInput({ "value.value": [input.key === "HOUR_FLOORS_BIND_RETIREES" ? "应为 true 或 false" : "应为 1–365 的整数天数"] });
  const collegeId = await collegeWide(ctx);
  if (!collegeId) throw collegeWideOnly();
  const [before] = await ctx.em.query(`SELECT value FROM compliance_setting WHERE college_id = $1 AND key = $2`, [collegeId, input.key]);
  const [row]: Array<{ key: string; value: unknown; note: string | null; set_by_label: string; updated_at: Date; version: number }> =
    await ctx.em.query(
      `INSERT INTO compliance_setting (college_id, key, value, note, set_by_id, set_by_label) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (college_id, key) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, set_by_id = EXCLUDED.set_by_id,
       set_by_label = EXCLUDED.set_by_label, updated_at = now(), version = compliance_setting.version + 1
     RETURNING key, value, note, set_by_label, updated_at, version`,
      [collegeId, input.key, JSON.stringify(value), input.note ?? null, ctx.user.id, ctx.user.label],
    );
  await audit(ctx, {
    operation: "setComplianceSetting",
    entityType: "ComplianceSetting",
    entityId: null,
    collegeId,
    before: before ?? null,
    after: { key: input.key, value },
  });
  return {
    key: row.key,
    value: { value: row.value },
    note: row.note,
    setByLabel: row.set_by_label,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function counts(tallies: StatusTally[]): StatusTotals {
  const c = { met: 0, unmet: 0, pending: 0, exempt: 0, total: 0, complianceRate: null as number | null };
  for (const t of tallies) {
    c.met += t.MET;
    c.unmet += t.UNMET;
    c.pending += t.PENDING;
    c.exempt += t.EXEMPT;
  }
  c.total = c.met + c.unmet + c.pending + c.exempt;
  c.complianceRate = c.met + c.unmet ? Math.round((c.met / (c.met + c.unmet)) * 10000) / 10000 : null;
  return c;
}

function tallyBy(groups: FindingGroup[], key: (g: FindingGroup) => string): Array<[string, StatusTotals]> {
  const byKey = new Map<string, StatusTally[]>();
  for (const g of groups) {
    const tallies = byKey.get(key(g));
    if (tallies) tallies.push(g.counts);
    else byKey.set(key(g), [g.counts]);
  }
  return [...byKey.entries()].map(([k, tallies]) => [k, counts(tallies)]);
}

export async function unitInScope(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const unit = await OrgUnitService.findOne(ctx, unitId);
  if (!unit) throw notFound("OrgUnit", unitId);
  return unit;
}

/** Rule numbers and settings are the committee's: anyone else is refused like any other missing right (as calendar writes are). */
const collegeWideOnly = () => new AppError(ErrorCode.FORBIDDEN, "只有全校范围的管理员可以调整规则和设置");

/** Rule numbers and settings are the committee's: the caller's college when its scope is all of it, else null. */
async function collegeWide(ctx: RequestContext): Promise<string | null> {
  const collegeId = await callerCollege(ctx);
  const root = collegeId && (await ctx.loaders.orgUnit.load(collegeId));
  if (!root || !pathInScope(ctx, [root.id]) || (ctx.scope.unitIds !== null && !ctx.scope.unitIds.includes(root.id))) return null;
  return root.id;
}

async function callerCollege(ctx: RequestContext): Promise<string | null> {
  const first = ctx.scope.unitIds?.[0];
  if (first) return (await ctx.loaders.orgUnit.load(first))?.collegeId ?? null;
  const [root] = await ctx.em.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE' ORDER BY created_at LIMIT 1`);
  return root?.id ?? null;
}
