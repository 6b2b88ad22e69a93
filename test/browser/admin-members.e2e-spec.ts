import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { DOWNLOAD_DIR, useBrowserWorld } from "../support/browser";

/**
 * 党员管理 in the browser: a branch secretary's register is their branch only; the API's field
 * errors land on the form's fields; a stale edit shows the conflict alert and reloads; the list
 * exports to an .xlsx that reads back; masked fields stay masked; a member sees only their record.
 */
describe("admin console: members", () => {
  const world = useBrowserWorld();
  let branchId: string;
  let branchTotal: number;

  beforeAll(async () => {
    const [branch] = await world.demo.em.query(
      `SELECT u.id FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.name = '学生支部' AND p.name = '财经学院党总支'`,
    );
    branchId = branch.id;
    const [{ count }] = await world.demo.em.query(`SELECT count(*)::int AS count FROM member WHERE branch_id = $1 AND status = 'ACTIVE'`, [
      branchId,
    ]);
    branchTotal = count;
  });

  async function memberOfBranch(): Promise<{ id: string; name: string; version: number }> {
    const [m] = await world.demo.em.query(
      `SELECT id, name, version FROM member WHERE branch_id = $1 AND status = 'ACTIVE' AND id_number IS NOT NULL ORDER BY name LIMIT 1`,
      [branchId],
    );
    return m;
  }

  it("shows a branch secretary only their branch's members, paged on the server, and exports the list to .xlsx", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await page.getByRole("link", { name: "党员管理" }).click();
    await page.getByText(`共 ${branchTotal} 人`).waitFor();
    const branches = await page.locator("tbody tr.ant-table-row td:nth-child(3)").allTextContents();
    expect(branches.length).toBe(Math.min(20, branchTotal));
    expect(new Set(branches)).toEqual(new Set(["财经学院学生支部"]));
    await world.screenshot(page, "admin-members-list");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /导出名册/ }).click();
    const file = path.join(DOWNLOAD_DIR, "admin-members-export.xlsx");
    await (await download).saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = sheet.getRow(3).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(["姓名", "所在支部", "身份证号"]));
    const rows = sheet.getRows(4, sheet.rowCount - 3) ?? [];
    expect(rows.length).toBe(branchTotal);
    expect(new Set(rows.map((r) => r.getCell(3).text))).toEqual(new Set(["财经学院学生支部"]));
    expect(page.consoleErrors).toEqual([]);
  });

  it("puts the API's error on the 身份证号 field when creating or editing a member with a bad ID number", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await page.goto(`${world.origin}/admin/members/new`);
    await page.getByLabel("姓名").fill("测试党员");
    await page.getByLabel("人员类别").click();
    await page.getByTitle("学生", { exact: true }).click();
    await page.getByLabel("党员类别").click();
    await page.getByTitle("正式党员").click();
    await page.getByLabel("身份证号").fill("12345");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    // The message sits in the 身份证号 field's own help (antd ties it to the input by aria-describedby).
    const idError = page.locator("#idNumber_help").getByText(/身份证号应为 18 位/);
    await idError.waitFor();
    await world.screenshot(page, "admin-members-create-field-error");

    const member = await memberOfBranch();
    await page.goto(`${world.origin}/admin/members/${member.id}/edit`);
    await page.getByLabel("身份证号").fill("not-an-id");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await idError.waitFor();
    const [after] = await world.demo.em.query(`SELECT id_number, version FROM member WHERE id = $1`, [member.id]);
    expect(after.version).toBe(member.version);
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows the conflict alert when the record changed behind the open edit form, and reloads it", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    const member = await memberOfBranch();
    await page.goto(`${world.origin}/admin/members/${member.id}`);
    await page.getByRole("button", { name: /编\s*辑/ }).click();
    await page.getByLabel("部门或院系").waitFor();
    const [{ version }] = await world.demo.em.query(`SELECT version FROM member WHERE id = $1`, [member.id]);
    const changed = await world.demo.app.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { __typename } }`, {
      input: { id: member.id, version, department: "他人修改的部门" },
    });
    expect(changed.errors).toBeUndefined();
    await page.getByLabel("部门或院系").fill("我的修改");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByTestId("conflict").waitFor();
    await world.screenshot(page, "admin-members-edit-conflict");
    await page.getByRole("button", { name: "重新加载" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>("input#department")?.value === "他人修改的部门");
    await page.getByTestId("conflict").waitFor({ state: "detached" });
    await page.getByLabel("部门或院系").fill("我的修改");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("我的修改").waitFor();
    await world.screenshot(page, "admin-members-detail");
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a general-branch committee member masked ID numbers as the API sends them, and an edit keeps the real value", async () => {
    const page = await world.signIn("admin", "caijing.weiyuan");
    const member = await memberOfBranch();
    await page.goto(`${world.origin}/admin/members/${member.id}`);
    await expect(page.getByTestId("member-id-number").textContent()).resolves.toMatch(/^\*{14}[0-9X]{4}$/);
    await world.screenshot(page, "admin-members-detail-masked");

    // Editing another field leaves the masked value alone: the form sends only what changed.
    const [{ id_number: idNumber }] = await world.demo.em.query(`SELECT id_number FROM member WHERE id = $1`, [member.id]);
    await page.getByRole("button", { name: /编\s*辑/ }).click();
    await expect(page.getByLabel("身份证号").inputValue()).resolves.toMatch(/^\*{14}/);
    await page.getByLabel("班级（学生）").fill("委员修改的班级");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("委员修改的班级").waitFor();
    const [after] = await world.demo.em.query(`SELECT id_number, class_name FROM member WHERE id = $1`, [member.id]);
    expect(after).toEqual({ id_number: idNumber, class_name: "委员修改的班级" });
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a member account only its own record, not the register", async () => {
    const page = await world.signIn("admin", "dangyuan");
    const [own] = await world.demo.em.query(
      `SELECT m.name FROM app_user u JOIN member m ON m.id = u.member_id WHERE u.username = 'dangyuan'`,
    );
    await page.getByText("我的党员档案").waitFor();
    await expect(page.locator("h4").first().textContent()).resolves.toBe("我的党员档案");
    await page.getByText(own.name).first().waitFor();
    expect(await page.getByRole("link", { name: "党员管理" }).count()).toBe(0);
    await world.screenshot(page, "admin-home-role-member");
    await page.goto(`${world.origin}/admin/members`);
    await page.getByText("页面不存在或无权访问").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });
});
