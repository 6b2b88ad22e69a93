import { GENERAL_BRANCHES } from "../api/src/seed/college-structure";
import type { OrgUnitKind } from "./support/generated/graphql";
import {
  ArchiveOrgUnit,
  CreateOrgUnit,
  MoveOrgUnit,
  OrgUnitsDetailed,
  OrgUnitsWithChildren,
  OrgUnitTree,
  RenameOrgUnit,
} from "./support/operations";
import { accepted, expectRefusal } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

describe("organisation tree", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: "structure" });
  });
  afterAll(() => app.close());

  const unitByName = async (name: string, kind: OrgUnitKind = "BRANCH") => {
    const data = await app.ok(OrgUnitsDetailed, { filter: { kind, nameContains: name }, first: 100 });
    return data.orgUnits.items[0];
  };

  it("holds the college's 12 general branches and 39 branches, names verbatim, in the source's order", async () => {
    const gbs = await app.ok(OrgUnitsWithChildren, { filter: { kind: "GENERAL_BRANCH" }, first: 100 });
    expect(gbs.orgUnits.totalCount).toBe(12);
    expect(gbs.orgUnits.items.map((gb) => gb.name)).toEqual(GENERAL_BRANCHES.map((gb) => gb.name));
    const branches = gbs.orgUnits.items.flatMap((gb) => gb.children);
    expect(branches).toHaveLength(39);
    expect(gbs.orgUnits.items[0].children[0]).toEqual({
      name: "机关一支部",
      branchKind: "STAFF",
      covers: ["组织部", "宣传部", "纪委办", "人事处"],
    });
    expect(gbs.orgUnits.items[6].children.map((b) => b.name)).toEqual(["教工一支部", "教工二支部", "学生支部"]);
    expect(gbs.orgUnits.items[11].children.map((b) => b.name)).toEqual([
      "离退休一支部",
      "离退休二支部",
      "离退休三支部",
      "离退休四支部",
      "离退休五支部",
    ]);
    const kinds = await app.ok(OrgUnitsDetailed, { filter: { kind: "BRANCH" }, first: 100 });
    const count = (k: string) => kinds.orgUnits.items.filter((b) => b.branchKind === k).length;
    expect([count("STAFF"), count("FACULTY"), count("STUDENT"), count("RETIRED")]).toEqual([14, 11, 9, 5]);
  });

  it("gives a branch its parent, its ancestors from the committee down, and a full name", async () => {
    const gb = await unitByName("财经学院党总支", "GENERAL_BRANCH");
    const data = await app.ok(OrgUnitTree, { id: gb.id });
    const branch = data.orgUnit!.children[0];
    expect(branch.fullName).toBe("财经学院教工一支部");
    expect(branch.parent!.name).toBe("财经学院党总支");
    expect(branch.ancestors).toEqual([
      { name: "重庆工业职业技术学院党委", kind: "PARTY_COMMITTEE" },
      { name: "财经学院党总支", kind: "GENERAL_BRANCH" },
    ]);
  });

  it("creates a placement group under a branch and refuses one under a general branch", async () => {
    const branch = await unitByName("机关一支部");
    const created = await app.ok(CreateOrgUnit, {
      input: { kind: "GROUP", name: "挂职党小组", parentId: branch.id, groupPurpose: "SECONDMENT", location: "重庆市彭水县" },
    });
    expect(created.createOrgUnit).toMatchObject({ __typename: "OrgUnit", kind: "GROUP", parent: { id: branch.id } });

    const gb = await unitByName("机关党总支", "GENERAL_BRANCH");
    const refused = await app.ok(CreateOrgUnit, { input: { kind: "GROUP", name: "错误的党小组", parentId: gb.id } });
    expect(refused.createOrgUnit).toMatchObject({ __typename: "Refusal", errorCode: "INVALID_PARENT", field: "parentId" });
  });

  it("refuses to move a unit into its own subtree and changes nothing", async () => {
    const gb = await unitByName("教学党总支", "GENERAL_BRANCH");
    const child = (await app.ok(OrgUnitTree, { id: gb.id })).orgUnit!.children[0];
    const auditBefore = await app.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
    const result = await app.ok(MoveOrgUnit, { input: { id: gb.id, version: gb.version, newParentId: child.id } });
    expect(result.moveOrgUnit.__typename).toBe("Refusal");
    expectRefusal(result.moveOrgUnit, "MOVE_INTO_OWN_SUBTREE");
    const self = await app.ok(MoveOrgUnit, { input: { id: gb.id, version: gb.version, newParentId: gb.id } });
    expectRefusal(self.moveOrgUnit, "MOVE_INTO_OWN_SUBTREE");
    const after = await unitByName("教学党总支", "GENERAL_BRANCH");
    expect(after).toEqual(gb);
    expect(await app.dataSource.query("SELECT count(*)::int AS n FROM audit_entry")).toEqual(auditBefore);
  });

  it("moves a branch with its groups to another general branch, re-rooting the whole subtree", async () => {
    const branch = await unitByName("机关八支部");
    const target = await unitByName("教学党总支", "GENERAL_BRANCH");
    const group = accepted(
      (await app.ok(CreateOrgUnit, { input: { kind: "GROUP", name: "新校区党小组", parentId: branch.id } })).createOrgUnit,
    );
    const moved = await app.ok(MoveOrgUnit, { input: { id: branch.id, version: branch.version, newParentId: target.id } });
    expect(moved.moveOrgUnit).toEqual({ __typename: "OrgUnit", version: branch.version + 1, parent: { name: "教学党总支" } });
    const g = await app.ok(OrgUnitTree, { id: group.id });
    expect(g.orgUnit!.ancestors.map((a) => a.name)).toEqual(["重庆工业职业技术学院党委", "教学党总支", "机关八支部"]);
    const under = await app.ok(OrgUnitsDetailed, { filter: { underId: target.id }, first: 100 });
    expect(under.orgUnits.totalCount).toBe(6 + 1 + 1);
  });

  it("renames with the current version, and answers CONFLICT to a stale one", async () => {
    const branch = await unitByName("教学五支部");
    const renamed = await app.ok(RenameOrgUnit, { input: { id: branch.id, version: branch.version, name: "教学五支部（图书馆）" } });
    expect(renamed.renameOrgUnit).toEqual({ name: "教学五支部（图书馆）", version: branch.version + 1 });
    const stale = await app.gql(RenameOrgUnit, { input: { id: branch.id, version: branch.version, name: "覆盖别人的修改" } });
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const now = await app.ok(OrgUnitTree, { id: branch.id });
    expect(now.orgUnit!.name).toBe("教学五支部（图书馆）");
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    const branch = await unitByName("教学六支部");
    const edit = (name: string) => app.gql(RenameOrgUnit, { input: { id: branch.id, version: branch.version, name } });
    const results = await Promise.all([edit("甲的修改"), edit("乙的修改")]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
  });

  it("refuses to archive a unit that still has branches, and archives an empty one", async () => {
    const gb = await unitByName("离退休党总支", "GENERAL_BRANCH");
    const refused = await app.ok(ArchiveOrgUnit, { input: { id: gb.id, version: gb.version, reason: "测试" } });
    expectRefusal(refused.archiveOrgUnit, "UNIT_NOT_EMPTY");

    const group = accepted(
      (await app.ok(CreateOrgUnit, { input: { kind: "GROUP", name: "临时党小组", parentId: (await unitByName("离退休一支部")).id } }))
        .createOrgUnit,
    );
    const archived = await app.ok(ArchiveOrgUnit, { input: { id: group.id, version: group.version, reason: "实习结束" } });
    expect(accepted(archived.archiveOrgUnit).archivedAt).toBeTruthy();
    const still = await app.ok(OrgUnitTree, { id: group.id });
    expect(still.orgUnit!.name).toBe("临时党小组");
  });

  it("answers null for an unknown or malformed id rather than an error", async () => {
    const data = await app.ok(`{ a: orgUnit(id: "00000000-0000-4000-8000-000000000000") { id } b: orgUnit(id: "not-a-uuid") { id } }`);
    expect(data).toEqual({ a: null, b: null });
  });

  it("writes an audit entry with before and after for every change", async () => {
    const rows = await app.dataSource.query(
      `SELECT operation, before->>'name' AS before_name, after->>'name' AS after_name FROM audit_entry WHERE operation = 'renameOrgUnit' ORDER BY id`,
    );
    expect(rows[0]).toEqual({ operation: "renameOrgUnit", before_name: "教学五支部", after_name: "教学五支部（图书馆）" });
    await expect(app.dataSource.query("DELETE FROM audit_entry")).rejects.toThrow(/append-only/);
  });
});
