import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A signed-in session: a short-lived access token and a longer refresh token, both stored hashed. */
@Entity("user_session")
export class UserSession {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Index()
  @Column({ type: "uuid" })
  userId: string;

  /** Shared by every session refreshed from one login: replaying a rotated refresh token revokes them all. */
  @Index()
  @Column({ type: "uuid" })
  familyId: string;

  @Index({ unique: true })
  @Column({ type: "text" })
  accessHash: string;

  @Column({ type: "timestamptz" })
  accessExpiresAt: Date;

  @Index({ unique: true })
  @Column({ type: "text" })
  refreshHash: string;

  @Column({ type: "timestamptz" })
  refreshExpiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
