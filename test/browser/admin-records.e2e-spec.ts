import dayjs from "dayjs";
import { useBrowserWorld } from "../support/browser";
import { expectRows, openArea, openTab, rowsOf } from "./records-helpers";

/**
 * The record areas as a branch secretary (财经学院学生支部) keeps them: every page shows the demo
 * branch's records, and a room, a month's dues for the whole branch and a 党务公开 notice are
 * recorded through the forms; the API's field errors land on the fields. No console errors.
 */
describe("admin record areas as a branch secretary", () => {
  const world = useBrowserWorld();

  it("shows the branch's records on every page", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");

    await openArea(page, "活动阵地");
    await expectRows(page, "rooms-table");
    await expect(rowsOf(page, "rooms-table").first().textContent()).resolves.toMatch(/活动室/);
    await expectRows(page, "rule-findings");
    await world.screenshot(page, "admin-rooms-branch");

    await openArea(page, "班级与党小组");
    // a branch's view starts at its party groups (classes belong to the college above it)
    await expectRows(page, "groups-table");
    await expect(page.getByTestId("groups-table").textContent()).resolves.toMatch(/党小组/);
    await world.screenshot(page, "admin-classes-branch");

    await openArea(page, "三联二访");
    // the demo's liaison assignments belong to colleges and faculty branches, none to this student branch
    await page.getByTestId("assignments-table").locator(".ant-empty-description").waitFor();
    await openTab(page, "逾期未走访");
    await page.getByTestId("rule-findings").waitFor();
    await world.screenshot(page, "admin-liaison-branch");

    await openArea(page, "服务岗");
    await expectRows(page, "posts-table");
    await openTab(page, "在岗覆盖");
    await expectRows(page, "coverage-table");
    await world.screenshot(page, "admin-service-posts-branch");

    await openArea(page, "经费与党费");
    await expectRows(page, "fund-summary");
    await expect(page.getByTestId("fund-summary").textContent()).resolves.toMatch(/财经学院学生支部/);
    await world.screenshot(page, "admin-funding-branch");
    for (const [tab, table] of [
      ["经费下拨", "allocations-table"],
      ["经费支出", "spendings-table"],
      ["党费收缴", "dues-table"],
      ["党费汇总与返还", "dues-summary"],
      ["党务工作补贴", "allowances-table"],
    ]) {
      await openTab(page, tab);
      await expectRows(page, table);
    }

    await openArea(page, "党务公开与表彰");
    await expectRows(page, "notices-table");
    await world.screenshot(page, "admin-governance-branch");
    for (const [tab, table] of [
      ["评选表彰", "awards-table"],
      ["荣誉与媒体报道", "recognitions-table"],
      ["廉政风险防控", "risks-table"],
    ]) {
      await openTab(page, tab);
      await expectRows(page, table);
    }

    await openArea(page, "文件台账");
    await expectRows(page, "documents-table");
    await world.screenshot(page, "admin-documents-branch");

    expect(page.consoleErrors).toEqual([]);
  });

  it("registers a room through the form; a bad area shows the API's error on the field", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await openArea(page, "活动阵地");
    await expectRows(page, "rooms-table");
    await page.getByRole("button", { name: "登记活动室" }).click();
    const form = page.getByTestId("room-form");
    await form.getByLabel("名称").fill("学生支部第二活动室");
    await form.getByLabel("面积（平方米）").fill("-5");
    await form.getByLabel("位置").fill("图书馆 402");
    await page.getByRole("button", { name: "保 存" }).click();
    // the API refuses a non-positive area; its sentence sits under the field
    await form.locator(".ant-form-item-explain-error").filter({ hasText: "面积" }).waitFor();
    await world.screenshot(page, "admin-rooms-field-error");

    await form.getByLabel("面积（平方米）").fill("26.5");
    await page.getByRole("button", { name: "保 存" }).click();
    await rowsOf(page, "rooms-table").filter({ hasText: "学生支部第二活动室" }).waitFor();
    await expect(rowsOf(page, "rooms-table").filter({ hasText: "学生支部第二活动室" }).textContent()).resolves.toMatch(/26\.5/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("records a month's dues for the whole branch in one batch, and a 党务公开 notice", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await openArea(page, "经费与党费");
    await openTab(page, "党费收缴");
    await expectRows(page, "dues-table");
    await page.getByRole("button", { name: "按支部登记本月党费" }).click();
    const sheet = page.getByTestId("dues-bulk-entry");
    await sheet.locator("tbody tr.ant-table-row").first().waitFor();
    const members = await sheet.locator("tbody tr.ant-table-row").count();
    expect(members).toBeGreaterThan(3);
    // next month has no records yet: enter every member's amount due, one member has paid
    const month = dayjs().add(1, "month").format("YYYY-MM");
    await sheet.getByPlaceholder("请选择月份").click();
    await sheet.getByPlaceholder("请选择月份").fill(month);
    await sheet.getByPlaceholder("请选择月份").press("Enter");
    await sheet.locator("tbody tr.ant-table-row").first().waitFor();
    const names = await sheet.locator("tbody tr.ant-table-row td:first-child").allTextContents();
    expect(names.length).toBe(members);
    for (const name of names) await sheet.getByLabel(`${name} 应交`).fill("0.50");
    await sheet.getByLabel(`${names[0]} 实交`).fill("0.50");
    await world.screenshot(page, "admin-dues-bulk-entry");
    await page.getByRole("button", { name: `登记 ${names.length} 人` }).click();
    await page.getByText(`已登记 ${names.length} 人 ${month} 党费`).waitFor();
    // the whole batch is in the list, newest month first
    await rowsOf(page, "dues-table").first().filter({ hasText: month }).waitFor();
    await world.screenshot(page, "admin-dues-after-bulk");

    await openArea(page, "党务公开与表彰");
    await expectRows(page, "notices-table");
    await page.getByRole("button", { name: "登记党务公开" }).click();
    const form = page.getByTestId("notices-table-form");
    await form.getByLabel("标题").fill("2027年1月党费收缴情况公示");
    await form.getByLabel("内容摘要").fill("本支部 2027 年 1 月党费已全部收缴，名单见公开栏。");
    await page.getByRole("button", { name: "保 存" }).click();
    await rowsOf(page, "notices-table").filter({ hasText: "2027年1月党费收缴情况公示" }).waitFor();
    await world.screenshot(page, "admin-governance-notice-created");
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a stale edit as CONFLICT with a reload, then saves on the fresh version", async () => {
    const [first, second] = [await world.signIn("admin", "caijing.xs.shuji"), await world.signIn("admin", "caijing.xs.shuji")];
    for (const page of [first, second]) {
      await openArea(page, "党务公开与表彰");
      await expectRows(page, "notices-table");
      await rowsOf(page, "notices-table").first().getByRole("button", { name: "编辑" }).click();
    }
    const formOf = (page: typeof first) => page.getByTestId("notices-table-form");
    await formOf(first).getByLabel("标题").fill("党务公开（第一位编辑）");
    await first.getByRole("button", { name: "保 存" }).click();
    await rowsOf(first, "notices-table").first().filter({ hasText: "党务公开（第一位编辑）" }).waitFor();

    // the second page still holds the old version: the API answers CONFLICT, the form says so and offers a reload
    await formOf(second).getByLabel("标题").fill("党务公开（第二位编辑）");
    await second.getByRole("button", { name: "保 存" }).click();
    await formOf(second).getByTestId("conflict").waitFor();
    await world.screenshot(second, "admin-governance-conflict");
    await formOf(second).getByRole("button", { name: "重新加载" }).click();
    await rowsOf(second, "notices-table").first().filter({ hasText: "党务公开（第一位编辑）" }).waitFor();
    await rowsOf(second, "notices-table").first().getByRole("button", { name: "编辑" }).click();
    await formOf(second).getByLabel("标题").fill("党务公开（第二位编辑）");
    await second.getByRole("button", { name: "保 存" }).click();
    await rowsOf(second, "notices-table").first().filter({ hasText: "党务公开（第二位编辑）" }).waitFor();
    expect(first.consoleErrors).toEqual([]);
    expect(second.consoleErrors).toEqual([]);
  });
});
