import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError, ErrorCode, FieldErrors } from "./errors";
import { scalarInputField } from "./scalar-input-error";
import { asUnavailable } from "../db/request-session";

/** Codes that Apollo itself assigns to malformed requests; safe to pass through. */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "QUERY_TOO_COMPLEX",
]);

/** class-validator errors → `{ "name": [messages] }`, nested input fields joined with dots. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ""): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}

/**
 * The one place errors are shaped for clients: known codes pass, validation becomes field-level
 * BAD_USER_INPUT, everything else becomes INTERNAL with no message or stack from the inside.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
    return { ...base, message: "输入有误，请检查标出的字段", extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  const scalar = scalarInputField(original);
  if (scalar) {
    return {
      ...base,
      message: "输入有误，请检查标出的字段",
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: { [scalar.field]: [scalar.reason] } },
    };
  }
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { ...original.extensions } };
  }
  const busy = asUnavailable((original as { driverError?: unknown })?.driverError ?? original);
  if (busy) return { ...base, message: busy.message, extensions: { ...busy.extensions } };
  // Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; our edge limits keep theirs.
  const inner = (error as { originalError?: { extensions?: { code?: unknown } } })?.originalError;
  if (inner?.extensions?.code === "QUERY_TOO_COMPLEX") return { ...base, extensions: { code: "QUERY_TOO_COMPLEX" } };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  console.error("[internal error]", original);
  return { ...base, message: "服务器内部错误，请稍后重试", extensions: { code: ErrorCode.INTERNAL } };
}
