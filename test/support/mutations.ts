import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, GraphQLField, GraphQLObjectType, isLeafType, isObjectType, isUnionType } from "graphql";
import type { Client } from "./test-app";

/**
 * Mutations by name, their documents built from the committed schema (schema/schema.graphql, which a
 * test keeps equal to the code's): arguments typed as declared, the result's `id` and `version` where
 * it has them, a refusal's `errorCode`, `message` and `field`. Specs that write many kinds of records
 * name the mutation and give its input, and keep working when an input type is renamed.
 */
const SCHEMA = buildSchema(readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
const MUTATIONS = SCHEMA.getMutationType()!.getFields();

export interface Written {
  __typename: string;
  id?: string;
  version?: number;
  errorCode?: string;
  message?: string;
  field?: string | null;
}

/** The mutation fields of the committed schema. */
export function mutationFields(): Array<GraphQLField<unknown, unknown>> {
  return Object.values(MUTATIONS);
}

/** The types a mutation may answer with (a union's members, or the one type). */
export function resultTypes(field: GraphQLField<unknown, unknown>): GraphQLObjectType[] {
  const type = getNamedType(field.type);
  if (isUnionType(type)) return [...type.getTypes()];
  return isObjectType(type) ? [type] : [];
}

const isErrorResult = (type: GraphQLObjectType) => type.getInterfaces().some((i) => i.name === "ErrorResult");

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  if (isLeafType(getNamedType(field.type))) return "";
  const parts = resultTypes(field).map((type) => {
    if (isErrorResult(type)) return `... on ${type.name} { errorCode message${type.getFields().field ? " field" : ""} }`;
    const own = ["id", "version"].filter((f) => type.getFields()[f]);
    return own.length ? `... on ${type.name} { ${own.join(" ")} }` : "";
  });
  return `{ __typename ${parts.join(" ")} }`;
}

function documentOf(name: string, variables: Record<string, unknown>): string {
  const field = MUTATIONS[name];
  if (!field) throw new Error(`no mutation ${name} in schema/schema.graphql`);
  const given = field.args.filter((a) => variables[a.name] !== undefined);
  const params = given.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = given.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `mutation ${name[0].toUpperCase()}${name.slice(1)}${params ? `(${params})` : ""} { ${name}${args ? `(${args})` : ""} ${selectionOf(field)} }`;
}

/** The variables for a mutation: `{ input }` when it takes one input object, else the arguments as given. */
function variablesOf(name: string, input: Record<string, unknown>): Record<string, unknown> {
  const field = MUTATIONS[name];
  return field?.args.length === 1 && field.args[0].name === "input" ? { input } : input;
}

/** Runs a mutation; answers what it returned (a record or a refusal). GraphQL errors fail the test. */
export async function mutate(client: Client, name: string, input: Record<string, unknown> = {}): Promise<Written> {
  const variables = variablesOf(name, input);
  const data = await client.ok<Record<string, Written>>(documentOf(name, variables), variables);
  const result = data[name];
  return typeof result === "object" && result !== null ? result : { __typename: typeof result };
}

/** Runs a mutation that must succeed; answers the record's id and version. */
export async function write(client: Client, name: string, input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const result = await mutate(client, name, input);
  if (result.errorCode) throw new Error(`${name} refused: ${result.errorCode} ${result.message}`);
  return { id: result.id!, version: result.version! };
}
