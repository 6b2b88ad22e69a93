import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { badInput, notFound } from "../common/errors";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope } from "../common/scope";
import { lockExisting, lockVersioned, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { CommitteePosition } from "./committee-position.entity";
import { OrgUnit } from "./org-unit.entity";
import type { AppointCommitteeMemberInput, EndCommitteeTermInput } from "./inputs/committee.input";

const TYPE = "CommitteePosition";

/** Seats a member on a unit's committee; the member must belong to that unit's subtree. */
export async function appoint(ctx: RequestContext, input: AppointCommitteeMemberInput): Promise<CommitteePosition | Refusal> {
  if (input.termEnd && input.termEnd < input.termStart) throw badInput({ termEnd: ["届满日期不能早于任职日期"] });
  const unit = await lockExisting(ctx, OrgUnit, "OrgUnit", input.unitId);
  if (!pathInScope(ctx, unit.path)) throw notFound("OrgUnit", unit.id);
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field: "unitId" });
  const member = await lockExisting(ctx, Member, "Member", input.memberId);
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
  const position = await lockVersioned(ctx, CommitteePosition, TYPE, input.id, input.version);
  const unit = await ctx.loaders.orgUnit.load(position.unitId);
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound(TYPE, input.id);
  if (position.endedOn) return Refusal.of(RefusalCode.ALREADY_ENDED, `该任职已于 ${position.endedOn} 结束`);
  if (input.endedOn < position.termStart) throw badInput({ endedOn: ["离任日期不能早于任职日期"] });
  const before = snapshot(position);
  position.endedOn = input.endedOn;
  const after = await ctx.em.save(position);
  await audit(ctx, { operation: "endCommitteeTerm", entityType: TYPE, entityId: position.id, collegeId: position.collegeId, before, after });
  return after;
}
