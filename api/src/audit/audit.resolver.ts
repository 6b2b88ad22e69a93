import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { maskedSnapshot } from "./audit-snapshot";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { AuditFilter } from "./inputs/audit-filter.input";
import { PageArgs, PageType } from "../common/pagination";
import { AuditEntry } from "./audit-entry.entity";
import * as AuditService from "./audit.service";

const AuditEntryPage = PageType(AuditEntry);

/** Read-only by design: there is no mutation that edits or deletes an audit entry. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: "审计记录查询（新的在前）" })
  @Authorized(Permission.AUDIT_READ)
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter,
    @Args() page: PageArgs,
  ) {
    return AuditService.list(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: "修改前（个人敏感信息按查看者权限脱敏）" })
  before(@Ctx() ctx: RequestContext, @Root() entry: AuditEntry) {
    return maskedSnapshot(ctx, entry.before);
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: "修改后（个人敏感信息按查看者权限脱敏）" })
  after(@Ctx() ctx: RequestContext, @Root() entry: AuditEntry) {
    return maskedSnapshot(ctx, entry.after);
  }
}
