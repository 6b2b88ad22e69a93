import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { UserRole } from "./roles";
import { Reference, TextField } from "../common/column-fields";

/** A person who signs in. The role fixes the permissions; `scopeUnitId` fixes the subtree. */
@ObjectType({ description: "系统用户" })
@Entity("app_user")
export class User extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column({ type: "text" })
  username: string;

  @TextField()
  displayName: string;

  @Column({ type: "text" })
  passwordHash: string;

  @Field(() => UserRole)
  @Column({ type: "enum", enum: UserRole, enumName: "user_role" })
  role: UserRole;

  @Reference({ nullable: true, description: "可访问的组织子树的根" })
  scopeUnitId: string | null;

  @Reference({ nullable: true, description: "对应的党员（党员本人账号必有）" })
  memberId: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  collegeId: string | null;

  /** Informational: sign-in is throttled per address (auth/login-throttle.ts), so other addresses still sign in. */
  @Field(() => Date, { nullable: true, description: "最近一次因密码错误过多而暂停登录的截止时间（只限出错的网络地址，其他地址仍可登录）" })
  @Column({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  lastLoginAt: Date | null;
}
