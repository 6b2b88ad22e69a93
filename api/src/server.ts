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
import type { DataSource } from "typeorm";
import { buildAppSchema } from "./schema";
import { createContext, RequestContext } from "./context";
import { formatError } from "./common/format-error";
import { authenticate } from "./auth/identity";
import { EDGE_LIMITS } from "./edge/limits";
import { aliasLimitRule, depthLimitRule } from "./edge/depth-and-alias.rules";
import { costLimitPlugin } from "./edge/cost.plugin";
import { rateLimit } from "./edge/rate-limit";
import { bodyErrors } from "./edge/body-errors";

export interface ServerOptions {
  dataSource: DataSource;
  production: boolean;
  /** Requests per identity per minute (default EDGE_LIMITS.requestsPerMinute). */
  requestsPerMinute?: number;
}

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/** Apollo on Express: `/graphql` (with the IDE in development), `/health`; static clients later. */
export async function createServer({ dataSource, production, requestsPerMinute }: ServerOptions): Promise<AppServer> {
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
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses are never cached by HTTP intermediaries here; without it, Apollo would wrap
      // every field's resolver to compute cache hints (measured: a third of a report's allocations).
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema),
      production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });
  app.use(
    "/graphql",
    rateLimit(requestsPerMinute ?? EDGE_LIMITS.requestsPerMinute),
    express.json({ limit: EDGE_LIMITS.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { user, scope } = await authenticate(dataSource, req.headers.authorization);
        return createContext(dataSource, user, scope, req.ip ?? "");
      },
    }),
  );

  return {
    httpServer,
    apollo,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, "0.0.0.0", () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: () => apollo.stop(),
  };
}
