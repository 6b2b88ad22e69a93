import type { NextFunction, Request, Response } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import type { DataSource } from "typeorm";
import { createContext, RequestContext } from "./context";
import { authenticate, Identity } from "./auth/identity";
import { expressExchange } from "./auth/browser-cookie";
import { NO_ACCESS, openAccess } from "./auth/access";
import { RequestSession, SessionLimits } from "./db/request-session";
import { RateLimiter, tooManyRequests } from "./edge/rate-limit";
import { AppError, ErrorCode } from "./common/errors";

interface Prepared {
  context?: RequestContext;
  error?: unknown;
}

interface Opened {
  session: RequestSession;
  identity: Identity;
}

export interface RequestSessionOptions {
  dataSource: DataSource;
  shared: DataSource;
  limits: SessionLimits;
  limiter: RateLimiter;
  rowLevelSecurity: boolean;
}

/**
 * The path of every GraphQL request: take one connection (bounded wait) → authenticate on it →
 * rate-limit by the resolved identity → Apollo parses, validates and costs the document (a refused
 * one costs no transaction) → begin the request's transaction with the caller's scope, for the API and for
 * row-level security → execute → commit when the response is ready → release.
 */
export class RequestSessions {
  private readonly prepared = new WeakMap<Request, Prepared>();
  /** Keyed by the context's scope object: Apollo hands resolvers a shallow copy of the context. */
  private readonly opened = new WeakMap<object, Opened>();

  constructor(private readonly options: RequestSessionOptions) {}

  middleware() {
    return async (req: Request, res: Response, next: NextFunction) => {
      const { dataSource, shared } = this.options;
      let session: RequestSession | undefined;
      try {
        session = await RequestSession.acquire(dataSource, this.options.limits.connectionWaitMs);
        const held = session;
        res.on("close", () => void held.finish(false).catch(() => undefined));
        let identity: Identity;
        try {
          identity = await authenticate(session.em, req.headers.authorization);
        } catch (error) {
          if (this.limited(res, `address:${req.ip}`)) return void (await session.finish(false));
          throw error;
        }
        if (this.limited(res, identityKey(identity, req.ip))) return void (await session.finish(false));
        const context = createContext({
          shared,
          em: session.em,
          ...identity,
          access: NO_ACCESS,
          clientAddress: req.ip ?? "",
          web: expressExchange(req, res),
        });
        this.opened.set(context.records, { session, identity });
        this.prepared.set(req, { context });
      } catch (error) {
        await session?.finish(false).catch(() => undefined);
        this.prepared.set(req, { error });
      }
      next();
    };
  }

  /** Apollo's context: the prepared one, or the failure (unauthenticated, overloaded) as its error. */
  contextOf(req: Request): RequestContext {
    const prepared = this.prepared.get(req);
    if (prepared?.context) return prepared.context;
    throw prepared?.error ?? new AppError(ErrorCode.INTERNAL, "request not prepared");
  }

  /** Opens the transaction once the operation runs (not for a refused document); commits when the response is ready. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const { opened } = this;
    const { rowLevelSecurity, limits } = this.options;
    return {
      async requestDidStart() {
        return {
          async executionDidStart({ contextValue }) {
            const request = opened.get(contextValue.records);
            if (!request) return;
            await request.session.begin();
            contextValue.records.access = await openAccess(request.session.runner, request.identity, {
              rowLevelSecurity,
              statementMs: limits.statementMs,
            });
          },
          async willSendResponse({ contextValue, response }) {
            const request = opened.get(contextValue.records);
            if (!request) return;
            try {
              await request.session.finish(true);
            } catch (error) {
              console.error("[commit failed]", error);
              if (response.body.kind === "single") {
                response.body.singleResult = {
                  errors: [{ message: "保存失败，请重试", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } }],
                };
              }
            }
          },
        };
      },
    };
  }

  private limited(res: Response, key: string): boolean {
    const wait = this.options.limiter.take(key);
    if (wait === null) return false;
    tooManyRequests(res, wait);
    return true;
  }
}

function identityKey({ user }: Identity, address: string | undefined): string {
  if (user.id) return `user:${user.id}`;
  if (user.tokenId) return `token:${user.tokenId}`;
  return `address:${address}`;
}
