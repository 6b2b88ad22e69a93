import { UserRole } from "../api/src/auth/roles";
import { Unit, unitsByFullName } from "./support/fixtures";
import type { AssignRoomInput, CreateRoomInput, RoomFilter } from "./support/generated/graphql";
import {
  ArchiveRoom,
  AssignRoom,
  CreateActivity,
  CreateRoom,
  RoomNames,
  RoomUsers,
  UnassignRoom,
  UnitRooms,
  UnitsRoomsUsers,
  UpdateActivityRoom,
  UpdateRoom,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

describe("activity rooms", () => {
  let app: TestApp;
  let units: Record<string, Unit>;

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
  });
  afterAll(() => app.close());

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM activity_room)::int AS rooms, (SELECT count(*) FROM activity_room_user)::int AS users,
                (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];
  const createRoom = (input: CreateRoomInput) => app.gql(CreateRoom, { input });
  /** A room that must be created. */
  const newRoom = async (input: CreateRoomInput) => accepted((await createRoom(input)).data!.createRoom);
  const assign = (input: AssignRoomInput) => app.gql(AssignRoom, { input });

  it("registers a room with an exact area and an audit entry", async () => {
    const result = await createRoom({
      ownerUnitId: units["车辆工程学院党总支"].id,
      name: "车辆学院党员活动室",
      location: "汽车实训楼 201",
      area: "35.50",
      facilities: ["投影仪", "党建书架", "入党誓词墙"],
    });
    expect(result.data!.createRoom).toMatchObject({
      __typename: "ActivityRoom",
      name: "车辆学院党员活动室",
      area: "35.5",
      facilities: ["投影仪", "党建书架", "入党誓词墙"],
      ownerUnit: { name: "车辆工程学院党总支" },
    });
    const id = accepted(result.data!.createRoom).id;
    const [row] = await app.dataSource.query(`SELECT area::text FROM activity_room WHERE id = $1`, [id]);
    expect(row.area).toBe("35.50");
    const audit = await app.dataSource.query(`SELECT operation, after->>'area' AS area FROM audit_entry WHERE entity_id = $1`, [id]);
    expect(audit).toEqual([{ operation: "createRoom", area: "35.50" }]);
  });

  it("rejects an area that is not positive or too precise, field by field, writing nothing", async () => {
    const before = await counts();
    const base = { ownerUnitId: units["车辆工程学院党总支"].id, name: "坏数据" };
    for (const area of ["0", "-12", "0.00"]) {
      const r = await createRoom({ ...base, area });
      expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { area: ["面积应大于 0 平方米"] } });
    }
    const precise = await createRoom({ ...base, area: "12.345" });
    expect(precise.errors?.[0].extensions?.fields).toEqual({ area: ["面积最多保留两位小数"] });
    const float = await app.gql(
      `mutation { createRoom(input: { ownerUnitId: "${base.ownerUnitId}", name: "x", area: 12.5 }) { __typename } }`,
    );
    expect(float.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const blank = await createRoom({ ...base, name: "", area: "20" });
    expect(blank.errors?.[0].extensions?.fields).toHaveProperty("name");
    expect(await counts()).toEqual(before);
  });

  it("shares a room among units, shows it on OrgUnit.rooms, refuses a second open assignment and ends one", async () => {
    const room = await newRoom({ ownerUnitId: units["自动化学院党总支"].id, name: "自动化学院党员之家", area: "48", facilities: ["电视"] });
    const gb = units["自动化学院党总支"];
    const staff = units["自动化学院教工支部"];
    const students = units["自动化学院学生支部"];
    for (const unit of [gb, staff, students]) {
      const r = await assign({ roomId: room.id, unitId: unit.id, since: "2025-09-01" });
      expect(r.data!.assignRoom).toMatchObject({
        __typename: "ActivityRoomUser",
        unit: { name: unit.name },
        room: { name: "自动化学院党员之家" },
      });
    }
    const before = await counts();
    const again = await assign({ roomId: room.id, unitId: staff.id, since: "2026-01-01" });
    expect(again.data!.assignRoom).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_LINKED", field: "unitId" });
    expect(await counts()).toEqual(before);

    const shown = await app.ok(UnitRooms, { id: students.id });
    expect(shown.orgUnit!.rooms).toEqual([{ name: "自动化学院党员之家", area: "48" }]);

    const detail = await app.ok(RoomUsers, { id: room.id });
    expect(detail.room!.users.map((u) => u.unit.name).sort()).toEqual([gb.name, staff.name, students.name].sort());
    const link = detail.room!.users.find((u) => u.unit.name === students.name)!;
    const bad = await app.gql(UnassignRoom, { input: { id: link.id, version: link.version, until: "2025-01-01" } });
    expect(bad.errors?.[0].extensions?.fields).toHaveProperty("until");
    const ended = await app.ok(UnassignRoom, {
      input: { id: link.id, version: link.version, until: "2026-01-31" },
    });
    expect(ended.unassignRoom).toEqual({ __typename: "ActivityRoomUser", until: "2026-01-31", version: link.version + 1 });
    const twice = await app.ok(UnassignRoom, {
      input: { id: link.id, version: link.version + 1, until: "2026-02-01" },
    });
    expect(twice.unassignRoom).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_ENDED" });
    const gone = await app.ok(UnitRooms, { id: students.id });
    expect(gone.orgUnit!.rooms).toEqual([]);
    // The ended link stays on record.
    const kept = await app.ok(RoomUsers, { id: room.id });
    expect(kept.room!.users).toHaveLength(3);
  });

  it("updates with the version and archives a room, ending its assignments", async () => {
    const room = await newRoom({ ownerUnitId: units["艺术设计学院党总支"].id, name: "艺术学院活动室", area: "16" });
    const link = accepted(
      (await assign({ roomId: room.id, unitId: units["艺术设计学院学生支部"].id, since: "2025-09-01" })).data!.assignRoom,
    );
    const updated = await app.ok(UpdateRoom, {
      input: { id: room.id, version: room.version, area: "24.5", location: "艺术楼 101" },
    });
    expect(updated.updateRoom).toEqual({ __typename: "ActivityRoom", area: "24.5", version: room.version + 1, location: "艺术楼 101" });
    const stale = await app.gql(UpdateRoom, { input: { id: room.id, version: room.version, area: "30" } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", expectedVersion: room.version });
    const badArea = await app.gql(UpdateRoom, { input: { id: room.id, version: room.version + 1, area: "0" } });
    expect(badArea.errors?.[0].extensions?.fields).toEqual({ area: ["面积应大于 0 平方米"] });

    const archived = await app.ok(ArchiveRoom, {
      input: { id: room.id, version: room.version + 1, reason: "楼宇改造" },
    });
    expect(accepted(archived.archiveRoom).archivedAt).toEqual(expect.any(String));
    const [open] = await app.dataSource.query(`SELECT count(*)::int AS n FROM activity_room_user WHERE room_id = $1 AND until IS NULL`, [
      room.id,
    ]);
    expect(open.n).toBe(0);
    const refused = await app.ok(UpdateRoom, {
      input: { id: room.id, version: room.version + 2, name: "新名" },
    });
    expect(refused.updateRoom).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
    const audit = await app.dataSource.query(
      `SELECT operation, after->'endedAssignments' AS ended FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [room.id],
    );
    expect(audit).toEqual([
      { operation: "createRoom", ended: null },
      { operation: "updateRoom", ended: null },
      { operation: "archiveRoom", ended: [link.id] },
    ]);
  });

  it("filters rooms by subtree and name, paginated, hiding archived ones by default", async () => {
    const owner = units["化学与制药工程学院党总支"].id;
    for (let i = 1; i <= 5; i++) await createRoom({ ownerUnitId: owner, name: `化工活动室${i}`, area: String(10 + i) });
    const q = (filter: RoomFilter, first = 100, offset = 0) => app.ok(RoomNames, { filter, first, offset }).then((d) => d.rooms);
    expect((await q({ unitId: owner })).totalCount).toBe(5);
    expect(await q({ unitId: owner }, 2, 2)).toEqual({ totalCount: 5, items: [{ name: "化工活动室3" }, { name: "化工活动室4" }] });
    expect((await q({ nameContains: "艺术" })).totalCount).toBe(0);
    expect((await q({ nameContains: "艺术", includeArchived: true })).totalCount).toBe(1);
    // A branch sees the room its general branch shares with it.
    expect((await q({ unitId: units["自动化学院教工支部"].id })).items).toEqual([{ name: "自动化学院党员之家" }]);
  });

  it("keeps orgUnits → rooms → users → unit constant whatever the number of rooms", async () => {
    const measure = async (n: number) => {
      const before = app.queries.count;
      const data = await app.ok(UnitsRoomsUsers, { filter: { kind: "BRANCH" }, first: n });
      const items = data.orgUnits.items;
      return {
        statements: app.queries.count - before,
        units: items.map((u) => u.id),
        rooms: items.reduce((s, u) => s + u.rooms.length, 0),
      };
    };
    /** Rooms in use today by these units (open assignments of rooms still in use), counted where they are stored. */
    const inUse = async (unitIds: string[]) =>
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM activity_room_user ru JOIN activity_room r ON r.id = ru.room_id
            WHERE ru.unit_id = ANY($1::uuid[]) AND r.archived_at IS NULL
              AND ru.since <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND (ru.until IS NULL OR ru.until >= (now() AT TIME ZONE 'Asia/Shanghai')::date)`,
          [unitIds],
        )
      )[0].n;
    const branches = Object.values(units).filter((u) => u.kind === "BRANCH");
    for (const branch of branches) {
      const room = await newRoom({ ownerUnitId: branch.id, name: `${branch.fullName}活动室`, area: "20" });
      await assign({ roomId: room.id, unitId: branch.id, since: "2025-09-01" });
    }
    const few = await measure(1);
    const many = await measure(39);
    // One branch, then all 39, each with the room just given to it plus any shared with it above.
    expect([few.units.length, many.units.length]).toEqual([1, 39]);
    expect(few.rooms).toBe(await inUse(few.units));
    expect(many.rooms).toBe(await inUse(many.units));
    expect(many.statements).toBe(few.statements);
  });

  it("books an activity only into a room the caller may use: owned in scope, or shared with their unit on the day", async () => {
    const branch = units["管理工程学院学生支部"];
    const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branch.id });
    const own = await newRoom({ ownerUnitId: branch.id, name: "管理学院学生党员活动室", area: "30" });
    const shared = await newRoom({ ownerUnitId: units["管理工程学院党总支"].id, name: "管理学院党员之家", area: "60" });
    await assign({ roomId: shared.id, unitId: branch.id, since: "2025-09-01" });
    const link = (await app.ok(RoomUsers, { id: shared.id })).room!.users[0];
    await app.ok(UnassignRoom, { input: { id: link.id, version: link.version, until: "2026-06-30" } });
    const notShared = await newRoom({ ownerUnitId: units["管理工程学院党总支"].id, name: "管理学院会议室", area: "40" });
    const foreign = await newRoom({ ownerUnitId: units["信息工程学院党总支"].id, name: "信息学院党员之家", area: "50" });

    const activities = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM activity`))[0].n;
    const book = (roomId: string, day = "2025-11-12") =>
      secretary.gql(CreateActivity, {
        input: {
          hostUnitId: branch.id,
          type: "PARTY_DAY",
          topic: "主题党日",
          roomId,
          startsAt: `${day}T06:00:00Z`,
          endsAt: `${day}T08:00:00Z`,
        },
      });
    // Rooms the caller cannot see at all read as not found, like any id outside the scope; nothing is written.
    const before = await activities();
    for (const room of [foreign, notShared]) {
      const refused = await book(room.id);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(refused.errors?.[0].message).not.toContain(room.name);
    }
    // A room shared with the branch, but not on that day, is a field error.
    const tooLate = await book(shared.id, "2026-07-02");
    expect(tooLate.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { roomId: ["活动室“管理学院党员之家”在活动当天未与本组织共用"] },
    });
    expect(await activities()).toBe(before);

    expect((await book(own.id)).data?.createActivity).toMatchObject({ __typename: "Activity", room: { name: "管理学院学生党员活动室" } });
    const result = (await book(shared.id)).data?.createActivity;
    expect(result).toMatchObject({ __typename: "Activity", room: { name: "管理学院党员之家" } });
    const booked = accepted(result!);
    // Moving an activity into a foreign room is refused the same way; the administrator may book any room of the college.
    const moved = await secretary.gql(UpdateActivityRoom, {
      input: { id: booked.id, version: booked.version, roomId: foreign.id },
    });
    expect(moved.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    const [{ room_id: kept }] = await app.dataSource.query(`SELECT room_id FROM activity WHERE id = $1`, [booked.id]);
    expect(kept).toBe(shared.id);
    const byAdmin = await app.ok(UpdateActivityRoom, {
      input: { id: booked.id, version: booked.version, roomId: foreign.id },
    });
    expect(byAdmin.updateActivity).toEqual({ __typename: "Activity", room: { name: "信息学院党员之家" } });
  });
});
