import { In } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, FieldErrors } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { pathInScope, unitIdInScope } from "../common/scope";
import {
  archiveRecord,
  changeRecord,
  createRecord,
  frozenOnceArchived,
  lockRecord,
  pageOf,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { lockInScope, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberCategory, MemberStatus, PersonKind } from "../member/member.enums";
import { Person } from "../member/person.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import { StudentClass } from "../student-class/student-class.entity";
import { LiaisonAssignment } from "./liaison-assignment.entity";
import { LiaisonFollowUp } from "./liaison-follow-up.entity";
import { LiaisonStudent } from "./liaison-student.entity";
import { LiaisonVisit } from "./liaison-visit.entity";
import { LiaisonKind } from "./liaison.enums";
import { VisitPerson } from "./visit-person.entity";
import type {
  AddFollowUpInput,
  AddLiaisonStudentsInput,
  ArchiveLiaisonVisitInput,
  CreateLiaisonAssignmentInput,
  CreateLiaisonVisitInput,
  EndLiaisonAssignmentInput,
  LiaisonAssignmentFilter,
  LiaisonVisitFilter,
  ResolveFollowUpInput,
  UpdateLiaisonAssignmentInput,
  UpdateLiaisonVisitInput,
} from "./inputs/liaison.inputs";

const ASSIGNMENT = "LiaisonAssignment";
const VISIT = "LiaisonVisit";
const FOLLOW_UP = "LiaisonFollowUp";

/** Links, visits and follow-ups are their unit's: in scope when the link's (the visit's) unit is. */
const ASSIGNMENT_KIND = {
  entity: LiaisonAssignment,
  typeName: ASSIGNMENT,
  inScope: (ctx: RequestContext, a: LiaisonAssignment) => unitIdInScope(ctx, a.unitId),
} satisfies RecordKind<LiaisonAssignment>;

const VISIT_KIND = {
  entity: LiaisonVisit,
  typeName: VISIT,
  inScope: (ctx: RequestContext, v: LiaisonVisit) => unitIdInScope(ctx, v.unitId),
  frozen: frozenOnceArchived<LiaisonVisit>(() => Refusal.of(RefusalCode.RECORD_ARCHIVED, "该走访记录已作废")),
} satisfies RecordKind<LiaisonVisit>;

const FOLLOW_UP_KIND: RecordKind<LiaisonFollowUp> = {
  entity: LiaisonFollowUp,
  typeName: FOLLOW_UP,
  inScope: async (ctx, f) => {
    const of = await ctx.em.findOneBy(LiaisonVisit, { id: f.visitId });
    return Boolean(of) && unitIdInScope(ctx, of!.unitId);
  },
};

// ── assignments ─────────────────────────────────────────────────────────────────────────────────

export async function findAssignment(ctx: RequestContext, id: string): Promise<LiaisonAssignment | null> {
  if (!isId(id)) return null;
  const assignment = await ctx.loaders.liaisonAssignment.load(id);
  return assignment && (await unitInScope(ctx, assignment.unitId)) ? assignment : null;
}

export async function listAssignments(
  ctx: RequestContext,
  filter: LiaisonAssignmentFilter = {},
  page: PageArgs,
): Promise<Page<LiaisonAssignment>> {
  const qb = rowsInScope(ctx, LiaisonAssignment, "a", "u.id = a.unit_id", filter.unitId);
  if (filter.kind) qb.andWhere("a.kind = :kind", { kind: filter.kind });
  if (filter.liaisonMemberId) qb.andWhere("a.liaison_member_id = :memberId", { memberId: filter.liaisonMemberId });
  if (filter.activeOn) qb.andWhere("a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)", { on: filter.activeOn });
  qb.orderBy("a.kind", "ASC").addOrderBy("u.sort_order", "ASC").addOrderBy("a.start_date", "DESC").addOrderBy("a.id", "ASC");
  return pageOf(qb, page);
}

/**
 * A link of 三联二访. School leaders link to a secondary college (a general branch), college
 * leaders to a class, party-member teachers (FACULTY members) to students. A leader who is not a
 * member is named; a teacher is always a member.
 */
export async function createAssignment(ctx: RequestContext, input: CreateLiaisonAssignmentInput): Promise<LiaisonAssignment | Refusal> {
  checkKindFields(input);
  if (input.endDate && input.endDate < input.startDate) throw badInput({ endDate: ["结束日期不能早于开始日期"] });

  // The liaison member must be in the caller's scope: out of it reads as not found, never as a refusal naming them.
  // Locked, so a concurrent removeMember (which ends the member's links) cannot pass this link by.
  const member = input.liaisonMemberId ? await lockMemberInScope(ctx, input.liaisonMemberId) : null;
  if (member && member.status !== MemberStatus.ACTIVE) {
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "liaisonMemberId" });
  }

  let unit: OrgUnit;
  let targetUnitId: string | null = null;
  let targetClassId: string | null = null;
  if (input.kind === LiaisonKind.SCHOOL_LEADER_TO_COLLEGE) {
    unit = await lockUnitInScope(ctx, input.targetUnitId!);
    if (unit.kind !== OrgUnitKind.GENERAL_BRANCH) throw badInput({ targetUnitId: [`“${unit.name}”不是二级学院党总支`] });
    if (unit.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${unit.name}”已撤销`, { field: "targetUnitId" });
    targetUnitId = unit.id;
  } else if (input.kind === LiaisonKind.COLLEGE_LEADER_TO_CLASS) {
    const cls = await lockInScope(ctx, StudentClass, "StudentClass", input.targetClassId!, (c) => unitIdInScope(ctx, c.collegeUnitId));
    unit = await ctx.em.findOneByOrFail(OrgUnit, { id: cls.collegeUnitId });
    if (cls.archivedAt) return Refusal.of(RefusalCode.RECORD_ARCHIVED, `${cls.name}已撤销`, { field: "targetClassId" });
    targetClassId = cls.id;
  } else {
    if (member!.category !== MemberCategory.FACULTY) {
      return Refusal.of(RefusalCode.NOT_A_TEACHER, `${member!.name}不是在职教职工党员，不能作为联系学生的党员教师`, {
        field: "liaisonMemberId",
      });
    }
    unit = await ctx.em.findOneByOrFail(OrgUnit, { id: member!.branchId });
  }

  // The liaison's name is kept on the link (a member's name as of the link), so lists need no member lookup.
  const leaderName = (input.kind === LiaisonKind.TEACHER_TO_STUDENTS ? null : input.leaderName?.trim()) || member?.name || null;
  if (input.kind !== LiaisonKind.TEACHER_TO_STUDENTS) {
    const duplicate = await ctx.em
      .createQueryBuilder(LiaisonAssignment, "a")
      .where("a.kind = :kind AND coalesce(a.target_unit_id, a.target_class_id) = :target", {
        kind: input.kind,
        target: targetUnitId ?? targetClassId,
      })
      .andWhere(member ? "a.liaison_member_id = :memberId" : "a.liaison_member_id IS NULL AND a.leader_name = :leaderName", {
        memberId: member?.id,
        leaderName,
      })
      .andWhere("a.start_date <= :end AND (a.end_date IS NULL OR a.end_date >= :start)", {
        start: input.startDate,
        end: input.endDate ?? "infinity",
      })
      .getOne();
    if (duplicate) {
      return Refusal.of(RefusalCode.ALREADY_LINKED, `${leaderName}在该期间已有相同的联系安排（自 ${duplicate.startDate}）`);
    }
  }

  return createRecord(
    ctx,
    ASSIGNMENT_KIND,
    "createLiaisonAssignment",
    {
      kind: input.kind,
      liaisonMemberId: member?.id ?? null,
      leaderName,
      leaderTitle: textOrNull(input.leaderTitle),
      unitId: unit.id,
      collegeId: unit.collegeId,
      targetUnitId,
      targetClassId,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      note: textOrNull(input.note),
    },
    async (assignment) => {
      const students = await addStudentRows(ctx, assignment, input.studentPersonIds ?? [], input.studentMemberIds ?? [], "student");
      return students instanceof Refusal ? students : { students };
    },
  );
}

export function updateAssignment(ctx: RequestContext, input: UpdateLiaisonAssignmentInput): Promise<LiaisonAssignment> {
  return changeRecord(ctx, ASSIGNMENT_KIND, "updateLiaisonAssignment", input, {
    apply: (assignment) => {
      if (input.leaderTitle !== undefined && input.leaderTitle !== null) assignment.leaderTitle = textOrNull(input.leaderTitle);
      if (input.note !== undefined && input.note !== null) assignment.note = textOrNull(input.note);
    },
  });
}

/** Ends a link on a day; visits after it are refused. A link is never deleted. */
export function endAssignment(ctx: RequestContext, input: EndLiaisonAssignmentInput): Promise<LiaisonAssignment | Refusal> {
  return changeRecord(ctx, ASSIGNMENT_KIND, "endLiaisonAssignment", input, {
    apply: async (assignment) => {
      if (assignment.endDate && assignment.endDate <= today())
        return Refusal.of(RefusalCode.ALREADY_ENDED, `该联系安排已于 ${assignment.endDate} 结束`);
      if (input.endDate < assignment.startDate) throw badInput({ endDate: ["结束日期不能早于开始日期"] });
      const [{ last }] = await ctx.em.query(
        `SELECT max(visited_on)::text AS last FROM liaison_visit WHERE assignment_id = $1 AND archived_at IS NULL`,
        [assignment.id],
      );
      if (last && input.endDate < last) throw badInput({ endDate: [`已有 ${last} 的走访记录，结束日期不能早于该日`] });
      assignment.endDate = input.endDate;
    },
  });
}

export async function addStudents(ctx: RequestContext, input: AddLiaisonStudentsInput): Promise<LiaisonAssignment | Refusal> {
  const assignment = await lockRecord(ctx, ASSIGNMENT_KIND, input.assignmentId);
  if (assignment.kind !== LiaisonKind.TEACHER_TO_STUDENTS) throw badInput({ assignmentId: ["只有党员教师联系学生的安排有联系学生"] });
  if (!input.personIds?.length && !input.memberIds?.length) throw badInput({ personIds: ["请至少选择一名学生"] });
  const before = snapshot(assignment);
  const added = await addStudentRows(ctx, assignment, input.personIds ?? [], input.memberIds ?? [], "");
  if (added instanceof Refusal) return added;
  // A change to the link's student list is a change to the link: its version moves on.
  await ctx.em.update(LiaisonAssignment, { id: assignment.id }, { version: assignment.version + 1 });
  const after = await ctx.em.findOneByOrFail(LiaisonAssignment, { id: assignment.id });
  await audit(ctx, {
    operation: "addLiaisonStudents",
    entityType: ASSIGNMENT,
    entityId: assignment.id,
    collegeId: assignment.collegeId,
    before,
    after: { ...after, added },
  });
  return after;
}

/** Students of a teacher's link: STUDENT persons and student members, in scope, not yet linked. */
async function addStudentRows(
  ctx: RequestContext,
  assignment: LiaisonAssignment,
  personIds: string[],
  memberIds: string[],
  prefix: string,
): Promise<LiaisonStudent[] | Refusal> {
  if (!personIds.length && !memberIds.length) return [];
  const field = (name: string) => (prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name);
  const personField = field("personIds");
  const memberField = field("memberIds");
  const people = personIds.length
    ? await ctx.em
        .createQueryBuilder(Person, "p")
        .innerJoin(OrgUnit, "u", "u.id = p.unit_id")
        .addSelect("u.path", "path")
        .where("p.id IN (:...ids)", { ids: personIds })
        .getRawAndEntities()
    : { entities: [] as Person[], raw: [] as Array<{ path: string[] }> };
  const members = memberIds.length
    ? await ctx.em
        .createQueryBuilder(Member, "m")
        .innerJoin(OrgUnit, "u", "u.id = coalesce(m.group_id, m.branch_id)")
        .addSelect("u.path", "path")
        .where("m.id IN (:...ids)", { ids: memberIds })
        .getRawAndEntities()
    : { entities: [] as Member[], raw: [] as Array<{ path: string[] }> };
  const visiblePeople = new Map(people.entities.filter((_, i) => pathInScope(ctx, people.raw[i].path)).map((p) => [p.id, p]));
  const visibleMembers = new Map(members.entities.filter((_, i) => pathInScope(ctx, members.raw[i].path)).map((m) => [m.id, m]));
  const missing: FieldErrors = {};
  const unknownPeople = personIds.filter((id) => !visiblePeople.has(id));
  const unknownMembers = memberIds.filter((id) => !visibleMembers.has(id));
  if (unknownPeople.length) missing[personField] = [`找不到人员：${unknownPeople.join("、")}`];
  if (unknownMembers.length) missing[memberField] = [`找不到党员：${unknownMembers.join("、")}`];
  if (Object.keys(missing).length) throw badInput(missing);

  const notStudentPerson = [...visiblePeople.values()].find((p) => p.kind !== PersonKind.STUDENT);
  if (notStudentPerson) return Refusal.of(RefusalCode.NOT_A_STUDENT, `${notStudentPerson.name}不是学生`, { field: personField });
  const notStudentMember = [...visibleMembers.values()].find(
    (m) => m.category !== MemberCategory.STUDENT || m.status !== MemberStatus.ACTIVE,
  );
  if (notStudentMember) return Refusal.of(RefusalCode.NOT_A_STUDENT, `${notStudentMember.name}不是在册学生党员`, { field: memberField });

  const existing = await ctx.em.find(LiaisonStudent, { where: { assignmentId: assignment.id } });
  const linked = new Set(existing.map((s) => s.personId ?? s.memberId));
  const already = [...personIds, ...memberIds].find((id) => linked.has(id));
  if (already) {
    const name = visiblePeople.get(already)?.name ?? visibleMembers.get(already)?.name;
    return Refusal.of(RefusalCode.ALREADY_LINKED, `${name}已在联系名单中`);
  }
  const rows = [
    ...[...new Set(personIds)].map((personId) => ({
      assignmentId: assignment.id,
      personId,
      memberId: null,
      collegeId: assignment.collegeId,
    })),
    ...[...new Set(memberIds)].map((memberId) => ({
      assignmentId: assignment.id,
      personId: null,
      memberId,
      collegeId: assignment.collegeId,
    })),
  ];
  return ctx.em.save(rows.map((r) => ctx.em.create(LiaisonStudent, r)));
}

// ── visits ──────────────────────────────────────────────────────────────────────────────────────

export async function findVisit(ctx: RequestContext, id: string): Promise<LiaisonVisit | null> {
  if (!isId(id)) return null;
  const visit = await ctx.loaders.liaisonVisit.load(id);
  return visit && (await unitInScope(ctx, visit.unitId)) ? visit : null;
}

export async function listVisits(ctx: RequestContext, filter: LiaisonVisitFilter = {}, page: PageArgs): Promise<Page<LiaisonVisit>> {
  if (filter.from && filter.to && filter.to < filter.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  const qb = rowsInScope(ctx, LiaisonVisit, "v", "u.id = v.unit_id", filter.unitId);
  if (filter.assignmentId) qb.andWhere("v.assignment_id = :assignmentId", { assignmentId: filter.assignmentId });
  if (filter.visitorMemberId) qb.andWhere("v.visitor_member_id = :visitor", { visitor: filter.visitorMemberId });
  if (filter.kind) qb.andWhere("v.kind = :kind", { kind: filter.kind });
  if (filter.from) qb.andWhere("v.visited_on >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("v.visited_on <= :to", { to: filter.to });
  if (!filter.includeArchived) qb.andWhere("v.archived_at IS NULL");
  qb.orderBy("v.visited_on", "DESC").addOrderBy("v.created_at", "DESC").addOrderBy("v.id", "ASC");
  return pageOf(qb, page);
}

/**
 * Records a visit. The link must be in force on the visit day and the visitor must be the link's
 * liaison (the member, or the named leader who is not a member); otherwise a typed refusal.
 */
export async function createVisit(ctx: RequestContext, input: CreateLiaisonVisitInput): Promise<LiaisonVisit | Refusal> {
  const assignment = await lockRecord(ctx, ASSIGNMENT_KIND, input.assignmentId);
  if (input.visitedOn > today()) throw badInput({ visitedOn: ["走访日期不能晚于今天"] });
  for (const [i, f] of (input.followUps ?? []).entries()) {
    if (f.dueOn && f.dueOn < input.visitedOn) throw badInput({ [`followUps.${i}.dueOn`]: ["期限不能早于走访日期"] });
  }

  if (input.visitedOn < assignment.startDate || (assignment.endDate && input.visitedOn > assignment.endDate)) {
    const span = `${assignment.startDate} 至 ${assignment.endDate ?? "今"}`;
    return Refusal.of(RefusalCode.ASSIGNMENT_NOT_ACTIVE, `${input.visitedOn} 不在该联系安排的有效期（${span}）内`, { field: "visitedOn" });
  }
  const visitor = await checkVisitor(ctx, assignment, input);
  if (visitor instanceof Refusal) return visitor;

  const people = await resolvePeopleMet(ctx, input);
  const values = {
    assignmentId: assignment.id,
    kind: input.kind,
    visitorMemberId: visitor.memberId,
    visitorName: visitor.name,
    unitId: assignment.unitId,
    collegeId: assignment.collegeId,
    visitedOn: input.visitedOn,
    place: textOrNull(input.place),
    notes: textOrNull(input.notes),
    archivedAt: null,
    archiveReason: null,
  };
  return createRecord(ctx, VISIT_KIND, "createLiaisonVisit", values, async (visit) => {
    const peopleMet = people.length
      ? await ctx.em.save(
          people.map((p, position) => ctx.em.create(VisitPerson, { ...p, position, visitId: visit.id, collegeId: visit.collegeId })),
        )
      : [];
    const followUps = input.followUps?.length
      ? await ctx.em.save(
          input.followUps.map((f, position) => ctx.em.create(LiaisonFollowUp, followUpOf(visit, f.content, position, f.dueOn))),
        )
      : [];
    return { peopleMet, followUps };
  });
}

export function updateVisit(ctx: RequestContext, input: UpdateLiaisonVisitInput): Promise<LiaisonVisit | Refusal> {
  return changeRecord(ctx, VISIT_KIND, "updateLiaisonVisit", input, {
    apply: (visit) => {
      if (input.place !== undefined && input.place !== null) visit.place = textOrNull(input.place);
      if (input.notes !== undefined && input.notes !== null) visit.notes = textOrNull(input.notes);
    },
  });
}

/** A visit entered by mistake is voided with a reason; it no longer counts, and stays on record. */
export function archiveVisit(ctx: RequestContext, input: ArchiveLiaisonVisitInput): Promise<LiaisonVisit | Refusal> {
  return archiveRecord(ctx, VISIT_KIND, "archiveLiaisonVisit", input);
}

export async function addFollowUp(ctx: RequestContext, input: AddFollowUpInput): Promise<LiaisonFollowUp | Refusal> {
  const visit = await lockRecord(ctx, VISIT_KIND, input.visitId);
  const archived = VISIT_KIND.frozen(visit);
  if (archived) return archived;
  if (input.dueOn && input.dueOn < visit.visitedOn) throw badInput({ dueOn: ["期限不能早于走访日期"] });
  const position = await ctx.em.count(LiaisonFollowUp, { where: { visitId: visit.id } });
  return createRecord(ctx, FOLLOW_UP_KIND, "addLiaisonFollowUp", followUpOf(visit, input.content, position, input.dueOn));
}

export function resolveFollowUp(ctx: RequestContext, input: ResolveFollowUpInput): Promise<LiaisonFollowUp | Refusal> {
  return changeRecord(ctx, FOLLOW_UP_KIND, "resolveLiaisonFollowUp", input, {
    apply: async (followUp) => {
      const visit = await ctx.em.findOneByOrFail(LiaisonVisit, { id: followUp.visitId });
      if (followUp.resolvedOn) return Refusal.of(RefusalCode.ALREADY_RESOLVED, `该事项已于 ${followUp.resolvedOn} 办结`);
      if (input.resolvedOn < visit.visitedOn) throw badInput({ resolvedOn: [`办结日期不能早于走访日期 ${visit.visitedOn}`] });
      if (input.resolvedOn > today()) throw badInput({ resolvedOn: ["办结日期不能晚于今天"] });
      followUp.resolvedOn = input.resolvedOn;
      followUp.resolution = input.resolution.trim();
    },
  });
}

/** A new, open follow-up of a visit. */
function followUpOf(visit: LiaisonVisit, content: string, position: number, dueOn: string | null | undefined) {
  return {
    visitId: visit.id,
    collegeId: visit.collegeId,
    content: content.trim(),
    position,
    dueOn: dueOn ?? null,
    resolvedOn: null,
    resolution: null,
  };
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

function checkKindFields(input: CreateLiaisonAssignmentInput): void {
  const fields: FieldErrors = {};
  const hasStudents = Boolean(input.studentPersonIds?.length || input.studentMemberIds?.length);
  if (input.kind === LiaisonKind.SCHOOL_LEADER_TO_COLLEGE && !input.targetUnitId) fields.targetUnitId = ["请选择联系的二级学院"];
  if (input.kind !== LiaisonKind.SCHOOL_LEADER_TO_COLLEGE && input.targetUnitId) fields.targetUnitId = ["只有校领导联系二级学院"];
  if (input.kind === LiaisonKind.COLLEGE_LEADER_TO_CLASS && !input.targetClassId) fields.targetClassId = ["请选择联系的班级"];
  if (input.kind !== LiaisonKind.COLLEGE_LEADER_TO_CLASS && input.targetClassId) fields.targetClassId = ["只有二级学院领导联系班级"];
  if (input.kind === LiaisonKind.TEACHER_TO_STUDENTS) {
    if (!input.liaisonMemberId) fields.liaisonMemberId = ["联系学生的党员教师必须是党员"];
  } else {
    if (!input.liaisonMemberId && !input.leaderName?.trim()) fields.leaderName = ["请填写领导姓名或选择党员"];
    if (hasStudents) fields.studentPersonIds = ["只有党员教师联系学生的安排有联系学生"];
  }
  if (Object.keys(fields).length) throw badInput(fields);
}

async function checkVisitor(
  ctx: RequestContext,
  assignment: LiaisonAssignment,
  input: CreateLiaisonVisitInput,
): Promise<{ memberId: string | null; name: string } | Refusal> {
  const liaisonName =
    assignment.leaderName ?? (assignment.liaisonMemberId ? (await ctx.loaders.member.load(assignment.liaisonMemberId))?.name : null) ?? "";
  if (assignment.liaisonMemberId) {
    if (input.visitorMemberId !== assignment.liaisonMemberId) {
      return Refusal.of(RefusalCode.NOT_ASSIGNMENT_LIAISON, `走访人不是该联系安排的联系人（${liaisonName}）`, { field: "visitorMemberId" });
    }
    return { memberId: assignment.liaisonMemberId, name: liaisonName };
  }
  const name = input.visitorName?.trim();
  if (input.visitorMemberId || (name && name !== assignment.leaderName)) {
    return Refusal.of(RefusalCode.NOT_ASSIGNMENT_LIAISON, `走访人不是该联系安排的联系人（${liaisonName}）`, {
      field: input.visitorMemberId ? "visitorMemberId" : "visitorName",
    });
  }
  return { memberId: null, name: liaisonName };
}

async function resolvePeopleMet(
  ctx: RequestContext,
  input: CreateLiaisonVisitInput,
): Promise<Array<Pick<VisitPerson, "personId" | "memberId" | "name">>> {
  const entries = input.peopleMet ?? [];
  const fields: FieldErrors = {};
  const personIds = entries.map((e) => e.personId).filter((id): id is string => Boolean(id));
  const memberIds = entries.map((e) => e.memberId).filter((id): id is string => Boolean(id));
  const people = personIds.length ? await ctx.em.find(Person, { where: { id: In(personIds) } }) : [];
  const members = memberIds.length ? await ctx.em.find(Member, { where: { id: In(memberIds) } }) : [];
  const units = await ctx.loaders.orgUnit.loadMany([...people.map((p) => p.unitId), ...members.map((m) => m.groupId ?? m.branchId)]);
  const visibleUnits = new Set(units.filter((u): u is OrgUnit => u instanceof OrgUnit && pathInScope(ctx, u.path)).map((u) => u.id));
  const personById = new Map(people.filter((p) => visibleUnits.has(p.unitId)).map((p) => [p.id, p]));
  const memberById = new Map(members.filter((m) => visibleUnits.has(m.groupId ?? m.branchId)).map((m) => [m.id, m]));
  const rows = entries.map((e, i) => {
    const given = [e.personId, e.memberId].filter(Boolean).length;
    if (given > 1) fields[`peopleMet.${i}`] = ["人员与党员只能选其一"];
    if (given === 0 && !e.name?.trim()) fields[`peopleMet.${i}`] = ["请选择人员或填写姓名"];
    if (e.personId && !personById.has(e.personId)) fields[`peopleMet.${i}.personId`] = ["找不到该人员"];
    if (e.memberId && !memberById.has(e.memberId)) fields[`peopleMet.${i}.memberId`] = ["找不到该党员"];
    const name =
      (e.personId && personById.get(e.personId)?.name) || (e.memberId && memberById.get(e.memberId)?.name) || e.name?.trim() || "";
    return { personId: e.personId ?? null, memberId: e.memberId ?? null, name };
  });
  if (Object.keys(fields).length) throw badInput(fields);
  return rows;
}

async function unitInScope(ctx: RequestContext, unitId: string): Promise<boolean> {
  const unit = await ctx.loaders.orgUnit.load(unitId);
  return Boolean(unit && pathInScope(ctx, unit.path));
}
