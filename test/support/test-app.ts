import "reflect-metadata";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../api/src/db/data-source";
import type { QueryCountingLogger } from "../../api/src/db/query-counter";
import { createServer, AppServer } from "../../api/src/server";
import type { SessionLimits } from "../../api/src/db/request-session";
import { createAccount } from "../../api/src/auth/bootstrap";
import { UserRole } from "../../api/src/auth/roles";
import { Login } from "./operations";
import {
  createDatabaseFrom,
  databaseUrl,
  dropDatabase,
  ENV_ADMIN_URL,
  ENV_TEMPLATE_EMPTY,
  ENV_TEMPLATE_STRUCTURE,
  requireEnv,
} from "./databases";

export interface GraphQLResponse<T> {
  /** The HTTP status (not enumerable, so whole-response comparisons ignore it). */
  readonly status?: number;
  data?: T;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: Record<string, string[]>; [k: string]: unknown };
  }>;
}

/** An operation's variables as arguments: optional when the operation requires none. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface Client {
  /** POSTs one typed operation (test/support/operations/) to the running server; the answer is typed. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArg<NoInfer<TVariables>>
  ): Promise<GraphQLResponse<TResult>>;
  /** POSTs one operation to the running server, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** As gql, but fails the test on any error and returns data (typed for a typed operation). */
  ok<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArg<NoInfer<TVariables>>
  ): Promise<TResult>;
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

const printed = new WeakMap<object, string>();

/** The text sent for an operation: a string as given, a typed document printed (once). */
export function operationText(operation: string | TypedDocumentNode<unknown, unknown>): string {
  if (typeof operation === "string") return operation;
  let text = printed.get(operation);
  if (text === undefined) {
    if (!("kind" in operation)) throw new Error("not a document: regenerate the typed operations (`npm run codegen`)");
    printed.set(operation, (text = print(operation)));
  }
  return text;
}

/** A client POSTing to this GraphQL endpoint with these extra headers (a bearer token, a forwarded address). */
export function httpClient(url: string, headers: Record<string, string> = {}): Client {
  const gql = async (operation: string | TypedDocumentNode<unknown, unknown>, variables?: unknown): Promise<GraphQLResponse<any>> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: operationText(operation), variables }),
    });
    const body = (await response.json()) as GraphQLResponse<any>;
    return Object.defineProperty(body, "status", { value: response.status, enumerable: false });
  };
  const ok = async (operation: string | TypedDocumentNode<unknown, unknown>, variables?: unknown): Promise<any> => {
    const result = await gql(operation, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data;
  };
  return { gql, ok } as Client;
}

export interface TestAccount {
  username?: string;
  role: UserRole;
  scopeUnitId?: string | null;
  memberId?: string | null;
}

/** The test server; its own `gql`/`ok` act as the college's administrator (组织部). */
export interface TestApp extends Client {
  dataSource: DataSource;
  queries: QueryCountingLogger;
  url: string;
  collegeId: string | null;
  /** A client sending this bearer token (none: anonymous). */
  client(token?: string): Client;
  /** Signs in through the API and returns a client with that session. */
  login(username: string, password: string): Promise<Client>;
  /** Creates an account straight in the database and signs it in. */
  clientFor(account: TestAccount): Promise<Client>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = "test-password-0123";

/** A real server on a real, private PostgreSQL database (a copy of a migrated template). */
export interface TestAppOptions {
  /** Which migrated template to copy: the college structure (default) or nothing. */
  seed?: "structure" | "empty";
  /** Fills the database before anyone signs in (e.g. a sized demo college on an empty copy). */
  prepare?: (dataSource: DataSource) => Promise<unknown>;
  /** Production mode (no introspection, no IDE). */
  production?: boolean;
  /** Per-identity rate limit; tests default to one high enough never to interfere. */
  requestsPerMinute?: number;
  /** The request pool's size (default 5). */
  poolSize?: number;
  /** Connection-wait and statement limits of each request (default the server's). */
  sessionLimits?: SessionLimits;
  /** Row-level security on requests (default the server's). */
  rowLevelSecurity?: boolean;
  /** Serve the built browser clients from here (browser tests). */
  clientsDir?: string;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const template = requireEnv(options.seed === "empty" ? ENV_TEMPLATE_EMPTY : ENV_TEMPLATE_STRUCTURE);
  const database = await createDatabaseFrom(template);
  const { dataSource, queries } = createDataSource(databaseUrl(requireEnv(ENV_ADMIN_URL), database), options.poolSize ?? 5);
  await dataSource.initialize();
  await options.prepare?.(dataSource);
  const server: AppServer = await createServer({
    dataSource,
    production: options.production ?? false,
    requestsPerMinute: options.requestsPerMinute ?? 1_000_000,
    sessionLimits: options.sessionLimits,
    rowLevelSecurity: options.rowLevelSecurity,
    clientsDir: options.clientsDir,
  });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;

  const client = (token?: string): Client => httpClient(url, token ? { authorization: `Bearer ${token}` } : {});
  const login = async (username: string, password: string): Promise<Client> => {
    const data = await client().ok(Login, { input: { username, password } });
    if (data.login.__typename !== "AuthSession") throw new Error(`login refused: ${data.login.message}`);
    return client(data.login.accessToken);
  };
  let accounts = 0;
  const [root] = await dataSource.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE' ORDER BY created_at LIMIT 1`);
  const collegeId: string | null = root?.id ?? null;
  const clientFor = async (account: TestAccount): Promise<Client> => {
    const username = account.username ?? `user${++accounts}`;
    // The account's college is its scope's (or its member's): a second college's account belongs to that college.
    const [own] = await dataSource.query(
      `SELECT college_id FROM org_unit WHERE id = $1 UNION ALL SELECT college_id FROM member WHERE id = $2`,
      [account.scopeUnitId ?? null, account.memberId ?? null],
    );
    await dataSource.transaction((em) =>
      createAccount(
        em,
        {
          username,
          displayName: username,
          role: account.role,
          scopeUnitId: account.scopeUnitId,
          memberId: account.memberId,
          collegeId: own?.college_id ?? collegeId!,
        },
        TEST_PASSWORD,
      ),
    );
    return login(username, TEST_PASSWORD);
  };
  const admin = collegeId ? await clientFor({ username: "test.admin", role: UserRole.ADMIN, scopeUnitId: collegeId }) : client();
  return {
    dataSource,
    queries,
    url,
    collegeId,
    ...admin,
    client,
    login,
    clientFor,
    async close() {
      await server.close();
      await dataSource.destroy();
      await dropDatabase(database);
    },
  };
}
