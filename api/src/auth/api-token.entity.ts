import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { Permission } from "./permissions";

/** An integration's credential: a named permission set confined to a subtree; hashed, revocable. */
@ObjectType({ description: "集成接口令牌" })
@Entity("api_token")
export class ApiToken extends BaseEntity {
  @Field()
  @Column({ type: "text" })
  name: string;

  @Index({ unique: true })
  @Column({ type: "text" })
  tokenHash: string;

  @Field({ description: "令牌前几位，便于辨认" })
  @Column({ type: "text" })
  tokenPrefix: string;

  @Field(() => [Permission])
  @Column({ type: "text", array: true })
  permissions: Permission[];

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  scopeUnitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Index()
  @Column({ type: "uuid", nullable: true })
  createdBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;
}
