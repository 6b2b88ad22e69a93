import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { StudyRecord } from "./study-record.entity";
import * as StudyRecordService from "./study-record.service";
import { ArchiveStudyRecordInput, CreateStudyRecordInput, StudyRecordFilter, UpdateStudyRecordInput } from "./inputs/study-record.inputs";

const StudyRecordPage = PageType(StudyRecord);
export const StudyRecordResult = resultUnion("StudyRecordResult", StudyRecord);

@Resolver(() => StudyRecord)
export class StudyRecordResolver {
  @Query(() => StudyRecordPage, { description: "个人学习记录：党员、组织子树、类型、日期范围" })
  @Authorized(Permission.ACTIVITY_READ)
  studyRecords(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => StudyRecordFilter, { nullable: true }) filter: StudyRecordFilter,
    @Args() page: PageArgs,
  ) {
    return StudyRecordService.list(ctx, filter ?? {}, page);
  }

  @Query(() => StudyRecord, { nullable: true })
  @Authorized(Permission.ACTIVITY_READ)
  studyRecord(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return StudyRecordService.findOne(ctx, id);
  }

  @Mutation(() => StudyRecord, { description: "登记个人学习（计入教育学时）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  createStudyRecord(@Ctx() ctx: RequestContext, @Arg("input") input: CreateStudyRecordInput) {
    return StudyRecordService.create(ctx, input);
  }

  @Mutation(() => StudyRecordResult)
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  updateStudyRecord(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateStudyRecordInput) {
    return StudyRecordService.update(ctx, input);
  }

  @Mutation(() => StudyRecordResult, { description: "归档学习记录（不删除；不再计入学时）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  archiveStudyRecord(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveStudyRecordInput) {
    return StudyRecordService.archive(ctx, input);
  }

  @FieldResolver(() => Member)
  member(@Ctx() ctx: RequestContext, @Root() record: StudyRecord) {
    return ctx.loaders.member.load(record.memberId);
  }
}
