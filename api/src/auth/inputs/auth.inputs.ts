import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from "class-validator";
import { Permission } from "../permissions";
import { UserRole } from "../roles";
import { Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalId, OptionalText } from "../../common/input-fields";

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

  @OptionalId("可访问的组织子树的根（党员本人账号不需要）")
  scopeUnitId?: string;

  @OptionalId("对应的党员（党员本人账号必填）")
  memberId?: string;
}

@InputType()
export class UpdateUserInput extends Versioned() {
  @OptionalText({ min: 1, max: 50 })
  displayName?: string;

  @Optional(() => UserRole)
  role?: UserRole;

  @OptionalId()
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

  @IdField()
  scopeUnitId: string;

  @Optional(() => Date)
  expiresAt?: Date;
}
