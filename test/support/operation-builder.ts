import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** The ids an operation's arguments are filled with: a member, a person and a unit of one side. */
export interface IdSet {
  unit: string;
  member: string;
  person: string;
}

export interface BuiltOperation {
  name: string;
  kind: "query" | "mutation";
  document: string;
  variables: Record<string, unknown>;
  /** Whether any argument names a record (so scope applies). */
  namesRecords: boolean;
  /** What the result is, for the leak check. */
  result: "page" | "list" | "object" | "scalar";
}

const SCALARS: Record<string, unknown> = {
  String: "矩阵测试",
  Int: 1,
  Float: 1.5,
  Boolean: false,
  LocalDate: "2025-10-15",
  DateTimeISO: "2025-10-15T08:00:00.000Z",
  Money: "1.00",
  Decimal: "30.00",
  JSONObject: {},
};

/** Which kind of record an ID argument names, from its own name and its operation's. */
function idFor(argName: string, operation: string, ids: IdSet): string {
  const name = argName.toLowerCase();
  if (name.includes("member")) return ids.member;
  if (name.includes("person")) return ids.person;
  if (name === "id" && /member/i.test(operation)) return ids.member;
  if (name === "id" && /person/i.test(operation)) return ids.person;
  return ids.unit;
}

/**
 * A syntactically valid operation for any root field: required arguments filled by type, every
 * ID (required or optional, at any depth of an input) pointing at the given side's records.
 */
export function buildOperation(schema: GraphQLSchema, kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, ids: IdSet): BuiltOperation {
  let namesRecords = false;
  const valueFor = (type: GraphQLInputType, argName: string, depth: number): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [valueFor(nullable.ofType, argName, depth)];
    const named = getNamedType(type) as GraphQLNamedType;
    if (named.name === "ID") {
      namesRecords = true;
      return idFor(argName, field.name, ids);
    }
    if (isScalarType(named)) return argName.toLowerCase().includes("password") ? "matrix-password-1" : SCALARS[named.name] ?? "x";
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) return inputObject(named, depth + 1);
    return null;
  };
  const inputObject = (type: GraphQLInputObjectType, depth: number): Record<string, unknown> => {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const isId = getNamedType(f.type).name === "ID";
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || (isId && depth < 3)) value[f.name] = valueFor(f.type, f.name, depth);
    }
    return value;
  };

  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const isId = getNamedType(arg.type).name === "ID";
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !isId && !isInputObjectType(getNamedType(arg.type))) continue;
    variables[arg.name] = valueFor(arg.type, arg.name, 0);
    params.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }

  const returned = getNamedType(field.type);
  const isList = isListType(getNullableType(field.type));
  const isPage = isObjectType(returned) && "totalCount" in (returned as GraphQLObjectType).getFields();
  const selection = isScalarType(returned) || isEnumType(returned) ? "" : isPage ? "{ __typename totalCount }" : "{ __typename }";
  const document = `${kind} Matrix${params.length ? `(${params.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection} }`;
  return {
    name: field.name,
    kind,
    document,
    variables,
    namesRecords,
    result: isPage ? "page" : isList ? "list" : selection ? "object" : "scalar",
  };
}
