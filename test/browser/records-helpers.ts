import type { Locator, Page } from "playwright-core";

/** Opens an area from the side menu, as a user does (a reload would need the session cookie). */
export async function openArea(page: Page, label: string): Promise<void> {
  await page.getByRole("link", { name: label, exact: true }).click();
  await page.getByRole("heading", { name: label, exact: true }).waitFor();
}

/** Opens a tab of the page by its label. */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole("tab", { name: label, exact: true }).click();
}

/** The data rows of the table under a test id, once it has loaded. */
export function rowsOf(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator("tbody tr.ant-table-row");
}

/** Waits until the table under the test id shows at least one row, and answers how many. */
export async function expectRows(page: Page, testId: string): Promise<number> {
  await rowsOf(page, testId).first().waitFor();
  const count = await rowsOf(page, testId).count();
  expect(count).toBeGreaterThan(0);
  return count;
}

/** Chooses an option of an antd Select inside `scope` by the select's label, then the option's text. */
export async function choose(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: option }).first().click();
  await page.locator(".ant-select-dropdown:visible").waitFor({ state: "hidden" });
}

/** Names of write buttons that must not show for a read-only role. */
export const WRITE_BUTTON = /^(登记|推荐|记录走访|按支部登记|编辑|停用|作废|归档|撤销|调整|审核\/决定|安排上岗|评议|办结|增加使用单位)/;

/** The visible buttons of the page whose names look like a write action. */
export async function writeButtons(page: Page): Promise<string[]> {
  const names = await page
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => (b as unknown as { offsetParent: unknown }).offsetParent !== null)
        .map((b) => (b.textContent ?? "").replace(/\s+/g, "")),
    );
  return names.filter((n) => WRITE_BUTTON.test(n));
}

/** Each record area and its tabs, with the table that must show demo data for the whole college. */
export const AREAS: Array<{ area: string; shot: string; tabs: Array<[string | null, string]> }> = [
  { area: "活动阵地", shot: "rooms", tabs: [[null, "rooms-table"]] },
  {
    area: "班级与党小组",
    shot: "classes",
    tabs: [
      [null, "classes-table"],
      ["党小组", "groups-table"],
      ["班级覆盖", "class-coverage-table"],
    ],
  },
  {
    area: "三联二访",
    shot: "liaison",
    tabs: [
      [null, "assignments-table"],
      ["走访记录", "visits-table"],
      ["逾期未走访", "rule-findings"],
    ],
  },
  {
    area: "服务岗",
    shot: "service-posts",
    tabs: [
      [null, "posts-table"],
      ["承诺", "pledges-table"],
      ["评议", "evaluations-table"],
      ["在岗覆盖", "coverage-table"],
    ],
  },
  {
    area: "经费与党费",
    shot: "funding",
    tabs: [
      [null, "fund-summary"],
      ["经费下拨", "allocations-table"],
      ["经费支出", "spendings-table"],
      ["党费收缴", "dues-table"],
      ["党费汇总与返还", "dues-summary"],
      ["党务工作补贴", "allowances-table"],
    ],
  },
  {
    area: "党务公开与表彰",
    shot: "governance",
    tabs: [
      [null, "notices-table"],
      ["评选表彰", "awards-table"],
      ["荣誉与媒体报道", "recognitions-table"],
      ["三重一大", "decisions-table"],
      ["廉政风险防控", "risks-table"],
    ],
  },
  { area: "文件台账", shot: "documents", tabs: [[null, "documents-table"]] },
];
