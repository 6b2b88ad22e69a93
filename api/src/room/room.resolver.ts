import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoomUser } from "./activity-room-user.entity";
import { ActivityRoom } from "./activity-room.entity";
import * as RoomService from "./room.service";
import { ArchiveRoomInput, AssignRoomInput, CreateRoomInput, RoomFilter, UnassignRoomInput, UpdateRoomInput } from "./inputs/room.inputs";

const ActivityRoomPage = PageType(ActivityRoom);
export const ActivityRoomResult = resultUnion("ActivityRoomResult", ActivityRoom);
export const ActivityRoomUserResult = resultUnion("ActivityRoomUserResult", ActivityRoomUser);

@Resolver(() => ActivityRoom)
export class RoomResolver {
  @Query(() => ActivityRoomPage, { description: "党员活动室：某组织子树管理或在用的活动室" })
  @Authorized(Permission.ROOM_READ)
  rooms(@Ctx() ctx: RequestContext, @Arg("filter", () => RoomFilter, { nullable: true }) filter: RoomFilter, @Args() page: PageArgs) {
    return RoomService.list(ctx, filter ?? {}, page);
  }

  @Query(() => ActivityRoom, { nullable: true })
  @Authorized(Permission.ROOM_READ)
  room(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return RoomService.findOne(ctx, id);
  }

  @Mutation(() => ActivityRoomResult, { description: "登记活动室" })
  @Authorized(Permission.ROOM_WRITE)
  @Transaction()
  createRoom(@Ctx() ctx: RequestContext, @Arg("input") input: CreateRoomInput) {
    return RoomService.create(ctx, input);
  }

  @Mutation(() => ActivityRoomResult)
  @Authorized(Permission.ROOM_WRITE)
  @Transaction()
  updateRoom(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateRoomInput) {
    return RoomService.update(ctx, input);
  }

  @Mutation(() => ActivityRoomResult, { description: "停用活动室（记录保留，在用单位的使用同时结束）" })
  @Authorized(Permission.ROOM_WRITE)
  @Transaction()
  archiveRoom(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRoomInput) {
    return RoomService.archive(ctx, input);
  }

  @Mutation(() => ActivityRoomUserResult, { description: "指定组织使用活动室（可多个组织共用）" })
  @Authorized(Permission.ROOM_WRITE)
  @Transaction()
  assignRoom(@Ctx() ctx: RequestContext, @Arg("input") input: AssignRoomInput) {
    return RoomService.assign(ctx, input);
  }

  @Mutation(() => ActivityRoomUserResult, { description: "结束组织对活动室的使用（记录保留）" })
  @Authorized(Permission.ROOM_WRITE)
  @Transaction()
  unassignRoom(@Ctx() ctx: RequestContext, @Arg("input") input: UnassignRoomInput) {
    return RoomService.unassign(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  ownerUnit(@Ctx() ctx: RequestContext, @Root() room: ActivityRoom) {
    return ctx.loaders.orgUnit.load(room.ownerUnitId);
  }

  @FieldResolver(() => [ActivityRoomUser], { description: "使用单位（含已结束的）" })
  users(@Ctx() ctx: RequestContext, @Root() room: ActivityRoom) {
    return ctx.loaders.usersOfRoom.load(room.id);
  }
}

@Resolver(() => ActivityRoomUser)
export class ActivityRoomUserResolver {
  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() link: ActivityRoomUser) {
    return ctx.loaders.orgUnit.load(link.unitId);
  }

  @FieldResolver(() => ActivityRoom)
  room(@Ctx() ctx: RequestContext, @Root() link: ActivityRoomUser) {
    return ctx.loaders.activityRoom.load(link.roomId);
  }
}

/** `OrgUnit.rooms`: merged into OrgUnit by type-graphql, kept here so org/ stays untouched. */
@Resolver(() => OrgUnit)
export class OrgUnitRoomsResolver {
  @FieldResolver(() => [ActivityRoom], { description: "目前在用的党员活动室（含共用）" })
  rooms(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return ctx.loaders.roomsOfUnit.load(unit.id);
  }
}
