import { Field, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { CommitteeRole } from "../org-unit.enums";
import { Versioned } from "../../common/input-mixins";
import { IdField, OptionalDate, OptionalText } from "../../common/input-fields";

@InputType()
export class AppointCommitteeMemberInput {
  @IdField()
  unitId: string;

  @IdField()
  memberId: string;

  @Field(() => CommitteeRole)
  role: CommitteeRole;

  @OptionalText({ max: 50 }, "分工，如“组织委员”")
  duty?: string;

  @Field(() => DateScalar)
  termStart: string;

  @OptionalDate("届满日期")
  termEnd?: string;
}

@InputType()
export class EndCommitteeTermInput extends Versioned() {
  @Field(() => DateScalar)
  endedOn: string;
}
