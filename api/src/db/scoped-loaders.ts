import DataLoader from "dataloader";
import { In, ObjectLiteral } from "typeorm";
import type { RequestContext } from "../context";
import { anchorsOf } from "../auth/record-scope";

/** What a loader needs of its request: the request's connection and the caller's scope. */
export type LoaderSource = Pick<RequestContext, "em" | "records">;

type EntityClass<T> = new () => T;

/** Rows by id; null for an unknown id and for one outside the caller's scope alike. */
export function byId<T extends ObjectLiteral & { id: string }>(ctx: LoaderSource, entity: EntityClass<T>) {
  const anchors = anchorsOf<T>(entity);
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ctx.records.visible(await ctx.em.find(entity, { where: { id: In([...ids]) } as never }), anchors);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Rows grouped by a parent's id, in order; rows outside the caller's scope left out. */
export function grouped<T extends ObjectLiteral>(
  ctx: LoaderSource,
  entity: EntityClass<T>,
  key: keyof T & string,
  where: Partial<Record<keyof T, unknown>>,
  order: Partial<Record<keyof T, "ASC" | "DESC">>,
) {
  const anchors = anchorsOf<T>(entity);
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await ctx.em.find(entity, { where: { ...where, [key]: In([...keys]) } as never, order: order as never });
    return groupBy(keys, await ctx.records.visible(rows, anchors), (row) => row[key] as string);
  });
}

export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** One loader per distinct argument list, so `members(first: 5)` and `members(first: 10)` batch separately. */
export function memoByArgs<A extends unknown[], L>(make: (...args: A) => L): (...args: A) => L {
  const cache = new Map<string, L>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(...args)));
    return loader;
  };
}
