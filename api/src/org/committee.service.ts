import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput } from "../common/errors";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { Refusal, RefusalCode } from "../common/refusal";
import { unitIdInScope } from "../common/scope";
import { lockInScope, snapshot } from "../common/versioned";
import { MemberStatus } from "../member/member.enums";
import { CommitteePosition } from "./committee-position.entity";
import { OrgUnit } from "./org-unit.entity";
import type { AppointCommitteeMemberInput, EndCommitteeTermInput } from "./inputs/committee.input";

const TYPE = "CommitteePosition";

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
  const position = ctx.em.create(CommitteePosition, {
    unitId: unit.id,
    memberId: member.id,
    collegeId: unit.collegeId,
    role: input.role,
    duty: input.duty ?? null,
    termStart: input.termStart,
    termEnd: input.termEnd ?? null,
    endedOn: null,
  });
  const saved = await ctx.em.save(position);
  await audit(ctx, { operation: "appointCommitteeMember", entityType: TYPE, entityId: saved.id, collegeId: unit.collegeId, after: saved });
  return saved;
}

export async function endTerm(ctx: RequestContext, input: EndCommitteeTermInput): Promise<CommitteePosition | Refusal> {
  const position = await lockInScope(ctx, CommitteePosition, TYPE, input.id, (p) => unitIdInScope(ctx, p.unitId), input.version);
  if (position.endedOn) return Refusal.of(RefusalCode.ALREADY_ENDED, `该任职已于 ${position.endedOn} 结束`);
  if (input.endedOn < position.termStart) throw badInput({ endedOn: ["离任日期不能早于任职日期"] });
  const before = snapshot(position);
  position.endedOn = input.endedOn;
  const after = await ctx.em.save(position);
  await audit(ctx, { operation: "endCommitteeTerm", entityType: TYPE, entityId: position.id, collegeId: position.collegeId, before, after });
  return after;
}
