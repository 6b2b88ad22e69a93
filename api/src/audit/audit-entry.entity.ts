import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";

/**
 * Append-only record of every change: who, when, what, before and after. A database trigger
 * refuses UPDATE and DELETE on this table, so not even a bug in the API can rewrite history.
 */
@ObjectType({ description: "审计记录（只增不改）" })
@Entity("audit_entry")
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Field(() => Date)
  @Index()
  @Column({ type: "timestamptz", default: () => "now()" })
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: "text" })
  actorLabel: string;

  @Field()
  @Column({ type: "text" })
  operation: string;

  @Field()
  @Index()
  @Column({ type: "text" })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: "uuid", nullable: true })
  entityId: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  collegeId: string | null;

  /** The unit of the audited record: entries are read by those who may read the record (null: college-wide only). */
  @Field(() => ID, { nullable: true, description: "所审计记录所属的组织（为空：仅全校范围可见）" })
  @Column({ type: "uuid", nullable: true })
  unitId: string | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  before: object | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  after: object | null;
}
