import { EntityTarget, FindOptionsWhere, IsNull, MoreThan } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockUnitInScope } from "../common/locks";
import { changeRecord, createRecord, pageOf, patchRecord, rowsInScope, type RecordKind } from "../common/record-life-cycle";
import { memberHomeInScope, pathInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import { snapshot } from "../common/versioned";
import { LiaisonAssignment } from "../liaison/liaison-assignment.entity";
import { CommitteePosition } from "../org/committee-position.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ServicePostHolder } from "../service-post/service-post-holder.entity";
import { ClassMember } from "../student-class/class-member.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import { Member } from "./member.entity";
import { MemberStatus, MobileStatus, RegisterEntryKind, RegisterReason } from "./member.enums";
import { MassContact } from "./mass-contact.entity";
import { MemberTransfer } from "./member-transfer.entity";
import { RegisterEntry } from "./register-entry.entity";
import type { MemberFilter } from "./inputs/member-filter.input";
import type { CreateMemberInput, RemoveMemberInput, TransferMemberInput, UpdateMemberInput } from "./inputs/member.inputs";

const TYPE = "Member";
/** What an update may clear; name, gender, category, standing and mobile status always have a value. */
const NULLABLE_FIELDS = [
  "birthDate",
  "joinedOn",
  "fullSince",
  "probationEndsOn",
  "groupId",
  "department",
  "className",
  "mobileLocation",
  "idNumber",
  "phone",
];

/** A member the request may see, or null. */
export async function findOne(ctx: RequestContext, id: string): Promise<Member | null> {
  if (!isId(id)) return null;
  const member = await ctx.loaders.member.load(id);
  if (!member) return null;
  const home = await ctx.loaders.orgUnit.load(member.groupId ?? member.branchId);
  return home && pathInScope(ctx, home.path) ? member : null;
}

/** Search over a subtree with filters; ordered by name for a stable pager. */
export async function list(ctx: RequestContext, filter: MemberFilter = {}, page: PageArgs): Promise<Page<Member>> {
  const qb = rowsInScope(ctx, Member, "m", "u.id = coalesce(m.group_id, m.branch_id)", filter.unitId).andWhere("m.status = :status", {
    status: filter.status ?? MemberStatus.ACTIVE,
  });
  if (filter.category) qb.andWhere("m.category = :category", { category: filter.category });
  if (filter.standing) qb.andWhere("m.standing = :standing", { standing: filter.standing });
  if (filter.mobileStatus) qb.andWhere("m.mobile_status = :mobileStatus", { mobileStatus: filter.mobileStatus });
  if (filter.mobile === true) qb.andWhere("m.mobile_status <> 'NONE'");
  if (filter.mobile === false) qb.andWhere("m.mobile_status = 'NONE'");
  if (filter.nameContains) qb.andWhere("m.name ILIKE :name", { name: `%${escapeLike(filter.nameContains)}%` });
  qb.orderBy("m.name", "ASC").addOrderBy("m.id", "ASC");
  return pageOf(qb, page);
}

/** A member changes only while on the register (active): NOT_FOUND outside the caller's scope, before the version. */
const MEMBER: RecordKind<Member> = {
  entity: Member,
  typeName: TYPE,
  inScope: (ctx, m) => memberHomeInScope(ctx, m),
  frozen: (m) => (m.status !== MemberStatus.ACTIVE ? notActive(m) : null),
};

export async function create(ctx: RequestContext, input: CreateMemberInput): Promise<Member | Refusal> {
  const branch = await lockBranch(ctx, input.branchId, "branchId");
  if (branch instanceof Refusal) return branch;
  const groupId = input.groupId ? await checkGroup(ctx, input.groupId, branch.id) : null;
  if (groupId instanceof Refusal) return groupId;
  checkDates(input);

  const { branchId: _b, reason, registeredOn, counterpart, groupId: _g, ...fields } = input;
  const values = {
    ...fields,
    name: input.name.trim(),
    branchId: branch.id,
    groupId,
    collegeId: branch.collegeId,
    mobileStatus: input.mobileStatus ?? MobileStatus.NONE,
    status: MemberStatus.ACTIVE,
  };
  return createRecord(ctx, MEMBER, "createMember", values, (saved) =>
    register(ctx, saved, branch.id, RegisterEntryKind.ADDED, reason, registeredOn ?? today(), counterpart ?? null, null),
  );
}

export function update(ctx: RequestContext, input: UpdateMemberInput): Promise<Member | Refusal> {
  return patchRecord(ctx, MEMBER, "updateMember", input, {
    nullable: NULLABLE_FIELDS,
    check: async (member) => {
      const groupId = input.groupId ? await checkGroup(ctx, input.groupId, member.branchId) : null;
      if (groupId instanceof Refusal) return groupId;
      checkDates(member);
    },
  });
}

/** 校内组织关系接转: leaves one branch's register, enters another's, with a dated transfer record. */
export function transfer(ctx: RequestContext, input: TransferMemberInput): Promise<Member | Refusal> {
  return changeRecord(ctx, MEMBER, "transferMember", input, {
    apply: async (member) => {
      if (member.branchId === input.toBranchId) {
        return Refusal.of(RefusalCode.SAME_BRANCH, `${member.name}已在该支部`, { field: "toBranchId" });
      }
      const to = await lockBranch(ctx, input.toBranchId, "toBranchId");
      if (to instanceof Refusal) return to;
      if (to.collegeId !== member.collegeId) {
        return Refusal.of(RefusalCode.INVALID_PARENT, "跨学校转接请使用出册（转出）和入册（转入）", { field: "toBranchId" });
      }
      const groupId = input.toGroupId ? await checkGroup(ctx, input.toGroupId, to.id) : null;
      if (groupId instanceof Refusal) return groupId;

      const from = member.branchId;
      await ctx.em.insert(MemberTransfer, {
        memberId: member.id,
        fromBranchId: from,
        toBranchId: to.id,
        collegeId: member.collegeId,
        transferredOn: input.transferredOn,
        note: input.note ?? null,
      });
      await register(
        ctx,
        member,
        from,
        RegisterEntryKind.REMOVED,
        RegisterReason.INTERNAL_TRANSFER,
        input.transferredOn,
        to.name,
        input.note,
      );
      await register(ctx, member, to.id, RegisterEntryKind.ADDED, RegisterReason.INTERNAL_TRANSFER, input.transferredOn, null, input.note);
      member.branchId = to.id;
      member.groupId = groupId;
    },
  });
}

/**
 * 出册: the record stays, with status REMOVED and a register entry saying why and when — and the
 * member's current posts and links end on that day, in the same transaction, each with its own
 * audit entry: committee seats, service-post holdings, liaison links where they are the liaison,
 * mass contacts and class memberships.
 *
 * Ended rather than refused (issue 11): a removal records what already happened (a transfer out,
 * a death, an expulsion), and none of these can outlive the membership. Refusing until each is
 * ended by hand would also make some removals impossible for the member's own secretary — a
 * general branch's committee seat held by a branch member lies above a branch secretary's scope —
 * and it is what archiving a room, a post or a class already does with their open links.
 */
export function remove(ctx: RequestContext, input: RemoveMemberInput): Promise<Member | Refusal> {
  return changeRecord(ctx, MEMBER, "removeMember", input, {
    apply: async (member) => {
      await register(
        ctx,
        member,
        member.branchId,
        RegisterEntryKind.REMOVED,
        input.reason,
        input.occurredOn,
        input.counterpart ?? null,
        input.note,
      );
      member.status = MemberStatus.REMOVED;
    },
    then: async (member) => ({ ended: await endCurrentLinks(ctx, member, input.occurredOn) }),
  });
}

/** A kind of current link to a member: which rows are open on a day, and how one is ended. */
interface LinkKind<T extends { id: string; collegeId: string }> {
  entity: EntityTarget<T>;
  typeName: string;
  /** The rows of the member open on `day` (their end empty or later). */
  open: (memberId: string, day: string) => FindOptionsWhere<T>[];
  /** Ends a row on `day` (never before it began). */
  end: (row: T, day: string) => void;
}

const later = (a: string, b: string) => (a > b ? a : b);
const openOn = <K extends string>(key: K, day: string) => [{ [key]: IsNull() }, { [key]: MoreThan(day) }];

const LINKS = {
  committeePositions: {
    entity: CommitteePosition,
    typeName: "CommitteePosition",
    open: (memberId: string, day: string) => openOn("endedOn", day).map((end) => ({ memberId, ...end })),
    end: (row: CommitteePosition, day: string) => void (row.endedOn = later(row.termStart, day)),
  } satisfies LinkKind<CommitteePosition>,
  servicePostHoldings: {
    entity: ServicePostHolder,
    typeName: "ServicePostHolder",
    open: (memberId: string, day: string) => openOn("endDate", day).map((end) => ({ memberId, ...end })),
    end: (row: ServicePostHolder, day: string) => void (row.endDate = later(row.startDate, day)),
  } satisfies LinkKind<ServicePostHolder>,
  liaisonAssignments: {
    entity: LiaisonAssignment,
    typeName: "LiaisonAssignment",
    open: (memberId: string, day: string) => openOn("endDate", day).map((end) => ({ liaisonMemberId: memberId, ...end })),
    end: (row: LiaisonAssignment, day: string) => void (row.endDate = later(row.startDate, day)),
  } satisfies LinkKind<LiaisonAssignment>,
  massContacts: {
    entity: MassContact,
    typeName: "MassContact",
    open: (memberId: string, day: string) => openOn("until", day).map((end) => ({ memberId, ...end })),
    end: (row: MassContact, day: string) => void (row.until = later(row.since, day)),
  } satisfies LinkKind<MassContact>,
  classMemberships: {
    entity: ClassMember,
    typeName: "ClassMember",
    open: (memberId: string, day: string) => openOn("until", day).map((end) => ({ memberId, ...end })),
    end: (row: ClassMember, day: string) => void (row.until = later(row.since, day)),
  } satisfies LinkKind<ClassMember>,
};

/** Ends every current link of a removed member on `day`, audited one by one; returns the ids ended, by kind. */
async function endCurrentLinks(ctx: RequestContext, member: Member, day: string): Promise<Record<keyof typeof LINKS, string[]>> {
  const ended = {} as Record<keyof typeof LINKS, string[]>;
  for (const [kind, link] of Object.entries(LINKS) as unknown as Array<[keyof typeof LINKS, LinkKind<{ id: string; collegeId: string }>]>) {
    const rows = await ctx.em.find(link.entity, {
      where: link.open(member.id, day),
      order: { id: "ASC" },
      lock: { mode: "pessimistic_write" },
    });
    for (const row of rows) {
      const before = snapshot(row);
      link.end(row, day);
      const after = await ctx.em.save(link.entity, row);
      await audit(ctx, { operation: "removeMember", entityType: link.typeName, entityId: row.id, collegeId: row.collegeId, before, after });
    }
    ended[kind] = rows.map((r) => r.id);
  }
  return ended;
}

async function register(
  ctx: RequestContext,
  member: Member,
  branchId: string,
  kind: RegisterEntryKind,
  reason: RegisterReason,
  occurredOn: string,
  counterpart: string | null,
  note: string | null | undefined,
): Promise<void> {
  await ctx.em.insert(RegisterEntry, {
    memberId: member.id,
    branchId,
    collegeId: member.collegeId,
    kind,
    reason,
    occurredOn,
    counterpart,
    note: note ?? null,
  });
}

async function lockBranch(ctx: RequestContext, id: string, field: string): Promise<OrgUnit | Refusal> {
  const unit = await lockUnitInScope(ctx, id);
  if (unit.kind !== OrgUnitKind.BRANCH) throw badInput({ [field]: [`“${unit.name}”不是党支部`] });
  if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field });
  return unit;
}

/** A group must be an active party group of the member's branch. */
async function checkGroup(ctx: RequestContext, groupId: string, branchId: string): Promise<string | Refusal> {
  const group = await ctx.em.findOneBy(OrgUnit, { id: groupId });
  if (!group || group.kind !== OrgUnitKind.GROUP || group.parentId !== branchId) {
    throw badInput({ groupId: ["党小组须是所在支部下设的党小组"] });
  }
  if (group.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${group.name}”已撤销`, { field: "groupId" });
  return group.id;
}

type MemberDates = { [K in "birthDate" | "joinedOn" | "fullSince" | "probationEndsOn"]?: string | null };

function checkDates(m: MemberDates): void {
  const fields = dateProblems(m);
  if (Object.keys(fields).length) throw badInput(fields);
}

/** What is wrong with a member's dates, by field (none: an empty object); shared with the roster import. */
export function dateProblems(m: MemberDates): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (m.birthDate && m.birthDate > today()) fields.birthDate = ["出生日期不能晚于今天"];
  if (m.joinedOn && m.birthDate && m.joinedOn <= m.birthDate) fields.joinedOn = ["入党日期应晚于出生日期"];
  if (m.fullSince && m.joinedOn && m.fullSince < m.joinedOn) fields.fullSince = ["转正日期不能早于入党日期"];
  if (m.probationEndsOn && m.joinedOn && m.probationEndsOn < m.joinedOn) fields.probationEndsOn = ["预备期满日期不能早于入党日期"];
  return fields;
}

function notActive(member: Member): Refusal {
  return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册，不能再修改`);
}
