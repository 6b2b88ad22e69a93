import fc from "fast-check";
import { getNamedType, getNullableType, GraphQLInputObjectType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from "graphql";
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
  if (isEnumType(named)) return fc.oneof(fc.string({ minLength: 1 }).filter((s) => !named.getValue(s)), fc.integer(), ...nullIfRequired);
  if (isInputObjectType(named)) return fc.oneof(fc.string(), fc.integer(), ...nullIfRequired);
  switch (named.name) {
    case "ID":
      return fc.oneof(fc.string().filter((s) => !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s)), fc.constant("'; DROP TABLE member; --"), wrongShape, ...nullIfRequired);
    case "Int":
      return fc.oneof(fc.string(), fc.double({ noInteger: true, noNaN: true }), fc.constant(2 ** 40), fc.boolean(), ...nullIfRequired);
    case "Float":
      return fc.oneof(fc.string(), fc.boolean(), wrongShape, ...nullIfRequired);
    case "Boolean":
      return fc.oneof(fc.string(), fc.integer(), wrongShape, ...nullIfRequired);
    case "LocalDate":
      return fc.oneof(fc.constant("2025-02-30"), fc.constant("2025-13-01"), fc.constant("20250101"), fc.integer(), fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)), ...nullIfRequired);
    case "DateTimeISO":
      return fc.oneof(fc.constant("yesterday"), fc.constant("2025-02-30T00:00:00Z"), fc.boolean(), ...nullIfRequired);
    case "Money":
    case "Decimal":
      return fc.oneof(fc.constant("12.345"), fc.constant(12.5), fc.constant("abc"), fc.constant("1e5"), ...nullIfRequired);
    default:
      return isScalarType(named) ? fc.oneof(fc.integer(), fc.boolean(), wrongShape, ...nullIfRequired) : fc.constant(null);
  }
}

describe("invalid input, generated", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let inside: IdSet;

  const fingerprint = async (): Promise<string> => {
    const tables: Array<{ tablename: string }> = await app.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
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
    const person = (await app.ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, { i: { name: "群众", kind: "MASS", unitId: unit } })).createPerson.id;
    inside = { unit, member, person };
  });
  afterAll(() => app.close());

  it("answers 1,000 invalid inputs across all mutations with field-level BAD_USER_INPUT, no 5xx, no row changed", async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.args.some((a) => a.name === "input" && isInputObjectType(getNamedType(a.type))));
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
        const fieldLevel = error?.extensions?.fields ? Object.keys(error.extensions.fields).some((f) => f === field || f.startsWith(`${field}.`)) : String(error?.message).includes(field);
        if ((body.status ?? 500) >= 500 || error?.extensions?.code !== "BAD_USER_INPUT" || !fieldLevel) {
          failures.push(`${mutation.name}.${field} = ${JSON.stringify(bad)?.slice(0, 60)} → ${body.status} ${JSON.stringify(body).slice(0, 200)}`);
        }
      }),
      { numRuns: 1000, seed: 20261126 },
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 300_000);
});
