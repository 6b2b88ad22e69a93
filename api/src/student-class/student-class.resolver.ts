import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ClassCoverage } from "./class-coverage";
import { ClassGroup } from "./class-group.entity";
import { ClassMember } from "./class-member.entity";
import { StudentClass } from "./student-class.entity";
import * as StudentClassService from "./student-class.service";
import {
  AddClassMemberInput,
  ArchiveStudentClassInput,
  ClassCoverageArgs,
  CreateStudentClassInput,
  EndClassLinkInput,
  LinkClassGroupInput,
  StudentClassFilter,
  UpdateStudentClassInput,
} from "./inputs/student-class.inputs";

const StudentClassPage = PageType(StudentClass);
export const StudentClassResult = resultUnion("StudentClassResult", StudentClass);
export const ClassMemberResult = resultUnion("ClassMemberResult", ClassMember);
export const ClassGroupResult = resultUnion("ClassGroupResult", ClassGroup);

@Resolver(() => StudentClass)
export class StudentClassResolver {
  @Query(() => StudentClassPage, { description: "学生班级（按学院、年级筛选）" })
  @Authorized(Permission.LIAISON_READ)
  studentClasses(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => StudentClassFilter, { nullable: true }) filter: StudentClassFilter,
    @Args() page: PageArgs,
  ) {
    return StudentClassService.list(ctx, filter ?? {}, page);
  }

  @Query(() => StudentClass, { nullable: true })
  @Authorized(Permission.LIAISON_READ)
  studentClass(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return StudentClassService.findOne(ctx, id);
  }

  @Query(() => [ClassCoverage], { description: "各班学生党员人数与党小组覆盖（低年级有党员、高年级有党小组，四(三)2(2)）" })
  @Authorized(Permission.LIAISON_READ)
  classCoverage(@Ctx() ctx: RequestContext, @Args() args: ClassCoverageArgs) {
    return StudentClassService.coverage(ctx, args.collegeUnitId, args.on);
  }

  @Mutation(() => StudentClassResult)
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  createStudentClass(@Ctx() ctx: RequestContext, @Arg("input") input: CreateStudentClassInput) {
    return StudentClassService.create(ctx, input);
  }

  @Mutation(() => StudentClassResult)
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  updateStudentClass(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateStudentClassInput) {
    return StudentClassService.update(ctx, input);
  }

  @Mutation(() => StudentClassResult, { description: "撤销班级（毕业、合并）；在班记录与党小组对应同日结束，历史保留" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  archiveStudentClass(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveStudentClassInput) {
    return StudentClassService.archive(ctx, input);
  }

  @Mutation(() => ClassMemberResult, { description: "学生党员编入班级（原班级于前一日结束）" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  addClassMember(@Ctx() ctx: RequestContext, @Arg("input") input: AddClassMemberInput) {
    return StudentClassService.addMember(ctx, input);
  }

  @Mutation(() => ClassMemberResult, { description: "结束学生党员的在班记录" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  endClassMember(@Ctx() ctx: RequestContext, @Arg("input") input: EndClassLinkInput) {
    return StudentClassService.endMember(ctx, input);
  }

  @Mutation(() => ClassGroupResult, { description: "党小组对应班级" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  linkClassGroup(@Ctx() ctx: RequestContext, @Arg("input") input: LinkClassGroupInput) {
    return StudentClassService.linkGroup(ctx, input);
  }

  @Mutation(() => ClassGroupResult, { description: "结束党小组与班级的对应" })
  @Authorized(Permission.LIAISON_WRITE)
  @Transaction()
  endClassGroup(@Ctx() ctx: RequestContext, @Arg("input") input: EndClassLinkInput) {
    return StudentClassService.endGroupLink(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { description: "所属二级学院（党总支）" })
  collegeUnit(@Ctx() ctx: RequestContext, @Root() cls: StudentClass) {
    return ctx.loaders.orgUnit.load(cls.collegeUnitId);
  }

  @FieldResolver(() => [ClassMember], { description: "在班学生党员（includeEnded: 含已离班）" })
  members(@Ctx() ctx: RequestContext, @Root() cls: StudentClass, @Arg("includeEnded", { defaultValue: false }) includeEnded: boolean) {
    return (includeEnded ? ctx.loaders.classMembersOfClassWithEnded : ctx.loaders.classMembersOfClass).load(cls.id);
  }

  @FieldResolver(() => [ClassGroup], { description: "对应的党小组（includeEnded: 含已结束）" })
  partyGroups(@Ctx() ctx: RequestContext, @Root() cls: StudentClass, @Arg("includeEnded", { defaultValue: false }) includeEnded: boolean) {
    return (includeEnded ? ctx.loaders.classGroupsOfClassWithEnded : ctx.loaders.classGroupsOfClass).load(cls.id);
  }
}

@Resolver(() => ClassMember)
export class ClassMemberResolver {
  @FieldResolver(() => StudentClass)
  studentClass(@Ctx() ctx: RequestContext, @Root() link: ClassMember) {
    return ctx.loaders.studentClass.load(link.classId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() link: ClassMember) {
    return ctx.loaders.member.load(link.memberId);
  }
}

@Resolver(() => ClassGroup)
export class ClassGroupResolver {
  @FieldResolver(() => StudentClass)
  studentClass(@Ctx() ctx: RequestContext, @Root() link: ClassGroup) {
    return ctx.loaders.studentClass.load(link.classId);
  }

  @FieldResolver(() => OrgUnit)
  group(@Ctx() ctx: RequestContext, @Root() link: ClassGroup) {
    return ctx.loaders.orgUnit.load(link.groupUnitId);
  }
}

/** Member.studentClass: the class a student member is in today, from this area's records. */
@Resolver(() => Member)
export class MemberClassResolver {
  @FieldResolver(() => StudentClass, { nullable: true, description: "当前所在班级（学生党员）" })
  studentClass(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.classOfMember.load(member.id);
  }
}
