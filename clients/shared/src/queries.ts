import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useMutation, useQuery, useQueryClient, UseQueryOptions } from "@tanstack/react-query";
import type { OperationDefinitionNode } from "graphql";
import { request } from "./graphql-client";
import { isRefusal, RefusalLike } from "./errors";

/** The operation's name, the first part of its query key, so a mutation can invalidate by name. */
export function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  return definition?.name?.value ?? "anonymous";
}

/**
 * Reads a typed operation: query key = [operation name, variables]. `enabled: false` until
 * its variables are known (e.g. the unit not chosen yet).
 */
export function useGql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: Omit<UseQueryOptions<TResult, Error>, "queryKey" | "queryFn"> = {},
) {
  return useQuery<TResult, Error>({
    queryKey: [operationName(document as TypedDocumentNode<unknown, unknown>), variables],
    queryFn: () => request(document, variables),
    ...options,
  });
}

/** A typed refusal (`... on Refusal`) raised as an error, so one onError shows both kinds. */
export class RefusalError extends Error {
  readonly refusal: RefusalLike;
  constructor(refusal: RefusalLike) {
    super(refusal.message);
    this.name = "RefusalError";
    this.refusal = refusal;
  }
}

/** The mutation's one result field; a Refusal becomes a RefusalError. */
export function unwrapResult<T extends { __typename?: string }>(result: T | RefusalLike): Exclude<T, RefusalLike> {
  if (isRefusal(result)) throw new RefusalError(result);
  return result as Exclude<T, RefusalLike>;
}

/**
 * Runs a typed mutation; `pick` chooses its result field (refusals raised as RefusalError);
 * on success the named queries (operation names) are refetched, so lists show the change.
 */
export function useGqlMutation<TResult, TVariables, TPicked>(
  document: TypedDocumentNode<TResult, TVariables>,
  pick: (data: TResult) => TPicked,
  invalidates: string[] = [],
) {
  const client = useQueryClient();
  return useMutation<TPicked, Error, TVariables>({
    mutationFn: async (variables) => pick(await request(document, variables)),
    onSuccess: () => Promise.all(invalidates.map((name) => client.invalidateQueries({ queryKey: [name] }))),
  });
}
