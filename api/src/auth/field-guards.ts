import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { RequestContext } from "../context";
import { AppError, ErrorCode } from "../common/errors";
import { unitOpen } from "./access";
import { Permission } from "./permissions";

/**
 * The relation fields of an org unit that place it in the tree (each loads only units the caller may
 * see). Every other relation field of an OrgUnit is what it holds (register, committee, documents,
 * rooms, counts) and is shown only for units whose contents the caller may read: a unit reached by
 * walking up the tree shows its name, not its people.
 */
const UNIT_TREE_FIELDS = new Set(["parent", "ancestors", "children"]);

/**
 * Types whose permission is not the one of the root queries returning them. OrgUnit: anyone may
 * see the names on their way up the tree (its contents are guarded field by field). User: reached
 * only through `me`, sign-in results and account administration, each guarded at its root.
 * CommitteePosition: organisation information, whichever root query also lists it.
 */
const TYPE_PERMISSION_OVERRIDES: Record<string, Permission | null> = {
  OrgUnit: null,
  User: null,
  CommitteePosition: Permission.ORG_READ,
};

/**
 * Guards every relation field of the schema, decided once when it is built (no per-field middleware):
 * - a field leading to another kind of resource needs that kind's read permission — the one its root
 *   queries require (OrgUnit.members needs MEMBER_READ, Member.thoughtReports GOVERNANCE_READ) —
 *   except on the caller's own member record and account (SELF_READ covers those);
 * - an org unit's holdings are empty for a unit whose contents the caller may not read.
 * Records are kept to the caller's scope by the loaders behind these fields (auth/record-scope.ts).
 * Returns the guards applied, for the access tests.
 */
export function guardRelationFields(schema: GraphQLSchema): Map<string, Permission> {
  const kinds = readPermissionsByType(schema);
  const applied = new Map<string, Permission>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || isRoot(schema, type)) continue;
    const parentKind = kinds.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target)) continue;
      if (type.name === "OrgUnit" && !UNIT_TREE_FIELDS.has(field.name)) guardUnitHolding(field);
      const needed = kinds.get(itemType(target).name);
      if (needed && needed !== parentKind) {
        requirePermission(type.name, field, needed);
        applied.set(`${type.name}.${field.name}`, needed);
      }
    }
  }
  return applied;
}

function requirePermission(typeName: string, field: GraphQLField<unknown, RequestContext>, needed: Permission): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    if (!ctx.user.permissions.has(needed) && !ownRecord(typeName, source, ctx)) {
      throw new AppError(ErrorCode.FORBIDDEN, `没有权限（需要 ${needed}）`, { missing: [needed] });
    }
    return resolve(source, args, ctx, info);
  };
}

function ownRecord(typeName: string, source: unknown, ctx: RequestContext): boolean {
  const id = (source as { id?: string } | null)?.id;
  if (!id) return false;
  if (typeName === "Member") return id === ctx.records.access.selfMemberId;
  if (typeName === "User") return id === ctx.user.id;
  return false;
}

/** For a unit the caller may see only by name: an empty list or page, or nothing. */
function guardUnitHolding(field: GraphQLField<unknown, RequestContext>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const type = getNullableType(field.type);
  const isPage = isObjectType(type) && "totalCount" in type.getFields();
  if (isNonNullType(field.type) && !isListType(type) && !isPage) {
    throw new Error(`OrgUnit.${field.name} must be nullable or a list: a unit seen only by name holds nothing`);
  }
  const empty = () => (isListType(type) ? [] : isPage ? { items: [], totalCount: 0 } : null);
  field.resolve = (unit, args, ctx, info) =>
    unitOpen(ctx.records.access, (unit as { id: string }).id) ? resolve(unit, args, ctx, info) : empty();
}

/** The permission each record type's root queries require (the type of a page is its items'). */
function readPermissionsByType(schema: GraphQLSchema): Map<string, Permission> {
  const byField = new Map(getMetadataStorage().authorizedFields.map((f) => [f.fieldName, f.roles as Permission[]]));
  const kinds = new Map<string, Permission>();
  for (const query of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const roles = byField.get(query.name);
    const type = itemType(getNamedType(query.type));
    if (roles?.length === 1 && !kinds.has(type.name)) kinds.set(type.name, roles[0]);
  }
  for (const [name, permission] of Object.entries(TYPE_PERMISSION_OVERRIDES)) {
    if (permission) kinds.set(name, permission);
    else kinds.delete(name);
  }
  return kinds;
}

function itemType(type: GraphQLNamedType): GraphQLNamedType {
  if (!isObjectType(type)) return type;
  const items = type.getFields().items;
  return items && "totalCount" in type.getFields() ? getNamedType(items.type) : type;
}

function isRoot(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  return type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
}
