import { Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { CommitteeRole } from "../org-unit.enums";

@InputType()
export class AppointCommitteeMemberInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => CommitteeRole)
  role: CommitteeRole;

  @Field({ nullable: true, description: "分工，如“组织委员”" })
  @IsOptional()
  @MaxLength(50)
  duty?: string;

  @Field(() => DateScalar)
  termStart: string;

  @Field(() => DateScalar, { nullable: true, description: "届满日期" })
  @IsOptional()
  termEnd?: string;
}

@InputType()
export class EndCommitteeTermInput extends Versioned() {
  @Field(() => DateScalar)
  endedOn: string;
}
