import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { DocumentKind } from "./document.enums";
import { FiledDocument } from "./filed-document.entity";
import * as FiledDocumentService from "./filed-document.service";
import {
  ArchiveFiledDocumentInput,
  FileDocumentInput,
  FiledDocumentFilter,
  UpdateFiledDocumentInput,
} from "./inputs/filed-document.inputs";

const FiledDocumentPage = PageType(FiledDocument);
export const FiledDocumentResult = resultUnion("FiledDocumentResult", FiledDocument);

@Resolver(() => FiledDocument)
export class FiledDocumentResolver {
  @Query(() => FiledDocumentPage, { description: "备案文件：组织子树、党员、类型、报送日期范围" })
  @Authorized(Permission.GOVERNANCE_READ)
  filedDocuments(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => FiledDocumentFilter, { nullable: true }) filter: FiledDocumentFilter,
    @Args() page: PageArgs,
  ) {
    return FiledDocumentService.list(ctx, filter ?? {}, page);
  }

  @Query(() => FiledDocument, { nullable: true })
  @Authorized(Permission.GOVERNANCE_READ)
  filedDocument(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return FiledDocumentService.findOne(ctx, id);
  }

  @Mutation(() => FiledDocumentResult, { description: "登记备案文件（年度工作报告、议事规则、培养发展计划、党委专题研究、党员思想汇报）" })
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  fileDocument(@Ctx() ctx: RequestContext, @Arg("input") input: FileDocumentInput) {
    return FiledDocumentService.file(ctx, input);
  }

  @Mutation(() => FiledDocumentResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  updateFiledDocument(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateFiledDocumentInput) {
    return FiledDocumentService.update(ctx, input);
  }

  @Mutation(() => FiledDocumentResult, { description: "归档备案文件（不删除；不再计入）" })
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archiveFiledDocument(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveFiledDocumentInput) {
    return FiledDocumentService.archive(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "报送的组织（思想汇报：党员所在支部）" })
  unit(@Ctx() ctx: RequestContext, @Root() document: FiledDocument) {
    return ctx.loaders.orgUnit.load(document.unitId);
  }

  @FieldResolver(() => Member, { nullable: true, description: "汇报党员（仅思想汇报）" })
  member(@Ctx() ctx: RequestContext, @Root() document: FiledDocument) {
    return document.memberId ? ctx.loaders.member.load(document.memberId) : null;
  }
}

/** `OrgUnit.filedDocuments(kind)`: the unit's own documents, batched for a whole list of units. */
@Resolver(() => OrgUnit)
export class OrgUnitFiledDocumentsResolver {
  @FieldResolver(() => [FiledDocument], { description: "本组织报送的备案文件（未归档，新的在前；支部的含党员思想汇报）" })
  @Authorized(Permission.GOVERNANCE_READ)
  filedDocuments(
    @Ctx() ctx: RequestContext,
    @Root() unit: OrgUnit,
    @Arg("kind", () => DocumentKind, { nullable: true }) kind?: DocumentKind | null,
  ) {
    return ctx.loaders.filedDocumentsOfUnit(kind ?? null).load(unit.id);
  }
}

/** `Member.thoughtReports`: the member's thought reports, batched for a whole page of members. */
@Resolver(() => Member)
export class MemberThoughtReportsResolver {
  @FieldResolver(() => [FiledDocument], { description: "思想汇报（未归档，新的在前）" })
  @Authorized(Permission.GOVERNANCE_READ)
  thoughtReports(@Ctx() ctx: RequestContext, @Root() member: Member) {
    return ctx.loaders.thoughtReportsOfMember.load(member.id);
  }
}
