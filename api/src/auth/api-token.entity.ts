import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { Permission } from "./permissions";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** An integration's credential: a named permission set confined to a subtree; hashed, revocable. */
@ObjectType({ description: "集成接口令牌" })
@Entity("api_token")
export class ApiToken extends BaseEntity {
  @TextField()
  name: string;

  @Index({ unique: true })
  @Column({ type: "text" })
  tokenHash: string;

  @TextField({ description: "令牌前几位，便于辨认" })
  tokenPrefix: string;

  @Field(() => [Permission])
  @Column({ type: "text", array: true })
  permissions: Permission[];

  @Reference()
  scopeUnitId: string;

  @CollegeColumn()
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
