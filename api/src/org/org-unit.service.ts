import { randomUUID } from "node:crypto";
import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { AppError, badInput, ErrorCode } from "../common/errors";
import { isId } from "../common/ids";
import { escapeLike } from "../common/sql";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, scopeCondition } from "../common/scope";
import { lockUnitInScope } from "../common/locks";
import { changeRecord, lockRecord, pageOf, type RecordKind } from "../common/record-life-cycle";
import { snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { OrgUnit } from "./org-unit.entity";
import { ALLOWED_PARENT_KINDS, KIND_LABELS, OrgUnitKind } from "./org-unit.enums";
import type { CreateOrgUnitInput } from "./inputs/create-org-unit.input";
import type { OrgUnitFilter } from "./inputs/org-unit-filter.input";
import type { ArchiveOrgUnitInput, MoveOrgUnitInput, RenameOrgUnitInput, UpdateOrgUnitInput } from "./inputs/update-org-unit.input";

const TYPE = "OrgUnit";

/** A unit changes while archived too (a rename keeps the record straight); only archiving again is refused. */
const UNIT = {
  entity: OrgUnit,
  typeName: TYPE,
  inScope: (ctx: RequestContext, u: OrgUnit) => pathInScope(ctx, u.path),
} satisfies RecordKind<OrgUnit>;

/** A unit the request may see, or null (unknown id and out-of-scope look the same: no IDOR probing). */
export async function findOne(ctx: RequestContext, id: string): Promise<OrgUnit | null> {
  if (!isId(id)) return null;
  const unit = await ctx.loaders.orgUnit.load(id);
  return unit && pathInScope(ctx, unit.path) ? unit : null;
}

export async function list(ctx: RequestContext, filter: OrgUnitFilter = {}, page: PageArgs): Promise<Page<OrgUnit>> {
  const scope = scopeCondition(ctx, "u.path");
  const qb = ctx.em.createQueryBuilder(OrgUnit, "u").where(scope.sql, scope.params);
  if (filter.kind) qb.andWhere("u.kind = :kind", { kind: filter.kind });
  if (filter.parentId) qb.andWhere("u.parent_id = :parentId", { parentId: filter.parentId });
  if (filter.underId) qb.andWhere("u.path @> ARRAY[:underId]::uuid[] AND u.id <> :underId", { underId: filter.underId });
  if (filter.branchKind) qb.andWhere("u.branch_kind = :branchKind", { branchKind: filter.branchKind });
  if (filter.nameContains) qb.andWhere("u.name ILIKE :name", { name: `%${escapeLike(filter.nameContains)}%` });
  if (!filter.includeArchived) qb.andWhere("u.archived_at IS NULL");
  qb.orderBy("cardinality(u.path)", "ASC").addOrderBy("u.sort_order", "ASC").addOrderBy("u.name", "ASC").addOrderBy("u.id", "ASC");
  return pageOf(qb, page);
}

export async function ancestors(ctx: RequestContext, unit: OrgUnit): Promise<OrgUnit[]> {
  const units = await ctx.loaders.orgUnit.loadMany(unit.path.slice(0, -1));
  return units.filter((u): u is OrgUnit => u instanceof OrgUnit);
}

/** The name a reader needs out of context: “管理工程学院教工支部” rather than “教工支部”. */
export async function fullName(ctx: RequestContext, unit: OrgUnit): Promise<string> {
  if (unit.kind !== OrgUnitKind.BRANCH && unit.kind !== OrgUnitKind.GROUP) return unit.name;
  const parent = unit.parentId ? await ctx.loaders.orgUnit.load(unit.parentId) : null;
  if (!parent || parent.kind === OrgUnitKind.PARTY_COMMITTEE) return unit.name;
  const prefix = parent.kind === OrgUnitKind.GENERAL_BRANCH ? parent.name.replace(/党总支$/, "") : await fullName(ctx, parent);
  return unit.name.startsWith(prefix) ? unit.name : `${prefix}${unit.name}`;
}

export async function create(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnit | Refusal> {
  const parent = input.parentId ? await lockUnitInScope(ctx, input.parentId) : null;
  // A new college root lies outside every college's scope: only an unrestricted caller may add one.
  if (!parent && ctx.scope.unitIds !== null) throw new AppError(ErrorCode.FORBIDDEN, "只有系统级管理员可以新建学校党委");
  const refusal = checkPlacement(input.kind, parent);
  if (refusal) return refusal;
  checkKindAttributes(input.kind, input);

  const id = randomUUID();
  const unit = ctx.em.create(OrgUnit, {
    id,
    kind: input.kind,
    name: input.name.trim(),
    parentId: parent?.id ?? null,
    collegeId: parent?.collegeId ?? id,
    path: [...(parent?.path ?? []), id],
    sortOrder: input.sortOrder ?? 0,
    branchKind: input.branchKind ?? null,
    covers: input.covers ?? [],
    isOnline: input.isOnline ?? false,
    groupPurpose: input.groupPurpose ?? null,
    location: input.location ?? null,
  });
  await ctx.em.insert(OrgUnit, unit);
  const saved = await ctx.em.findOneByOrFail(OrgUnit, { id });
  await audit(ctx, { operation: "createOrgUnit", entityType: TYPE, entityId: id, collegeId: saved.collegeId, after: saved });
  return saved;
}

export function rename(ctx: RequestContext, input: RenameOrgUnitInput): Promise<OrgUnit> {
  return changeRecord(ctx, UNIT, "renameOrgUnit", input, {
    apply: (unit) => {
      unit.name = input.name.trim();
    },
  });
}

export function update(ctx: RequestContext, input: UpdateOrgUnitInput): Promise<OrgUnit> {
  return changeRecord(ctx, UNIT, "updateOrgUnit", input, {
    apply: (unit) => {
      const { id: _id, version: _version, ...fields } = input;
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) (unit as never as Record<string, unknown>)[key] = value;
      checkKindAttributes(unit.kind, unit);
    },
  });
}

export async function move(ctx: RequestContext, input: MoveOrgUnitInput): Promise<OrgUnit | Refusal> {
  const unit = await lockRecord(ctx, UNIT, input.id, input.version);
  const newParent = await lockUnitInScope(ctx, input.newParentId);
  if (newParent.path.includes(unit.id)) {
    return Refusal.of(RefusalCode.MOVE_INTO_OWN_SUBTREE, `不能把“${unit.name}”移动到它自身或其下级组织之下`, { field: "newParentId" });
  }
  if (newParent.collegeId !== unit.collegeId) {
    return Refusal.of(RefusalCode.INVALID_PARENT, "组织不能跨学校移动", { field: "newParentId" });
  }
  const refusal = checkPlacement(unit.kind, newParent);
  if (refusal) return refusal;

  const before = snapshot(unit);
  // Re-root the whole subtree's paths in one statement: the new parent's path, then each row's
  // own path from the moved unit downwards.
  await ctx.em.query(
    `UPDATE org_unit SET path = $2::uuid[] || path[array_position(path, $1::uuid):]
      WHERE path @> ARRAY[$1::uuid]`,
    [unit.id, newParent.path],
  );
  await ctx.em.update(OrgUnit, { id: unit.id }, { parentId: newParent.id, version: unit.version + 1 });
  const after = await ctx.em.findOneByOrFail(OrgUnit, { id: unit.id });
  await audit(ctx, { operation: "moveOrgUnit", entityType: TYPE, entityId: unit.id, collegeId: unit.collegeId, before, after });
  return after;
}

export function archive(ctx: RequestContext, input: ArchiveOrgUnitInput): Promise<OrgUnit | Refusal> {
  return changeRecord(ctx, UNIT, "archiveOrgUnit", input, {
    apply: async (unit) => {
      if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`);
      const activeChildren = await ctx.em.count(OrgUnit, { where: { parentId: unit.id, archivedAt: IsNull() } });
      const activeMembers = await ctx.em
        .createQueryBuilder(Member, "m")
        .where("(m.branch_id = :id OR m.group_id = :id) AND m.status = :active", { id: unit.id, active: MemberStatus.ACTIVE })
        .getCount();
      if (activeChildren > 0 || activeMembers > 0) {
        return Refusal.of(
          RefusalCode.UNIT_NOT_EMPTY,
          `“${unit.name}”下仍有 ${activeChildren} 个下级组织、${activeMembers} 名在册党员，请先转移后再撤销`,
        );
      }
      unit.archivedAt = new Date();
      unit.archiveReason = input.reason;
    },
  });
}

/** The tree's shape: which kind may sit under which, and nothing under an archived unit. */
function checkPlacement(kind: OrgUnitKind, parent: OrgUnit | null): Refusal | null {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (!parent) {
    return allowed.length === 0
      ? null
      : Refusal.of(RefusalCode.INVALID_PARENT, `${KIND_LABELS[kind]}必须有上级组织`, { field: "parentId" });
  }
  if (!allowed.includes(parent.kind)) {
    const expected = allowed.map((k) => KIND_LABELS[k]).join("或") || "无";
    return Refusal.of(
      RefusalCode.INVALID_PARENT,
      `${KIND_LABELS[kind]}的上级应为${expected}，不能设在${KIND_LABELS[parent.kind]}“${parent.name}”之下`,
      {
        field: "parentId",
      },
    );
  }
  if (parent.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `上级组织“${parent.name}”已撤销`, { field: "parentId" });
  return null;
}

/** Attributes that only make sense for one kind: a branch needs its kind, only groups have a purpose. */
function checkKindAttributes(kind: OrgUnitKind, attrs: { branchKind?: unknown; groupPurpose?: unknown }): void {
  const fields: Record<string, string[]> = {};
  if (kind === OrgUnitKind.BRANCH && !attrs.branchKind) fields.branchKind = ["党支部必须指定支部类型"];
  if (kind !== OrgUnitKind.BRANCH && attrs.branchKind) fields.branchKind = ["只有党支部有支部类型"];
  if (kind !== OrgUnitKind.GROUP && attrs.groupPurpose) fields.groupPurpose = ["只有党小组有设立依据"];
  if (Object.keys(fields).length) throw badInput(fields);
}
