import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { today } from "../common/dates";
import { badInput, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import {
  archiveRecord,
  createRecord,
  endRecord,
  frozenOnceArchived,
  patchRecord,
  pageOf,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { lockInScope } from "../common/versioned";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoomUser } from "./activity-room-user.entity";
import { ActivityRoom } from "./activity-room.entity";
import type {
  ArchiveRoomInput,
  AssignRoomInput,
  CreateRoomInput,
  RoomFilter,
  UnassignRoomInput,
  UpdateRoomInput,
} from "./inputs/room.inputs";

const TYPE = "ActivityRoom";
const USER_TYPE = "ActivityRoomUser";
const NULLABLE_FIELDS = ["location", "note"];

/** Changing a room needs its owner unit in scope (a unit that only uses it may not); archived, it is out of use. */
const ROOM = {
  entity: ActivityRoom,
  typeName: TYPE,
  inScope: (ctx: RequestContext, r: ActivityRoom) => unitIdInScope(ctx, r.ownerUnitId),
  frozen: frozenOnceArchived<ActivityRoom>((r) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `活动室“${r.name}”已停用`)),
  // the area comes back as numeric(8,2) stores it
  reread: true,
} satisfies RecordKind<ActivityRoom>;

/** A unit's use of a room is that unit's. */
const ROOM_USER: RecordKind<ActivityRoomUser> = {
  entity: ActivityRoomUser,
  typeName: USER_TYPE,
  inScope: (ctx, link) => unitIdInScope(ctx, link.unitId),
};
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
  return pageOf(qb, page);
}

export async function create(ctx: RequestContext, input: CreateRoomInput): Promise<ActivityRoom | Refusal> {
  const owner = await unitInScope(ctx, input.ownerUnitId);
  if (owner.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${owner.name}”已撤销`, { field: "ownerUnitId" });
  const room = ctx.em.create(ActivityRoom, {
    collegeId: owner.collegeId,
    ownerUnitId: owner.id,
    name: input.name.trim(),
    location: textOrNull(input.location),
    area: input.area,
    facilities: (input.facilities ?? []).map((f) => f.trim()),
    note: textOrNull(input.note),
    archivedAt: null,
    archiveReason: null,
  });
  check(room);
  return createRecord(ctx, ROOM, "createRoom", room);
}

export function update(ctx: RequestContext, input: UpdateRoomInput): Promise<ActivityRoom | Refusal> {
  return patchRecord(ctx, ROOM, "updateRoom", input, { nullable: NULLABLE_FIELDS, check });
}

/** Takes a room out of use: its open assignments end today; records stay. */
export function archive(ctx: RequestContext, input: ArchiveRoomInput): Promise<ActivityRoom | Refusal> {
  return archiveRecord(ctx, ROOM, "archiveRoom", input, async (room) => {
    // An UPDATE answers [rows, count].
    const [ended]: [Array<{ id: string }>, number] = await ctx.em.query(
      `UPDATE activity_room_user SET until = greatest(since, $2::date), updated_at = now(), version = version + 1
        WHERE room_id = $1 AND until IS NULL RETURNING id`,
      [room.id, today()],
    );
    return { endedAssignments: ended.map((e) => e.id) };
  });
}

export async function assign(ctx: RequestContext, input: AssignRoomInput): Promise<ActivityRoomUser | Refusal> {
  // Sharing a room the caller may see (owned or used in scope) with a unit in scope.
  const room = await lockInScope(ctx, ActivityRoom, TYPE, input.roomId, async (r) => Boolean(await findOne(ctx, r.id)));
  const unit = await unitInScope(ctx, input.unitId);
  if (unit.collegeId !== room.collegeId) throw notFound("OrgUnit", unit.id);
  const archived = ROOM.frozen(room);
  if (archived) return archived;
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field: "unitId" });
  const open = await ctx.em.findOne(ActivityRoomUser, { where: { roomId: room.id, unitId: unit.id, until: IsNull() } });
  if (open) {
    return Refusal.of(RefusalCode.ALREADY_LINKED, `“${unit.name}”自 ${open.since} 起已在使用“${room.name}”`, { field: "unitId" });
  }
  return createRecord(ctx, ROOM_USER, "assignRoom", {
    collegeId: room.collegeId,
    roomId: room.id,
    unitId: unit.id,
    since: input.since,
    until: null,
    note: textOrNull(input.note),
  });
}

export function unassign(ctx: RequestContext, input: UnassignRoomInput): Promise<ActivityRoomUser | Refusal> {
  return endRecord(ctx, ROOM_USER, "unassignRoom", input, {
    start: "since",
    end: "until",
    called: "该使用记录",
    early: (link) => `停止使用日期不能早于开始使用日期（${link.since}）`,
  });
}

async function unitInScope(ctx: RequestContext, id: string): Promise<OrgUnit> {
  const unit = isId(id) ? await ctx.loaders.orgUnit.load(id) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", id);
  return unit;
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
