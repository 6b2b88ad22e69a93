import http from "node:http";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { DataSource } from "typeorm";
import { buildAppSchema } from "./schema";
import type { RequestContext } from "./context";
import { formatError } from "./common/format-error";
import { EDGE_LIMITS } from "./edge/limits";
import { aliasLimitRule, depthLimitRule } from "./edge/depth-and-alias.rules";
import { costLimitPlugin } from "./edge/cost.plugin";
import { RateLimiter } from "./edge/rate-limit";
import { bodyErrors } from "./edge/body-errors";
import { DEFAULT_SESSION_LIMITS, SessionLimits } from "./db/request-session";
import { RequestSessions } from "./request-sessions";
import { serveClients } from "./edge/static-clients";

export interface ServerOptions {
  dataSource: DataSource;
  production: boolean;
  /** Requests per identity per minute (default EDGE_LIMITS.requestsPerMinute). */
  requestsPerMinute?: number;
  /** Connection wait and statement time limits of a request. */
  sessionLimits?: SessionLimits;
  /** Connections of the pool for work shared across callers (the compliance fact cache). */
  sharedPoolSize?: number;
  /**
   * Row-level security on every request (default on). Off only in tests that prove the API's own
   * scope checks without the database's second wall.
   */
  rowLevelSecurity?: boolean;
  /** Serve the built browser clients found here (`<name>/dist`) at `/admin` and `/dashboard`. */
  clientsDir?: string;
}

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** The pool of work shared by every caller (the compliance fact cache is kept per this DataSource). */
  shared: DataSource;
  /** The browser clients being served (those that were built). */
  clients: string[];
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/** Apollo on Express: `/graphql` (with the IDE in development), `/health`, the built clients. */
export async function createServer(options: ServerOptions): Promise<AppServer> {
  const { dataSource, production } = options;
  const shared = await openSharedPool(dataSource, options.sharedPoolSize ?? 3);
  const sessions = new RequestSessions({
    dataSource,
    shared,
    limits: options.sessionLimits ?? DEFAULT_SESSION_LIMITS,
    limiter: new RateLimiter(options.requestsPerMinute ?? EDGE_LIMITS.requestsPerMinute),
    rowLevelSecurity: options.rowLevelSecurity ?? true,
  });
  const app = express();
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    parseOptions: { maxTokens: EDGE_LIMITS.maxTokens },
    validationRules: [depthLimitRule(), aliasLimitRule()],
    includeStacktraceInErrorResponses: false,
    // no "Did you mean …" field suggestions in production: they would describe the schema
    hideSchemaDetailsFromClientErrors: production,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses are never cached by HTTP intermediaries here; without it, Apollo would wrap
      // every field's resolver to compute cache hints (measured: a third of a report's allocations).
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema),
      sessions.plugin(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await shared.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: EDGE_LIMITS.maxBodyBytes }),
    bodyErrors,
    sessions.middleware(),
    expressMiddleware(apollo, { context: async ({ req }) => sessions.contextOf(req) }),
  );
  const clients = options.clientsDir ? serveClients(app, options.clientsDir) : [];

  return {
    httpServer,
    apollo,
    shared,
    clients,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, "0.0.0.0", () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      await shared.destroy();
    },
  };
}

/** A second, small pool on the same database for shared work (never the request pool: no waiting on oneself). */
async function openSharedPool(dataSource: DataSource, size: number): Promise<DataSource> {
  const options = dataSource.options as typeof dataSource.options & { extra?: Record<string, unknown> };
  const shared = new DataSource({
    ...options,
    extra: { ...options.extra, max: size, application_name: "party-org-api-shared" },
  } as typeof dataSource.options);
  return shared.initialize();
}
