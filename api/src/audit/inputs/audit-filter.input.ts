import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";

@InputType()
export class AuditFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(60)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(60)
  operation?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}
