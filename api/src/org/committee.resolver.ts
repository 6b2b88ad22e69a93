import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { CommitteePosition } from "./committee-position.entity";
import * as CommitteeService from "./committee.service";
import { OrgUnit } from "./org-unit.entity";
import { AppointCommitteeMemberInput, EndCommitteeTermInput } from "./inputs/committee.input";

export const CommitteePositionResult = resultUnion("CommitteePositionResult", CommitteePosition);

@Resolver(() => CommitteePosition)
export class CommitteeResolver {
  @Mutation(() => CommitteePositionResult, { description: "任命委员会成员" })
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  appointCommitteeMember(@Ctx() ctx: RequestContext, @Arg("input") input: AppointCommitteeMemberInput) {
    return CommitteeService.appoint(ctx, input);
  }

  @Mutation(() => CommitteePositionResult, { description: "结束任职（换届、调离），历史保留" })
  @Authorized(Permission.ORG_WRITE)
  @Transaction()
  endCommitteeTerm(@Ctx() ctx: RequestContext, @Arg("input") input: EndCommitteeTermInput) {
    return CommitteeService.endTerm(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() position: CommitteePosition) {
    return ctx.loaders.orgUnit.load(position.unitId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() position: CommitteePosition) {
    return ctx.loaders.member.load(position.memberId);
  }
}
