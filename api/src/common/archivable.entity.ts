import { Column } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "./base.entity";

/** What a record type's GraphQL fields say about its two archive columns (the committed schema keeps each type's words). */
export interface ArchiveTexts {
  archivedAt?: string;
  /** `false` keeps the reason off the GraphQL type (an org unit's is not shown to those who see only its name). */
  archiveReason?: string | false;
}

/**
 * A record corrected by archiving (作废/归档), never deleted: it stays readable and stops counting.
 * Its archive and change paths go through common/record-life-cycle.ts. A factory only so that each
 * record type keeps its own field descriptions; the columns are the same everywhere.
 */
export function Archivable(texts: ArchiveTexts = {}) {
  // Never a GraphQL type of its own: unreachable types are not emitted.
  @ObjectType()
  abstract class Archivable extends BaseEntity {
    @Field(() => Date, { nullable: true, description: texts.archivedAt })
    @Column({ type: "timestamptz", nullable: true })
    archivedAt: Date | null;

    @Column({ type: "text", nullable: true })
    archiveReason: string | null;
  }
  if (texts.archiveReason !== false)
    Field(() => String, { nullable: true, description: texts.archiveReason })(Archivable.prototype, "archiveReason");
  return Archivable;
}

/** The plain archivable record. */
export const ArchivableEntity = Archivable();
export type ArchivableEntity = InstanceType<typeof ArchivableEntity>;

/** Funds, allowances and governance records: voided (作废) rather than archived, and said so in the schema. */
export const VoidableEntity = Archivable({ archivedAt: "作废（归档）时间；归档的记录保留但不再计入统计", archiveReason: "作废原因" });
