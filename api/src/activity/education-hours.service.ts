import type { RequestContext } from "../context";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page } from "../common/pagination";
import { pathInScope } from "../common/scope";
import { memberInScope } from "./activity.service";
import { ActivityType, EducationSource, StudyKind } from "./activity.enums";
import { educationCredits, educationHoursDistribution, educationHoursOfMembers, educationHoursOfSubtree } from "./education-hours.query";
import { EducationCredit, EducationHoursDistribution, EducationHoursTotals, MemberEducationHours } from "./education-hours.types";
import type { EducationHoursDistributionArgs } from "./inputs/education-hours-distribution.args";
import type { MemberCategory } from "../member/member.enums";
import type { EducationHoursArgs } from "./inputs/education-hours.args";

/** One member's hours in [from, to]: totals summed in SQL, and the activities and study records behind them. */
export async function memberEducationHours(ctx: RequestContext, memberId: string, from: string, to: string): Promise<MemberEducationHours> {
  checkRange(from, to);
  await memberInScope(ctx, memberId);
  const [totals] = await educationHoursOfMembers(ctx.em, [memberId], from, to);
  const items = await educationCredits(ctx.em, memberId, from, to);
  return Object.assign(new MemberEducationHours(), totals, {
    from,
    to,
    items: items.map((i) =>
      Object.assign(new EducationCredit(), {
        ...i,
        source: i.source as EducationSource,
        activityType: i.activityType as ActivityType | null,
        studyKind: i.studyKind as StudyKind | null,
      }),
    ),
  });
}

/** Per-member totals for a unit's subtree, one SQL statement (page and total count included). */
export async function subtreeEducationHours(ctx: RequestContext, args: EducationHoursArgs): Promise<Page<EducationHoursTotals>> {
  checkRange(args.from, args.to);
  const unit = isId(args.unitId) ? await ctx.loaders.orgUnit.load(args.unitId) : null;
  // A subtree of a unit in scope lies wholly in scope: no per-member check is needed.
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", args.unitId);
  const { rows, totalCount } = await educationHoursOfSubtree(ctx.em, unit.id, args.from, args.to, {
    category: args.category,
    shortestFirst: args.shortestFirst,
    first: args.first,
    offset: args.offset,
  });
  return { items: rows.map((r) => Object.assign(new EducationHoursTotals(), r)), totalCount };
}

export function checkRange(from: string, to: string): void {
  if (to < from) throw badInput({ to: ["结束日期不能早于开始日期"] });
}

/**
 * How a subtree's members' hours are spread, per general branch and category (the dashboard's
 * histogram): one statement. Who is short is `educationHours(shortestFirst: true)`; the share
 * below the floor, judged by the rules' numbers, is `complianceMatrix` over the EDU_* rules.
 */
export async function hoursDistribution(ctx: RequestContext, args: EducationHoursDistributionArgs): Promise<EducationHoursDistribution[]> {
  checkRange(args.from, args.to);
  const unit = isId(args.unitId) ? await ctx.loaders.orgUnit.load(args.unitId) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", args.unitId);
  const rows = await educationHoursDistribution(ctx.em, unit.id, args.from, args.to, args.binHours, args.bins);
  const out = new Map<string, EducationHoursDistribution>();
  for (const row of rows) {
    const key = `${row.unitId}|${row.category}`;
    let item = out.get(key);
    if (!item) {
      item = Object.assign(new EducationHoursDistribution(), {
        unitId: row.unitId,
        unitName: row.unitName,
        category: row.category as MemberCategory,
        members: 0,
        totalBins: new Array<number>(args.bins).fill(0),
        integrityBins: new Array<number>(args.bins).fill(0),
      });
      out.set(key, item);
    }
    if (row.measure === "TOTAL") {
      item.totalBins[row.bin] = row.members;
      item.members += row.members;
    } else item.integrityBins[row.bin] = row.members;
  }
  return [...out.values()];
}
