import { Column } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";

/**
 * A record that is corrected by archiving, never deleted: funds, dues-related and governance
 * records share these two columns (and the archive mutation's checks in unit-records.ts).
 */
@ObjectType()
export abstract class ArchivableEntity extends BaseEntity {
  @Field(() => Date, { nullable: true, description: "作废（归档）时间；归档的记录保留但不再计入统计" })
  @Column({ type: "timestamptz", nullable: true })
  archivedAt: Date | null;

  @Field(() => String, { nullable: true, description: "作废原因" })
  @Column({ type: "text", nullable: true })
  archiveReason: string | null;
}
