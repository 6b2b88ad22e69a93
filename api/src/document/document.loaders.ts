import { IsNull } from "typeorm";
import { grouped, LoaderSource, memoByArgs } from "../db/scoped-loaders";
import { DocumentKind } from "./document.enums";
import { FiledDocument } from "./filed-document.entity";

/** Loaders of filed documents (备案文件): a unit's own (optionally of one kind), a member's thought reports; archived ones left out. */
export function createDocumentLoaders(ctx: LoaderSource) {
  return {
    filedDocumentsOfUnit: memoByArgs((kind: DocumentKind | null) =>
      grouped(ctx, FiledDocument, "unitId", kind ? { kind, archivedAt: IsNull() } : { archivedAt: IsNull() }, {
        filedOn: "DESC",
        createdAt: "DESC",
      }),
    ),
    thoughtReportsOfMember: grouped(
      ctx,
      FiledDocument,
      "memberId",
      { kind: DocumentKind.THOUGHT_REPORT, archivedAt: IsNull() },
      { filedOn: "DESC", createdAt: "DESC" },
    ),
  };
}
