import { createMethodMiddlewareDecorator } from "type-graphql";
import type { RequestContext } from "../context";
import { createLoaders } from "../loaders";
import { isRefusal } from "../common/refusal";

class RollbackForRefusal {
  constructor(readonly result: unknown) {}
}

/**
 * Runs a mutation in one database transaction (Vendure's `@Transaction()`): services see it as
 * `ctx.em`. A typed refusal rolls back whatever was written before the rule said no. Loaders are
 * renewed afterwards so the response never shows values cached before the change.
 */
export function Transaction(): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(async ({ context }, next) => {
    const outer = context.em;
    try {
      return await context.dataSource.transaction(async (em) => {
        context.em = em;
        const result = await next();
        if (isRefusal(result)) throw new RollbackForRefusal(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RollbackForRefusal) return error.result;
      throw error;
    } finally {
      context.em = outer;
      context.loaders = createLoaders(outer);
    }
  });
}
