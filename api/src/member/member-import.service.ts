import { validate } from "class-validator";
import type { RequestContext } from "../context";
import { auditMany } from "../audit/audit.service";
import { today } from "../common/dates";
import type { FieldErrors } from "../common/errors";
import { flattenValidationErrors } from "../common/format-error";
import { isId } from "../common/ids";
import { pathInScope } from "../common/scope";
import { CLASS_VALIDATOR } from "../common/validate-args";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { ImportMembersInput } from "./inputs/member-import.inputs";
import type { CreateMemberInput } from "./inputs/member.inputs";
import { Member } from "./member.entity";
import { MemberStatus, MobileStatus, RegisterEntryKind } from "./member.enums";
import { ImportFieldError, MemberImportResult, MemberImportRow } from "./member-import.types";
import { dateProblems } from "./member.service";
import { RegisterEntry } from "./register-entry.entity";

/** Rows per INSERT statement (PostgreSQL takes at most 65,535 parameters in one; a member row has about 20). */
const INSERT_CHUNK = 1000;

interface UnitRow {
  id: string;
  kind: OrgUnitKind;
  name: string;
  path: string[];
  parent_id: string | null;
  archived_at: Date | null;
  college_id: string;
}

interface Checked {
  input: CreateMemberInput;
  problems: FieldErrors;
  branch?: UnitRow;
  group?: UnitRow;
}

/**
 * 党员名册导入: every row checked as createMember checks its input — the same field rules
 * (class-validator on CreateMemberInput), the branch in the caller's scope, active and a branch, the
 * group one of its groups, the dates in order — plus what a file adds: an ID number twice in the
 * file, or already on the register. A few statements for the whole file whatever its length (units,
 * ID numbers; then one INSERT per thousand members, register entries and audit entries).
 *
 * dryRun writes nothing. Otherwise the valid rows are written in the request's one transaction —
 * all of them, or, with a bad row and no `onlyValid`, none (the answer still reports every row).
 * Each member is audited as `importMembers` with the record as created.
 */
export async function importMembers(ctx: RequestContext, input: ImportMembersInput): Promise<MemberImportResult> {
  const writing = !input.dryRun;
  const checked: Checked[] = await Promise.all(
    input.rows.map(async (row) => ({ input: row, problems: flattenValidationErrors(await validate(row, CLASS_VALIDATOR)) })),
  );
  const units = await loadUnits(ctx, checked, writing);
  for (const row of checked) checkUnits(ctx, row, units);
  for (const row of checked) {
    for (const [field, messages] of Object.entries(dateProblems(row.input))) row.problems[field] ??= messages;
  }
  await checkIdNumbers(ctx, checked);

  const valid = checked.filter((row) => !Object.keys(row.problems).length);
  const invalidRows = checked.length - valid.length;
  const write = writing && valid.length > 0 && (invalidRows === 0 || input.onlyValid === true);
  const created = write ? await writeMembers(ctx, valid) : new Map<Checked, Member>();

  return Object.assign(new MemberImportResult(), {
    dryRun: input.dryRun,
    validRows: valid.length,
    invalidRows,
    written: created.size,
    rows: checked.map((row, i) =>
      Object.assign(new MemberImportRow(), {
        row: i + 1,
        ok: !Object.keys(row.problems).length,
        errors: Object.entries(row.problems).flatMap(([field, messages]) =>
          messages.map((message) => Object.assign(new ImportFieldError(), { field, message })),
        ),
        memberId: created.get(row)?.id ?? null,
      }),
    ),
  });
}

/**
 * The rows' branches and groups in the caller's scope, in one statement; when writing, those are
 * then share-locked and read again in a second (no archive or move in between, and no lock taken on
 * a unit before its scope is known).
 */
async function loadUnits(ctx: RequestContext, rows: Checked[], writing: boolean): Promise<Map<string, UnitRow>> {
  const ids = [...new Set(rows.flatMap((r) => [r.input.branchId, r.input.groupId]).filter((id): id is string => !!id && isId(id)))];
  const read = async (unitIds: string[], lock: boolean) => {
    if (!unitIds.length) return new Map<string, UnitRow>();
    const found: UnitRow[] = await ctx.em.query(
      `SELECT id, kind, name, path::text[] AS path, parent_id, archived_at, college_id FROM org_unit
       WHERE id = ANY($1::uuid[]) ORDER BY id${lock ? " FOR SHARE" : ""}`,
      [unitIds],
    );
    return new Map(found.filter((u) => pathInScope(ctx, u.path)).map((u) => [u.id, u]));
  };
  const inScope = await read(ids, false);
  return writing ? read([...inScope.keys()], true) : inScope;
}

/** As createMember's lockBranch and checkGroup, said on the row instead of thrown. */
function checkUnits(ctx: RequestContext, row: Checked, units: Map<string, UnitRow>): void {
  const { branchId, groupId } = row.input;
  if (row.problems.branchId) return;
  const branch = units.get(branchId);
  if (!branch) return add(row.problems, "branchId", "党支部不存在或不在您的权限范围内");
  if (branch.kind !== OrgUnitKind.BRANCH) return add(row.problems, "branchId", `“${branch.name}”不是党支部`);
  if (branch.archived_at) return add(row.problems, "branchId", `“${branch.name}”已撤销`);
  row.branch = branch;
  if (!groupId || row.problems.groupId) return;
  const group = units.get(groupId);
  if (!group || group.kind !== OrgUnitKind.GROUP || group.parent_id !== branch.id) {
    return add(row.problems, "groupId", "党小组须是所在支部下设的党小组");
  }
  if (group.archived_at) return add(row.problems, "groupId", `“${group.name}”已撤销`);
  row.group = group;
}

/**
 * An ID number given twice in the file, or already on the register of the caller's scope (a file
 * re-uploaded after importing its valid rows must not enter them twice). One statement.
 */
async function checkIdNumbers(ctx: RequestContext, rows: Checked[]): Promise<void> {
  const key = (idNumber: string) => idNumber.toUpperCase();
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const idNumber = row.input.idNumber;
    if (!idNumber || row.problems.idNumber) return;
    const seen = first.get(key(idNumber));
    if (seen === undefined) first.set(key(idNumber), i);
    else add(row.problems, "idNumber", `与第 ${seen + 1} 行的身份证号重复`);
  });
  if (!first.size) return;
  const onRegister: Array<{ id_number: string; path: string[] }> = await ctx.em.query(
    `SELECT upper(m.id_number) AS id_number, u.path::text[] AS path FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id)
     WHERE m.status = 'ACTIVE' AND upper(m.id_number) = ANY($1::text[])`,
    [[...first.keys()]],
  );
  const taken = new Set(onRegister.filter((m) => pathInScope(ctx, m.path)).map((m) => m.id_number));
  for (const row of rows) {
    if (row.input.idNumber && !row.problems.idNumber && taken.has(key(row.input.idNumber))) {
      add(row.problems, "idNumber", "该身份证号的党员已在册");
    }
  }
}

/** The valid rows as createMember writes one: the member, its register entry (入册), the audit entry. */
async function writeMembers(ctx: RequestContext, rows: Checked[]): Promise<Map<Checked, Member>> {
  const members = rows.map((row) => {
    const { branchId: _b, reason: _r, registeredOn: _o, counterpart: _c, groupId: _g, ...fields } = row.input;
    return ctx.em.create(Member, {
      ...fields,
      name: row.input.name.trim(),
      branchId: row.branch!.id,
      groupId: row.group?.id ?? null,
      collegeId: row.branch!.college_id,
      mobileStatus: row.input.mobileStatus ?? MobileStatus.NONE,
      status: MemberStatus.ACTIVE,
    });
  });
  for (let i = 0; i < members.length; i += INSERT_CHUNK) await ctx.em.insert(Member, members.slice(i, i + INSERT_CHUNK));
  const entries = members.map((member, i) => ({
    memberId: member.id,
    branchId: member.branchId,
    collegeId: member.collegeId,
    kind: RegisterEntryKind.ADDED,
    reason: rows[i].input.reason,
    occurredOn: rows[i].input.registeredOn ?? today(),
    counterpart: rows[i].input.counterpart ?? null,
    note: null,
  }));
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) await ctx.em.insert(RegisterEntry, entries.slice(i, i + INSERT_CHUNK));
  const audits = members.map((member) => ({
    operation: "importMembers",
    entityType: "Member",
    entityId: member.id,
    collegeId: member.collegeId,
    unitId: member.groupId ?? member.branchId,
    after: member,
  }));
  for (let i = 0; i < audits.length; i += INSERT_CHUNK) await auditMany(ctx, audits.slice(i, i + INSERT_CHUNK));
  return new Map(rows.map((row, i) => [row, members[i]]));
}

function add(problems: FieldErrors, field: string, message: string): void {
  (problems[field] ??= []).push(message);
}
