import { GraphQLObjectType, GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { PUBLIC_OPERATIONS } from "../api/src/auth/public-operations";
import { ROLE_PERMISSIONS, UserRole } from "../api/src/auth/roles";
import { Permission } from "../api/src/auth/permissions";
import { buildAppSchema } from "../api/src/schema";
import { generateDemoMembers } from "../api/src/seed/demo-members";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import { createMember, unitsByFullName } from "./support/fixtures";
import { buildOperation, BuiltOperation, IdSet } from "./support/operation-builder";
import { Client, startTestApp, TestApp } from "./support/test-app";

/** Operations that end the caller's sessions: tried last (logout very last), so they do not end the run. */
const SESSION_ENDING = ["changeMyPassword", "logout"];
const lastness = (name: string) => SESSION_ENDING.indexOf(name) + 1;
/** Lists that are shared by every college by design (the source's three post types), not scoped data. */
const SHARED_CATALOGS = new Set(["servicePostTypes"]);
const OK_REFUSALS = new Set(["NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "GRAPHQL_VALIDATION_FAILED"]);

interface Actor {
  name: string;
  client: Client;
  permissions: ReadonlySet<Permission> | "anonymous";
  /** Records outside this actor's scope, one set per kind of neighbour. */
  outside: IdSet[];
  inside: IdSet;
}

function requiredPermissions(): Map<string, Permission[]> {
  const map = new Map<string, Permission[]>();
  for (const f of getMetadataStorage().authorizedFields) map.set(f.fieldName, f.roles as Permission[]);
  return map;
}

function rootOperations(schema: GraphQLSchema): Array<{ kind: "query" | "mutation"; field: ReturnType<GraphQLObjectType["getFields"]>[string] }> {
  const ops = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
  ];
  return ops.sort((a, b) => lastness(a.field.name) - lastness(b.field.name));
}

describe("access matrix: every operation × every role × inside and outside its scope", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let actors: Actor[];
  const fingerprint = async () =>
    (await app.dataSource.query(`SELECT (SELECT count(*) FROM audit_entry)::int AS audits, (SELECT count(*) FROM member)::int AS members,
        (SELECT coalesce(sum(xmin::text::bigint), 0)::text FROM member WHERE college_id <> $1) AS other_members,
        (SELECT coalesce(sum(xmin::text::bigint), 0)::text FROM org_unit WHERE college_id <> $1) AS other_units`, [app.collegeId]))[0];

  beforeAll(async () => {
    schema = await buildAppSchema();
    app = await startTestApp({
      prepare: (ds) =>
        ds.transaction(async (em) => {
          const other = await seedCollegeStructure(em); // a second college: outside even an administrator's scope
          await generateDemoMembers(em, other, { members: 40, seed: 99 });
          const branch = other.find((u) => u.kind === "BRANCH")!;
          await em.query(`INSERT INTO person (name, kind, unit_id, college_id) VALUES ('外校群众', 'MASS', $1, $2)`, [branch.id, branch.path[0]]);
        }),
    });
    const units = await unitsByFullName(app);
    const person = async (unitId: string) =>
      (await app.ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, { i: { name: "群众", kind: "MASS", unitId } })).createPerson.id;
    const side = async (unit: string): Promise<IdSet> => ({
      unit: units[unit].id,
      member: (await createMember(app, units[unit].id)).id,
      person: await person(units[unit].id),
    });
    const inside = await side("财经学院学生支部");
    const sibling = await side("信息工程学院学生支部");
    const [otherCollege] = await app.dataSource.query(
      `SELECT u.id AS unit, (SELECT id FROM member WHERE branch_id = u.id LIMIT 1) AS member, (SELECT id FROM person WHERE college_id = u.college_id LIMIT 1) AS person
         FROM org_unit u WHERE u.kind = 'BRANCH' AND u.college_id <> $1 AND EXISTS (SELECT 1 FROM member WHERE branch_id = u.id) LIMIT 1`,
      [app.collegeId],
    );
    const selfMember = await createMember(app, units["财经学院学生支部"].id);
    const account = async (name: string, role: UserRole, scopeUnitId: string | null, outside: IdSet[]): Promise<Actor> => ({
      name,
      client: await app.clientFor({ role, scopeUnitId, memberId: role === UserRole.MEMBER ? selfMember.id : null }),
      permissions: new Set(ROLE_PERMISSIONS[role]),
      outside,
      inside,
    });
    const token = await app.ok(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
      i: { name: "矩阵令牌", permissions: ["ORG_READ", "MEMBER_READ", "ACTIVITY_READ"], scopeUnitId: units["财经学院党总支"].id },
    });
    actors = [
      await account("admin", UserRole.ADMIN, app.collegeId, [otherCollege]),
      await account("leadership", UserRole.LEADERSHIP, app.collegeId, [otherCollege]),
      await account("gb-secretary", UserRole.GENERAL_BRANCH_SECRETARY, units["财经学院党总支"].id, [sibling, otherCollege]),
      await account("gb-committee", UserRole.GENERAL_BRANCH_COMMITTEE, units["财经学院党总支"].id, [sibling, otherCollege]),
      await account("branch-secretary", UserRole.BRANCH_SECRETARY, units["财经学院学生支部"].id, [sibling, otherCollege]),
      await account("branch-committee", UserRole.BRANCH_COMMITTEE, units["财经学院学生支部"].id, [sibling, otherCollege]),
      await account("member", UserRole.MEMBER, null, [sibling, otherCollege]),
      {
        name: "token", client: app.client(token.createApiToken.token), inside,
        permissions: new Set([Permission.ORG_READ, Permission.MEMBER_READ, Permission.ACTIVITY_READ]), outside: [sibling, otherCollege],
      },
      { name: "anonymous", client: app.client(), permissions: "anonymous", inside, outside: [sibling, otherCollege] },
    ];
  });
  afterAll(() => app.close());

  it("declares a permission on every query and mutation except the ways in", () => {
    const declared = requiredPermissions();
    const undeclared = rootOperations(schema)
      .map((op) => op.field.name)
      .filter((name) => !PUBLIC_OPERATIONS.has(name) && !(declared.get(name)?.length));
    expect(undeclared).toEqual([]);
  });

  it("refuses what a role may not do, allows what it may, and never leaks or writes outside its scope", async () => {
    const declared = requiredPermissions();
    const problems: string[] = [];
    let tried = 0;
    for (const actor of actors) {
      for (const { kind, field } of rootOperations(schema)) {
        if (PUBLIC_OPERATIONS.has(field.name)) continue;
        const needed = declared.get(field.name) ?? [];
        const allowed = actor.permissions !== "anonymous" && needed.every((p) => (actor.permissions as ReadonlySet<Permission>).has(p));
        const sides: Array<{ ids: IdSet; outside: boolean }> = [{ ids: actor.inside, outside: false }, ...actor.outside.map((ids) => ({ ids, outside: true }))];
        for (const { ids, outside } of sides) {
          const op: BuiltOperation = buildOperation(schema, kind, field, ids);
          if (outside && !op.namesRecords) continue;
          const writes = outside && kind === "mutation";
          const before = writes ? await fingerprint() : null;
          const result = await actor.client.gql(op.document, op.variables);
          tried++;
          const code = result.errors?.[0]?.extensions?.code;
          const where = `${actor.name} ${field.name} ${outside ? "outside" : "inside"}`;
          if (code === "INTERNAL") problems.push(`${where}: INTERNAL error`);
          if (actor.permissions === "anonymous") {
            if (code !== "UNAUTHENTICATED") problems.push(`${where}: expected UNAUTHENTICATED, got ${code ?? "data"}`);
            continue;
          }
          if (!allowed) {
            if (code !== "FORBIDDEN") problems.push(`${where}: expected FORBIDDEN, got ${code ?? "data"}`);
            continue;
          }
          if (!outside) {
            if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") problems.push(`${where}: refused inside its scope (${code})`);
            continue;
          }
          if (code && !OK_REFUSALS.has(String(code))) problems.push(`${where}: unexpected ${code}`);
          const value = result.data?.[field.name];
          const leaked =
            !code && value != null && !SHARED_CATALOGS.has(field.name) &&
            ((op.result === "page" && value.totalCount > 0) ||
              (op.result === "list" && value.length > 0) ||
              (op.result === "object" && !/Refusal$/.test(value.__typename)));
          if (leaked) problems.push(`${where}: returned ${JSON.stringify(value).slice(0, 120)}`);
          if (writes) {
            const after = await fingerprint();
            if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${where}: wrote ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThan(actors.length * 20);
  }, 300_000);
});
