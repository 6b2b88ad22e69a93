import type { RequestContext } from "../context";
import { badInput } from "../common/errors";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { Refusal, RefusalCode } from "../common/refusal";
import { unitIdInScope } from "../common/scope";
import { createRecord, endRecord, type RecordKind } from "../common/record-life-cycle";
import { MemberStatus } from "../member/member.enums";
import { CommitteePosition } from "./committee-position.entity";
import { OrgUnit } from "./org-unit.entity";
import type { AppointCommitteeMemberInput, EndCommitteeTermInput } from "./inputs/committee.input";

const TYPE = "CommitteePosition";

/** A seat is its committee's unit's: in scope when the unit is. */
const POSITION: RecordKind<CommitteePosition> = {
  entity: CommitteePosition,
  typeName: TYPE,
  inScope: (ctx, p) => unitIdInScope(ctx, p.unitId),
};

/** Seats a member on a unit's committee; the member must belong to that unit's subtree. */
export async function appoint(ctx: RequestContext, input: AppointCommitteeMemberInput): Promise<CommitteePosition | Refusal> {
  if (input.termEnd && input.termEnd < input.termStart) throw badInput({ termEnd: ["届满日期不能早于任职日期"] });
  const unit = await lockUnitInScope(ctx, input.unitId);
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field: "unitId" });
  // Out of scope reads as not found, never as a refusal naming the member.
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE) {
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已不在册，不能任职`, { field: "memberId" });
  }
  const home = await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId });
  if (!home.path.includes(unit.id)) {
    return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${member.name}不是“${unit.name}”的党员，不能进入其委员会`, { field: "memberId" });
  }
  return createRecord(ctx, POSITION, "appointCommitteeMember", {
    unitId: unit.id,
    memberId: member.id,
    collegeId: unit.collegeId,
    role: input.role,
    duty: input.duty ?? null,
    termStart: input.termStart,
    termEnd: input.termEnd ?? null,
    endedOn: null,
  });
}

export function endTerm(ctx: RequestContext, input: EndCommitteeTermInput): Promise<CommitteePosition | Refusal> {
  return endRecord(ctx, POSITION, "endCommitteeTerm", input, {
    start: "termStart",
    end: "endedOn",
    called: "该任职",
    early: () => "离任日期不能早于任职日期",
  });
}
