import { ApiError, NETWORK_ERROR } from "./graphql-client";

/** A typed refusal as every mutation's result union carries it (`... on Refusal`). */
export interface RefusalLike {
  __typename?: string;
  errorCode: string;
  message: string;
  ruleCode?: string | null;
  citation?: string | null;
  field?: string | null;
  allowedNext?: string[] | null;
}

export function isRefusal(result: { __typename?: string } | null | undefined): result is RefusalLike {
  return !!result && (result.__typename === "Refusal" || result.__typename === "LoginRefused");
}

const MESSAGES: Record<string, string> = {
  CONFLICT: "该记录已被他人修改，请刷新后重试",
  FORBIDDEN: "没有权限执行此操作",
  UNAUTHENTICATED: "登录已过期，请重新登录",
  NOT_FOUND: "记录不存在或不在您的管理范围内",
  SERVICE_UNAVAILABLE: "服务器繁忙，请稍后重试",
  RATE_LIMITED: "操作过于频繁，请稍后重试",
  [NETWORK_ERROR]: "无法连接服务器，请检查网络后重试",
};

/** A sentence for the user: the API's own zh-CN message where it has one, else one by code. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "BAD_USER_INPUT" && Object.keys(error.fields).length) return "输入有误，请检查标红的字段";
    return MESSAGES[error.code] && !/[\u4e00-\u9fff]/.test(error.message) ? MESSAGES[error.code] : error.message || MESSAGES[error.code];
  }
  return error instanceof Error ? error.message : String(error);
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === "CONFLICT";
}

/**
 * The API's field errors (`extensions.fields`, keyed by input path such as "input.idNumber")
 * as antd Form field errors, keyed by the form's own field name (the last path segment).
 */
export function fieldErrorsOf(error: unknown): Array<{ name: string; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fields).map(([path, errors]) => ({ name: path.split(".").pop() ?? path, errors }));
}
