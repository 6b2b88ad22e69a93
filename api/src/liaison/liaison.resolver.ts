import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { Person } from "../member/person.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { StudentClass } from "../student-class/student-class.entity";
import { LiaisonAssignment } from "./liaison-assignment.entity";
import { LiaisonFollowUp } from "./liaison-follow-up.entity";
import { LiaisonStudent } from "./liaison-student.entity";
import { LiaisonVisit } from "./liaison-visit.entity";
import * as LiaisonService from "./liaison.service";
import { VisitPerson } from "./visit-person.entity";
import {
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

const LiaisonAssignmentPage = PageType(LiaisonAssignment);
const LiaisonVisitPage = PageType(LiaisonVisit);
export const LiaisonAssignmentResult = resultUnion("LiaisonAssignmentResult", LiaisonAssignment);
export const LiaisonVisitResult = resultUnion("LiaisonVisitResult", LiaisonVisit);
export const LiaisonFollowUpResult = resultUnion("LiaisonFollowUpResult", LiaisonFollowUp);

@Resolver(() => LiaisonAssignment)
export class LiaisonAssignmentResolver {
  @Query(() => LiaisonAssignmentPage, { description: "三联二访联系安排" })
  @Authorized(Permission.LIAISON_READ)
  liaisonAssignments(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => LiaisonAssignmentFilter, { nullable: true }) filter: LiaisonAssignmentFilter,
    @Args() page: PageArgs,
  ) {
    return LiaisonService.listAssignments(ctx, filter ?? {}, page);
  }

  @Query(() => LiaisonAssignment, { nullable: true })
  @Authorized(Permission.LIAISON_READ)
  liaisonAssignment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return LiaisonService.findAssignment(ctx, id);
  }

  @Mutation(() => LiaisonAssignmentResult, { description: "建立联系安排（校领导→二级学院、二级学院领导→班级、党员教师→学生）" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  createLiaisonAssignment(@Ctx() ctx: RequestContext, @Arg("input") input: CreateLiaisonAssignmentInput) {
    return LiaisonService.createAssignment(ctx, input);
  }

  @Mutation(() => LiaisonAssignment)
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  updateLiaisonAssignment(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateLiaisonAssignmentInput) {
    return LiaisonService.updateAssignment(ctx, input);
  }

  @Mutation(() => LiaisonAssignmentResult, { description: "结束联系安排（记录保留）" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  endLiaisonAssignment(@Ctx() ctx: RequestContext, @Arg("input") input: EndLiaisonAssignmentInput) {
    return LiaisonService.endAssignment(ctx, input);
  }

  @Mutation(() => LiaisonAssignmentResult, { description: "为党员教师增加联系学生" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  addLiaisonStudents(@Ctx() ctx: RequestContext, @Arg("input") input: AddLiaisonStudentsInput) {
    return LiaisonService.addStudents(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true, description: "联系人（党员）" })
  liaisonMember(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return a.liaisonMemberId ? ctx.loaders.member.load(a.liaisonMemberId) : null;
  }

  @FieldResolver(() => String, { description: "联系人姓名" })
  async liaisonName(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    if (a.leaderName) return a.leaderName;
    return a.liaisonMemberId ? ((await ctx.loaders.member.load(a.liaisonMemberId))?.name ?? "") : "";
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return ctx.loaders.orgUnit.load(a.unitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "联系的二级学院" })
  targetUnit(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return a.targetUnitId ? ctx.loaders.orgUnit.load(a.targetUnitId) : null;
  }

  @FieldResolver(() => StudentClass, { nullable: true, description: "联系的班级" })
  targetClass(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return a.targetClassId ? ctx.loaders.studentClass.load(a.targetClassId) : null;
  }

  @FieldResolver(() => [LiaisonStudent], { description: "联系的学生（党员教师）" })
  students(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return ctx.loaders.studentsOfAssignment.load(a.id);
  }

  @FieldResolver(() => [LiaisonVisit], { description: "走访记录（不含作废），按日期倒序" })
  visits(@Ctx() ctx: RequestContext, @Root() a: LiaisonAssignment) {
    return ctx.loaders.visitsOfAssignment.load(a.id);
  }
}

@Resolver(() => LiaisonStudent)
export class LiaisonStudentResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() s: LiaisonStudent) {
    return s.personId ? ctx.loaders.person.load(s.personId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() s: LiaisonStudent) {
    return s.memberId ? ctx.loaders.member.load(s.memberId) : null;
  }
}

@Resolver(() => LiaisonVisit)
export class LiaisonVisitResolver {
  @Query(() => LiaisonVisitPage, { description: "走访记录" })
  @Authorized(Permission.LIAISON_READ)
  liaisonVisits(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => LiaisonVisitFilter, { nullable: true }) filter: LiaisonVisitFilter,
    @Args() page: PageArgs,
  ) {
    return LiaisonService.listVisits(ctx, filter ?? {}, page);
  }

  @Query(() => LiaisonVisit, { nullable: true })
  @Authorized(Permission.LIAISON_READ)
  liaisonVisit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return LiaisonService.findVisit(ctx, id);
  }

  @Mutation(() => LiaisonVisitResult, { description: "登记走访（须在联系安排有效期内，由联系人本人走访）" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  createLiaisonVisit(@Ctx() ctx: RequestContext, @Arg("input") input: CreateLiaisonVisitInput) {
    return LiaisonService.createVisit(ctx, input);
  }

  @Mutation(() => LiaisonVisitResult)
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  updateLiaisonVisit(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateLiaisonVisitInput) {
    return LiaisonService.updateVisit(ctx, input);
  }

  @Mutation(() => LiaisonVisitResult, { description: "作废走访记录（注明原因，记录保留）" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  archiveLiaisonVisit(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveLiaisonVisitInput) {
    return LiaisonService.archiveVisit(ctx, input);
  }

  @Mutation(() => LiaisonFollowUpResult, { description: "增加走访后续事项" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  addLiaisonFollowUp(@Ctx() ctx: RequestContext, @Arg("input") input: AddFollowUpInput) {
    return LiaisonService.addFollowUp(ctx, input);
  }

  @Mutation(() => LiaisonFollowUpResult, { description: "办结后续事项" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  resolveLiaisonFollowUp(@Ctx() ctx: RequestContext, @Arg("input") input: ResolveFollowUpInput) {
    return LiaisonService.resolveFollowUp(ctx, input);
  }

  @FieldResolver(() => LiaisonAssignment)
  assignment(@Ctx() ctx: RequestContext, @Root() v: LiaisonVisit) {
    return ctx.loaders.liaisonAssignment.load(v.assignmentId);
  }

  @FieldResolver(() => Member, { nullable: true, description: "走访人（党员）" })
  visitor(@Ctx() ctx: RequestContext, @Root() v: LiaisonVisit) {
    return v.visitorMemberId ? ctx.loaders.member.load(v.visitorMemberId) : null;
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() v: LiaisonVisit) {
    return ctx.loaders.orgUnit.load(v.unitId);
  }

  @FieldResolver(() => [VisitPerson], { description: "走访对象" })
  peopleMet(@Ctx() ctx: RequestContext, @Root() v: LiaisonVisit) {
    return ctx.loaders.peopleOfVisit.load(v.id);
  }

  @FieldResolver(() => [LiaisonFollowUp], { description: "后续事项" })
  followUps(@Ctx() ctx: RequestContext, @Root() v: LiaisonVisit) {
    return ctx.loaders.followUpsOfVisit.load(v.id);
  }
}

@Resolver(() => VisitPerson)
export class VisitPersonResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() p: VisitPerson) {
    return p.personId ? ctx.loaders.person.load(p.personId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() p: VisitPerson) {
    return p.memberId ? ctx.loaders.member.load(p.memberId) : null;
  }
}

@Resolver(() => LiaisonFollowUp)
export class LiaisonFollowUpResolver {
  @FieldResolver(() => LiaisonVisit)
  visit(@Ctx() ctx: RequestContext, @Root() f: LiaisonFollowUp) {
    return ctx.loaders.liaisonVisit.load(f.visitId);
  }
}
