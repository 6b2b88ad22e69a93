import "reflect-metadata";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../api/src/db/data-source";
import type { QueryCountingLogger } from "../../api/src/db/query-counter";
import { createServer, AppServer } from "../../api/src/server";
import { createDatabaseFrom, databaseUrl, dropDatabase, ENV_ADMIN_URL, ENV_TEMPLATE_EMPTY, ENV_TEMPLATE_STRUCTURE, requireEnv } from "./databases";

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; fields?: Record<string, string[]>; [k: string]: unknown } }>;
}

export interface TestApp {
  dataSource: DataSource;
  queries: QueryCountingLogger;
  url: string;
  /** POSTs one operation to the running server, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** As gql, but fails the test on any error and returns data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** A real server on a real, private PostgreSQL database (a copy of a migrated template). */
export async function startTestApp(options: { seed: "structure" | "empty" } = { seed: "structure" }): Promise<TestApp> {
  const template = requireEnv(options.seed === "structure" ? ENV_TEMPLATE_STRUCTURE : ENV_TEMPLATE_EMPTY);
  const database = await createDatabaseFrom(template);
  const { dataSource, queries } = createDataSource(databaseUrl(requireEnv(ENV_ADMIN_URL), database), 5);
  await dataSource.initialize();
  const server: AppServer = await createServer({ dataSource, production: false });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    dataSource,
    queries,
    url,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      await server.close();
      await dataSource.destroy();
      await dropDatabase(database);
    },
  };
}
