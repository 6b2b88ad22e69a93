import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { UserRole } from "../api/src/auth/roles";
import { EDGE_LIMITS } from "../api/src/edge/limits";
import { MEMBER_IMPORT_MAX_ROWS } from "../api/src/member/inputs/member-import.inputs";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { CreateMemberInput, ImportMembersMutation } from "./support/generated/graphql";
import { CheckCreateMember, CreateOrgUnit, ImportMembers } from "./support/operations";
import { accepted } from "./support/refusal";
import { operationText, startTestApp, TestApp } from "./support/test-app";

type Answer = ImportMembersMutation["importMembers"];

/** A valid 18-digit ID number, different for each n. */
const idNumber = (n: number) => `1101012000${String(n).padStart(8, "0")}`;

/** Rows of people, members and audit entries: what an import may have written. */
async function counts(app: TestApp) {
  const [row] = await app.dataSource.query(`SELECT (SELECT count(*) FROM member)::int AS members,
    (SELECT count(*) FROM register_entry)::int AS entries, (SELECT count(*) FROM audit_entry)::int AS audits`);
  return row as { members: number; entries: number; audits: number };
}

/** Each row's errors as `field: message` lines ([] for a good row). */
const errorsByRow = (answer: Answer) => answer.rows.map((r) => r.errors.map((e) => `${e.field}: ${e.message}`));

describe("importMembers: a roster checked row by row", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let branch: Unit;
  let otherBranch: Unit;
  let groupId: string;
  let otherGroupId: string;
  let archivedBranchId: string;
  let serial = 0;
  const row = (extra: Partial<CreateMemberInput> = {}): CreateMemberInput => ({
    name: `导入党员${++serial}`,
    gender: "MALE",
    category: "STUDENT",
    standing: "FULL",
    branchId: branch.id,
    idNumber: idNumber(serial),
    phone: "13800000000",
    ...extra,
  });

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    branch = units["财经学院学生支部"];
    otherBranch = units["信息工程学院学生支部"];
    const group = async (parentId: string, name: string) =>
      accepted((await app.ok(CreateOrgUnit, { input: { kind: "GROUP", name, parentId, groupPurpose: "OTHER" } })).createOrgUnit).id;
    groupId = await group(branch.id, "导入测试党小组");
    otherGroupId = await group(otherBranch.id, "另一支部的党小组");
    const archived = accepted(
      (
        await app.ok(CreateOrgUnit, {
          input: { kind: "BRANCH", name: "已撤销支部", parentId: units["财经学院党总支"].id, branchKind: "STUDENT" },
        })
      ).createOrgUnit,
    );
    archivedBranchId = archived.id;
    await app.dataSource.query(`UPDATE org_unit SET archived_at = now() WHERE id = $1`, [archivedBranchId]);
  });
  afterAll(() => app.close());

  it("reports every row's field errors on a dry run, and writes nothing", async () => {
    const onRegister = idNumber(900_001);
    await createMember(app, branch.id, { idNumber: onRegister });
    const rows = [
      row(),
      row({ idNumber: "12345" }),
      row({ branchId: "not-an-id" }),
      row({ branchId: units["财经学院党总支"].id }),
      row({ branchId: archivedBranchId }),
      row({ groupId: otherGroupId }),
      row({ groupId }),
      row({ birthDate: "2000-01-01", joinedOn: "1999-01-01" }),
      row({ idNumber: idNumber(1) }),
      row({ idNumber: onRegister.toLowerCase() }),
      row({ name: "", phone: "电话" }),
    ];
    const before = await counts(app);
    const answer = (await app.ok(ImportMembers, { input: { rows, dryRun: true } })).importMembers;
    expect(await counts(app)).toEqual(before);
    expect(answer).toMatchObject({ dryRun: true, validRows: 2, invalidRows: 9, written: 0 });
    expect(answer.rows.map((r) => [r.row, r.ok, r.memberId])).toEqual(rows.map((_, i) => [i + 1, i === 0 || i === 6, null]));
    expect(errorsByRow(answer)).toEqual([
      [],
      ["idNumber: 身份证号应为 18 位，最后一位可为 X"],
      ["branchId: branchId must be a UUID"],
      ["branchId: “财经学院党总支”不是党支部"],
      ["branchId: “已撤销支部”已撤销"],
      ["groupId: 党小组须是所在支部下设的党小组"],
      [],
      ["joinedOn: 入党日期应晚于出生日期"],
      ["idNumber: 与第 1 行的身份证号重复"],
      ["idNumber: 该身份证号的党员已在册"],
      ["name: name must be longer than or equal to 1 characters", "phone: 电话号码格式不正确"],
    ]);
  });

  it("says exactly what createMember says about the same field errors", async () => {
    for (const bad of [
      row({ idNumber: "12345" }),
      row({ name: "", phone: "电话" }),
      row({ birthDate: "2000-01-01", joinedOn: "1999-01-01" }),
    ]) {
      const single = await app.gql(CheckCreateMember, { i: bad });
      const imported = (await app.ok(ImportMembers, { input: { rows: [bad], dryRun: true } })).importMembers;
      const fields: Record<string, string[]> = {};
      for (const e of imported.rows[0].errors) (fields[e.field] ??= []).push(e.message);
      expect(single.errors?.[0].extensions?.fields).toEqual(fields);
    }
  });

  it("writes nothing when a row is bad and only valid rows were not asked for", async () => {
    const before = await counts(app);
    const answer = (await app.ok(ImportMembers, { input: { rows: [row(), row({ idNumber: "x" })], dryRun: false } })).importMembers;
    expect(answer).toMatchObject({ dryRun: false, validRows: 1, invalidRows: 1, written: 0 });
    expect(answer.rows.map((r) => r.memberId)).toEqual([null, null]);
    expect(await counts(app)).toEqual(before);
  });

  it("writes the valid rows with onlyValid: members, register entries and audit entries in one go; a re-upload finds them on the register", async () => {
    const rows = [
      row({ groupId, reason: "TRANSFER_IN", registeredOn: "2026-03-01", counterpart: "外校党委" }),
      row({ idNumber: "bad" }),
      row({ name: "  两边有空格  " }),
    ];
    const before = await counts(app);
    const answer = (await app.ok(ImportMembers, { input: { rows, dryRun: false, onlyValid: true } })).importMembers;
    expect(answer).toMatchObject({ validRows: 2, invalidRows: 1, written: 2 });
    expect(answer.rows.map((r) => r.member && { ...r.member })).toEqual([
      { name: rows[0].name, idNumber: rows[0].idNumber, branch: { name: "学生支部" } },
      null,
      { name: "两边有空格", idNumber: rows[2].idNumber, branch: { name: "学生支部" } },
    ]);
    expect(await counts(app)).toEqual({ members: before.members + 2, entries: before.entries + 2, audits: before.audits + 2 });
    const [first] = await app.dataSource.query(
      `SELECT m.group_id, m.status, e.kind, e.reason, e.occurred_on::text, e.counterpart, a.operation, a.unit_id, a.after->>'idNumber' AS audited
       FROM member m JOIN register_entry e ON e.member_id = m.id JOIN audit_entry a ON a.entity_id = m.id WHERE m.id = $1`,
      [answer.rows[0].memberId],
    );
    expect(first).toEqual({
      group_id: groupId,
      status: "ACTIVE",
      kind: "ADDED",
      reason: "TRANSFER_IN",
      occurred_on: "2026-03-01",
      counterpart: "外校党委",
      operation: "importMembers",
      unit_id: groupId,
      audited: rows[0].idNumber,
    });

    const again = (await app.ok(ImportMembers, { input: { rows, dryRun: true } })).importMembers;
    expect(errorsByRow(again)).toEqual([
      ["idNumber: 该身份证号的党员已在册"],
      ["idNumber: 身份证号应为 18 位，最后一位可为 X"],
      ["idNumber: 该身份证号的党员已在册"],
    ]);
  });

  it("lets a branch secretary import into their branch only", async () => {
    const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branch.id });
    const rows = [row(), row({ branchId: otherBranch.id })];
    const answer = (await secretary.ok(ImportMembers, { input: { rows, dryRun: false } })).importMembers;
    expect(answer).toMatchObject({ validRows: 1, invalidRows: 1, written: 0 });
    expect(errorsByRow(answer)).toEqual([[], ["branchId: 党支部不存在或不在您的权限范围内"]]);
    const written = (await secretary.ok(ImportMembers, { input: { rows, dryRun: false, onlyValid: true } })).importMembers;
    expect(written.written).toBe(1);
    // A member of the other branch with that ID number is not the secretary's to see: not said to be on the register.
    await createMember(app, otherBranch.id, { idNumber: idNumber(900_002) });
    const hidden = (await secretary.ok(ImportMembers, { input: { rows: [row({ idNumber: idNumber(900_002) })], dryRun: true } }))
      .importMembers;
    expect(hidden.rows[0].errors).toEqual([]);
  });

  it(`takes ${MEMBER_IMPORT_MAX_ROWS} rows within the body limit in a fixed number of statements, and refuses one more`, async () => {
    const rows = Array.from({ length: MEMBER_IMPORT_MAX_ROWS }, () =>
      row({ birthDate: "2001-09-30", joinedOn: "2021-06-30", className: "会计学2101班", department: "财经学院", groupId }),
    );
    const body = JSON.stringify({
      query: operationText(ImportMembers as TypedDocumentNode<unknown, unknown>),
      variables: { input: { rows, dryRun: false } },
    });
    expect(Buffer.byteLength(body)).toBeLessThan(EDGE_LIMITS.maxBodyBytes);
    const statementsOf = async (input: { rows: CreateMemberInput[]; dryRun: boolean }) => {
      const start = app.queries.count;
      const answer = (await app.ok(ImportMembers, { input })).importMembers;
      return { answer, statements: app.queries.count - start };
    };
    const few = await statementsOf({
      rows: rows.slice(0, 10).map((r) => ({ ...r, idNumber: idNumber(800_000 + ++serial) })),
      dryRun: false,
    });
    expect(few.answer.written).toBe(10);
    const before = await counts(app);
    const { answer, statements } = await statementsOf({ rows, dryRun: false });
    // The same statements for 2,000 rows as for 10 (units, ID numbers on the register, the members read back
    // for the answer in one loader batch …), but for one more INSERT each of members, register entries and
    // audit entries per thousand rows.
    expect(statements).toBe(few.statements + 3);
    expect(answer).toMatchObject({ validRows: MEMBER_IMPORT_MAX_ROWS, invalidRows: 0, written: MEMBER_IMPORT_MAX_ROWS });
    const after = await counts(app);
    expect(after.members - before.members).toBe(MEMBER_IMPORT_MAX_ROWS);

    const tooMany = await app.gql(ImportMembers, { input: { rows: [...rows, row()], dryRun: true } });
    expect(tooMany.errors?.[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: { rows: [`一次最多导入 ${MEMBER_IMPORT_MAX_ROWS} 行，请分批导入`] },
    });
    // a roster of the largest size, checked, written and audited: long on a loaded 2-core runner
  }, 120_000);

  it("refuses a value that is not a date or not one of an enum's as a request error naming the row's field", async () => {
    const answer = await app.gql(`mutation($i: ImportMembersInput!) { importMembers(input: $i) { written } }`, {
      i: { rows: [row(), { ...row(), birthDate: "2000-02-30" }], dryRun: true },
    });
    expect(answer.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(answer.errors?.[0].extensions?.fields ?? {})).toEqual(["rows.1.birthDate"]);
  });
});
