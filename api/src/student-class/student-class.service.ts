import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import {
  archiveRecord,
  changeRecord,
  createRecord,
  endRecord,
  frozenOnceArchived,
  lockRecord,
  pageOf,
  rowsInScope,
  textOrNull,
  type RecordKind,
} from "../common/record-life-cycle";
import { snapshot } from "../common/versioned";
import { MemberCategory, MemberStatus } from "../member/member.enums";
import { OrgUnit } from "../org/org-unit.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import { ClassCoverage } from "./class-coverage";
import { ClassGroup } from "./class-group.entity";
import { ClassMember } from "./class-member.entity";
import { StudentClass } from "./student-class.entity";
import type {
  AddClassMemberInput,
  ArchiveStudentClassInput,
  CreateStudentClassInput,
  EndClassLinkInput,
  LinkClassGroupInput,
  StudentClassFilter,
  UpdateStudentClassInput,
} from "./inputs/student-class.inputs";

const TYPE = "StudentClass";

/** A class is its secondary college's: in scope when that general branch is; archived, it no longer changes. */
const CLASS = {
  entity: StudentClass,
  typeName: TYPE,
  inScope: (ctx: RequestContext, c: StudentClass) => unitIdInScope(ctx, c.collegeUnitId),
  frozen: frozenOnceArchived<StudentClass>((c) => Refusal.of(RefusalCode.RECORD_ARCHIVED, `${c.name}已撤销`)),
} satisfies RecordKind<StudentClass>;

/** A class link is its class's: in scope when the class's college is. */
function classLink<T extends ClassMember | ClassGroup>(entity: new () => T, typeName: string): RecordKind<T> {
  return {
    entity,
    typeName,
    inScope: async (ctx, link) => {
      const cls = await ctx.em.findOneBy(StudentClass, { id: link.classId });
      return Boolean(cls) && unitIdInScope(ctx, cls!.collegeUnitId);
    },
  };
}
const CLASS_MEMBER = classLink(ClassMember, "ClassMember");
const CLASS_GROUP = classLink(ClassGroup, "ClassGroup");

/** A class the request may see (its college lies in scope), or null. */
export async function findOne(ctx: RequestContext, id: string): Promise<StudentClass | null> {
  if (!isId(id)) return null;
  const cls = await ctx.loaders.studentClass.load(id);
  if (!cls) return null;
  const unit = await ctx.loaders.orgUnit.load(cls.collegeUnitId);
  return unit && pathInScope(ctx, unit.path) ? cls : null;
}

export async function list(ctx: RequestContext, filter: StudentClassFilter = {}, page: PageArgs): Promise<Page<StudentClass>> {
  const qb = rowsInScope(ctx, StudentClass, "c", "u.id = c.college_unit_id", filter.collegeUnitId);
  if (filter.gradeYear) qb.andWhere("c.grade_year = :gradeYear", { gradeYear: filter.gradeYear });
  if (filter.nameContains) qb.andWhere("c.name ILIKE :name", { name: `%${escapeLike(filter.nameContains)}%` });
  if (!filter.includeArchived) qb.andWhere("c.archived_at IS NULL");
  qb.orderBy("u.sort_order", "ASC").addOrderBy("c.grade_year", "DESC").addOrderBy("c.name", "ASC").addOrderBy("c.id", "ASC");
  return pageOf(qb, page);
}

export async function create(ctx: RequestContext, input: CreateStudentClassInput): Promise<StudentClass | Refusal> {
  const college = await lockCollegeUnit(ctx, input.collegeUnitId);
  if (college.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${college.name}”已撤销`, { field: "collegeUnitId" });
  const name = input.name.trim();
  await checkNameFree(ctx, college.id, name, null);
  return createRecord(ctx, CLASS, "createStudentClass", {
    name,
    collegeUnitId: college.id,
    collegeId: college.collegeId,
    major: input.major.trim(),
    gradeYear: input.gradeYear,
    headTeacher: textOrNull(input.headTeacher),
    archivedAt: null,
    archiveReason: null,
  });
}

/** Changes what is given; a null name, or a blank major or grade, stays as it was. */
export function update(ctx: RequestContext, input: UpdateStudentClassInput): Promise<StudentClass | Refusal> {
  return changeRecord(ctx, CLASS, "updateStudentClass", input, {
    apply: async (cls) => {
      if (input.name !== undefined && input.name !== null) {
        const name = input.name.trim();
        if (name !== cls.name) await checkNameFree(ctx, cls.collegeUnitId, name, cls.id);
        cls.name = name;
      }
      if (input.major) cls.major = input.major.trim();
      if (input.gradeYear) cls.gradeYear = input.gradeYear;
      if (input.headTeacher !== undefined) cls.headTeacher = textOrNull(input.headTeacher);
    },
  });
}

/** Archiving ends the class's open memberships and group links on that day: the history stays. */
export function archive(ctx: RequestContext, input: ArchiveStudentClassInput): Promise<StudentClass | Refusal> {
  return archiveRecord(ctx, CLASS, "archiveStudentClass", input, async (cls) => {
    const day = today();
    await ctx.em.query(
      `UPDATE class_member SET until = greatest(since, $2::date), version = version + 1, updated_at = now() WHERE class_id = $1 AND until IS NULL`,
      [cls.id, day],
    );
    await ctx.em.query(
      `UPDATE class_group SET until = greatest(since, $2::date), version = version + 1, updated_at = now() WHERE class_id = $1 AND until IS NULL`,
      [cls.id, day],
    );
  });
}

/**
 * Puts a student member in a class from `since`. A member of another class leaves it the day
 * before; only student members of the class's own secondary college may join.
 */
export async function addMember(ctx: RequestContext, input: AddClassMemberInput): Promise<ClassMember | Refusal> {
  const cls = await lockRecord(ctx, CLASS, input.classId);
  const college = await inScopeCollege(ctx, cls);
  if (cls.archivedAt) return CLASS.frozen(cls)!;
  // Out of scope reads as not found, never as a refusal naming the member.
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE)
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  if (member.category !== MemberCategory.STUDENT) {
    return Refusal.of(RefusalCode.NOT_A_STUDENT, `${member.name}不是学生党员，不能编入班级`, { field: "memberId" });
  }
  const home = await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId });
  if (!home.path.includes(college.id)) {
    return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${member.name}不是“${college.name}”的党员，不能编入${cls.name}`, {
      field: "memberId",
    });
  }
  const open = await ctx.em.findOne(ClassMember, { where: { memberId: member.id, until: IsNull() }, lock: { mode: "pessimistic_write" } });
  if (open?.classId === cls.id) return Refusal.of(RefusalCode.ALREADY_LINKED, `${member.name}已在${cls.name}（自 ${open.since}）`);
  if (open) {
    if (input.since <= open.since) throw badInput({ since: [`应晚于其在原班级的起始日期 ${open.since}`] });
    const before = snapshot(open);
    open.until = dayBefore(input.since);
    const ended = await ctx.em.save(open);
    await audit(ctx, {
      operation: "endClassMember",
      entityType: "ClassMember",
      entityId: open.id,
      collegeId: open.collegeId,
      before,
      after: ended,
    });
  }
  return createRecord(ctx, CLASS_MEMBER, "addClassMember", {
    classId: cls.id,
    memberId: member.id,
    collegeId: cls.collegeId,
    since: input.since,
    until: null,
  });
}

export function endMember(ctx: RequestContext, input: EndClassLinkInput): Promise<ClassMember | Refusal> {
  return endRecord(ctx, CLASS_MEMBER, "endClassMember", input, CLASS_LINK_DAYS);
}

/** Links a party group of the class's own college to the class (高年级有党小组). */
export async function linkGroup(ctx: RequestContext, input: LinkClassGroupInput): Promise<ClassGroup | Refusal> {
  const cls = await lockRecord(ctx, CLASS, input.classId);
  const college = await inScopeCollege(ctx, cls);
  if (cls.archivedAt) return CLASS.frozen(cls)!;
  const group = await ctx.em.findOneBy(OrgUnit, { id: input.groupUnitId });
  if (!group || !pathInScope(ctx, group.path)) throw notFound("OrgUnit", input.groupUnitId);
  if (group.kind !== OrgUnitKind.GROUP) throw badInput({ groupUnitId: [`“${group.name}”不是党小组`] });
  if (group.archivedAt) return Refusal.of(RefusalCode.UNIT_ARCHIVED, `“${group.name}”已撤销`, { field: "groupUnitId" });
  if (!group.path.includes(college.id)) {
    return Refusal.of(RefusalCode.OUTSIDE_UNIT, `“${group.name}”不属于“${college.name}”，不能对应${cls.name}`, { field: "groupUnitId" });
  }
  const open = await ctx.em.findOne(ClassGroup, { where: { classId: cls.id, groupUnitId: group.id, until: IsNull() } });
  if (open) return Refusal.of(RefusalCode.ALREADY_LINKED, `“${group.name}”已对应${cls.name}（自 ${open.since}）`);
  return createRecord(ctx, CLASS_GROUP, "linkClassGroup", {
    classId: cls.id,
    groupUnitId: group.id,
    collegeId: cls.collegeId,
    since: input.since,
    until: null,
  });
}

export function endGroupLink(ctx: RequestContext, input: EndClassLinkInput): Promise<ClassGroup | Refusal> {
  return endRecord(ctx, CLASS_GROUP, "endClassGroup", input, CLASS_LINK_DAYS);
}

const CLASS_LINK_DAYS = { start: "since", end: "until", called: "" } as const;

/**
 * Per class of a college subtree, on a day: student members in it and the party groups covering it
 * — the facts of the STUDENT_COVERAGE measure, counted in one statement.
 */
export async function coverage(ctx: RequestContext, collegeUnitId: string, on: string = today()): Promise<ClassCoverage[]> {
  const unit = isId(collegeUnitId) ? await ctx.loaders.orgUnit.load(collegeUnitId) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", collegeUnitId);
  const rows: Array<{ id: string; grade_year: number; student_members: number; party_groups: number }> = await ctx.em.query(
    `SELECT c.id, c.grade_year,
            (SELECT count(DISTINCT cm.member_id) FROM class_member cm JOIN member m ON m.id = cm.member_id
              WHERE cm.class_id = c.id AND cm.since <= $2 AND (cm.until IS NULL OR cm.until >= $2)
                AND m.status = 'ACTIVE' AND m.category = 'STUDENT')::int AS student_members,
            (SELECT count(DISTINCT cg.group_unit_id) FROM class_group cg JOIN org_unit g ON g.id = cg.group_unit_id
              WHERE cg.class_id = c.id AND cg.since <= $2 AND (cg.until IS NULL OR cg.until >= $2)
                AND g.archived_at IS NULL)::int AS party_groups
       FROM student_class c JOIN org_unit u ON u.id = c.college_unit_id
      WHERE u.path @> ARRAY[$1::uuid] AND c.archived_at IS NULL
      ORDER BY u.sort_order, c.grade_year, c.name, c.id`,
    [unit.id, on],
  );
  const classes = await ctx.loaders.studentClass.loadMany(rows.map((r) => r.id));
  return rows.map((r, i) => ({
    classId: r.id,
    studentClass: classes[i] as StudentClass,
    gradeYear: r.grade_year,
    studentMembers: r.student_members,
    partyGroups: r.party_groups,
    hasPartyGroup: r.party_groups > 0,
  }));
}

async function lockCollegeUnit(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const unit = await lockUnitInScope(ctx, unitId);
  if (unit.kind !== OrgUnitKind.GENERAL_BRANCH) throw badInput({ collegeUnitId: [`“${unit.name}”不是二级学院党总支`] });
  return unit;
}

async function inScopeCollege(ctx: RequestContext, cls: StudentClass, typeName = TYPE, id = cls.id): Promise<OrgUnit> {
  const unit = await ctx.em.findOneByOrFail(OrgUnit, { id: cls.collegeUnitId });
  if (!pathInScope(ctx, unit.path)) throw notFound(typeName, id);
  return unit;
}

async function checkNameFree(ctx: RequestContext, collegeUnitId: string, name: string, exceptId: string | null): Promise<void> {
  const clash = await ctx.em
    .createQueryBuilder(StudentClass, "c")
    .where("c.college_unit_id = :collegeUnitId AND c.name = :name AND c.archived_at IS NULL", { collegeUnitId, name })
    .andWhere(exceptId ? "c.id <> :exceptId" : "TRUE", { exceptId })
    .getCount();
  if (clash) throw badInput({ name: [`该学院已有“${name}”`] });
}

export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
