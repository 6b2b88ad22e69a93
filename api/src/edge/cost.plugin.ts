import type { ApolloServerPlugin } from "@apollo/server";
import { getNullableType, GraphQLError, GraphQLSchema, isListType } from "graphql";
import { ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { EDGE_LIMITS } from "./limits";

/**
 * Lists cost their child's cost times their length: `first` where given, else an assumed size.
 * The `items` list of a `{ items, totalCount }` page is already counted by the page's `first`.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === "number" ? args.first : undefined;
  const isList = isListType(getNullableType(field.type));
  const isPageItems = field.name === "items";
  const length = first ?? (isList && !isPageItems ? EDGE_LIMITS.assumedListSize : 1);
  return 1 + childComplexity * length;
};

export function estimateCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]["query"],
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listEstimator] });
}

/** Refuses, before execution, an operation whose estimated cost exceeds the limit. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number = EDGE_LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            return; // invalid variables: execution refuses them next, with a proper BAD_USER_INPUT
          }
          if (cost > maxCost) {
            throw new GraphQLError(`查询开销过大（估算 ${cost}，上限 ${maxCost}），请缩小分页或减少嵌套`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
