import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { memberIdInScope, pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import {
  archiveRecord,
  createRecord,
  frozenOnceArchived,
  lockRecord,
  pageOf,
  patchRecord,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { lockInScope, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoom } from "../room/activity-room.entity";
import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import { AttendanceStatus } from "./activity.enums";
import { GuestAttendance } from "./activity.types";
import { hoursText, hundredths } from "./hours";
import type {
  ActivityFilter,
  ArchiveActivityInput,
  AttendanceInput,
  ConfirmGuestAttendanceInput,
  CreateActivityInput,
  SetActivityAttendanceInput,
  UpdateActivityInput,
} from "./inputs/activity.inputs";

const TYPE = "Activity";
/** Longer than this is a typo; a week of 三下乡 fits well inside. */
const MAX_DURATION_DAYS = 31;
/** Fields an update may clear with an explicit null. */
const NULLABLE_FIELDS = ["roomId", "place", "summary"];

const ATTENDANCE = "ActivityAttendance";

/** An activity is its host unit's: in scope when the host is; archived, it no longer changes. */
const ACTIVITY = {
  entity: Activity,
  typeName: TYPE,
  inScope: (ctx: RequestContext, a: Activity) => unitIdInScope(ctx, a.hostUnitId),
  frozen: frozenOnceArchived<Activity>((a) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `活动“${a.topic}”已归档，不能再修改`)),
  // hours and the day an activity is held on come back as the database stores them
  reread: true,
} satisfies RecordKind<Activity>;

type AttendanceSnapshot = Array<{
  memberId: string;
  status: AttendanceStatus;
  reason: string | null;
  isGuest: boolean;
  confirmed: boolean;
}>;
/** Per listed member: whether their home unit lies in the caller's scope (their row counts at once). */
type Attendees = Map<string, boolean>;

/*
 * Guests from outside the caller's scope (issue 11). A secretary may list any member of the
 * college as a guest (列席) of their own unit's activity, but must not change the records or
 * compliance of members outside their scope. So a row is written confirmed (counting at once) only
 * when the member's home unit lies in the caller's scope; otherwise it is recorded unconfirmed and
 * credits nothing — no hours, nothing in the compliance facts (the credit triggers and views read
 * only confirmed rows: migration guest-attendance-confirmation) — until a secretary whose scope holds
 * the member's own unit confirms it (confirmGuestAttendance). A later change by someone outside the
 * member's scope to what the row credits — its status or reason, or the activity's hours or date —
 * sends it back to unconfirmed. Withdrawing (dropping the row, archiving the activity) needs no
 * confirmation: a host may always take back its own record, never add to someone else's.
 */

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
  const qb = rowsInScope(ctx, Activity, "a", "u.id = a.host_unit_id", filter.unitId);
  if (filter.types?.length) qb.andWhere("a.type IN (:...types)", { types: filter.types });
  if (filter.from) qb.andWhere("a.held_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("a.held_on <= :to", { to: filter.to });
  if (filter.topicContains) qb.andWhere("a.topic ILIKE :topic", { topic: `%${escapeLike(filter.topicContains)}%` });
  if (!filter.includeArchived) qb.andWhere("a.archived_at IS NULL");
  qb.orderBy("a.starts_at", "DESC").addOrderBy("a.id", "ASC");
  return pageOf(qb, page);
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
    place: textOrNull(fields.place),
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
  if (activity.roomId) await checkRoomUsable(ctx, activity);
  const attendees = await checkAttendees(ctx, host, attendance, new Map());
  if (attendees instanceof Refusal) return attendees;

  return createRecord(ctx, ACTIVITY, "createActivity", activity, async (saved) => {
    await writeAttendance(ctx, saved, attendance, attendees);
    return { attendance: await currentAttendance(ctx, saved.id) };
  });
}

export function update(ctx: RequestContext, input: UpdateActivityInput): Promise<Activity | Refusal> {
  return patchRecord(ctx, ACTIVITY, "updateActivity", input, {
    nullable: NULLABLE_FIELDS,
    check: async (activity, before) => {
      const errors = await checkActivity(ctx, activity);
      if (Object.keys(errors).length) throw badInput(errors);
      // A room newly chosen, or kept for another day, must be one the caller may use on that day.
      if (
        activity.roomId &&
        (activity.roomId !== before.roomId || activity.startsAt.getTime() !== new Date(before.startsAt as Date).getTime())
      ) {
        await checkRoomUsable(ctx, activity);
      }
    },
    // What a row credits changed: guests from outside the caller's scope must confirm again.
    then: async (after, before) => {
      const creditChanged = (["heldOn", "educationHours", "integrityHours"] as const).some((k) => String(before[k]) !== String(after[k]));
      const unconfirmed = creditChanged ? await unconfirmOutsiders(ctx, after.id) : [];
      return unconfirmed.length ? { unconfirmedGuests: unconfirmed } : undefined;
    },
  });
}

/** Replaces the whole attendance list (who was there, who was excused and why); audited before/after. */
export async function setAttendance(ctx: RequestContext, input: SetActivityAttendanceInput): Promise<Activity | Refusal> {
  const activity = await lockRecord(ctx, ACTIVITY, input.activityId, input.version);
  const frozen = ACTIVITY.frozen(activity);
  if (frozen) return frozen;
  const host = await ctx.em.findOneByOrFail(OrgUnit, { id: activity.hostUnitId });
  const errors: FieldErrors = {};
  checkAttendanceShape(input.attendance, errors);
  if (Object.keys(errors).length) throw badInput(errors);
  const previous = await currentAttendance(ctx, activity.id);
  const attendees = await checkAttendees(ctx, host, input.attendance, new Map(previous.map((p) => [p.memberId, p.isGuest])));
  if (attendees instanceof Refusal) return attendees;
  await writeAttendance(ctx, activity, input.attendance, attendees);
  const after = await currentAttendance(ctx, activity.id);
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
export function archive(ctx: RequestContext, input: ArchiveActivityInput): Promise<Activity | Refusal> {
  return archiveRecord(ctx, ACTIVITY, "archiveActivity", input);
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
  return pageOf(qb, page);
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
    if (!room || room.collegeId !== a.collegeId) throw notFound("ActivityRoom", a.roomId);
    if (room.archivedAt) errors.roomId = [`活动室“${room.name}”已停用`];
  }
  return errors;
}

/**
 * A room may be booked only if the caller may use it (issue 11): owned by a unit in the caller's
 * scope, or shared with one (an ActivityRoomUser link) on the activity's day. A room the caller
 * cannot see at all reads as not found, like any id outside the scope; a room they can see, shared
 * with them only at other times, is a field error.
 */
async function checkRoomUsable(ctx: RequestContext, a: Activity): Promise<void> {
  const allowed = ctx.scope.unitIds;
  if (allowed === null) return;
  const [room]: Array<{ name: string; owned: boolean; shared_ever: boolean; shared_then: boolean }> = await ctx.em.query(
    `SELECT r.name, owner.path && $2::uuid[] AS owned,
            EXISTS (SELECT 1 FROM activity_room_user ru JOIN org_unit u ON u.id = ru.unit_id
                     WHERE ru.room_id = r.id AND u.path && $2::uuid[]) AS shared_ever,
            EXISTS (SELECT 1 FROM activity_room_user ru JOIN org_unit u ON u.id = ru.unit_id
                     WHERE ru.room_id = r.id AND u.path && $2::uuid[]
                       AND ru.since <= ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date
                       AND (ru.until IS NULL OR ru.until >= ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)) AS shared_then
       FROM activity_room r JOIN org_unit owner ON owner.id = r.owner_unit_id
      WHERE r.id = $1`,
    [a.roomId, allowed, a.startsAt],
  );
  if (!room || !(room.owned || room.shared_ever)) throw notFound("ActivityRoom", a.roomId!);
  if (!room.owned && !room.shared_then) throw badInput({ roomId: [`活动室“${room.name}”在活动当天未与本组织共用`] });
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
 * already on this activity's list keeps their place even if they have moved branch since. A guest
 * may come from any unit of the college (counting only once confirmed, see above); an unknown id,
 * or a non-guest outside the caller's scope, reads as not found — a refusal names only members the
 * caller may see. Returns, per member, whether they lie in the caller's scope.
 */
async function checkAttendees(
  ctx: RequestContext,
  host: OrgUnit,
  list: AttendanceInput[],
  previous: Map<string, boolean>,
): Promise<Attendees | Refusal> {
  if (!list.length) return new Map();
  // Where each attendee belongs, whether or not the caller may read them (a guest from another
  // branch): member_homes gives the college and home unit and nothing else (migration row-level-security).
  const rows: Array<{ id: string; name: string | null; college_id: string; path: string[] }> = await ctx.em.query(
    `SELECT h.id, m.name, h.college_id, h.path FROM member_homes($1::uuid[]) h LEFT JOIN member m ON m.id = h.id`,
    [list.map((r) => r.memberId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inScope: Attendees = new Map(rows.map((r) => [r.id, pathInScope(ctx, r.path)]));
  for (const row of list) {
    const m = byId.get(row.memberId);
    if (!m || m.college_id !== host.collegeId) throw notFound("Member", row.memberId);
  }
  const outsiders = list.filter(
    (row) => !row.isGuest && previous.get(row.memberId) !== false && !byId.get(row.memberId)!.path.includes(host.id),
  );
  if (!outsiders.length) return inScope;
  const unseen = outsiders.find((r) => !inScope.get(r.memberId));
  if (unseen) throw notFound("Member", unseen.memberId);
  const names = outsiders.map((r) => byId.get(r.memberId)!.name).join("、");
  return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${names}不是“${host.name}”的党员；如为列席，请标记为列席（isGuest）`, {
    field: "attendance",
  });
}

async function currentAttendance(ctx: RequestContext, activityId: string): Promise<AttendanceSnapshot> {
  const rows = await ctx.em.find(ActivityAttendance, { where: { activityId }, order: { memberId: "ASC" } });
  return rows.map((r) => ({
    memberId: r.memberId,
    status: r.status,
    reason: r.reason,
    isGuest: r.isGuest,
    confirmed: r.confirmedAt !== null,
  }));
}

/**
 * Makes the stored list equal to `list` in two statements. A new or changed row of a member in the
 * caller's scope is confirmed by the caller; of a member outside it, left to be confirmed; an
 * unchanged row keeps its confirmation.
 */
async function writeAttendance(ctx: RequestContext, activity: Activity, list: AttendanceInput[], attendees: Attendees): Promise<void> {
  const rows = list.map((r) => ({
    memberId: r.memberId,
    status: r.status,
    reason: r.reason?.trim() || null,
    isGuest: r.isGuest ?? false,
    confirmed: attendees.get(r.memberId) === true,
  }));
  await ctx.em.query(`DELETE FROM activity_attendance WHERE activity_id = $1 AND NOT (member_id = ANY($2::uuid[]))`, [
    activity.id,
    rows.map((r) => r.memberId),
  ]);
  if (rows.length) {
    await ctx.em.query(
      `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, reason, is_guest, confirmed_at, confirmed_by)
       SELECT $1, $2, r.member_id, r.status::attendance_status, r.reason, r.is_guest,
              CASE WHEN r.confirmed THEN now() END, CASE WHEN r.confirmed THEN $8::uuid END
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::boolean[], $7::boolean[]) AS r(member_id, status, reason, is_guest, confirmed)
       ON CONFLICT (activity_id, member_id) DO UPDATE
          SET status = excluded.status, reason = excluded.reason, is_guest = excluded.is_guest,
              confirmed_at = excluded.confirmed_at, confirmed_by = excluded.confirmed_by,
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
        rows.map((r) => r.confirmed),
        ctx.user.id,
      ],
    );
  }
}

/**
 * Sends the confirmed rows of an activity's members outside the caller's scope back to awaiting
 * confirmation (what they credit changed); returns their member ids for the audit.
 */
async function unconfirmOutsiders(ctx: RequestContext, activityId: string): Promise<string[]> {
  const allowed = ctx.scope.unitIds;
  if (allowed === null) return [];
  // Outside = not among the members in scope (so the statement needs to read only those). An UPDATE answers [rows, count].
  const [rows]: [Array<{ member_id: string }>, number] = await ctx.em.query(
    `UPDATE activity_attendance at SET confirmed_at = NULL, confirmed_by = NULL, updated_at = now(), version = at.version + 1
      WHERE at.activity_id = $1 AND at.confirmed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM member m JOIN org_unit home ON home.id = coalesce(m.group_id, m.branch_id)
                         WHERE m.id = at.member_id AND home.path && $2::uuid[])
      RETURNING at.member_id`,
    [activityId, allowed],
  );
  return rows.map((r) => r.member_id).sort();
}

/**
 * A secretary whose scope holds the guest's own unit confirms their attendance at another unit's
 * activity: from then on it counts for their hours and compliance. Anyone else — the host's
 * secretary included — gets NOT_FOUND, as for any record outside their scope.
 */
export async function confirmGuestAttendance(
  ctx: RequestContext,
  input: ConfirmGuestAttendanceInput,
): Promise<ActivityAttendance | Refusal> {
  const ofGuest = (r: ActivityAttendance) => memberIdInScope(ctx, r.memberId);
  const seen = isId(input.id) ? await ctx.em.findOneBy(ActivityAttendance, { id: input.id }) : null;
  if (!seen || !(await ofGuest(seen))) throw notFound(ATTENDANCE, input.id);
  // Lock order as setActivityAttendance's (the activity, then its rows), so the two never deadlock.
  await ctx.em.query(`SELECT 1 FROM activity WHERE id = $1 FOR SHARE`, [seen.activityId]);
  const row = await lockInScope(ctx, ActivityAttendance, ATTENDANCE, input.id, ofGuest, input.version);
  const activity = await ctx.em.findOneByOrFail(Activity, { id: row.activityId });
  if (activity.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `活动“${activity.topic}”已归档，无需确认`);
  if (row.confirmedAt) return Refusal.of(RefusalCode.ALREADY_CONFIRMED, `该出勤已于 ${row.confirmedAt.toISOString()} 确认`);
  const before = snapshot(row);
  await ctx.em.query(
    `UPDATE activity_attendance SET confirmed_at = now(), confirmed_by = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
    [row.id, ctx.user.id],
  );
  const after = await ctx.em.findOneByOrFail(ActivityAttendance, { id: row.id });
  await audit(ctx, {
    operation: "confirmGuestAttendance",
    entityType: ATTENDANCE,
    entityId: row.id,
    collegeId: row.collegeId,
    before,
    after,
  });
  return after;
}

/**
 * Attendance of members in the caller's scope (and under `unitId`, if given) at live activities,
 * awaiting their confirmation, newest activity first — with what the confirming secretary needs to
 * judge it: the activity's topic, type, day, hours and host unit's name.
 */
export async function guestAttendanceToConfirm(
  ctx: RequestContext,
  unitId: string | undefined,
  page: PageArgs,
): Promise<Page<GuestAttendance>> {
  const allowed = ctx.scope.unitIds;
  const rows: Array<Record<string, string | number>> = await ctx.em.query(
    `SELECT at.id, at.version, at.member_id, m.name AS member_name, at.status::text AS status, a.id AS activity_id, a.topic,
            a.type::text AS type, a.held_on::text AS held_on, a.education_hours::text AS education_hours,
            a.integrity_hours::text AS integrity_hours, host.name AS host_name, count(*) OVER ()::int AS total
       FROM activity_attendance at
       JOIN activity a ON a.id = at.activity_id AND a.archived_at IS NULL
       JOIN org_unit host ON host.id = a.host_unit_id
       JOIN member m ON m.id = at.member_id
       JOIN org_unit home ON home.id = coalesce(m.group_id, m.branch_id)
      WHERE at.confirmed_at IS NULL
        AND ($1::uuid[] IS NULL OR home.path && $1::uuid[])
        AND ($2::uuid IS NULL OR home.path @> ARRAY[$2::uuid])
      ORDER BY a.starts_at DESC, at.id
      LIMIT $3 OFFSET $4`,
    [allowed, unitId && isId(unitId) ? unitId : unitId ? NIL_ID : null, page.first, page.offset],
  );
  return {
    totalCount: rows.length ? Number(rows[0].total) : 0,
    items: rows.map((r) =>
      Object.assign(new GuestAttendance(), {
        id: r.id,
        version: r.version,
        memberId: r.member_id,
        memberName: r.member_name,
        status: r.status,
        activityId: r.activity_id,
        activityTopic: r.topic,
        activityType: r.type,
        heldOn: r.held_on,
        educationHours: r.education_hours,
        integrityHours: r.integrity_hours,
        hostUnitName: r.host_name,
      }),
    ),
  };
}

const NIL_ID = "00000000-0000-0000-0000-000000000000";
