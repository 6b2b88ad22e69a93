import type { RequestContext } from "../context";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page } from "../common/pagination";
import { pathInScope } from "../common/scope";
import { memberInScope } from "./activity.service";
import { ActivityType, EducationSource, StudyKind } from "./activity.enums";
import { educationCredits, educationHoursOfMembers, educationHoursOfSubtree } from "./education-hours.query";
import { EducationCredit, EducationHoursTotals, MemberEducationHours } from "./education-hours.types";
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
