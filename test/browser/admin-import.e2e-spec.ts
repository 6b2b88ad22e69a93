import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { DOWNLOAD_DIR, useBrowserWorld } from "../support/browser";

/**
 * 导入名册 in the browser: the template downloads with the roster's headers; a roster with one bad
 * row is checked by the API before anything is written, the bad row's error shown on its line;
 * importing only the valid rows writes them, and they are in the list.
 */
describe("admin console: member roster import", () => {
  const world = useBrowserWorld();

  it("reports a bad row of a roster before writing, then imports only the valid rows", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await page.getByRole("link", { name: "党员管理" }).click();
    await page.getByRole("button", { name: /导入名册/ }).click();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /下载导入模板/ }).click();
    const templateFile = path.join(DOWNLOAD_DIR, "admin-import-template.xlsx");
    await (await download).saveAs(templateFile);
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await readFile(templateFile)) as unknown as ArrayBuffer);
    const sheet = template.worksheets[0];
    const headers = (sheet.getRow(3).values as unknown[]).filter(Boolean);
    expect(headers.slice(0, 6)).toEqual(["姓名*", "性别*", "所在支部*", "党小组", "人员类别*", "党员类别*"]);

    // The user fills the template: two good rows and one with a bad ID number (Excel line 5).
    const fill = (cells: Record<string, string | Date>) => sheet.addRow(headers.map((h) => cells[String(h).replace("*", "")] ?? ""));
    fill({
      姓名: "导入甲",
      性别: "女",
      所在支部: "财经学院学生支部",
      人员类别: "学生",
      党员类别: "预备党员",
      入党日期: new Date(Date.UTC(2026, 4, 20)),
    });
    fill({ 姓名: "导入乙", 性别: "男", 所在支部: "财经学院学生支部", 人员类别: "学生", 党员类别: "正式党员", 身份证号: "12345" });
    fill({
      姓名: "导入丙",
      性别: "男",
      所在支部: "财经学院学生支部",
      人员类别: "学生",
      党员类别: "正式党员",
      入党日期: "2024-06-01",
      转正日期: "2025-06-01",
    });
    const roster = path.join(DOWNLOAD_DIR, "admin-import-roster.xlsx");
    await writeFile(roster, Buffer.from(await template.xlsx.writeBuffer()));

    await page.locator("input[type=file]").first().setInputFiles(roster);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    await page
      .getByTestId("import-error-5")
      .getByText(/身份证号：身份证号应为 18 位/)
      .waitFor();
    await expect(report.textContent()).resolves.toMatch(/名册行数3校验通过2有错误1/);
    const [{ count: before }] = await world.demo.em.query(`SELECT count(*)::int AS count FROM member WHERE name LIKE '导入%'`);
    expect(before).toBe(0);
    await world.screenshot(page, "admin-members-import-report");

    await expect(report.getByRole("button", { name: /全部导入/ }).isDisabled()).resolves.toBe(true);
    await report.getByRole("button", { name: /只导入通过校验的 2 行/ }).click();
    await page.getByText("已导入 2 名党员").waitFor();
    await page.getByRole("button", { name: /查看名册/ }).click();
    await page.getByLabel("姓名").fill("导入");
    await page.getByLabel("姓名").press("Enter");
    await page.getByText("共 2 人").waitFor();
    const names = await page.locator("tbody tr.ant-table-row td:first-child").allTextContents();
    expect(names.sort()).toEqual(["导入丙", "导入甲"]);
    expect(page.consoleErrors).toEqual([]);
  });
});
