import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, scopeCondition } from "../common/scope";
import { escapeLike } from "../common/sql";
import { lockVersioned, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoom } from "../room/activity-room.entity";
import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import { AttendanceStatus } from "./activity.enums";
import { hoursText, hundredths } from "./hours";
import type {
  ActivityFilter,
  ArchiveActivityInput,
  AttendanceInput,
  CreateActivityInput,
  SetActivityAttendanceInput,
  UpdateActivityInput,
} from "./inputs/activity.inputs";

const TYPE = "Activity";
/** Longer than this is a typo; a week of 三下乡 fits well inside. */
const MAX_DURATION_DAYS = 31;
/** Fields an update may clear with an explicit null. */
const NULLABLE_FIELDS = ["roomId", "place", "summary"];

type AttendanceSnapshot = Array<{ memberId: string; status: AttendanceStatus; reason: string | null; isGuest: boolean }>;

/** An activity the request may see (its host unit in scope), or null. */
export async function findOne(ctx: RequestContext, id: string): Promise<Activity | null> {
  if (!isId(id)) return null;
  const activity = await ctx.loaders.activity.load(id);
  if (!activity) return null;
  const host = await ctx.loaders.orgUnit.load(activity.hostUnitId);
  return host && pathInScope(ctx, host.path) ? activity : null;
}

export async function list(ctx: RequestContext, filter: ActivityFilter = {}, page: PageArgs): Promise<Page<Activity>> {
  if (filter.from && filter.to && filter.to < filter.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  const scope = scopeCondition(ctx, "host.path");
  const qb = ctx.em
    .createQueryBuilder(Activity, "a")
    .innerJoin(OrgUnit, "host", "host.id = a.host_unit_id")
    .where(scope.sql, scope.params);
  if (filter.unitId) qb.andWhere("host.path @> ARRAY[:unitId]::uuid[]", { unitId: filter.unitId });
  if (filter.types?.length) qb.andWhere("a.type IN (:...types)", { types: filter.types });
  if (filter.from) qb.andWhere("a.held_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("a.held_on <= :to", { to: filter.to });
  if (filter.topicContains) qb.andWhere("a.topic ILIKE :topic", { topic: `%${escapeLike(filter.topicContains)}%` });
  if (!filter.includeArchived) qb.andWhere("a.archived_at IS NULL");
  qb.orderBy("a.starts_at", "DESC").addOrderBy("a.id", "ASC");
  // The joins are one-to-one: plain OFFSET/LIMIT, no DISTINCT pre-query.
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

export async function create(ctx: RequestContext, input: CreateActivityInput): Promise<Activity | Refusal> {
  const host = await hostInScope(ctx, input.hostUnitId);
  if (host.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${host.name}”已撤销，不能再登记活动`, { field: "hostUnitId" });
  const { hostUnitId: _h, attendance: _a, ...fields } = input;
  const activity = ctx.em.create(Activity, {
    collegeId: host.collegeId,
    hostUnitId: host.id,
    type: input.type,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    roomId: fields.roomId ?? null,
    place: fields.place?.trim() || null,
    isOnline: fields.isOnline ?? false,
    topic: input.topic.trim(),
    summary: fields.summary ?? null,
    educationHours: fields.educationHours ?? "0",
    integrityHours: fields.integrityHours ?? "0",
    forCadres: fields.forCadres ?? false,
    archivedAt: null,
    archiveReason: null,
  });
  const errors = await checkActivity(ctx, activity);
  const attendance = input.attendance ?? [];
  checkAttendanceShape(attendance, errors);
  if (Object.keys(errors).length) throw badInput(errors);
  const refusal = await checkAttendees(ctx, host, attendance, new Map());
  if (refusal) return refusal;

  const saved = await ctx.em.save(activity);
  const after = await writeAttendance(ctx, saved, attendance);
  const reloaded = await ctx.em.findOneByOrFail(Activity, { id: saved.id });
  await audit(ctx, { operation: "createActivity", entityType: TYPE, entityId: saved.id, collegeId: saved.collegeId, after: { ...reloaded, attendance: after } });
  return reloaded;
}

export async function update(ctx: RequestContext, input: UpdateActivityInput): Promise<Activity | Refusal> {
  const { activity } = await lockInScope(ctx, input.id, input.version);
  if (activity.archivedAt) return archived(activity);
  const before = snapshot(activity);
  const { id: _id, version: _v, ...fields } = input;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null && !NULLABLE_FIELDS.includes(key)) throw badInput({ [key]: ["不能为空"] });
    const text = typeof value === "string" ? value.trim() : value;
    (activity as never as Record<string, unknown>)[key] = text === "" && NULLABLE_FIELDS.includes(key) ? null : text;
  }
  const errors = await checkActivity(ctx, activity);
  if (Object.keys(errors).length) throw badInput(errors);
  await ctx.em.save(activity);
  const after = await ctx.em.findOneByOrFail(Activity, { id: activity.id });
  await audit(ctx, { operation: "updateActivity", entityType: TYPE, entityId: activity.id, collegeId: activity.collegeId, before, after });
  return after;
}

/** Replaces the whole attendance list (who was there, who was excused and why); audited before/after. */
export async function setAttendance(ctx: RequestContext, input: SetActivityAttendanceInput): Promise<Activity | Refusal> {
  const { activity, host } = await lockInScope(ctx, input.activityId, input.version);
  if (activity.archivedAt) return archived(activity);
  const errors: FieldErrors = {};
  checkAttendanceShape(input.attendance, errors);
  if (Object.keys(errors).length) throw badInput(errors);
  const previous = await currentAttendance(ctx, activity.id);
  const refusal = await checkAttendees(ctx, host, input.attendance, new Map(previous.map((p) => [p.memberId, p.isGuest])));
  if (refusal) return refusal;
  const after = await writeAttendance(ctx, activity, input.attendance);
  await ctx.em.query(`UPDATE activity SET version = version + 1, updated_at = now() WHERE id = $1`, [activity.id]);
  await audit(ctx, {
    operation: "setActivityAttendance",
    entityType: TYPE,
    entityId: activity.id,
    collegeId: activity.collegeId,
    before: { attendance: previous },
    after: { attendance: after },
  });
  return ctx.em.findOneByOrFail(Activity, { id: activity.id });
}

/** Activities are never deleted: archiving takes one out of lists, counts and hours, with a reason. */
export async function archive(ctx: RequestContext, input: ArchiveActivityInput): Promise<Activity | Refusal> {
  const { activity } = await lockInScope(ctx, input.id, input.version);
  if (activity.archivedAt) return archived(activity);
  const before = snapshot(activity);
  activity.archivedAt = new Date();
  activity.archiveReason = input.reason.trim();
  await ctx.em.save(activity);
  const after = await ctx.em.findOneByOrFail(Activity, { id: activity.id });
  await audit(ctx, { operation: "archiveActivity", entityType: TYPE, entityId: activity.id, collegeId: activity.collegeId, before, after });
  return after;
}

/** One member's attendance records, newest activity first. */
export async function attendanceOfMember(
  ctx: RequestContext,
  memberId: string,
  from: string | undefined,
  to: string | undefined,
  page: PageArgs,
): Promise<Page<ActivityAttendance>> {
  await memberInScope(ctx, memberId);
  const qb = ctx.em
    .createQueryBuilder(ActivityAttendance, "at")
    .innerJoin(Activity, "a", "a.id = at.activity_id")
    .where("at.member_id = :memberId AND a.archived_at IS NULL", { memberId });
  if (from) qb.andWhere("a.held_on >= :from", { from });
  if (to) qb.andWhere("a.held_on <= :to", { to });
  qb.orderBy("a.starts_at", "DESC").addOrderBy("at.id", "ASC");
  // One attendance row per activity: plain OFFSET/LIMIT (skip/take would wrap the joined sort column).
  const [items, totalCount] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
  return { items, totalCount };
}

/** A member the request may see, or NOT_FOUND. */
export async function memberInScope(ctx: RequestContext, memberId: string): Promise<Member> {
  const member = isId(memberId) ? await ctx.loaders.member.load(memberId) : null;
  const home = member ? await ctx.loaders.orgUnit.load(member.groupId ?? member.branchId) : null;
  if (!member || !home || !pathInScope(ctx, home.path)) throw notFound("Member", memberId);
  return member;
}

async function hostInScope(ctx: RequestContext, id: string): Promise<OrgUnit> {
  const host = await ctx.em.findOneBy(OrgUnit, { id });
  if (!host || !pathInScope(ctx, host.path)) throw notFound("OrgUnit", id);
  return host;
}

async function lockInScope(ctx: RequestContext, id: string, version: number): Promise<{ activity: Activity; host: OrgUnit }> {
  const activity = await lockVersioned(ctx, Activity, TYPE, id, version);
  const host = await ctx.em.findOneByOrFail(OrgUnit, { id: activity.hostUnitId });
  if (!pathInScope(ctx, host.path)) throw notFound(TYPE, id);
  return { activity, host };
}

function archived(activity: Activity): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, `活动“${activity.topic}”已归档，不能再修改`);
}

/** The invariants of an activity's own fields, as field errors (the database CHECKs the same). */
async function checkActivity(ctx: RequestContext, a: Activity): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const durationMs = a.endsAt.getTime() - a.startsAt.getTime();
  if (!(durationMs > 0)) errors.endsAt = ["结束时间应晚于开始时间"];
  else if (durationMs > MAX_DURATION_DAYS * 86_400_000) errors.endsAt = [`活动时长不应超过 ${MAX_DURATION_DAYS} 天`];
  const hours = hundredths(String(a.educationHours), "educationHours", errors);
  const integrity = hundredths(String(a.integrityHours), "integrityHours", errors);
  if (!errors.educationHours && durationMs > 0 && hours * 36_000 > durationMs) {
    errors.educationHours = [`学时不能超过活动时长（${hoursText(Math.floor(durationMs / 36_000))} 小时）`];
  }
  if (!errors.integrityHours && !errors.educationHours && integrity > hours) {
    errors.integrityHours = [`廉政教育学时不能超过教育学时（${hoursText(hours)} 小时）`];
  }
  if (!a.topic?.trim()) errors.topic = ["主题不能为空"];
  if (a.roomId && a.place) errors.place = ["已选择活动室时不再填写其他地点"];
  if (!a.roomId && !a.place && !a.isOnline) errors.place = ["请选择活动室或填写地点（线上活动可不填）"];
  if (a.roomId) {
    const room = isId(a.roomId) ? await ctx.em.findOneBy(ActivityRoom, { id: a.roomId }) : null;
    if (!room || room.collegeId !== a.collegeId) errors.roomId = ["活动室不存在"];
    else if (room.archivedAt) errors.roomId = [`活动室“${room.name}”已停用`];
  }
  return errors;
}

/** What can be checked without the database: duplicates and reasons. */
function checkAttendanceShape(list: AttendanceInput[], errors: FieldErrors): void {
  const seen = new Set<string>();
  list.forEach((row, i) => {
    if (seen.has(row.memberId)) (errors[`attendance.${i}.memberId`] ??= []).push("名单中重复出现");
    seen.add(row.memberId);
    if (row.status === AttendanceStatus.EXCUSED && !row.reason?.trim()) (errors[`attendance.${i}.reason`] ??= []).push("请假须注明原因");
  });
}

/**
 * Attendees must belong to the host unit's subtree unless flagged as guests (列席); a member
 * already on this activity's list keeps their place even if they have moved branch since.
 */
async function checkAttendees(ctx: RequestContext, host: OrgUnit, list: AttendanceInput[], previous: Map<string, boolean>): Promise<Refusal | null> {
  if (!list.length) return null;
  const rows: Array<{ id: string; name: string; college_id: string; path: string[] }> = await ctx.em.query(
    `SELECT m.id, m.name, m.college_id, home.path FROM member m JOIN org_unit home ON home.id = coalesce(m.group_id, m.branch_id)
      WHERE m.id = ANY($1::uuid[])`,
    [list.map((r) => r.memberId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing: FieldErrors = {};
  list.forEach((row, i) => {
    const m = byId.get(row.memberId);
    if (!m || m.college_id !== host.collegeId) missing[`attendance.${i}.memberId`] = ["党员不存在"];
  });
  if (Object.keys(missing).length) throw badInput(missing);
  const outsiders = list.filter((row) => !row.isGuest && previous.get(row.memberId) !== false && !byId.get(row.memberId)!.path.includes(host.id));
  if (!outsiders.length) return null;
  const names = outsiders.map((r) => byId.get(r.memberId)!.name).join("、");
  return Refusal.of(
    RefusalCode.MEMBER_NOT_IN_UNIT,
    `${names}不是“${host.name}”的党员；如为列席，请标记为列席（isGuest）`,
    { field: "attendance" },
  );
}

async function currentAttendance(ctx: RequestContext, activityId: string): Promise<AttendanceSnapshot> {
  const rows = await ctx.em.find(ActivityAttendance, { where: { activityId }, order: { memberId: "ASC" } });
  return rows.map((r) => ({ memberId: r.memberId, status: r.status, reason: r.reason, isGuest: r.isGuest }));
}

/** Makes the stored list equal to `list` in two statements; returns the new list for the audit. */
async function writeAttendance(ctx: RequestContext, activity: Activity, list: AttendanceInput[]): Promise<AttendanceSnapshot> {
  const rows = list.map((r) => ({
    memberId: r.memberId,
    status: r.status,
    reason: r.reason?.trim() || null,
    isGuest: r.isGuest ?? false,
  }));
  await ctx.em.query(`DELETE FROM activity_attendance WHERE activity_id = $1 AND NOT (member_id = ANY($2::uuid[]))`, [
    activity.id,
    rows.map((r) => r.memberId),
  ]);
  if (rows.length) {
    await ctx.em.query(
      `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, reason, is_guest)
       SELECT $1, $2, r.member_id, r.status::attendance_status, r.reason, r.is_guest
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::boolean[]) AS r(member_id, status, reason, is_guest)
       ON CONFLICT (activity_id, member_id) DO UPDATE
          SET status = excluded.status, reason = excluded.reason, is_guest = excluded.is_guest,
              updated_at = now(), version = activity_attendance.version + 1
        WHERE (activity_attendance.status, activity_attendance.reason, activity_attendance.is_guest)
              IS DISTINCT FROM (excluded.status, excluded.reason, excluded.is_guest)`,
      [
        activity.collegeId,
        activity.id,
        rows.map((r) => r.memberId),
        rows.map((r) => r.status),
        rows.map((r) => r.reason),
        rows.map((r) => r.isGuest),
      ],
    );
  }
  return rows.sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
}
