import type { MiddlewareFn } from "type-graphql";
import { getMetadataStorage } from "type-graphql";
import type { RequestContext } from "../context";
import { AppError, ErrorCode } from "../common/errors";
import { PUBLIC_OPERATIONS } from "./public-operations";

let authorizedFields: Set<string> | undefined;

/** Root fields that declare a permission with @Authorized (read from type-graphql's metadata once). */
export function authorizedRootFields(): Set<string> {
  authorizedFields ??= new Set(getMetadataStorage().authorizedFields.filter((f) => f.roles.length > 0).map((f) => f.fieldName));
  return authorizedFields;
}

/** A new query or mutation that forgot its permission is refused, never silently open. */
export const DenyByDefault: MiddlewareFn<RequestContext> = ({ info }, next) => {
  const root = info.parentType.name;
  if ((root === "Query" || root === "Mutation") && !PUBLIC_OPERATIONS.has(info.fieldName) && !authorizedRootFields().has(info.fieldName)) {
    throw new AppError(ErrorCode.FORBIDDEN, `操作 ${info.fieldName} 未声明所需权限，已拒绝`);
  }
  return next();
};
