import {
  astFromValue,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  print,
  SelectionSetNode,
} from "graphql";
import { estimateCost } from "../../api/src/edge/cost.plugin";
import { EDGE_LIMITS } from "../../api/src/edge/limits";
import type { Client } from "./test-app";

/**
 * A breadth-first crawl of the schema's relation fields as one caller, within the server's edge
 * limits (depth, aliases, estimated cost).
 *
 * A NODE is a set of objects of one type reached by one path: roots (one or more aliased root
 * fields) and steps (relation fields). Expanding a node asks, in one document where the limits
 * allow, every relation field of its type, each selecting the target's scalar fields (pages:
 * `totalCount` and their items). The objects that come back are new nodes, de-duplicated by (type,
 * identity) so the crawl ends: an object already expanded is not expanded again.
 *
 * Objects the caller may see through a single-record root query (`member(id:)`, `orgUnit(id:)`…)
 * are re-rooted there — that is a path from something the caller may see, and it keeps documents
 * short and cheap; when the root answers null the object keeps the path it was found by. Other
 * objects (link rows, units above the caller's scope, id-less rows) keep their path.
 */

export interface Step {
  field: string;
  /** Printed arguments, e.g. `(first: 30, subtree: true)` or "". */
  args: string;
  /** The field returns a `{ items, totalCount }` page: its objects are the items. */
  page: boolean;
}

interface Anchor {
  roots: Array<Step & { alias: string }>;
  steps: Step[];
}

interface Node {
  type: string;
  anchor: Anchor;
  /** The path by which the objects were first reached, for messages. */
  label: string;
  hops: number;
}

/** What the crawl decides about each object it meets. */
export type Expansion = "reroot" | "path" | "none";

export interface Target {
  /** The object itself (scalars and `__typename`; a page object holds `totalCount` and `items`). */
  object: Record<string, any>;
  type: string;
  /** The object the field was asked on, and its type. */
  parent: Record<string, any> | null;
  parentType: string;
  field: string;
  /** Readable path to the field, e.g. `me.member.branch.parent.members`. */
  path: string;
}

export interface CrawlSpec {
  schema: GraphQLSchema;
  client: Client;
  /** The root queries to start from, with their argument values. */
  roots: Array<{ field: string; values: Record<string, unknown> }>;
  /** Single-record root queries this caller may use, by type (e.g. Member → "member"). */
  rootById: Map<string, string>;
  /** Whether (and how) to expand an object the crawl met. */
  expansion(type: string, object: Record<string, any>): Expansion;
  /** Printed arguments for a relation field (required ones filled, pages small). */
  argsFor(type: string, field: GraphQLField<unknown, unknown>): string;
  /** Called for every object a relation field returned (and every page object). */
  inspect(target: Target): void;
  /** Called for every error a relation field answered with. */
  error(path: string, type: string, field: string, code: string, message: string): void;
  maxHops: number;
}

export interface CrawlResult {
  /** `Type.field` asked on at least one object without an error. */
  walked: Set<string>;
  /** `Type.field` that returned something (an object, a non-empty list or page). */
  nonEmpty: Set<string>;
  /** `Type.field` (and the path) no document within the edge limits could ask. */
  tooCostly: Array<{ field: string; path: string }>;
  requests: number;
}

const MAX_ALIASES = 25; // under the edge's 30

type Asked = { field: GraphQLField<unknown, unknown>; args: string; values?: Record<string, unknown> };

/** A root page is re-asked in slices of this size when its objects need a path of their own (cost grows with `first`). */
const SLICE = 20;

export async function crawl(spec: CrawlSpec): Promise<CrawlResult> {
  const { schema } = spec;
  const result: CrawlResult = { walked: new Set(), nonEmpty: new Set(), tooCostly: [], requests: 0 };
  const expanded = new Map<string, Set<string>>();
  const seen = (type: string) => expanded.get(type) ?? expanded.set(type, new Set()).get(type)!;
  const queue: Array<Node & { fallback?: Node }> = [];

  // The root queries are the relation fields of Query.
  const queryType = schema.getQueryType()!;
  await expand(
    { type: queryType.name, anchor: { roots: [], steps: [] }, label: "", hops: 0 },
    spec.roots.map((r) => {
      const field = queryType.getFields()[r.field];
      return { field, args: literalArgs(field, r.values), values: r.values };
    }),
  );
  while (queue.length) {
    const node = queue.shift()!;
    const type = schema.getType(node.type) as GraphQLObjectType;
    await expand(
      node,
      relationFields(type).map((field) => ({ field, args: spec.argsFor(node.type, field) })),
    );
  }
  return result;

  /**
   * Asks the given fields of a node's objects: all in one document where the limits allow, else
   * field by field, else root by root; a document with errors is asked again field by field
   * (an error in a non-null field nulls its parent, hiding the other fields' answers).
   */
  async function expand(node: Node & { fallback?: Node }, fields: Asked[]): Promise<void> {
    if (!fields.length) return;
    const jobs: Array<{ anchor: Anchor; fields: Asked[] }> = [];
    for (const roots of node.anchor.roots.length ? chunk(node.anchor.roots, MAX_ALIASES) : [[]]) {
      const anchor = { roots, steps: node.anchor.steps };
      if (withinLimits(documentFor(node, anchor, fields))) {
        jobs.push({ anchor, fields });
        continue;
      }
      for (const one of fields) {
        if (withinLimits(documentFor(node, anchor, [one]))) jobs.push({ anchor, fields: [one] });
        else {
          for (const root of roots) {
            const single = { roots: [root], steps: anchor.steps };
            if (roots.length > 1 && withinLimits(documentFor(node, single, [one]))) jobs.push({ anchor: single, fields: [one] });
            else
              result.tooCostly.push({
                field: `${node.type}.${one.field.name}`,
                path: `${node.label}.${one.field.name}${one.args} from ${root.field}${root.args}`,
              });
          }
        }
      }
    }
    let rootMissed = false;
    for (const job of jobs) {
      const response = await send(node, job.anchor, job.fields);
      if (response.errors?.length && job.fields.length > 1) {
        for (const one of job.fields) collect(node, job.anchor, [one], await send(node, job.anchor, [one]));
      } else collect(node, job.anchor, job.fields, response);
      if (node.fallback && job.anchor.roots.some((root) => response.data?.[root.alias] === null)) rootMissed = true;
    }
    // A single-record root that did not return an object the caller may see: reach it by the path it was found on.
    if (rootMissed) queue.push(node.fallback!);
  }

  function withinLimits(document: string): boolean {
    const ast = parse(document);
    const operation = ast.definitions[0] as { selectionSet: SelectionSetNode };
    return depthOf(operation.selectionSet) <= EDGE_LIMITS.maxDepth && estimateCost(schema, ast) <= EDGE_LIMITS.maxCost;
  }

  async function send(
    node: Node,
    anchor: Anchor,
    fields: Asked[],
  ): Promise<{ data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> }> {
    result.requests++;
    const response = await spec.client.gql(documentFor(node, anchor, fields));
    if (fields.length === 1) {
      for (const error of response.errors ?? []) {
        spec.error(
          `${node.label}${node.label ? "." : ""}${fields[0].field.name}`,
          node.type,
          fields[0].field.name,
          String(error.extensions?.code ?? "NO_CODE"),
          error.message,
        );
      }
    }
    return response;
  }

  function documentFor(node: Node, anchor: Anchor, fields: Asked[]): string {
    const asked = fields.map(({ field, args }) => `${field.name}${args} ${targetSelection(schema, field)}`).join(" ");
    if (!anchor.roots.length) return `query Depth { ${asked} }`;
    const nest = (steps: Step[]): string => {
      if (!steps.length) return `${hasId(schema, node.type) ? "id" : ""} ${asked}`;
      const [step, ...rest] = steps;
      const inner = `__typename ${nest(rest)}`;
      return `${step.field}${step.args} { ${step.page ? `items { ${inner} }` : inner} }`;
    };
    const roots = anchor.roots.map((root) => {
      const inner = `__typename ${nest(anchor.steps)}`;
      return `${root.alias}: ${root.field}${root.args} { ${root.page ? `items { ${inner} }` : inner} }`;
    });
    return `query Depth { ${roots.join(" ")} }`;
  }

  /** Reads a response: every object a field returned to `inspect`, the coverage, and the new nodes. */
  function collect(
    node: Node,
    anchor: Anchor,
    fields: Asked[],
    response: { data?: any; errors?: Array<{ path?: Array<string | number> }> },
  ): void {
    if (!response.data) return;
    const failed = new Set(response.errors?.map((e) => e.path?.[e.path.length - 1]) ?? []);
    // Per root: the node's objects at the end of the path.
    const ends: Array<{ root: (Step & { alias: string }) | null; objects: Array<Record<string, any>> }> = [];
    if (!anchor.roots.length) ends.push({ root: null, objects: [response.data] });
    for (const root of anchor.roots) {
      let level = flatten(response.data[root.alias], root.page);
      for (const step of anchor.steps) level = level.flatMap((o) => flatten(o[step.field], step.page));
      ends.push({ root, objects: level });
    }
    for (const { field, args, values } of fields) {
      const key = `${node.type}.${field.name}`;
      const page = isPage(schema, field);
      const path = `${node.label}${node.label ? "." : ""}${field.name}${args}`;
      const found = new Map<string, { roots: Array<Step & { alias: string }>; objects: Array<Record<string, any>> }>();
      let asked = false;
      for (const { root, objects } of ends) {
        for (const parent of objects) {
          if (!(field.name in parent)) continue;
          asked = true;
          const value = parent[field.name];
          if (value !== null && (!Array.isArray(value) || value.length) && (!page || value.items.length)) result.nonEmpty.add(key);
          if (page && value)
            spec.inspect({ object: value, type: getNamedType(field.type).name, parent, parentType: node.type, field: field.name, path });
          for (const child of flatten(value, page)) {
            spec.inspect({ object: child, type: child.__typename, parent, parentType: node.type, field: field.name, path });
            const slot = found.get(child.__typename) ?? found.set(child.__typename, { roots: [], objects: [] }).get(child.__typename)!;
            if (root && !slot.roots.includes(root)) slot.roots.push(root);
            slot.objects.push(child);
          }
        }
      }
      if (asked && !failed.has(field.name)) result.walked.add(key);
      if (node.hops >= spec.maxHops) continue;
      const step: Step = { field: field.name, args, page };
      for (const [type, { roots, objects }] of found) {
        if (!relationFields(schema.getType(type) as GraphQLObjectType).length) continue;
        const fresh = objects.filter((o) => !seen(type).has(identity(o)));
        const decisions = fresh.map((o) => spec.expansion(type, o));
        if (!decisions.some((d) => d !== "none")) continue;
        // Under a root, the root itself is the anchor: a root page in slices, so that each slice's document stays cheap.
        const rootSlices = (): Array<Step & { alias: string }> => {
          const total = (response.data[field.name]?.items ?? []).length;
          if (!page || !values || !field.args.some((a) => a.name === "first")) return [{ ...step, alias: "r0" }];
          return Array.from({ length: Math.max(1, Math.ceil(total / SLICE)) }, (_, i) => ({
            ...step,
            alias: `r${i}`,
            args: literalArgs(field, { ...values, first: SLICE, offset: i * SLICE }),
          }));
        };
        const here: Node = {
          type,
          anchor: anchor.roots.length ? { roots, steps: [...anchor.steps, step] } : { roots: rootSlices(), steps: [] },
          label: path,
          hops: node.hops + 1,
        };
        if (decisions.includes("path") || !spec.rootById.has(type)) {
          // Some can only be reached by this path: the lot are expanded by it.
          for (const o of objects) seen(type).add(identity(o));
          queue.push(here);
          continue;
        }
        const ids = fresh.filter((_, i) => decisions[i] === "reroot").map((o) => o.id as string);
        for (const id of ids) seen(type).add(id);
        for (const part of chunk(ids, MAX_ALIASES)) {
          const roots = part.map((id, i) => ({
            alias: `r${i}`,
            field: spec.rootById.get(type)!,
            args: `(id: ${JSON.stringify(id)})`,
            page: false,
          }));
          queue.push({ type, anchor: { roots, steps: [] }, label: path, hops: node.hops + 1, fallback: here });
        }
      }
    }
  }
}

/** A field returns `{ items, totalCount }`. */
export function isPage(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return isObjectType(named) && "items" in named.getFields() && "totalCount" in named.getFields();
}

/** Fields whose named type is an object type (or a union/interface of them): relations and lists of records. */
export function relationFields(type: GraphQLObjectType): Array<GraphQLField<unknown, unknown>> {
  return Object.values(type.getFields()).filter((f) => {
    const named = getNamedType(f.type);
    return isObjectType(named) || isAbstractType(named);
  });
}

export function hasId(schema: GraphQLSchema, typeName: string): boolean {
  const type = schema.getType(typeName);
  return isObjectType(type) && "id" in type.getFields();
}

/** `__typename`, `id` and every scalar field without required arguments. */
export function scalarSelection(type: GraphQLObjectType): string {
  const scalars = Object.values(type.getFields())
    .filter((f) => {
      const named = getNamedType(f.type);
      return (isScalarType(named) || isEnumType(named)) && !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    })
    .map((f) => f.name);
  return `__typename ${scalars.join(" ")}`;
}

/** What a relation field selects: the target's scalars (a page: `totalCount` and its items' scalars). */
export function targetSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type) as GraphQLNamedType;
  if (isPage(schema, field)) {
    const items = getNamedType((named as GraphQLObjectType).getFields().items.type) as GraphQLObjectType;
    return `{ __typename totalCount items { ${scalarSelection(items)} } }`;
  }
  if (isAbstractType(named)) {
    return `{ __typename ${schema
      .getPossibleTypes(named)
      .map((t) => `... on ${t.name} { ${scalarSelection(t)} }`)
      .join(" ")} }`;
  }
  return `{ ${scalarSelection(named as GraphQLObjectType)} }`;
}

/** An object's identity: its id, else its ID fields, else all it holds. */
export function identity(object: Record<string, any>): string {
  if (typeof object.id === "string") return object.id;
  const ids = Object.entries(object)
    .filter(([k]) => k.endsWith("Id"))
    .map(([k, v]) => `${k}=${v}`);
  return ids.length ? ids.sort().join("&") : JSON.stringify(object);
}

/** Prints a value as a GraphQL literal of the argument's type (enums unquoted). */
export function literalArgs(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const parts = field.args
    .filter((a) => values[a.name] !== undefined && isInputType(a.type))
    .map((a) => `${a.name}: ${print(astFromValue(values[a.name], a.type)!)}`);
  return parts.length ? `(${parts.join(", ")})` : "";
}

function flatten(value: unknown, page: boolean): Array<Record<string, any>> {
  if (value === null || value === undefined) return [];
  if (page) return ((value as { items?: unknown[] }).items ?? []) as Array<Record<string, any>>;
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== null) as Array<Record<string, any>>;
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function depthOf(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet) : 1);
    else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet));
  }
  return deepest;
}
