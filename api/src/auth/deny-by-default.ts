import type { GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { AppError, ErrorCode } from "../common/errors";
import { PUBLIC_OPERATIONS } from "./public-operations";

/** Root fields that declare a permission with @Authorized (read from type-graphql's metadata). */
function authorizedRootFields(): Set<string> {
  return new Set(
    getMetadataStorage()
      .authorizedFields.filter((f) => f.roles.length > 0)
      .map((f) => f.fieldName),
  );
}

/**
 * A new query or mutation that forgot its permission is refused, never silently open: each root
 * field that is neither public nor @Authorized answers FORBIDDEN. Decided once, when the schema is
 * built (a global middleware would run on every field of every response, and cost a promise each).
 */
export function denyUndeclaredRootFields(schema: GraphQLSchema): GraphQLSchema {
  const authorized = authorizedRootFields();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (PUBLIC_OPERATIONS.has(field.name) || authorized.has(field.name)) continue;
      field.resolve = () => {
        throw new AppError(ErrorCode.FORBIDDEN, `操作 ${field.name} 未声明所需权限，已拒绝`);
      };
    }
  }
  return schema;
}
