import path from "node:path";
import ExcelJS from "exceljs";
import { DOWNLOAD_DIR, useBrowserWorld } from "../support/browser";
import { AREAS, expectRows, openArea, openTab } from "./records-helpers";

/**
 * The record areas as the organisation department (组织部) sees them for the whole college: demo data
 * on every page and tab, and a list exported whole (every page) to .xlsx. No console errors.
 */
describe("admin record areas for the whole college", () => {
  const world = useBrowserWorld();

  it("shows the college's records on every page and tab (组织部)", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    for (const { area, shot, tabs } of AREAS) {
      await openArea(page, area);
      for (const [tab, table] of tabs) {
        if (tab) await openTab(page, tab);
        await expectRows(page, table);
        if (!tab) await world.screenshot(page, `admin-${shot}-college`);
      }
    }
    expect(page.consoleErrors).toEqual([]);
  });

  it("exports a whole list (every page) to .xlsx", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    await openArea(page, "党务公开与表彰");
    await expectRows(page, "notices-table");
    const total = Number(
      /共 (\d+) 条/.exec((await page.getByTestId("notices-table").locator(".ant-pagination-total-text").textContent()) ?? "")?.[1],
    );
    expect(total).toBeGreaterThan(20);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
    const file = path.join(DOWNLOAD_DIR, "admin-notices.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(["公开日期", "标题", "渠道", "组织"]));
    expect(sheet.rowCount).toBe(total + 1);
    expect(page.consoleErrors).toEqual([]);
  });
});
