import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Semester } from "../calendar/semester.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { RecordBookHandIn } from "./record-book-hand-in.entity";
import * as RecordBookService from "./record-book.service";
import { RecordBook } from "./record-book.types";
import { RecordBookHandInInput } from "./inputs/record-book.inputs";

export const RecordBookHandInResult = resultUnion("RecordBookHandInResult", RecordBookHandIn);

@Resolver(() => RecordBook)
export class RecordBookResolver {
  @Query(() => RecordBook, { description: "党支部活动记录册（一个学期）及上交情况" })
  @Authorized(Permission.ACTIVITY_READ)
  recordBook(@Ctx() ctx: RequestContext, @Arg("branchId", () => ID) branchId: string, @Arg("semesterId", () => ID) semesterId: string) {
    return RecordBookService.recordBook(ctx, branchId, semesterId);
  }

  @Mutation(() => RecordBookHandInResult, { description: "登记活动记录册已上交组织部（每支部每学期一次）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  recordBookHandIn(@Ctx() ctx: RequestContext, @Arg("input") input: RecordBookHandInInput) {
    return RecordBookService.handIn(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() book: RecordBook) {
    return ctx.loaders.orgUnit.load(book.branchId);
  }
}

@Resolver(() => RecordBookHandIn)
export class RecordBookHandInResolver {
  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() handIn: RecordBookHandIn) {
    return ctx.loaders.orgUnit.load(handIn.branchId);
  }

  @FieldResolver(() => Semester)
  semester(@Ctx() ctx: RequestContext, @Root() handIn: RecordBookHandIn) {
    return ctx.loaders.semester.load(handIn.semesterId);
  }
}
