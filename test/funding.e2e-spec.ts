import { generateDemoFunding, generateDemoGovernance } from "../api/src/seed/demo-funding";
import { generateDemoMembers } from "../api/src/seed/demo-members";
import { DEMO_FROM, DEMO_UNTIL, demoDiligence, type Diligence } from "../api/src/seed/demo-records";
import { Random } from "../api/src/seed/random";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import type { BranchDuesRowInput, CommitteeRole, DuesFilter, MemberCategory } from "./support/generated/graphql";
import {
  AdjustDues,
  AllowanceAppointCommitteeMember,
  AllowanceList,
  AllowanceMissing,
  AwardRegisterTotals,
  CreateFundAllocation,
  CreateMember,
  CreatePartyWorkAllowance,
  DuesList,
  DuesRebateAmounts,
  DuesRebates,
  DuesSummary,
  DuesSummaryTotals,
  DuesWithBranches,
  FundAllocationsOfUnit,
  FundArchiveAllocation,
  FundCreateSpending,
  FundFloorCompliance,
  FundingSetRetireesAsFaculty,
  FundingSetSetting,
  FundSummary,
  FundUpdateSpending,
  OrgUnitsDetailed,
  RecordBranchDues,
  RecordDues,
  UpdatePartyWorkAllowance,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";
import { REQUEST_STATEMENTS } from "./support/statements";

describe("funds, dues, rebates and allowances", () => {
  let app: TestApp;
  let branches: Record<string, { id: string; name: string }>;
  let generalBranchId: string;

  const createMember = async (branchId: string, name: string, category: MemberCategory) =>
    accepted((await app.ok(CreateMember, { input: { name, gender: "MALE", category, standing: "FULL", branchId } })).createMember);

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM fund_allocation)::int AS allocations, (SELECT count(*) FROM fund_spending)::int AS spendings,
                (SELECT count(*) FROM dues_record)::int AS dues, (SELECT count(*) FROM party_work_allowance)::int AS allowances,
                (SELECT count(*) FROM funding_setting)::int AS settings, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];

  beforeAll(async () => {
    app = await startTestApp();
    const data = await app.ok(OrgUnitsDetailed, { filter: { kind: "BRANCH" }, first: 100 });
    branches = Object.fromEntries(data.orgUnits.items.map((b) => [b.fullName, b]));
    generalBranchId = data.orgUnits.items.find((b) => b.fullName === "管理工程学院教工支部")!.parent!.id;
  });
  afterAll(() => app.close());

  describe("the Money scalar", () => {
    // The amount is sent as given (a number or a malformed string on purpose), whatever the Money type says.
    const allocate = (amount: unknown) =>
      app.gql(CreateFundAllocation, {
        input: {
          branchId: branches["机关一支部"].id,
          year: 2025,
          amount: amount as string,
          source: "SCHOOL_PARTY_BUDGET",
          allocatedOn: "2025-03-01",
        },
      });

    it.each([["12.345"], [12.5], ["abc"], ["1e3"], [" 12"]])("refuses %p field by field and writes nothing", async (amount) => {
      const before = await counts();
      const result = await allocate(amount);
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(Object.keys(result.errors![0].extensions!.fields!)).toEqual(["amount"]);
      expect(result.errors![0].extensions!.fields!.amount[0]).toContain("金额应为以元为单位的字符串");
      expect(await counts()).toEqual(before);
    });

    it("names the nested path of a refused amount in a list", async () => {
      const member = await createMember(branches["机关二支部"].id, "路径测试", "FACULTY");
      // A number where Money wants a yuan string, on purpose.
      const result = await app.gql(RecordBranchDues, {
        input: {
          branchId: branches["机关二支部"].id,
          month: "2025-09",
          rows: [{ memberId: member.id, amountDue: "10.00", amountPaid: 9.5 as unknown as string }],
        },
      });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { "rows.0.amountPaid": [expect.any(String)] },
      });
    });

    it("round-trips yuan strings with exactly two decimals", async () => {
      const created = await allocate("1234.5");
      expect(created.errors).toBeUndefined();
      const page = await app.ok(FundAllocationsOfUnit, { filter: { unitId: branches["机关一支部"].id, year: 2025 } });
      expect(page.fundAllocations.items).toEqual([{ amount: "1234.50" }]);
      const [row] = await app.dataSource.query(`SELECT amount_fen FROM fund_allocation WHERE branch_id = $1`, [branches["机关一支部"].id]);
      expect(row.amount_fen).toBe("123450");
    });
  });

  describe("activity funds against the floor", () => {
    let branchId: string;
    beforeAll(async () => {
      branchId = branches["管理工程学院教工支部"].id;
      for (let i = 0; i < 3; i++) await createMember(branchId, `教工${i}`, "FACULTY");
      for (let i = 0; i < 4; i++) await createMember(branchId, `学生${i}`, "STUDENT");
      for (let i = 0; i < 2; i++) await createMember(branchId, `退休${i}`, "RETIRED");
    });

    const summary = async (unitId: string) => (await app.ok(FundSummary, { unitId, year: 2026 })).fundSummary;

    it("computes the floor as 100 yuan per faculty member (retirees included by default) and 50 per student", async () => {
      const alloc = await app.ok(CreateFundAllocation, {
        input: { branchId, year: 2026, amount: "600.00", source: "SCHOOL_PARTY_BUDGET", allocatedOn: "2026-01-10" },
      });
      expect(accepted(alloc.createFundAllocation).amount).toBe("600.00");
      await app.ok(FundCreateSpending, {
        input: { branchId, spentOn: "2026-03-05", amount: "120.35", purpose: "党日活动参观红岩革命纪念馆", receiptNumber: "NO.0012" },
      });
      const rows = await summary(generalBranchId);
      expect(rows.map((r) => r.branch.name)).toEqual(["教工支部", "学生支部"]);
      expect(rows[0]).toEqual({
        branch: { name: "教工支部" },
        allocated: "600.00",
        spent: "120.35",
        balance: "479.65",
        facultyMembers: 3,
        studentMembers: 4,
        retiredMembers: 2,
        retireesAsFaculty: true,
        floor: "700.00",
        meetsFloor: false,
        ruleCode: "FUNDING_FLOOR",
        citation: "四(五)1",
      });
      expect(rows[1]).toMatchObject({ allocated: "0.00", floor: "0.00", meetsFloor: true });
    });

    it("follows the committee's setting when retirees do not count as faculty", async () => {
      const setting = await app.ok(FundingSetSetting, {
        input: { collegeId: app.collegeId!, year: 2026, retireesAsFaculty: false, rebateShare: "0.5" },
      });
      expect(setting.setFundingSetting).toMatchObject({ year: 2026, rebateShare: "0.5", retireesAsFaculty: false });
      const [row] = await summary(branchId);
      expect(row).toMatchObject({ floor: "500.00", meetsFloor: true, retireesAsFaculty: false });

      const stale = await app.gql(FundingSetSetting, {
        input: { collegeId: app.collegeId!, year: 2026, version: setting.setFundingSetting.version - 1, retireesAsFaculty: true },
      });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const restored = await app.ok(FundingSetRetireesAsFaculty, {
        input: { collegeId: app.collegeId!, year: 2026, version: setting.setFundingSetting.version, retireesAsFaculty: true },
      });
      expect(restored.setFundingSetting).toEqual({ retireesAsFaculty: true, version: setting.setFundingSetting.version + 1 });
    });

    it("refuses a non-branch, a zero amount, and archives with a reason (excluded from the sums)", async () => {
      const before = await counts();
      const notBranch = await app.gql(CreateFundAllocation, {
        input: { branchId: generalBranchId, year: 2026, amount: "0", source: "OTHER", allocatedOn: "2026-01-10" },
      });
      expect(notBranch.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { amount: ["金额应大于 0"] } });
      const wrongUnit = await app.gql(CreateFundAllocation, {
        input: { branchId: generalBranchId, year: 2026, amount: "10", source: "OTHER", allocatedOn: "2026-01-10" },
      });
      expect(wrongUnit.errors?.[0].extensions?.fields).toHaveProperty("branchId");
      expect(await counts()).toEqual(before);

      const extra = accepted(
        (
          await app.ok(CreateFundAllocation, {
            input: { branchId, year: 2026, amount: "200", source: "DUES_REBATE", allocatedOn: "2026-02-01", note: "党费返还" },
          })
        ).createFundAllocation,
      );
      expect((await summary(branchId))[0]).toMatchObject({ allocated: "800.00", meetsFloor: true });
      const archived = await app.ok(FundArchiveAllocation, {
        input: { id: extra.id, version: extra.version, reason: "重复录入" },
      });
      expect(archived.archiveFundAllocation).toMatchObject({ __typename: "FundAllocation", archiveReason: "重复录入" });
      expect((await summary(branchId))[0]).toMatchObject({ allocated: "600.00", meetsFloor: false });
      const again = await app.ok(FundArchiveAllocation, {
        input: { id: extra.id, version: extra.version + 1, reason: "再次" },
      });
      expect(again.archiveFundAllocation).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
      const withArchived = await app.ok(FundAllocationsOfUnit, { filter: { unitId: branchId, year: 2026, includeArchived: true } });
      expect(withArchived.fundAllocations.totalCount).toBe(2);
      const bySource = await app.ok(FundAllocationsOfUnit, { filter: { unitId: branchId, source: "DUES_REBATE" } });
      expect(bySource.fundAllocations.totalCount).toBe(0);
    });

    it("updates with the current version and refuses a stale one", async () => {
      const [{ id, version }] = await app.dataSource.query(`SELECT id, version FROM fund_spending WHERE branch_id = $1`, [branchId]);
      const updated = await app.ok(FundUpdateSpending, {
        input: { id, version, amount: "100", purpose: "  党日活动  " },
      });
      expect(updated.updateFundSpending).toEqual({ amount: "100.00", version: version + 1, purpose: "党日活动" });
      const stale = await app.gql(FundUpdateSpending, {
        input: { id, version, amount: "1" },
      });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", expectedVersion: version, actualVersion: version + 1 });
      const audit = await app.dataSource.query(
        `SELECT operation, before->>'amount' AS before, after->>'amount' AS after FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit).toEqual([
        { operation: "createFundSpending", before: null, after: "12035" },
        { operation: "updateFundSpending", before: "12035", after: "10000" },
      ]);
    });
  });

  describe("dues", () => {
    let branchId: string;
    let members: Array<{ id: string }>;
    beforeAll(async () => {
      branchId = branches["信息工程学院学生支部"].id;
      members = [];
      for (let i = 0; i < 4; i++) members.push(await createMember(branchId, `缴费${i}`, "STUDENT"));
    });

    const recordBranch = (month: string, rows: BranchDuesRowInput[]) =>
      app.gql(RecordBranchDues, { input: { branchId, month, collectedBy: "组织委员", rows } });

    it("records a branch's month in one transaction, with one audit entry per record", async () => {
      const auditsBefore = (await counts()).audits;
      const result = await recordBranch("2026-01", [
        { memberId: members[0].id, amountDue: "2.00", amountPaid: "2.00", paidOn: "2026-01-10" },
        { memberId: members[1].id, amountDue: "2.00", amountPaid: "2.00", paidOn: "2026-01-10" },
        { memberId: members[2].id, amountDue: "2.00", amountPaid: "1.00", paidOn: "2026-01-12" },
        { memberId: members[3].id, amountDue: "2.00" },
      ]);
      expect(result.errors).toBeUndefined();
      const answer = result.data!.recordBranchDues;
      expect(answer).toMatchObject({
        __typename: "DuesBatch",
        month: "2026-01",
        totalDue: "8.00",
        totalPaid: "5.00",
        branch: { name: "学生支部" },
      });
      const batch = accepted(answer);
      expect(batch.records.map((r) => [r.member!.name, r.amountPaid, r.paidOn])).toEqual([
        ["缴费0", "2.00", "2026-01-10"],
        ["缴费1", "2.00", "2026-01-10"],
        ["缴费2", "1.00", "2026-01-12"],
        ["缴费3", "0.00", null],
      ]);
      const audits = await app.dataSource.query(`SELECT entity_id FROM audit_entry WHERE operation = 'recordBranchDues'`);
      expect(audits.map((a: { entity_id: string }) => a.entity_id).sort()).toEqual(batch.records.map((r) => r.id).sort());
      expect((await counts()).audits).toBe(auditsBefore + 4);
    });

    it("refuses a month already recorded and an outsider, writing nothing", async () => {
      const outsider = await createMember(branches["自动化学院学生支部"].id, "外支部", "STUDENT");
      const before = await counts();
      const again = await recordBranch("2026-01", [{ memberId: members[0].id, amountDue: "2.00" }]);
      expect(again.data!.recordBranchDues).toMatchObject({
        __typename: "Refusal",
        errorCode: "DUES_ALREADY_RECORDED",
        ruleCode: "DUES_PAID",
      });
      const mixed = await recordBranch("2026-02", [
        { memberId: members[0].id, amountDue: "2.00" },
        { memberId: outsider.id, amountDue: "2.00" },
      ]);
      expect(mixed.data!.recordBranchDues).toMatchObject({
        __typename: "Refusal",
        errorCode: "MEMBER_NOT_IN_UNIT",
        field: "rows.1.memberId",
      });
      const invalid = await recordBranch("2026-02", [
        { memberId: members[0].id, amountDue: "2.00", amountPaid: "2.00" },
        { memberId: members[0].id, amountDue: "-1.00" },
      ]);
      expect(invalid.errors?.[0].extensions?.fields).toEqual({
        "rows.0.paidOn": ["已缴纳时须填写缴纳日期"],
        "rows.1.amountDue": ["应交金额不能为负数"],
        "rows.1.memberId": ["与第 1 行重复"],
      });
      const badMonth = await recordBranch("2026-13", [{ memberId: members[0].id, amountDue: "2.00" }]);
      expect(badMonth.errors?.[0].extensions?.fields).toHaveProperty("month");
      expect(await counts()).toEqual(before);
    });

    it("records and adjusts single months with versions", async () => {
      const one = await app.ok(RecordDues, {
        input: { memberId: members[3].id, month: "2026-02", amountDue: "2.00", amountPaid: "2.00", paidOn: "2026-02-08" },
      });
      expect(one.recordDues).toMatchObject({ __typename: "DuesRecord", amountPaid: "2.00" });
      const dup = await app.ok(RecordDues, {
        input: { memberId: members[3].id, month: "2026-02", amountDue: "2.00" },
      });
      expect(dup.recordDues).toMatchObject({ __typename: "Refusal", errorCode: "DUES_ALREADY_RECORDED" });

      const [{ id, version }] = await app.dataSource.query(
        `SELECT id, version FROM dues_record WHERE member_id = $1 AND month = '2026-01-01'`,
        [members[2].id],
      );
      const adjusted = await app.ok(AdjustDues, {
        input: { id, version, amountPaid: "2.00", paidOn: "2026-01-20" },
      });
      expect(adjusted.adjustDues).toEqual({ amountPaid: "2.00", paidOn: "2026-01-20", version: version + 1 });
      const stale = await app.gql(AdjustDues, { input: { id, version, amountPaid: "0", paidOn: null } });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const audit = await app.dataSource.query(
        `SELECT operation, before->>'amountPaid' AS before, after->>'amountPaid' AS after FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit).toEqual([
        { operation: "recordBranchDues", before: null, after: "100" },
        { operation: "adjustDues", before: "100", after: "200" },
      ]);
    });

    it("lists dues by subtree, month range and unpaid only, paged", async () => {
      const q = (filter: DuesFilter, first = 20) => app.ok(DuesList, { filter, first }).then((d) => d.dues);
      expect((await q({ unitId: generalBranchIdOf("信息工程学院学生支部") })).totalCount).toBe(5);
      expect((await q({ unitId: branchId, fromMonth: "2026-02", toMonth: "2026-02" })).items).toEqual([
        { month: "2026-02", amountDue: "2.00", amountPaid: "2.00", member: { name: "缴费3" } },
      ]);
      expect((await q({ unitId: branchId, unpaidOnly: true })).items).toEqual([
        { month: "2026-01", amountDue: "2.00", amountPaid: "0.00", member: { name: "缴费3" } },
      ]);
      const page = await q({ unitId: branchId }, 2);
      expect(page).toMatchObject({ totalCount: 5 });
      expect(page.items.map((i) => i.month)).toEqual(["2026-02", "2026-01"]);
    });

    it("summarises a year per branch in one statement: due, paid, fully paid and in arrears", async () => {
      // January: 2 + 2 + 2 (adjusted from 1) + 0 paid of 4 × 2 due; February: 2 of 2 — the fourth member owes January.
      const before = app.queries.count;
      const data = await app.ok(DuesSummary, { unitId: generalBranchIdOf("信息工程学院学生支部"), year: 2026 });
      // Authentication reads the session (1–2 statements); the summary itself is one statement.
      expect(app.queries.count - before).toBeLessThanOrEqual(3 + REQUEST_STATEMENTS);
      const rows = Object.fromEntries(data.duesSummary.map((r) => [r.branchId, r]));
      expect(rows[branchId]).toEqual({ branchId, due: "10.00", paid: "8.00", members: 4, membersFullyPaid: 3, membersWithArrears: 1 });
      expect(rows[branches["信息工程学院教工支部"].id]).toMatchObject({ due: "0.00", members: 0, membersWithArrears: 0 });
      const other = await app.ok(DuesSummaryTotals, { unitId: branchId, year: 2025 });
      expect(other.duesSummary).toEqual([{ due: "0.00", members: 0 }]);
    });

    it("returns rebates as collected × share, rounded half-up to the fen", async () => {
      const rebateBranch = branches["车辆工程学院学生支部"].id;
      const m = await createMember(rebateBranch, "返还测试", "STUDENT");
      await app.ok(RecordDues, {
        input: { memberId: m.id, month: "2026-03", amountDue: "1.01", amountPaid: "1.01", paidOn: "2026-03-02" },
      });
      const rebates = async () => (await app.ok(DuesRebates, { unitId: rebateBranch, year: 2026 })).duesRebates;
      // 2026 share is 0.5 (set above): 1.01 × 0.5 = 0.505 → 0.51 (half-up; banker's rounding would give 0.50).
      expect(await rebates()).toEqual([{ collected: "1.01", share: "0.5", rebate: "0.51", branch: { name: "学生支部" } }]);
      const none = await app.ok(DuesRebateAmounts, { unitId: rebateBranch, year: 2025 });
      expect(none.duesRebates).toEqual([{ collected: "0.00", share: null, rebate: null }]);
      const badShare = await app.gql(FundingSetSetting, {
        input: { collegeId: app.collegeId!, year: 2027, rebateShare: "1.5" },
      });
      expect(badShare.errors?.[0].extensions?.fields).toHaveProperty("rebateShare");
      // A number where Decimal wants a string, on purpose.
      const numberShare = await app.gql(FundingSetSetting, {
        input: { collegeId: app.collegeId!, year: 2027, rebateShare: 0.5 as unknown as string },
      });
      expect(numberShare.errors?.[0].extensions?.fields).toHaveProperty("rebateShare");
    });

    it("runs a constant number of statements for dues → member → branch, however many rows", async () => {
      const few = branches["化学与制药工程学院学生支部"].id;
      const many = branches["艺术设计学院学生支部"].id;
      const a = await createMember(few, "少量", "STUDENT");
      await app.ok(RecordDues, { input: { memberId: a.id, month: "2026-01", amountDue: "1.00" } });
      const rows = [];
      for (let i = 0; i < 30; i++)
        rows.push({
          memberId: (await createMember(many, `大量${i}`, "STUDENT")).id,
          amountDue: "1.00",
          amountPaid: "1.00",
          paidOn: "2026-01-05",
        });
      await app.ok(RecordBranchDues, { input: { branchId: many, month: "2026-01", rows } });

      const statements = async (unitId: string) => {
        const before = app.queries.count;
        const data = await app.ok(DuesWithBranches, { unitId });
        return { statements: app.queries.count - before, rows: data.dues.items.length };
      };
      const small = await statements(few);
      const large = await statements(many);
      expect(small.rows).toBe(1);
      expect(large.rows).toBe(30);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBeLessThanOrEqual(7 + REQUEST_STATEMENTS);
    });
  });

  describe("party-work allowances", () => {
    let branchId: string;
    let secretary: { id: string };
    let positionId: string;
    beforeAll(async () => {
      branchId = branches["教学一支部"].id;
      secretary = await createMember(branchId, "王书记", "FACULTY");
      const committeeMember = await createMember(branchId, "李委员", "FACULTY");
      const appoint = async (memberId: string, role: CommitteeRole) =>
        accepted(
          (
            await app.ok(AllowanceAppointCommitteeMember, {
              input: { unitId: branchId, memberId, role, termStart: "2024-06-01", termEnd: "2027-05-31" },
            })
          ).appointCommitteeMember,
        );
      positionId = (await appoint(secretary.id, "SECRETARY")).id;
      await appoint(committeeMember.id, "MEMBER");
      await app.ok(FundingSetSetting, {
        input: {
          collegeId: app.collegeId!,
          year: 2025,
          rebateShare: "0.5",
          secretaryAllowance: "1200.00",
          committeeMemberAllowance: "600.00",
        },
      });
    });

    const withoutAllowance = async () =>
      (await app.ok(AllowanceMissing, { unitId: branchId, year: 2025 })).committeePositionsWithoutAllowance;

    it("records an allowance at the year's standard rate and lists posts still without one", async () => {
      expect((await withoutAllowance()).totalCount).toBe(2);
      const created = await app.ok(CreatePartyWorkAllowance, {
        input: {
          memberId: secretary.id,
          unitId: branchId,
          committeePositionId: positionId,
          year: 2025,
          postKind: "SECRETARY",
          post: "教学一支部书记",
          workloadCredit: "40.50",
        },
      });
      expect(created.createPartyWorkAllowance).toMatchObject({
        __typename: "PartyWorkAllowance",
        amount: "1200.00",
        workloadCredit: "40.5",
        member: { name: "王书记" },
        committeePosition: { role: "SECRETARY" },
      });
      expect(await withoutAllowance()).toEqual({ totalCount: 1, items: [{ role: "MEMBER", member: { name: "李委员" } }] });

      const dup = await app.ok(CreatePartyWorkAllowance, {
        input: { memberId: secretary.id, unitId: branchId, year: 2025, postKind: "SECRETARY", post: "书记", workloadCredit: "1" },
      });
      expect(dup.createPartyWorkAllowance).toMatchObject({ __typename: "Refusal", errorCode: "ALLOWANCE_ALREADY_RECORDED" });
      const noRate = await app.gql(CreatePartyWorkAllowance, {
        input: { memberId: secretary.id, unitId: branchId, year: 2025, postKind: "GROUP_LEADER", post: "组长", workloadCredit: "10" },
      });
      expect(noRate.errors?.[0].extensions?.fields).toHaveProperty("amount");
      const badCredit = await app.gql(CreatePartyWorkAllowance, {
        input: { memberId: secretary.id, unitId: branchId, year: 2025, postKind: "OTHER", post: "x", workloadCredit: "1.234", amount: "1" },
      });
      expect(badCredit.errors?.[0].extensions?.fields).toHaveProperty("workloadCredit");

      const allowance = accepted(created.createPartyWorkAllowance);
      const updated = await app.ok(UpdatePartyWorkAllowance, {
        input: { id: allowance.id, version: allowance.version, amount: "1300" },
      });
      expect(updated.updatePartyWorkAllowance).toEqual({ amount: "1300.00", version: allowance.version + 1 });
      const list = await app.ok(AllowanceList, { filter: { unitId: branchId, year: 2025 } });
      expect(list.partyWorkAllowances).toEqual({ totalCount: 1, items: [{ amount: "1300.00", unit: { name: "教学一支部" } }] });
    });
  });

  function generalBranchIdOf(fullName: string): string {
    return (branches[fullName] as unknown as { parent: { id: string } }).parent.id;
  }
});

describe("demo funds, dues and governance records", () => {
  let app: TestApp;
  let diligence: (id: string) => Diligence;
  beforeAll(async () => {
    app = await startTestApp({
      seed: "empty",
      prepare: (dataSource) =>
        dataSource.transaction(async (em) => {
          const units = await seedCollegeStructure(em);
          await generateDemoMembers(em, units, { members: 1500 });
          diligence = demoDiligence(units);
          const ctx = { em, units, collegeId: units[0].id, from: DEMO_FROM, until: DEMO_UNTIL, diligence };
          await generateDemoFunding({ ...ctx, random: new Random(1) });
          await generateDemoGovernance({ ...ctx, random: new Random(2) });
        }),
    });
  });
  afterAll(() => app.close());

  it("makes lagging branches fall short of the funding floor while the others comply", async () => {
    for (const year of [2025, 2026]) {
      const rows = (await app.ok(FundFloorCompliance, { unitId: app.collegeId!, year })).fundSummary;
      expect(rows).toHaveLength(39);
      for (const row of rows) expect(row.meetsFloor).toBe(diligence(row.branchId) !== "LAGGING");
    }
  });

  it("has dues for every active member each month, with arrears concentrated in lagging branches", async () => {
    const [{ members, records }] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM member WHERE status = 'ACTIVE')::int AS members, (SELECT count(*) FROM dues_record)::int AS records`,
    );
    expect(records).toBe(members * 15);
    const rows = (await app.ok(DuesSummary, { unitId: app.collegeId!, year: 2026 })).duesSummary;
    const share = (d: Diligence) => {
      const of = rows.filter((r) => diligence(r.branchId) === d);
      return of.reduce((s, r) => s + r.membersWithArrears, 0) / of.reduce((s, r) => s + r.members, 0);
    };
    expect(share("LAGGING")).toBeGreaterThan(0.9);
    expect(share("EXEMPLARY")).toBeLessThan(0.5);
    const rebates = (await app.ok(DuesRebateAmounts, { unitId: app.collegeId!, year: 2026 })).duesRebates;
    expect(rebates.every((r) => r.share === "0.5")).toBe(true);
  });

  it("fills the governance registers, richer for exemplary units", async () => {
    const data = await app.ok(AwardRegisterTotals);
    expect(data.awards.totalCount).toBeGreaterThan(5);
    expect(data.national.totalCount).toBe(1);
    expect(data.provincial.totalCount).toBeGreaterThan(0);
    expect(data.reports.totalCount).toBeGreaterThan(0);
    expect(data.partyAffairsNotices.totalCount).toBeGreaterThan(100);
    expect(data.majorDecisions.totalCount).toBeGreaterThan(12);
    expect(data.integrityRisks.totalCount).toBeGreaterThan(50);
    const missing = (await app.ok(AllowanceMissing, { unitId: app.collegeId!, year: 2026 })).committeePositionsWithoutAllowance.totalCount;
    const [{ seats }] = await app.dataSource.query(`SELECT count(*)::int AS seats FROM committee_position WHERE ended_on IS NULL`);
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(seats / 3);
  });
});
