import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Append-only record of every change: who, when, what, before and after. A database trigger
 * refuses UPDATE and DELETE on this table, so not even a bug in the API can rewrite history.
 */
@Entity("audit_entry")
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Index()
  @Column({ type: "timestamptz", default: () => "now()" })
  occurredAt: Date;

  @Index()
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ type: "text" })
  actorLabel: string;

  @Column({ type: "text" })
  operation: string;

  @Index()
  @Column({ type: "text" })
  entityType: string;

  @Index()
  @Column({ type: "uuid", nullable: true })
  entityId: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  collegeId: string | null;

  @Column({ type: "jsonb", nullable: true })
  before: object | null;

  @Column({ type: "jsonb", nullable: true })
  after: object | null;
}
