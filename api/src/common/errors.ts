import { GraphQLError } from "graphql";

/** Stable codes in `extensions.code` for the unexpected; expected refusals are typed results instead. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  /** Overloaded or timed out (no connection in time, a statement over its limit, a deadlock): retry. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL = "INTERNAL",
}

/** Per-field messages, keyed by the input field path: `{ "name": ["不能为空"] }`. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export function badInput(fields: FieldErrors): AppError {
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(" | ");
  return new AppError(ErrorCode.BAD_USER_INPUT, `输入有误 — ${summary}`, { fields });
}

export function notFound(type: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${type} ${id} 不存在或不在您的权限范围内`, { type, id });
}

export function conflict(type: string, id: string, expected: number, actual: number): AppError {
  return new AppError(ErrorCode.CONFLICT, `${type} ${id} 已被他人修改（您的版本 ${expected}，当前版本 ${actual}），请刷新后重试`, {
    type,
    id,
    expectedVersion: expected,
    actualVersion: actual,
  });
}
