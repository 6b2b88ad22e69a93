import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isAbstractType, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { Permission } from "../api/src/auth/permissions";
import { UserRole } from "../api/src/auth/roles";
import { buildAppSchema } from "../api/src/schema";
import { Actor, ActorSpec, ALL_READ_PERMISSIONS, makeActor } from "./support/access-actors";
import { Oracle, READ_PERMISSION, RecordInfo, Viewer } from "./support/access-oracle";
import { AccessWorld, NOT_SCOPED_RECORDS, prepareSecondCollege, seedAccessWorld, Side } from "./support/access-world";
import { crawl, CrawlResult, Expansion, literalArgs, relationFields, Target } from "./support/depth-crawl";
import { buildScopedOperation, Filler, stemType } from "./support/operation-builder";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * The access matrix at depth, generated from the schema: for every object type and every
 * relation or list field on it, a path from something the caller may see (the root queries it may
 * call, `me`) to the records behind it — crawled breadth-first as each role and token kind over a
 * world where records on both sides of the boundary are linked (see support/access-world.ts).
 *
 * Judged by an oracle written here in SQL (support/access-oracle.ts), independent of the API:
 *  (a) nothing outside the caller's subtree comes back: every object with an id is the caller's,
 *      except org units ABOVE its scope (reached walking up: `parent`, `ancestors`, a member
 *      account's branch), which may show their own fields but whose register, committee,
 *      documents, rooms, members, counts and children must still be the caller's or empty; a
 *      member account sees only its own member and records about it; a page never counts more
 *      than the caller may see; a unit's member counts never count more than that either;
 *  (b) ID numbers and phones show at most 4 characters to a caller without MEMBER_SENSITIVE_READ
 *      (a member its own excepted), audit snapshots included;
 *  (c) a field that reveals another kind of resource needs that kind's read permission;
 *  (d) every relation field of the schema was walked — a new relation field either leaks (a, b, c)
 *      or is unreached (d), and fails this test either way.
 */

/** Hops from a root (the documents stay within the edge's depth 12). */
const MAX_HOPS = 7;
/** Page size of relation fields that page: the world is small, every record of a list fits (a report's findings too). */
const FIRST = 100;
const MEMBER_ROLE = "member";

/** The callers, by role and token kind (all anchored on the inside branch or its general branch). */
function actorSpecs(world: AccessWorld, college: string): ActorSpec[] {
  const { inside } = world.sides;
  return [
    { name: "admin", role: UserRole.ADMIN, scopeUnitId: college },
    { name: "leadership", role: UserRole.LEADERSHIP, scopeUnitId: college },
    { name: "gb-secretary", role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: inside.generalBranch },
    { name: "branch-secretary", role: UserRole.BRANCH_SECRETARY, scopeUnitId: inside.branch },
    { name: "branch-committee", role: UserRole.BRANCH_COMMITTEE, scopeUnitId: inside.branch },
    // (the member account is the world's own: see beforeAll)
    { name: "token-all-read", token: ALL_READ_PERMISSIONS, scopeUnitId: inside.branch },
    { name: "token-org-read", token: [Permission.ORG_READ], scopeUnitId: inside.generalBranch },
    { name: "token-audit-read", token: [Permission.AUDIT_READ], scopeUnitId: inside.branch },
  ];
}
const ACTOR_NAMES = [
  "admin",
  "leadership",
  "gb-secretary",
  "branch-secretary",
  "branch-committee",
  MEMBER_ROLE,
  "token-all-read",
  "token-org-read",
  "token-audit-read",
];

/**
 * Relation fields no caller can walk in this world, and why (each one is a field the matrix
 * cannot vouch for, so keep it short).
 */
const NEVER_WALKED: Record<string, string> = {};

/** Relation fields that are walked but come back empty for everyone in this world, and why. */
const ALWAYS_EMPTY: Record<string, string> = {};

interface Problem {
  actor: string;
  /** `Type.field` the object came back from. */
  field: string;
  path: string;
  why: string;
  /** The record (type and id), when the problem is about one. */
  record: string;
}

/**
 * Twice: with the database's row-level security (as the API runs) and with the API's own checks alone
 * (its scoped loaders and field guards), so each wall is proven on its own — a new relation field
 * whose loader forgets the scope fails the second run even where the database would have hidden it.
 */
describe.each([
  { walls: "the API's checks and row-level security", rowLevelSecurity: true },
  { walls: "the API's checks alone", rowLevelSecurity: false },
])("access matrix at depth ($walls): every relation field, as every role and token kind", ({ rowLevelSecurity }) => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let world: AccessWorld;
  let oracle: Oracle;
  const actors = new Map<string, Actor>();
  const coverage = new Map<string, CrawlResult>();
  let unitNames: Map<string, string>;
  /** Active members and their home unit's path (SQL, not the API): the bound on member counts. */
  let activeMembers: Array<{ id: string; path: string[] }>;

  beforeAll(async () => {
    schema = await buildAppSchema();
    app = await startTestApp({ prepare: prepareSecondCollege, rowLevelSecurity });
    ({ world } = await seedAccessWorld(app));
    // A unit's names down from its general branch (the college root by its own name), the second college marked.
    const rows: Array<{ id: string; name: string; college: string }> = await app.dataSource.query(
      `SELECT u.id, u.college_id AS college,
              coalesce(nullif(array_to_string(ARRAY(SELECT a.name FROM unnest(u.path[2:]) WITH ORDINALITY AS p(id, n) JOIN org_unit a ON a.id = p.id ORDER BY p.n), '/'), ''), u.name) AS name
         FROM org_unit u`,
    );
    unitNames = new Map(rows.map((r) => [r.id, r.college === app.collegeId ? r.name : `第二所学校:${r.name}`]));
    activeMembers = await app.dataSource.query(
      `SELECT m.id::text, h.path::text[] AS path FROM member m JOIN org_unit h ON h.id = coalesce(m.group_id, m.branch_id) WHERE m.status = 'ACTIVE'`,
    );
    for (const spec of actorSpecs(world, app.collegeId!)) actors.set(spec.name, await makeActor(app, spec));
    // The member account is the world's: a MEMBER user of the inside student member.
    const { inside } = world.sides;
    actors.set(MEMBER_ROLE, {
      name: MEMBER_ROLE,
      client: await app.login(inside.memberAccount.username, inside.memberAccount.password),
      viewer: {
        label: MEMBER_ROLE,
        roots: [],
        member: inside.member,
        user: inside.memberAccount.userId,
        permissions: new Set([Permission.SELF_READ]),
      },
    });
    // Read last: the actors' accounts, tokens and their audit entries are records too.
    oracle = await Oracle.load(app.dataSource);
  }, 120_000);
  afterAll(() => app?.close());

  it.each(ACTOR_NAMES)(
    "as %s: nothing outside the scope, nothing unmasked, nothing without its permission, at any depth",
    async (name) => {
      const actor = actors.get(name)!;
      const viewer = actor.viewer as Viewer;
      const problems: Problem[] = [];
      const declared = declaredPermissions();
      const may = (field: string) => (declared.get(field) ?? []).every((p) => viewer.permissions.has(p));

      const roots: Array<{ field: string; values: Record<string, unknown> }> = [];
      for (const field of Object.values(schema.getQueryType()!.getFields())) {
        if (!may(field.name)) continue;
        const built = await buildScopedOperation(schema, "query", field, insideFiller(world.sides.inside), { requiredOnly: true });
        // Lists unfiltered and whole (the world is small): every record a root lists is a start.
        roots.push({
          field: field.name,
          values: field.args.some((a) => a.name === "first") ? { ...built.variables, first: 100 } : built.variables,
        });
      }
      const rootById = new Map<string, string>();
      for (const field of Object.values(schema.getQueryType()!.getFields())) {
        const [arg] = field.args;
        if (
          field.args.length === 1 &&
          arg.name === "id" &&
          getNamedType(arg.type).name === "ID" &&
          isObjectType(field.type) &&
          may(field.name)
        )
          rootById.set(field.type.name, field.name);
      }

      const result = await crawl({
        schema,
        client: actor.client,
        roots,
        rootById,
        maxHops: MAX_HOPS,
        argsFor: relationArgs,
        expansion: (type, object): Expansion => {
          if (typeof object.id !== "string" || !hasRecordId(type) || type in NOT_SCOPED_RECORDS) return "path";
          const info = oracle.get(type, object.id);
          const standing = info ? oracle.standing(viewer, info) : "out";
          // A record of a kind the caller may not read is not followed further (it is reported where it came back).
          const permission = READ_PERMISSION[type];
          const readable =
            !permission ||
            viewer.member !== undefined ||
            (type === "User" && object.id === viewer.user) ||
            viewer.permissions.has(permission);
          if (standing === "in") return !readable ? "none" : rootById.has(type) ? "reroot" : "path";
          return standing === "above" ? "path" : "none";
        },
        inspect: (target) => judge(target),
        error: (path, type, field, code, message) => {
          // Refusing is never a leak; a field out of scope may also answer NOT_FOUND.
          if (code === "FORBIDDEN" || code === "NOT_FOUND") return;
          problems.push({ actor: name, field: `${type}.${field}`, path, why: `error ${code}: ${message}`, record: "" });
        },
      });
      coverage.set(name, result);
      // Every (node, field) fits a document within the edge limits: a field the crawl had to skip is a field it cannot vouch for.
      for (const { field, path } of result.tooCostly)
        problems.push({ actor: name, field, path, why: "no document within the edge limits could ask it", record: "" });
      expect(report(problems)).toEqual([]);

      /** Every check on one object a relation field returned. */
      function judge({ object, type, parent, parentType, field, path }: Target): void {
        const at = (why: string, record = "") => problems.push({ actor: name, field: `${parentType}.${field}`, path, why, record });
        // (a) the page counts no more than the caller may see.
        if ("totalCount" in object && "items" in object) {
          const itemType = getNamedType((schema.getType(type) as GraphQLObjectType).getFields().items.type).name;
          if (!hasRecordId(itemType) || itemType in NOT_SCOPED_RECORDS) return; // rows about records: judged row by row below
          const permission = READ_PERMISSION[itemType];
          const bound =
            permission && !viewer.member && !viewer.permissions.has(permission)
              ? 0 // a kind the caller may not read: no page of it counts anything
              : oracle.countVisible(viewer, itemType) + (itemType === "OrgUnit" ? oracle.aboveUnits(viewer).size : 0);
          if (object.totalCount > bound) at(`a page of ${object.totalCount} ${itemType}, of which the caller may see ${bound}`);
          return;
        }
        // (a) a unit's member counts count no more members than the caller may see in it.
        if (type === "MemberCounts" && parent?.id) {
          const unit = parent.id as string;
          const bound = activeMembers.filter(
            (m) => m.path.includes(unit) && (m.path.some((u) => viewer.roots.includes(u)) || m.id === viewer.member),
          ).length;
          const over = Object.entries(object).filter(([k, v]) => k !== "__typename" && typeof v === "number" && v > bound);
          if (over.length)
            at(
              `member counts of ${unitNames.get(unit)} ${over.map(([k, v]) => `${k}=${v}`).join(" ")}, the caller may see ${bound}`,
              `OrgUnit ${unit}`,
            );
        }
        const view = NOT_SCOPED_RECORDS[type];
        if (view?.judged === "with its report") {
          // a line of a report already judged by the row it belongs to
        } else if (typeof object.id === "string") {
          const info = view ? oracle.getById(object.id) : oracle.get(type, object.id);
          if (!info) {
            at(`${type} ${object.id} is unknown to the oracle`, `${type} ${object.id}`);
            return;
          }
          const standing = oracle.standing(viewer, info);
          const record = `${type} ${object.id}`;
          if (standing === "out") at(`outside the scope (${where(info)})`, record);
          // (c) a record of another kind needs that kind's permission (a member account's own records, its own account, units above by name excepted).
          const permission = READ_PERMISSION[type];
          const own = viewer.member !== undefined || (type === "User" && object.id === viewer.user);
          if (standing === "in" && permission && !own && !viewer.permissions.has(permission)) at(`needs ${permission}`, record);
        } else {
          // (a) a row about a record (hours of a member, a summary of a branch …): about the caller's records only.
          for (const [key, value] of Object.entries(object)) {
            const refType = key.endsWith("Id") ? stemType(key) : undefined;
            if (!refType || typeof value !== "string") continue;
            const info = oracle.get(refType, value);
            if (!info || oracle.standing(viewer, info) !== "in")
              at(`a ${type} about ${refType} ${value} outside the scope${info ? ` (${where(info)})` : ""}`, `${refType} ${value}`);
          }
        }
        // (b) masked fields and audit snapshots.
        if (!viewer.permissions.has(Permission.MEMBER_SENSITIVE_READ)) {
          const own = new Set(viewer.member ? (world.sensitiveOf.get(viewer.member) ?? []) : []);
          const mine = viewer.member && type === "Member" && object.id === viewer.member;
          for (const [key, value] of maskedValues(object)) {
            if (!mine && unmasked(value) > 4)
              at(`${key} "${value}" shows ${unmasked(value)} characters`, typeof object.id === "string" ? `${type} ${object.id}` : "");
          }
          const text = JSON.stringify(object);
          for (const value of world.sensitiveValues) {
            if (!own.has(value) && text.includes(value))
              at(`${value} unmasked`, typeof object.id === "string" ? `${type} ${object.id}` : "");
          }
        }
      }
    },
    300_000,
  );

  it("walked every relation field of the schema (a new relation field is either judged or fails here)", () => {
    expect([...coverage.keys()].sort()).toEqual([...ACTOR_NAMES].sort());
    const walked = new Set([...coverage.values()].flatMap((r) => [...r.walked]));
    const nonEmpty = new Set([...coverage.values()].flatMap((r) => [...r.nonEmpty]));
    const all = relationsReachableFromQuery(schema);
    expect({
      neverWalked: all.filter((f) => !walked.has(f) && !(f in NEVER_WALKED)),
      alwaysEmpty: all.filter((f) => walked.has(f) && !nonEmpty.has(f) && !(f in ALWAYS_EMPTY)),
      allowListedButWalked: Object.keys(NEVER_WALKED).filter((f) => walked.has(f)),
    }).toEqual({ neverWalked: [], alwaysEmpty: [], allowListedButWalked: [] });
  });

  /** Fills a root query's required arguments with the inside side's records. */
  function insideFiller(side: Side): Filler {
    return {
      async id(target) {
        if (target.type === "OrgUnit") return side[target.unit ?? "branch"];
        if (target.type === "Member")
          return target.role === "teacher" ? side.teacher : target.role === "student2" ? side.student2 : side.member;
        return side.records[target.type].id;
      },
      version: async () => 1,
      value: () => undefined,
    };
  }

  /** Arguments of a relation field: pages of FIRST, everything a flag can add (ended terms, archived units, the whole subtree), required dates over the world's year. */
  function relationArgs(_type: string, field: GraphQLField<unknown, unknown>): string {
    const values: Record<string, unknown> = {};
    for (const arg of field.args) {
      const named = getNamedType(arg.type).name;
      if (arg.name === "first") values.first = FIRST;
      else if (named === "Boolean" && arg.defaultValue === false) values[arg.name] = true;
      else if (arg.name === "from") values.from = "2026-01-01";
      else if (arg.name === "to") values.to = "2026-12-31";
    }
    return literalArgs(field, values);
  }

  function hasRecordId(type: string): boolean {
    const t = schema.getType(type);
    return isObjectType(t) && "id" in t.getFields();
  }

  function where(info: RecordInfo): string {
    return info.level === "unit"
      ? info.homes.map((h) => unitNames.get(h) ?? h).join(" + ")
      : `${info.level} ${unitNames.get(info.college ?? "") ?? info.college}`;
  }
});

/** `[key, value]` of every ID number and phone in an object, nested snapshots (the audit's before/after) included. */
function maskedValues(object: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (object && typeof object === "object") {
    for (const [key, value] of Object.entries(object)) {
      if (/^(idNumber|phone|id_number)$/.test(key) && typeof value === "string") out.push([key, value]);
      else maskedValues(value, out);
    }
  }
  return out;
}

function unmasked(value: string): number {
  return value.replace(/\*/g, "").length;
}

function declaredPermissions(): Map<string, Permission[]> {
  const map = new Map<string, Permission[]>();
  for (const f of getMetadataStorage().authorizedFields) map.set(f.fieldName, f.roles as Permission[]);
  return map;
}

/** `Type.field` of every relation field of every object type a query can reach (mutation-only results are the root matrix's). */
function relationsReachableFromQuery(schema: GraphQLSchema): string[] {
  const reached = new Set<string>();
  const todo: GraphQLObjectType[] = [schema.getQueryType()!];
  const out: string[] = [];
  while (todo.length) {
    const type = todo.pop()!;
    if (reached.has(type.name)) continue;
    reached.add(type.name);
    for (const field of relationFields(type)) {
      if (type !== schema.getQueryType()) out.push(`${type.name}.${field.name}`);
      const named = getNamedType(field.type);
      const targets = isAbstractType(named) ? schema.getPossibleTypes(named) : [named as GraphQLObjectType];
      for (const t of targets) {
        if (isPageType(t)) todo.push(getNamedType(t.getFields().items.type) as GraphQLObjectType);
        else todo.push(t);
      }
    }
  }
  return out.sort();
}

function isPageType(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return "items" in fields && "totalCount" in fields;
}

/** Problems grouped by the field they came back from, with a count and the first examples: one line per group. */
function report(problems: Problem[]): string[] {
  const groups = new Map<string, Problem[]>();
  const seen = new Set<string>();
  for (const p of problems) {
    const key = `${p.field} — ${p.why
      .replace(/\(.*\)$/, "")
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…")
      .replace(/\d+/g, "n")
      .trim()}`;
    // Each field lists its own leaks (one record leaking by several fields shows under each), each once.
    const once = `${p.field}|${p.record}|${p.why}`;
    if (p.record && seen.has(once)) continue;
    seen.add(once);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(p);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([key, list]) =>
        `${key}: ${list.length}× — e.g. ${list
          .slice(0, 2)
          .map((p) => `${p.path} → ${p.record} ${p.why}`)
          .join(" | ")}`,
    );
}
