import { useBrowserWorld } from "../support/browser";
import { choose, expectRows, openArea, openTab, rowsOf } from "./records-helpers";

/**
 * Record workflows as the organisation department (组织部) does them: a liaison visit recorded with a
 * follow-up that is then resolved; a nomination moved through the API's award workflow, where a
 * skipped step is refused with its rule and the states allowed next. No console errors.
 */
describe("admin record workflows", () => {
  const world = useBrowserWorld();

  it("records a liaison visit with a follow-up, then resolves the follow-up", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    await openArea(page, "三联二访");
    await expectRows(page, "assignments-table");
    await rowsOf(page, "assignments-table").first().getByRole("button", { name: "记录走访" }).click();
    const form = page.getByTestId("visit-form");
    await form.getByLabel("地点").fill("北区学生公寓 5 栋 312 室");
    await form.getByLabel("走访情况").fill("了解学生党员学习生活情况，宿舍卫生良好。");
    await form.getByRole("button", { name: "添加后续事项" }).click();
    await form.getByPlaceholder("事项").fill("协调宿舍热水器维修");
    await world.screenshot(page, "admin-liaison-visit-form");
    await page.getByRole("button", { name: "保 存" }).click();
    await form.waitFor({ state: "hidden", timeout: 30_000 });

    await openTab(page, "走访记录");
    const visit = rowsOf(page, "visits-table").filter({ hasText: "北区学生公寓 5 栋 312 室" });
    await visit.waitFor();
    await expect(visit.textContent()).resolves.toMatch(/待办 1/);
    await visit.locator(".ant-table-row-expand-icon").click();
    await page.getByRole("button", { name: "办结" }).click();
    const resolve = page.getByTestId("resolve-follow-up-form");
    await resolve.getByLabel("办理结果").fill("已报后勤处维修完毕");
    await page.getByRole("button", { name: "保 存" }).click();
    await rowsOf(page, "visits-table").filter({ hasText: "北区学生公寓 5 栋 312 室" }).filter({ hasText: "已办结" }).waitFor();
    await world.screenshot(page, "admin-liaison-follow-up-resolved");
    expect(page.consoleErrors).toEqual([]);
  });

  it("moves a nomination through the award workflow; a skipped step is refused with its rule", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    await openArea(page, "党务公开与表彰");
    await openTab(page, "评选表彰");
    await expectRows(page, "awards-table");
    await page.getByRole("button", { name: /推\s*荐$/ }).click();
    const nominate = page.getByTestId("nominate-form");
    await nominate.getByLabel("被推荐党员").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
    await nominate.getByLabel("推荐理由").fill("学习成绩优秀，志愿服务时长全院第一");
    await page.getByRole("button", { name: "保 存" }).click();
    await nominate.waitFor({ state: "hidden", timeout: 30_000 });
    await choose(page, page.getByTestId("awards-table"), "状态", "已推荐");
    const nominated = rowsOf(page, "awards-table").filter({ hasText: "已推荐" });
    await nominated.waitFor();

    await nominated.getByRole("button", { name: "审核/决定" }).click();
    const advance = page.getByTestId("advance-award-form");
    await choose(page, advance, "转入状态", "已表彰");
    await page.getByRole("button", { name: "保 存" }).click();
    // the API's workflow refuses skipping the review: its sentence, rule and the states allowed next
    await expect(advance.getByTestId("refusal").textContent()).resolves.toMatch(/AWARDS_BIENNIAL/);
    await expect(advance.getByTestId("allowed-next").textContent()).resolves.toMatch(/已审核/);
    await world.screenshot(page, "admin-awards-refused-step");
    await choose(page, advance, "转入状态", "已审核");
    await advance.getByLabel("审核人").fill("校党委组织部");
    await page.getByRole("button", { name: "保 存" }).click();
    await advance.waitFor({ state: "hidden", timeout: 30_000 });
    await choose(page, page.getByTestId("awards-table"), "状态", "已审核");
    await rowsOf(page, "awards-table").filter({ hasText: "已审核" }).first().waitFor();
    expect(page.consoleErrors).toEqual([]);
  });
});
