import { Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { Permission } from "../permissions";
import { UserRole } from "../roles";

const USERNAME = /^[a-z0-9._-]{3,40}$/;

@InputType()
export class LoginInput {
  @Field()
  @Length(1, 40)
  username: string;

  @Field()
  @Length(1, 200)
  password: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(USERNAME, { message: "用户名为 3–40 位小写字母、数字或 . _ -" })
  username: string;

  @Field()
  @Length(1, 50)
  displayName: string;

  @Field({ description: "至少 10 位" })
  @Length(10, 200, { message: "密码至少 10 位" })
  password: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => ID, { nullable: true, description: "可访问的组织子树的根（党员本人账号不需要）" })
  @IsOptional()
  @IsUUID()
  scopeUnitId?: string;

  @Field(() => ID, { nullable: true, description: "对应的党员（党员本人账号必填）" })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

@InputType()
export class UpdateUserInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  displayName?: string;

  @Field(() => UserRole, { nullable: true })
  @IsOptional()
  role?: UserRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scopeUnitId?: string;

  @Field({ nullable: true, description: "true 停用账号并注销其全部会话；false 恢复" })
  @IsOptional()
  disabled?: boolean;

  @Field({ nullable: true, description: "重设密码（至少 10 位），并注销其全部会话" })
  @IsOptional()
  @Length(10, 200, { message: "密码至少 10 位" })
  password?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 200)
  currentPassword: string;

  @Field()
  @Length(10, 200, { message: "密码至少 10 位" })
  newPassword: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => [Permission])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  permissions: Permission[];

  @Field(() => ID)
  @IsUUID()
  scopeUnitId: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date;
}
