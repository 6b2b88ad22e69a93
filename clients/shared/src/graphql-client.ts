import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/** Where the API answers; the clients are served by the API itself, so the same origin. */
export const GRAPHQL_PATH = "/graphql";

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; fields?: Record<string, string[]>; retryable?: boolean; [key: string]: unknown };
}

/**
 * An error the API answered (or the network refused), with what a page needs to show it:
 * the stable code, field-level messages for a form, and whether trying again may help.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: Record<string, string[]>;
  readonly retryable: boolean;

  constructor(message: string, code: string, fields: Record<string, string[]> = {}, retryable = false) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.fields = fields;
    this.retryable = retryable;
  }

  static from(error: GraphQLErrorBody): ApiError {
    const ext = error.extensions ?? {};
    return new ApiError(error.message, ext.code ?? "INTERNAL_SERVER_ERROR", ext.fields ?? {}, ext.retryable === true);
  }
}

export const NETWORK_ERROR = "NETWORK_ERROR";

const printed = new WeakMap<object, string>();
function textOf(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** How the session lends its access token and renews it; set by the session provider. */
export interface TokenSource {
  accessToken(): string | null;
  /** Renews the access token (the refresh token is an httpOnly cookie); false when the session is over. */
  renew(): Promise<boolean>;
}

let tokens: TokenSource = { accessToken: () => null, renew: async () => false };
export function useTokenSource(source: TokenSource): void {
  tokens = source;
}

interface ResponseBody {
  data?: unknown;
  errors?: GraphQLErrorBody[];
}

async function post(query: string, variables: unknown, token: string | null): Promise<{ status: number; body: ResponseBody }> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("无法连接服务器，请检查网络后重试", NETWORK_ERROR, {}, true);
  }
  let body: ResponseBody;
  try {
    body = (await response.json()) as ResponseBody;
  } catch {
    throw new ApiError(`服务器返回异常（HTTP ${response.status}）`, NETWORK_ERROR, {}, response.status >= 500);
  }
  return { status: response.status, body };
}

/**
 * Sends one typed operation and answers its data; any GraphQL error becomes an ApiError.
 * An expired access token is renewed once through the session and the operation sent again.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: { anonymous?: boolean } = {},
): Promise<TResult> {
  const query = textOf(document as TypedDocumentNode<unknown, unknown>);
  let { body } = await post(query, variables, options.anonymous ? null : tokens.accessToken());
  const expired = body.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED");
  if (expired && !options.anonymous && (await tokens.renew())) {
    ({ body } = await post(query, variables, tokens.accessToken()));
  }
  if (body.errors?.length) throw ApiError.from(body.errors[0]);
  return body.data as TResult;
}
