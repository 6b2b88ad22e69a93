import { In } from "typeorm";
import type { RequestContext } from "../context";
import { audit, auditMany } from "../audit/audit.service";
import { today } from "../common/dates";
import { badInput, conflict, FieldErrors, notFound } from "../common/errors";
import { isId } from "../common/ids";
import { applyShare, type Fen, fenFromDb } from "../common/money";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { memberHomeInScope, pathInScope, unitIdInScope } from "../common/scope";
import {
  archiveRecord,
  createRecord,
  pageOf,
  patchRecord,
  rowsInScope,
  textOrNull as text,
  type RecordKind,
} from "../common/record-life-cycle";
import { createUnitRecord, listRecords, recordUnit, unitRecordKind } from "../common/unit-records";
import { lockInScope, snapshot } from "../common/versioned";
import { Member } from "../member/member.entity";
import { MemberStatus } from "../member/member.enums";
import { CommitteePosition } from "../org/committee-position.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { ArchiveRecordInput } from "../governance/inputs/governance.inputs";
import { DuesRecord } from "./dues-record.entity";
import { FundAllocation } from "./fund-allocation.entity";
import { FundSpending } from "./fund-spending.entity";
import { FUNDING_FLOOR, fundingFloor, fundingFloorParams } from "./funding-floor";
import { FundingSetting } from "./funding-setting.entity";
import { DuesBatch, DuesRebateRow, DuesSummaryRow, FundSummaryRow } from "./funding-summaries";
import { PartyWorkPostKind } from "./funding.enums";
import { PartyWorkAllowance } from "./party-work-allowance.entity";
import type {
  AdjustDuesInput,
  CreateFundAllocationInput,
  CreateFundSpendingInput,
  CreatePartyWorkAllowanceInput,
  DuesFilter,
  FundAllocationFilter,
  FundFilter,
  PartyWorkAllowanceFilter,
  RecordBranchDuesInput,
  RecordDuesInput,
  SetFundingSettingInput,
  UpdateFundAllocationInput,
  UpdateFundSpendingInput,
  UpdatePartyWorkAllowanceInput,
} from "./inputs/funding.inputs";

const SHARE = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;
const CREDIT = /^\d{1,6}(\.\d{1,2})?$/;

const ALLOCATION = unitRecordKind(FundAllocation, "FundAllocation", "branchId");
const SPENDING = unitRecordKind(FundSpending, "FundSpending", "branchId");
const ALLOWANCE = unitRecordKind(PartyWorkAllowance, "PartyWorkAllowance", "unitId");
/** Dues are recorded at the member's branch: in scope when the branch is. */
const DUES = {
  entity: DuesRecord,
  typeName: "DuesRecord",
  inScope: (ctx: RequestContext, d: DuesRecord) => unitIdInScope(ctx, d.branchId),
} satisfies RecordKind<DuesRecord>;

// ── yearly settings (FUNDING_SETTINGS_WRITE) ──────────────────────────────────────

/** The college's settings for a year, or null if the committee has not set them. */
export async function getSetting(ctx: RequestContext, collegeId: string, year: number): Promise<FundingSetting | null> {
  if (!(await collegeVisible(ctx, collegeId))) return null;
  return ctx.em.findOneBy(FundingSetting, { collegeId, year });
}

/** Creates or changes a year's settings; changing needs the current version (stale → CONFLICT). */
export async function setSetting(ctx: RequestContext, input: SetFundingSettingInput): Promise<FundingSetting> {
  const college = await lockUnitInScope(ctx, input.collegeId);
  if (college.kind !== OrgUnitKind.PARTY_COMMITTEE) throw badInput({ collegeId: ["年度经费设置由学校党委设定，请选择学校党委"] });
  const fields: FieldErrors = {};
  if (input.rebateShare != null && !SHARE.test(input.rebateShare)) fields.rebateShare = ["返还比例应在 0 到 1 之间，最多 4 位小数"];
  for (const key of ["secretaryAllowance", "committeeMemberAllowance", "groupLeaderAllowance"] as const) {
    if (input[key] != null && input[key]! < 0) fields[key] = ["津贴标准不能为负数"];
  }
  if (Object.keys(fields).length) throw badInput(fields);

  const existing = await ctx.em.findOne(FundingSetting, {
    where: { collegeId: college.id, year: input.year },
    lock: { mode: "pessimistic_write" },
  });
  if (existing && existing.version !== input.version) throw conflict("FundingSetting", existing.id, input.version ?? 0, existing.version);
  const before = existing ? snapshot(existing) : null;
  const row = existing ?? ctx.em.create(FundingSetting, { collegeId: college.id, year: input.year });
  if (input.rebateShare !== undefined) row.rebateShare = input.rebateShare ?? null;
  if (input.retireesAsFaculty != null) row.retireesAsFaculty = input.retireesAsFaculty;
  else if (!existing) row.retireesAsFaculty = true;
  if (input.secretaryAllowance !== undefined) row.secretaryAllowance = input.secretaryAllowance ?? null;
  if (input.committeeMemberAllowance !== undefined) row.committeeMemberAllowance = input.committeeMemberAllowance ?? null;
  if (input.groupLeaderAllowance !== undefined) row.groupLeaderAllowance = input.groupLeaderAllowance ?? null;
  row.setBy = ctx.user.label;
  row.setAt = new Date();
  const after = await ctx.em.save(row);
  await audit(ctx, {
    operation: "setFundingSetting",
    entityType: "FundingSetting",
    entityId: after.id,
    collegeId: college.id,
    before,
    after,
  });
  return after;
}

async function collegeVisible(ctx: RequestContext, collegeId: string): Promise<boolean> {
  if (!isId(collegeId)) return false;
  if (ctx.scope.unitIds === null) return true;
  const units = await ctx.loaders.orgUnit.loadMany(ctx.scope.unitIds);
  return units.some((u) => u instanceof OrgUnit && u.collegeId === collegeId);
}

// ── allocations and spending ─────────────────────────────────────────────────────

export function listAllocations(ctx: RequestContext, filter: FundAllocationFilter, page: PageArgs): Promise<Page<FundAllocation>> {
  return listRecords(
    ctx,
    FundAllocation,
    {
      unitColumn: "branch_id",
      year: { intColumn: "year" },
      order: [
        ["r.year", "DESC"],
        ["r.allocated_on", "DESC"],
      ],
      where: (qb) => {
        if (filter.source) qb.andWhere("r.source = :source", { source: filter.source });
      },
    },
    filter,
    page,
  );
}

export async function createAllocation(ctx: RequestContext, input: CreateFundAllocationInput): Promise<FundAllocation | Refusal> {
  checkPositive({ amount: input.amount });
  return createUnitRecord(ctx, ALLOCATION, "createFundAllocation", input.branchId, [OrgUnitKind.BRANCH], {
    year: input.year,
    amount: input.amount,
    source: input.source,
    note: text(input.note),
    allocatedOn: input.allocatedOn,
  });
}

export function updateAllocation(ctx: RequestContext, input: UpdateFundAllocationInput): Promise<FundAllocation | Refusal> {
  return patchRecord(ctx, ALLOCATION, "updateFundAllocation", input, {
    nullable: ["note"],
    check: (row) => checkPositive({ amount: row.amount }),
  });
}

export function archiveAllocation(ctx: RequestContext, input: ArchiveRecordInput): Promise<FundAllocation | Refusal> {
  return archiveRecord(ctx, ALLOCATION, "archiveFundAllocation", input);
}

export function listSpendings(ctx: RequestContext, filter: FundFilter, page: PageArgs): Promise<Page<FundSpending>> {
  return listRecords(
    ctx,
    FundSpending,
    { unitColumn: "branch_id", year: { dateColumn: "spent_on" }, order: [["r.spent_on", "DESC"]] },
    filter,
    page,
  );
}

export async function createSpending(ctx: RequestContext, input: CreateFundSpendingInput): Promise<FundSpending | Refusal> {
  checkPositive({ amount: input.amount });
  return createUnitRecord(ctx, SPENDING, "createFundSpending", input.branchId, [OrgUnitKind.BRANCH], {
    spentOn: input.spentOn,
    amount: input.amount,
    purpose: input.purpose.trim(),
    receiptNumber: text(input.receiptNumber),
  });
}

export function updateSpending(ctx: RequestContext, input: UpdateFundSpendingInput): Promise<FundSpending | Refusal> {
  return patchRecord(ctx, SPENDING, "updateFundSpending", input, {
    nullable: ["receiptNumber"],
    check: (row) => checkPositive({ amount: row.amount }),
  });
}

export function archiveSpending(ctx: RequestContext, input: ArchiveRecordInput): Promise<FundSpending | Refusal> {
  return archiveRecord(ctx, SPENDING, "archiveFundSpending", input);
}

function checkPositive(amounts: Record<string, Fen>): void {
  const fields: FieldErrors = {};
  for (const [key, fen] of Object.entries(amounts)) if (!(fen > 0)) fields[key] = ["金额应大于 0"];
  if (Object.keys(fields).length) throw badInput(fields);
}

/** The subtree root of a summary: visible to the caller, else NOT_FOUND. */
async function summaryRoot(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const unit = isId(unitId) ? await ctx.loaders.orgUnit.load(unitId) : null;
  if (!unit || !pathInScope(ctx, unit.path)) throw notFound("OrgUnit", unitId);
  return unit;
}

/**
 * FUNDING_FLOOR per branch of a subtree for a year, in one SQL statement: allocations, spending,
 * balance, active members by category and the year's retirees-as-faculty setting (true when
 * unset); the floor is the rule's own formula with its numbers for the year (funding-floor.ts),
 * as the compliance report computes it. Member counts are the current register (the register
 * keeps no per-year snapshot yet).
 */
export async function fundSummary(ctx: RequestContext, unitId: string, year: number): Promise<FundSummaryRow[]> {
  const root = await summaryRoot(ctx, unitId);
  const rows: Array<Record<string, string | number | boolean>> = await ctx.em.query(
    `WITH b AS (
       SELECT u.id, u.sort_order, p.sort_order AS parent_order
         FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
        WHERE u.kind = 'BRANCH' AND u.archived_at IS NULL AND u.path @> ARRAY[$1::uuid]),
     s AS (
       SELECT coalesce((SELECT retirees_as_faculty FROM funding_setting WHERE college_id = $2 AND year = $3), true) AS raf)
     SELECT b.id AS branch_id, s.raf AS retirees_as_faculty,
            coalesce(a.total, 0) AS allocated, coalesce(x.total, 0) AS spent,
            coalesce(a.total, 0) - coalesce(x.total, 0) AS balance,
            mc.faculty, mc.student, mc.retired
       FROM b CROSS JOIN s
       LEFT JOIN LATERAL (SELECT sum(amount_fen) AS total FROM fund_allocation
                           WHERE branch_id = b.id AND year = $3 AND archived_at IS NULL) a ON true
       LEFT JOIN LATERAL (SELECT sum(amount_fen) AS total FROM fund_spending
                           WHERE branch_id = b.id AND spent_on >= $4 AND spent_on < $5 AND archived_at IS NULL) x ON true
       CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE category = 'FACULTY')::int AS faculty,
                                  count(*) FILTER (WHERE category = 'STUDENT')::int AS student,
                                  count(*) FILTER (WHERE category = 'RETIRED')::int AS retired
                             FROM member WHERE branch_id = b.id AND status = 'ACTIVE') mc
      ORDER BY b.parent_order, b.sort_order, b.id`,
    [root.id, root.collegeId, year, `${year}-01-01`, `${year + 1}-01-01`],
  );
  const params = await fundingFloorParams(ctx.em, root.collegeId, year);
  return rows.map((r) => {
    const allocated = fenFromDb(r.allocated as string);
    const members = { FACULTY: r.faculty as number, STUDENT: r.student as number, RETIRED: r.retired as number };
    const floor = fundingFloor(members, r.retirees_as_faculty as boolean, params);
    return Object.assign(new FundSummaryRow(), {
      branchId: r.branch_id as string,
      year,
      allocated,
      spent: fenFromDb(r.spent as string),
      balance: fenFromDb(r.balance as string),
      facultyMembers: r.faculty as number,
      studentMembers: r.student as number,
      retiredMembers: r.retired as number,
      retireesAsFaculty: r.retirees_as_faculty as boolean,
      floor,
      meetsFloor: allocated >= floor,
      ruleCode: FUNDING_FLOOR.code,
      citation: FUNDING_FLOOR.citation,
    });
  });
}

// ── dues (DUES_PAID) ─────────────────────────────────────────────────────────────

export async function listDues(ctx: RequestContext, filter: DuesFilter, page: PageArgs): Promise<Page<DuesRecord>> {
  const qb = rowsInScope(ctx, DuesRecord, "d", "u.id = d.branch_id", filter.unitId).innerJoin(Member, "m", "m.id = d.member_id");
  if (filter.memberId) qb.andWhere("d.member_id = :memberId", { memberId: filter.memberId });
  if (filter.fromMonth) qb.andWhere("d.month >= :fromMonth", { fromMonth: `${filter.fromMonth}-01` });
  if (filter.toMonth) qb.andWhere("d.month <= :toMonth", { toMonth: `${filter.toMonth}-01` });
  if (filter.unpaidOnly) qb.andWhere("d.amount_paid_fen < d.amount_due_fen");
  qb.orderBy("d.month", "DESC").addOrderBy("m.name", "ASC").addOrderBy("d.id", "ASC");
  return pageOf(qb, page);
}

type DuesAmounts = { amountDue: Fen; amountPaid: Fen; paidOn?: string | null };

function duesFieldErrors(row: DuesAmounts, prefix = ""): FieldErrors {
  const fields: FieldErrors = {};
  if (row.amountDue < 0) fields[`${prefix}amountDue`] = ["应交金额不能为负数"];
  if (row.amountPaid < 0) fields[`${prefix}amountPaid`] = ["实交金额不能为负数"];
  if (row.amountPaid > 0 && !row.paidOn) fields[`${prefix}paidOn`] = ["已缴纳时须填写缴纳日期"];
  if (row.amountPaid === 0 && row.paidOn) fields[`${prefix}paidOn`] = ["未缴纳（实交为 0）时不应填写缴纳日期"];
  if (row.paidOn && row.paidOn > today()) fields[`${prefix}paidOn`] = ["缴纳日期不能晚于今天"];
  return fields;
}

export async function recordDues(ctx: RequestContext, input: RecordDuesInput): Promise<DuesRecord | Refusal> {
  const errors = duesFieldErrors(input);
  if (Object.keys(errors).length) throw badInput(errors);
  // Dues are recorded at the member's branch: that branch must be in scope.
  const member = await lockInScope(ctx, Member, "Member", input.memberId, (m) => unitIdInScope(ctx, m.branchId));
  if (member.status !== MemberStatus.ACTIVE) {
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册，不能再登记党费`, { field: "memberId" });
  }
  const existing = await ctx.em.findOneBy(DuesRecord, { memberId: member.id, month: input.month });
  if (existing) {
    return Refusal.of(RefusalCode.DUES_ALREADY_RECORDED, `${member.name} ${input.month} 的党费已登记，请用“调整”修改`, {
      field: "month",
      ruleCode: "DUES_PAID",
    });
  }
  return createRecord(ctx, DUES, "recordDues", {
    memberId: member.id,
    branchId: member.branchId,
    collegeId: member.collegeId,
    month: input.month,
    amountDue: input.amountDue,
    amountPaid: input.amountPaid,
    paidOn: input.paidOn ?? null,
    collectedBy: text(input.collectedBy),
    note: text(input.note),
  });
}

export function adjustDues(ctx: RequestContext, input: AdjustDuesInput): Promise<DuesRecord | Refusal> {
  return patchRecord(ctx, DUES, "adjustDues", input, {
    nullable: ["paidOn", "collectedBy", "note"],
    check: (row) => {
      const errors = duesFieldErrors(row);
      if (Object.keys(errors).length) throw badInput(errors);
    },
  });
}

/**
 * A branch's dues for one month in one transaction: every listed member must be an active member
 * of the branch and not yet recorded for the month (else nothing is written). Rows go in with one
 * INSERT; each row gets its own audit entry (so every record's history is complete on its own),
 * all written with a second single INSERT.
 */
export async function recordBranchDues(ctx: RequestContext, input: RecordBranchDuesInput): Promise<DuesBatch | Refusal> {
  const errors: FieldErrors = {};
  const seen = new Map<string, number>();
  input.rows.forEach((row, i) => {
    Object.assign(errors, duesFieldErrors(row, `rows.${i}.`));
    if (seen.has(row.memberId)) errors[`rows.${i}.memberId`] = [`与第 ${seen.get(row.memberId)! + 1} 行重复`];
    else seen.set(row.memberId, i);
  });
  if (Object.keys(errors).length) throw badInput(errors);
  const branch = await recordUnit(ctx, input.branchId, "branchId", [OrgUnitKind.BRANCH]);
  if (branch instanceof Refusal) return branch;

  const ids = input.rows.map((r) => r.memberId);
  const members = await ctx.em.find(Member, { where: { id: In(ids) } });
  const byId = new Map(members.map((m) => [m.id, m]));
  const outsiderIndex = input.rows.findIndex((r) => {
    const m = byId.get(r.memberId);
    return !m || m.branchId !== branch.id || m.status !== MemberStatus.ACTIVE;
  });
  if (outsiderIndex >= 0) {
    const found = byId.get(input.rows[outsiderIndex].memberId);
    // Named only when the caller may see them: a member outside the scope reads like an unknown id.
    const m = found && (await memberHomeInScope(ctx, found)) ? found : undefined;
    return Refusal.of(
      RefusalCode.MEMBER_NOT_IN_UNIT,
      `第 ${outsiderIndex + 1} 行${m ? `的${m.name}` : "的党员"}不是“${branch.name}”的在册党员`,
      { field: `rows.${outsiderIndex}.memberId` },
    );
  }
  const existing: Array<{ member_id: string }> = await ctx.em.query(
    `SELECT member_id FROM dues_record WHERE member_id = ANY($1::uuid[]) AND month = $2::date`,
    [ids, `${input.month}-01`],
  );
  if (existing.length) {
    const names = existing.map((e) => byId.get(e.member_id)!.name).join("、");
    return Refusal.of(RefusalCode.DUES_ALREADY_RECORDED, `${names} ${input.month} 的党费已登记，请逐条调整`, {
      field: "rows",
      ruleCode: "DUES_PAID",
    });
  }

  const collectedBy = text(input.collectedBy);
  const inserted: Array<{ id: string }> = await ctx.em.query(
    `INSERT INTO dues_record (member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on, collected_by)
     SELECT r.member_id, $2::uuid, $3::uuid, $4::date, r.amount_due_fen, r.amount_paid_fen, r.paid_on, $5
       FROM jsonb_to_recordset($1::jsonb) AS r(member_id uuid, amount_due_fen bigint, amount_paid_fen bigint, paid_on date)
     RETURNING id`,
    [
      JSON.stringify(
        input.rows.map((r) => ({
          member_id: r.memberId,
          amount_due_fen: r.amountDue,
          amount_paid_fen: r.amountPaid,
          paid_on: r.paidOn ?? null,
        })),
      ),
      branch.id,
      branch.collegeId,
      `${input.month}-01`,
      collectedBy,
    ],
  );
  const records = await ctx.em.find(DuesRecord, { where: { id: In(inserted.map((r) => r.id)) } });
  const order = new Map(ids.map((id, i) => [id, i]));
  records.sort((a, b) => order.get(a.memberId)! - order.get(b.memberId)!);
  await auditMany(
    ctx,
    records.map((r) => ({
      operation: "recordBranchDues",
      entityType: "DuesRecord",
      entityId: r.id,
      collegeId: r.collegeId,
      unitId: r.branchId,
      after: r,
    })),
  );
  return Object.assign(new DuesBatch(), {
    branchId: branch.id,
    month: input.month,
    records,
    totalDue: records.reduce((sum, r) => sum + r.amountDue, 0),
    totalPaid: records.reduce((sum, r) => sum + r.amountPaid, 0),
  });
}

/**
 * Per branch of a subtree, the dues of a year's months (one SQL statement): due, paid, members
 * with records, members paid in full every month, members with any month in arrears.
 */
export async function duesSummary(ctx: RequestContext, unitId: string, year: number): Promise<DuesSummaryRow[]> {
  const root = await summaryRoot(ctx, unitId);
  const rows: Array<Record<string, string | number>> = await ctx.em.query(
    `WITH b AS (
       SELECT u.id, u.sort_order, p.sort_order AS parent_order
         FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
        WHERE u.kind = 'BRANCH' AND u.archived_at IS NULL AND u.path @> ARRAY[$1::uuid]),
     per_member AS (
       SELECT d.branch_id, d.member_id, sum(d.amount_due_fen) AS due, sum(d.amount_paid_fen) AS paid,
              bool_and(d.amount_paid_fen >= d.amount_due_fen) AS all_paid
         FROM dues_record d JOIN b ON b.id = d.branch_id
        WHERE d.month >= $2::date AND d.month < $3::date
        GROUP BY d.branch_id, d.member_id)
     SELECT b.id AS branch_id, coalesce(sum(pm.due), 0) AS due, coalesce(sum(pm.paid), 0) AS paid,
            count(pm.member_id)::int AS members,
            (count(*) FILTER (WHERE pm.all_paid))::int AS fully_paid,
            (count(*) FILTER (WHERE NOT pm.all_paid))::int AS with_arrears
       FROM b LEFT JOIN per_member pm ON pm.branch_id = b.id
      GROUP BY b.id, b.parent_order, b.sort_order
      ORDER BY b.parent_order, b.sort_order, b.id`,
    [root.id, `${year}-01-01`, `${year + 1}-01-01`],
  );
  return rows.map((r) =>
    Object.assign(new DuesSummaryRow(), {
      branchId: r.branch_id as string,
      year,
      due: fenFromDb(r.due as string),
      paid: fenFromDb(r.paid as string),
      members: r.members as number,
      membersFullyPaid: r.fully_paid as number,
      membersWithArrears: r.with_arrears as number,
    }),
  );
}

/**
 * DUES_REBATE: per branch, the dues collected (paid on a date in the year) × the committee's
 * share for the year, rounded half-up to the fen by applyShare. Sums in one SQL statement (which
 * also reads the share); the multiplication is the pure money helper.
 */
export async function duesRebates(ctx: RequestContext, unitId: string, year: number): Promise<DuesRebateRow[]> {
  const root = await summaryRoot(ctx, unitId);
  const rows: Array<{ branch_id: string; collected: string; share: string | null }> = await ctx.em.query(
    `WITH b AS (
       SELECT u.id, u.sort_order, p.sort_order AS parent_order
         FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
        WHERE u.kind = 'BRANCH' AND u.archived_at IS NULL AND u.path @> ARRAY[$1::uuid])
     SELECT b.id AS branch_id, coalesce(c.total, 0) AS collected,
            (SELECT rebate_share::text FROM funding_setting WHERE college_id = $2 AND year = $3) AS share
       FROM b
       LEFT JOIN LATERAL (SELECT sum(amount_paid_fen) AS total FROM dues_record
                           WHERE branch_id = b.id AND paid_on >= $4::date AND paid_on < $5::date) c ON true
      ORDER BY b.parent_order, b.sort_order, b.id`,
    [root.id, root.collegeId, year, `${year}-01-01`, `${year + 1}-01-01`],
  );
  return rows.map((r) => {
    const collected = fenFromDb(r.collected);
    return Object.assign(new DuesRebateRow(), {
      branchId: r.branch_id,
      year,
      collected,
      share: r.share,
      rebate: r.share === null ? null : applyShare(collected, r.share),
    });
  });
}

// ── party-work allowances (PARTY_WORK_ALLOWANCE) ─────────────────────────────────

export function listAllowances(ctx: RequestContext, filter: PartyWorkAllowanceFilter, page: PageArgs): Promise<Page<PartyWorkAllowance>> {
  return listRecords(
    ctx,
    PartyWorkAllowance,
    {
      unitColumn: "unit_id",
      year: { intColumn: "year" },
      order: [
        ["r.year", "DESC"],
        ["u.sort_order", "ASC"],
        ["r.post_kind", "ASC"],
      ],
      where: (qb) => {
        if (filter.memberId) qb.andWhere("r.member_id = :memberId", { memberId: filter.memberId });
        if (filter.postKind) qb.andWhere("r.post_kind = :postKind", { postKind: filter.postKind });
      },
    },
    filter,
    page,
  );
}

function checkCredit(credit: string): void {
  if (!CREDIT.test(credit)) throw badInput({ workloadCredit: ["工作量应为不小于 0 的数，最多 2 位小数"] });
}

export async function createAllowance(ctx: RequestContext, input: CreatePartyWorkAllowanceInput): Promise<PartyWorkAllowance | Refusal> {
  checkCredit(input.workloadCredit);
  if (input.amount != null && input.amount < 0) throw badInput({ amount: ["津贴金额不能为负数"] });
  const unit = await recordUnit(ctx, input.unitId, "unitId", [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.GROUP]);
  if (unit instanceof Refusal) return unit;
  // Out of scope reads as not found, never as a refusal naming the member.
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE) {
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  }
  const home = await ctx.em.findOneByOrFail(OrgUnit, { id: member.groupId ?? member.branchId });
  if (!home.path.includes(unit.id)) {
    return Refusal.of(RefusalCode.MEMBER_NOT_IN_UNIT, `${member.name}不是“${unit.name}”的党员`, { field: "memberId" });
  }
  if (input.committeePositionId) {
    const position = await ctx.em.findOneBy(CommitteePosition, { id: input.committeePositionId });
    if (!position || position.memberId !== member.id || position.unitId !== unit.id) {
      throw badInput({ committeePositionId: ["该委员会任职不属于此党员在此组织的任职"] });
    }
  }
  const duplicate = await ctx.em
    .createQueryBuilder(PartyWorkAllowance, "a")
    .where("a.member_id = :m AND a.unit_id = :u AND a.post_kind = :k AND a.year = :y AND a.archived_at IS NULL", {
      m: member.id,
      u: unit.id,
      k: input.postKind,
      y: input.year,
    })
    .getExists();
  if (duplicate) {
    return Refusal.of(RefusalCode.ALLOWANCE_ALREADY_RECORDED, `${member.name} ${input.year} 年在“${unit.name}”的该岗位津贴已登记`, {
      field: "postKind",
      ruleCode: "PARTY_WORK_ALLOWANCE",
    });
  }
  const amount = input.amount ?? (await standardAllowance(ctx, unit.collegeId, input.year, input.postKind));
  if (amount === null) throw badInput({ amount: [`${input.year} 年未设置该岗位的津贴标准，请填写津贴金额`] });
  return createRecord(ctx, ALLOWANCE, "createPartyWorkAllowance", {
    memberId: member.id,
    unitId: unit.id,
    committeePositionId: input.committeePositionId ?? null,
    collegeId: unit.collegeId,
    year: input.year,
    postKind: input.postKind,
    post: input.post.trim(),
    workloadCredit: input.workloadCredit,
    amount,
  });
}

async function standardAllowance(ctx: RequestContext, collegeId: string, year: number, kind: PartyWorkPostKind): Promise<Fen | null> {
  const setting = await ctx.em.findOneBy(FundingSetting, { collegeId, year });
  if (!setting) return null;
  if (kind === PartyWorkPostKind.SECRETARY) return setting.secretaryAllowance;
  if (kind === PartyWorkPostKind.COMMITTEE_MEMBER) return setting.committeeMemberAllowance;
  if (kind === PartyWorkPostKind.GROUP_LEADER) return setting.groupLeaderAllowance;
  return null;
}

export function updateAllowance(ctx: RequestContext, input: UpdatePartyWorkAllowanceInput): Promise<PartyWorkAllowance | Refusal> {
  return patchRecord(ctx, ALLOWANCE, "updatePartyWorkAllowance", input, {
    nullable: [],
    check: (row) => {
      checkCredit(row.workloadCredit);
      if (row.amount < 0) throw badInput({ amount: ["津贴金额不能为负数"] });
    },
  });
}

export function archiveAllowance(ctx: RequestContext, input: ArchiveRecordInput): Promise<PartyWorkAllowance | Refusal> {
  return archiveRecord(ctx, ALLOWANCE, "archivePartyWorkAllowance", input);
}

/**
 * Committee seats held at some time in the year, in the subtree, with no live allowance for that
 * year — matched by the position itself or by the same member, unit and kind of post.
 */
export async function positionsWithoutAllowance(
  ctx: RequestContext,
  unitId: string,
  year: number,
  page: PageArgs,
): Promise<Page<CommitteePosition>> {
  const root = await summaryRoot(ctx, unitId);
  const [items, totalCount] = await ctx.em
    .createQueryBuilder(CommitteePosition, "cp")
    .innerJoin(OrgUnit, "u", "u.id = cp.unit_id")
    .where("u.path @> ARRAY[:root]::uuid[]", { root: root.id })
    .andWhere("cp.term_start < :yearTo AND (cp.ended_on IS NULL OR cp.ended_on >= :yearFrom)", {
      yearFrom: `${year}-01-01`,
      yearTo: `${year + 1}-01-01`,
    })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM party_work_allowance a
                    WHERE a.year = :year AND a.archived_at IS NULL
                      AND (a.committee_position_id = cp.id
                           OR (a.member_id = cp.member_id AND a.unit_id = cp.unit_id
                               AND a.post_kind = (CASE WHEN cp.role = 'SECRETARY' THEN 'SECRETARY' ELSE 'COMMITTEE_MEMBER' END)::party_work_post_kind)))`,
      { year },
    )
    .orderBy("cardinality(u.path)", "ASC")
    .addOrderBy("u.sort_order", "ASC")
    .addOrderBy("cp.role", "ASC")
    .addOrderBy("cp.id", "ASC")
    .offset(page.offset)
    .limit(page.first)
    .getManyAndCount();
  return { items, totalCount };
}
