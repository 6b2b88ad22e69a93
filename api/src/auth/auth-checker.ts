import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../context";
import { AppError, ErrorCode } from "../common/errors";
import type { Permission } from "./permissions";

/**
 * `@Authorized(Permission.X, …)`: the user must hold every permission named. The answer is
 * UNAUTHENTICATED for nobody and FORBIDDEN for somebody without the permission.
 */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, required) => {
  const missing = required.filter((p) => !context.user.permissions.has(p));
  if (missing.length === 0) return true;
  if (context.user.id === null && context.user.permissions.size === 0) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, "请先登录");
  }
  throw new AppError(ErrorCode.FORBIDDEN, `没有权限（需要 ${missing.join("、")}）`, { missing });
};
