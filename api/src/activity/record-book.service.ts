import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import { Refusal, RefusalCode } from "../common/refusal";
import { createRecord, textOrNull, type RecordKind } from "../common/record-life-cycle";
import { pathInScope, unitIdInScope } from "../common/scope";
import { lockInScope } from "../common/versioned";
import { findSemester } from "../calendar/calendar.service";
import { Semester } from "../calendar/semester.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import { DOCUMENT_RULES } from "../rules/registry/document.rules";
import { Activity } from "./activity.entity";
import { RecordBookHandIn } from "./record-book-hand-in.entity";
import { RecordBook } from "./record-book.types";
import type { RecordBookHandInInput } from "./inputs/record-book.inputs";

/** The written rule a second hand-in runs into: its code and citation from where it is written once. */
const RECORD_BOOK_RULE = DOCUMENT_RULES.find((r) => r.code === "RECORD_BOOK_SEMESTER")!;

/** A hand-in is its branch's. */
const HAND_IN: RecordKind<RecordBookHandIn> = {
  entity: RecordBookHandIn,
  typeName: "RecordBookHandIn",
  inScope: (ctx, h) => unitIdInScope(ctx, h.branchId),
};

/** The branch's 活动记录册 for one semester: its own and its groups' activities in date order, and the hand-in. */
export async function recordBook(ctx: RequestContext, branchId: string, semesterId: string): Promise<RecordBook> {
  const branch = await branchInScope(ctx, branchId, "branchId");
  const semester = isId(semesterId) ? await findSemester(ctx, semesterId) : null;
  if (!semester || semester.collegeId !== branch.collegeId) throw notFound("Semester", semesterId);
  const activities = await ctx.em
    .createQueryBuilder(Activity, "a")
    .innerJoin(OrgUnit, "host", "host.id = a.host_unit_id")
    .where("host.path @> ARRAY[:branchId]::uuid[] AND a.archived_at IS NULL", { branchId: branch.id })
    .andWhere("a.held_on BETWEEN :startsOn AND :endsOn", { startsOn: semester.startsOn, endsOn: semester.endsOn })
    .orderBy("a.starts_at", "ASC")
    .addOrderBy("a.id", "ASC")
    .getMany();
  const handIn = await ctx.em.findOneBy(RecordBookHandIn, { branchId: branch.id, semesterId: semester.id });
  return Object.assign(new RecordBook(), {
    branchId: branch.id,
    semester,
    activities,
    activityCount: activities.length,
    handedIn: !!handIn,
    handIn,
  });
}

/** Records that the branch handed its record book to 组织部; a second hand-in for the same semester is refused. */
export async function handIn(ctx: RequestContext, input: RecordBookHandInInput): Promise<RecordBookHandIn | Refusal> {
  const branch = await branchInScope(ctx, input.branchId, "branchId");
  const semester = await lockInScope(ctx, Semester, "Semester", input.semesterId, (s) => s.collegeId === branch.collegeId);
  const errors: FieldErrors = {};
  if (input.handedInOn < semester.startsOn) errors.handedInOn = [`上交日期不能早于学期开始（${semester.startsOn}）`];
  if (input.handedInOn > today()) errors.handedInOn = ["上交日期不能晚于今天"];
  if (Object.keys(errors).length) throw badInput(errors);
  // The semester row is locked: two concurrent hand-ins for it queue here, the second sees the first.
  const existing = await ctx.em.findOneBy(RecordBookHandIn, { branchId: branch.id, semesterId: semester.id });
  if (existing) {
    return Refusal.of(
      RefusalCode.RECORD_BOOK_ALREADY_HANDED_IN,
      `“${branch.name}”本学期的活动记录册已于 ${existing.handedInOn} 上交（接收人：${existing.receivedBy}）`,
      { ruleCode: RECORD_BOOK_RULE.code, citation: RECORD_BOOK_RULE.citation, field: "semesterId" },
    );
  }
  return createRecord(ctx, HAND_IN, "recordBookHandIn", {
    collegeId: branch.collegeId,
    branchId: branch.id,
    semesterId: semester.id,
    handedInOn: input.handedInOn,
    receivedBy: input.receivedBy.trim(),
    note: textOrNull(input.note),
  });
}

async function branchInScope(ctx: RequestContext, id: string, field: string): Promise<OrgUnit> {
  const unit = isId(id) ? await ctx.loaders.orgUnit.load(id) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", id);
  if (unit.kind !== OrgUnitKind.BRANCH) throw badInput({ [field]: [`“${unit.name}”不是党支部`] });
  return unit;
}
