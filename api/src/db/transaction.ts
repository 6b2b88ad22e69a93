import { createMethodMiddlewareDecorator } from "type-graphql";
import type { RequestContext } from "../context";
import { createLoaders } from "../loaders";
import { isRefusal } from "../common/refusal";

/**
 * Runs a mutation as one unit of work inside the request's transaction (Vendure's `@Transaction()`):
 * a savepoint on the request's own connection (db/request-session.ts), released when the mutation
 * succeeds and rolled back when it throws or a rule refuses it, so a refusal writes nothing. The
 * request commits when its response is ready. Loaders are renewed afterwards so the response never
 * shows values cached before the change.
 */
export function Transaction(): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(async ({ context }, next) => {
    const runner = context.em.queryRunner;
    if (!runner) throw new Error("@Transaction() needs the request's connection (RequestSession)");
    await runner.startTransaction();
    let keep = false;
    try {
      const result = await next();
      keep = !isRefusal(result);
      return result;
    } finally {
      await (keep ? runner.commitTransaction() : runner.rollbackTransaction());
      context.loaders = createLoaders(context);
    }
  });
}
