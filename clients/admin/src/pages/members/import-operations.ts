// TEMPORARY stub until importMembers lands on main (replaced by the typed document then).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { CreateMemberInput } from "../../gql/graphql";
export const ImportMembers = null as unknown as TypedDocumentNode<
  { importMembers: { written: number; rows: Array<{ row: number; ok: boolean; errors: Array<{ field: string; message: string }> }> } },
  { input: { dryRun: boolean; onlyValid?: boolean; rows: CreateMemberInput[] } }
>;
