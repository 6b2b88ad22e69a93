import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { buildAppSchema } from "../api/src/schema";
import { createMember, unitsByFullName } from "./support/fixtures";
import { buildOperation, IdSet } from "./support/operation-builder";
import { startTestApp, TestApp } from "./support/test-app";

/** A value that is certainly wrong for an input field of this type. */
function invalidFor(type: ReturnType<GraphQLInputObjectType["getFields"]>[string]["type"]): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  const wrongShape = fc.oneof(fc.constant({ nested: true }), fc.constant([[1, 2]]));
  const nullIfRequired = isNonNullType(type) ? [fc.constant(null)] : [];
  // (a lone item is a valid list: GraphQL coerces "x" to ["x"], so only wrong items are wrong)
  if (isListType(nullable)) return fc.oneof(fc.constant([{ nested: true }]), fc.constant([[{ nested: true }]]), ...nullIfRequired);
  if (isEnumType(named))
    return fc.oneof(
      fc.string({ minLength: 1 }).filter((s) => !named.getValue(s)),
      fc.integer(),
      ...nullIfRequired,
    );
  if (isInputObjectType(named)) return fc.oneof(fc.string(), fc.integer(), ...nullIfRequired);
  switch (named.name) {
    case "ID":
      return fc.oneof(
        fc.string().filter((s) => !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s)),
        fc.constant("'; DROP TABLE member; --"),
        wrongShape,
        ...nullIfRequired,
      );
    case "Int":
      return fc.oneof(fc.string(), fc.double({ noInteger: true, noNaN: true }), fc.constant(2 ** 40), fc.boolean(), ...nullIfRequired);
    case "Float":
      return fc.oneof(fc.string(), fc.boolean(), wrongShape, ...nullIfRequired);
    case "Boolean":
      return fc.oneof(fc.string(), fc.integer(), wrongShape, ...nullIfRequired);
    case "LocalDate":
      return fc.oneof(
        fc.constant("2025-02-30"),
        fc.constant("2025-13-01"),
        fc.constant("20250101"),
        fc.integer(),
        fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
        ...nullIfRequired,
      );
    case "DateTimeISO":
      return fc.oneof(fc.constant("yesterday"), fc.constant("2025-02-30T00:00:00Z"), fc.boolean(), ...nullIfRequired);
    case "Money":
    case "Decimal":
      return fc.oneof(fc.constant("12.345"), fc.constant(12.5), fc.constant("abc"), fc.constant("1e5"), ...nullIfRequired);
    default:
      return isScalarType(named) ? fc.oneof(fc.integer(), fc.boolean(), wrongShape, ...nullIfRequired) : fc.constant(null);
  }
}

/** What PostgreSQL cannot take and the API must refuse on the field: per kind of input, the value and the answer. */
const UNSTORABLE = {
  text: { value: "矩阵\u0000测试", message: "不能包含空字符（\\u0000）" },
  date: { value: "0000-01-01", message: "日期应在 1900 年至 2199 年之间" },
  year: { value: -2147483648, message: "年份应在 1900–2199 之间" },
} as const;
type Unstorable = keyof typeof UNSTORABLE;

interface Target {
  kind: Unstorable;
  /** Argument name, then input fields and list positions. */
  path: Array<string | number>;
  /** The name `extensions.fields` must use: relative to an input-object argument, else from the argument. */
  field: string;
}

/** Every text, date and year position of a root field's arguments (input objects followed three levels deep). */
function targetsOf(field: GraphQLField<unknown, unknown>): Target[] {
  const found: Target[] = [];
  const walk = (type: GraphQLInputType, path: Array<string | number>, name: string, depth: number) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(nullable.ofType, [...path, 0], name, depth);
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (depth < 3) for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
      return;
    }
    const kind: Unstorable | null =
      named.name === "String" || named.name === "ID"
        ? "text"
        : named.name === "LocalDate"
          ? "date"
          : named.name === "Int" && /^year$|Year$/.test(name)
            ? "year"
            : null;
    if (!kind) return;
    const objectArg = isInputObjectType(getNullableType(field.args.find((a) => a.name === path[0])!.type));
    found.push({ kind, path, field: (objectArg ? path.slice(1) : path).join(".") });
  };
  for (const arg of field.args) walk(arg.type, [arg.name], arg.name, 0);
  return found;
}

/** A valid value for a required input field of an input object the base operation left out. */
function fillerFor(type: GraphQLInputType, ids: IdSet): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [fillerFor(nullable.ofType, ids)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) return requiredFields(named, ids);
  const values: Record<string, unknown> = {
    String: "矩阵测试",
    ID: ids.unit,
    Int: 1,
    Float: 1.5,
    Boolean: false,
    LocalDate: "2025-10-15",
    DateTimeISO: "2025-10-15T08:00:00.000Z",
    Money: "1.00",
    Decimal: "30.00",
    JSONObject: {},
  };
  return values[named.name] ?? "x";
}

function requiredFields(type: GraphQLInputObjectType, ids: IdSet): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const f of Object.values(type.getFields()))
    if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = fillerFor(f.type, ids);
  return value;
}

/** The base operation's variables with `bad` put at the target's path (creating what is missing on the way). */
function withValueAt(
  field: GraphQLField<unknown, unknown>,
  base: Record<string, unknown>,
  target: Target,
  bad: unknown,
  ids: IdSet,
): Record<string, unknown> {
  const variables = structuredClone(base);
  let holder: Record<string | number, unknown> = variables;
  let type: GraphQLInputType = field.args.find((a) => a.name === target.path[0])!.type;
  for (let i = 0; i < target.path.length - 1; i++) {
    const key = target.path[i];
    const nullable = getNullableType(type);
    const next = isListType(nullable) ? nullable.ofType : type;
    const named = getNamedType(next);
    const child = isListType(nullable) ? [] : isInputObjectType(named) ? requiredFields(named, ids) : null;
    if (holder[key] == null || (isListType(nullable) && !Array.isArray(holder[key]))) holder[key] = child;
    holder = holder[key] as Record<string | number, unknown>;
    const nextKey = target.path[i + 1];
    type = isListType(nullable) ? nullable.ofType : (named as GraphQLInputObjectType).getFields()[nextKey as string].type;
    if (isListType(nullable) && holder[nextKey] == null)
      holder[nextKey] =
        isInputObjectType(getNamedType(type)) && !isListType(getNullableType(type))
          ? requiredFields(getNamedType(type) as GraphQLInputObjectType, ids)
          : undefined;
  }
  holder[target.path[target.path.length - 1]] = bad;
  return variables;
}

/** JSON with keys sorted, to compare answers whatever order their keys came in (and across jest's realms). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The arguments given a value (so an optional one can carry the bad value); results selected by type name only. */
function documentFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const given = field.args.filter((a) => variables[a.name] !== undefined);
  const params = given.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = given.map((a) => `${a.name}: $${a.name}`);
  const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
  return `${kind} Unstorable${params.length ? `(${params.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection} }`;
}

describe("invalid input, generated", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let inside: IdSet;

  // user_session is left out: authenticating touches its last_used_at once a minute, by design.
  const fingerprint = async (): Promise<string> => {
    const tables: Array<{ tablename: string }> = await app.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'user_session' ORDER BY tablename`,
    );
    const parts = tables.map((t) => `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM "${t.tablename}")`);
    const [row] = await app.dataSource.query(`SELECT concat_ws(',', ${parts.join(", ")}) AS f`);
    return row.f;
  };

  beforeAll(async () => {
    schema = await buildAppSchema();
    app = await startTestApp();
    const units = await unitsByFullName(app);
    const unit = units["财经学院学生支部"].id;
    const member = (await createMember(app, unit)).id;
    const person = (
      await app.ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
        i: { name: "群众", kind: "MASS", unitId: unit },
      })
    ).createPerson.id;
    inside = { unit, member, person };
  });
  afterAll(() => app.close());

  it("answers 1,000 invalid inputs across all mutations with field-level BAD_USER_INPUT, no 5xx, no row changed", async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === "input" && isInputObjectType(getNamedType(a.type))),
    );
    expect(mutations.length).toBeGreaterThan(10);
    const cases = fc.oneof(
      ...mutations.map((mutation) => {
        const inputType = getNamedType(mutation.args.find((a) => a.name === "input")!.type) as GraphQLInputObjectType;
        const fields = Object.values(inputType.getFields());
        return fc.oneof(
          fc.constantFrom(...fields).chain((field) => invalidFor(field.type).map((bad) => ({ mutation, field: field.name, bad }))),
          fc.constant({ mutation, field: "unknownField", bad: "x" }),
        );
      }),
    );

    const before = await fingerprint();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(cases, async ({ mutation, field, bad }) => {
        const op = buildOperation(schema, "mutation", mutation, inside);
        const variables = { ...op.variables, input: { ...(op.variables.input as object), [field]: bad } };
        const body = await app.gql(op.document, variables);
        const error = body.errors?.[0];
        const fieldLevel = error?.extensions?.fields
          ? Object.keys(error.extensions.fields).some((f) => f === field || f.startsWith(`${field}.`))
          : String(error?.message).includes(field);
        if ((body.status ?? 500) >= 500 || error?.extensions?.code !== "BAD_USER_INPUT" || !fieldLevel) {
          failures.push(
            `${mutation.name}.${field} = ${JSON.stringify(bad)?.slice(0, 60)} → ${body.status} ${JSON.stringify(body).slice(0, 200)}`,
          );
        }
      }),
      { numRuns: 1000, seed: 20261126 },
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 300_000);

  it("refuses a NUL in any text, dates such as 0000-01-01 and years such as -2147483648 in every operation, on the field, changing nothing", async () => {
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
    ].filter(({ field }) => field.name !== "logout");
    const before = await fingerprint();
    const failures: string[] = [];
    const tried: Record<Unstorable, number> = { text: 0, date: 0, year: 0 };
    for (const { kind, field } of operations) {
      const base = buildOperation(schema, kind, field, inside).variables;
      for (const target of targetsOf(field)) {
        const { value, message } = UNSTORABLE[target.kind];
        const variables = withValueAt(field, base, target, value, inside);
        const body = await app.gql(documentFor(kind, field, variables), variables);
        tried[target.kind]++;
        // Exactly this answer on the field. (Other fields may be named too: the generated base values
        // are valid GraphQL, not always valid for every rule, e.g. a year of 1.)
        const error = body.errors?.length === 1 ? body.errors[0] : undefined;
        if (error?.extensions?.code !== "BAD_USER_INPUT" || canonical(error.extensions.fields?.[target.field]) !== canonical([message])) {
          failures.push(
            `${field.name} ${target.path.join(".")} = ${JSON.stringify(value)} → ${body.status} ${JSON.stringify(body.errors ?? body.data).slice(0, 240)}`,
          );
        }
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
    // Each kind reaches many operations (the schema has hundreds of text inputs).
    expect(tried.text).toBeGreaterThan(300);
    expect(tried.date).toBeGreaterThan(50);
    expect(tried.year).toBeGreaterThan(10);
    expect(await fingerprint()).toBe(before);
  }, 300_000);
});
