import { Column, Entity } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { Archivable } from "../common/archivable.entity";
import { BranchKind, GroupPurpose, OrgUnitKind } from "./org-unit.enums";
import { ScopedBy } from "../auth/record-scope";
import { Reference, TextField } from "../common/column-fields";

/**
 * One node of the organisation tree. `path` holds the ids from the college root down to this
 * unit (inclusive), so a subtree is `path @> ARRAY[id]` (GIN-indexed) and ancestors need no
 * recursion; `collegeId` (= path[1]) scopes every row to one college for access and distribution.
 */
@ObjectType({ description: "组织单位：党委、党总支、党支部、党小组" })
@ScopedBy<OrgUnit>({ named: (u) => u.id })
@Entity("org_unit")
export class OrgUnit extends Archivable({ archiveReason: false }) {
  @Field(() => OrgUnitKind)
  @Column({ type: "enum", enum: OrgUnitKind, enumName: "org_unit_kind" })
  kind: OrgUnitKind;

  @TextField({ description: "名称（按原文，如“教工支部”）" })
  name: string;

  @Reference({ nullable: true })
  parentId: string | null;

  @Reference({ description: "所属学校（党委）的 id" })
  collegeId: string;

  @Column({ type: "uuid", array: true })
  path: string[];

  @Field(() => Int, { description: "在同级中的排序（按原文顺序）" })
  @Column({ type: "int", default: 0 })
  sortOrder: number;

  @Field(() => BranchKind, { nullable: true, description: "支部类型（仅党支部）" })
  @Column({ type: "enum", enum: BranchKind, enumName: "branch_kind", nullable: true })
  branchKind: BranchKind | null;

  @Field(() => [String], { description: "覆盖的部门（如“组织部、宣传部”）" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  covers: string[];

  @Field({ description: "网络支部 / QQ支部（四(四)6）" })
  @Column({ type: "boolean", default: false })
  isOnline: boolean;

  @Field(() => GroupPurpose, { nullable: true, description: "党小组设立依据（仅党小组）" })
  @Column({ type: "enum", enum: GroupPurpose, enumName: "group_purpose", nullable: true })
  groupPurpose: GroupPurpose | null;

  @TextField({ nullable: true, description: "党小组所在地（实习地、工作地、居住地）" })
  location: string | null;
}
