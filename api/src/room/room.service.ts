import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import { lockInScope, snapshot } from "../common/versioned";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoomUser } from "./activity-room-user.entity";
import { ActivityRoom } from "./activity-room.entity";
import type { ArchiveRoomInput, AssignRoomInput, CreateRoomInput, RoomFilter, UnassignRoomInput, UpdateRoomInput } from "./inputs/room.inputs";

const TYPE = "ActivityRoom";
const USER_TYPE = "ActivityRoomUser";
const NULLABLE_FIELDS = ["location", "note"];
/** numeric(8,2): up to 999999.99 m². */
const MAX_AREA = 999_999.99;

/**
 * Rooms the request may see: owned by a unit in scope, or used (now or before) by one. The SQL
 * condition is on alias `r`; `TRUE` when unrestricted.
 */
function roomScope(ctx: RequestContext): { sql: string; params: Record<string, unknown> } {
  const allowed = ctx.scope.unitIds;
  if (allowed === null) return { sql: "TRUE", params: {} };
  return {
    sql: `(EXISTS (SELECT 1 FROM org_unit o WHERE o.id = r.owner_unit_id AND o.path && ARRAY[:...roomScope]::uuid[])
       OR EXISTS (SELECT 1 FROM activity_room_user ru JOIN org_unit o ON o.id = ru.unit_id
                   WHERE ru.room_id = r.id AND o.path && ARRAY[:...roomScope]::uuid[]))`,
    params: { roomScope: allowed.length ? allowed : ["00000000-0000-0000-0000-000000000000"] },
  };
}

export async function findOne(ctx: RequestContext, id: string): Promise<ActivityRoom | null> {
  if (!isId(id)) return null;
  const scope = roomScope(ctx);
  return ctx.em.createQueryBuilder(ActivityRoom, "r").where("r.id = :id", { id }).andWhere(scope.sql, scope.params).getOne();
}

export async function list(ctx: RequestContext, filter: RoomFilter = {}, page: PageArgs): Promise<Page<ActivityRoom>> {
  const scope = roomScope(ctx);
  const qb = ctx.em.createQueryBuilder(ActivityRoom, "r").where(scope.sql, scope.params);
  if (filter.unitId) {
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM org_unit o WHERE o.id = r.owner_unit_id AND o.path @> ARRAY[:unitId]::uuid[])
        OR EXISTS (SELECT 1 FROM activity_room_user ru JOIN org_unit o ON o.id = ru.unit_id
                    WHERE ru.room_id = r.id AND (ru.until IS NULL OR ru.until >= :today) AND o.path @> ARRAY[:unitId]::uuid[]))`,
      { unitId: filter.unitId, today: today() },
    );
  }
  if (filter.nameContains) qb.andWhere("r.name ILIKE :name", { name: `%${escapeLike(filter.nameContains)}%` });
  if (!filter.includeArchived) qb.andWhere("r.archived_at IS NULL");
  qb.orderBy("r.name", "ASC").addOrderBy("r.id", "ASC");
  const [items, totalCount] = await qb.skip(page.offset).take(page.first).getManyAndCount();
  return { items, totalCount };
}

export async function create(ctx: RequestContext, input: CreateRoomInput): Promise<ActivityRoom | Refusal> {
  const owner = await unitInScope(ctx, input.ownerUnitId);
  if (owner.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${owner.name}”已撤销`, { field: "ownerUnitId" });
  const room = ctx.em.create(ActivityRoom, {
    collegeId: owner.collegeId,
    ownerUnitId: owner.id,
    name: input.name.trim(),
    location: input.location?.trim() || null,
    area: input.area,
    facilities: (input.facilities ?? []).map((f) => f.trim()),
    note: input.note?.trim() || null,
    archivedAt: null,
    archiveReason: null,
  });
  check(room);
  const saved = await ctx.em.save(room);
  const after = await ctx.em.findOneByOrFail(ActivityRoom, { id: saved.id });
  await audit(ctx, { operation: "createRoom", entityType: TYPE, entityId: saved.id, collegeId: saved.collegeId, after });
  return after;
}

export async function update(ctx: RequestContext, input: UpdateRoomInput): Promise<ActivityRoom | Refusal> {
  const room = await lockRoomInScope(ctx, input.id, input.version);
  if (room.archivedAt) return archived(room);
  const before = snapshot(room);
  const { id: _id, version: _v, ...fields } = input;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null && !NULLABLE_FIELDS.includes(key)) throw badInput({ [key]: ["不能为空"] });
    const text = typeof value === "string" ? value.trim() : Array.isArray(value) ? value.map((v) => String(v).trim()) : value;
    (room as never as Record<string, unknown>)[key] = text === "" && NULLABLE_FIELDS.includes(key) ? null : text;
  }
  check(room);
  await ctx.em.save(room);
  const after = await ctx.em.findOneByOrFail(ActivityRoom, { id: room.id });
  await audit(ctx, { operation: "updateRoom", entityType: TYPE, entityId: room.id, collegeId: room.collegeId, before, after });
  return after;
}

/** Takes a room out of use: its open assignments end today; records stay. */
export async function archive(ctx: RequestContext, input: ArchiveRoomInput): Promise<ActivityRoom | Refusal> {
  const room = await lockRoomInScope(ctx, input.id, input.version);
  if (room.archivedAt) return archived(room);
  const before = snapshot(room);
  // An UPDATE answers [rows, count].
  const [ended]: [Array<{ id: string }>, number] = await ctx.em.query(
    `UPDATE activity_room_user SET until = greatest(since, $2::date), updated_at = now(), version = version + 1
      WHERE room_id = $1 AND until IS NULL RETURNING id`,
    [room.id, today()],
  );
  room.archivedAt = new Date();
  room.archiveReason = input.reason.trim();
  await ctx.em.save(room);
  const after = await ctx.em.findOneByOrFail(ActivityRoom, { id: room.id });
  await audit(ctx, {
    operation: "archiveRoom", entityType: TYPE, entityId: room.id, collegeId: room.collegeId, before,
    after: { ...after, endedAssignments: ended.map((e) => e.id) },
  });
  return after;
}

export async function assign(ctx: RequestContext, input: AssignRoomInput): Promise<ActivityRoomUser | Refusal> {
  // Sharing a room the caller may see (owned or used in scope) with a unit in scope.
  const room = await lockInScope(ctx, ActivityRoom, TYPE, input.roomId, async (r) => Boolean(await findOne(ctx, r.id)));
  const unit = await unitInScope(ctx, input.unitId);
  if (unit.collegeId !== room.collegeId) throw notFound("OrgUnit", unit.id);
  if (room.archivedAt) return archived(room);
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field: "unitId" });
  const open = await ctx.em.findOne(ActivityRoomUser, { where: { roomId: room.id, unitId: unit.id, until: IsNull() } });
  if (open) {
    return Refusal.of(RefusalCode.ALREADY_LINKED, `“${unit.name}”自 ${open.since} 起已在使用“${room.name}”`, { field: "unitId" });
  }
  const saved = await ctx.em.save(
    ctx.em.create(ActivityRoomUser, {
      collegeId: room.collegeId, roomId: room.id, unitId: unit.id, since: input.since, until: null, note: input.note?.trim() || null,
    }),
  );
  await audit(ctx, { operation: "assignRoom", entityType: USER_TYPE, entityId: saved.id, collegeId: saved.collegeId, after: saved });
  return saved;
}

export async function unassign(ctx: RequestContext, input: UnassignRoomInput): Promise<ActivityRoomUser | Refusal> {
  const link = await lockInScope(ctx, ActivityRoomUser, USER_TYPE, input.id, (l) => unitIdInScope(ctx, l.unitId), input.version);
  if (link.until) return Refusal.of(RefusalCode.ALREADY_ENDED, `该使用记录已于 ${link.until} 结束`);
  if (input.until < link.since) throw badInput({ until: [`停止使用日期不能早于开始使用日期（${link.since}）`] });
  const before = snapshot(link);
  link.until = input.until;
  const after = await ctx.em.save(link);
  await audit(ctx, { operation: "unassignRoom", entityType: USER_TYPE, entityId: link.id, collegeId: link.collegeId, before, after });
  return after;
}

async function unitInScope(ctx: RequestContext, id: string): Promise<OrgUnit> {
  const unit = isId(id) ? await ctx.loaders.orgUnit.load(id) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", id);
  return unit;
}

/** Changing a room needs its owner unit in scope (a unit that only uses it may not). */
function lockRoomInScope(ctx: RequestContext, id: string, version: number): Promise<ActivityRoom> {
  return lockInScope(ctx, ActivityRoom, TYPE, id, (r) => unitIdInScope(ctx, r.ownerUnitId), version);
}

function archived(room: ActivityRoom): Refusal {
  return Refusal.of(RefusalCode.RECORD_ARCHIVED, `活动室“${room.name}”已停用`);
}

function check(room: ActivityRoom): void {
  const errors: FieldErrors = {};
  const area = String(room.area);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(area);
  if (!m) errors.area = ["面积应为数字"];
  else if (Number(area) <= 0) errors.area = ["面积应大于 0 平方米"];
  else if ((m[3] ?? "").replace(/0+$/, "").length > 2) errors.area = ["面积最多保留两位小数"];
  else if (Number(area) > MAX_AREA) errors.area = ["面积不能超过 999999.99 平方米"];
  if (!room.name.trim()) errors.name = ["不能为空"];
  if (new Set(room.facilities).size !== room.facilities.length) errors.facilities = ["设施不能重复"];
  if (Object.keys(errors).length) throw badInput(errors);
}
