import { BrowserPage, useBrowserWorld } from "../support/browser";

/**
 * 组织部's writes on the 支部考核 page: a discipline case recorded (the veto's input), a SPECIAL round
 * of 2026 opened for two branches (a missing year is a field error), the disciplined member's branch
 * sheet vetoed (不合格 with ASSESSMENT_VETO), a rectification recorded on a 不合格 sheet of the demo's
 * 2025 round (a due date before the record day is the API's field error). The branch committee
 * account has no 支部考核 page (no ASSESSMENT_READ); leadership sees the case without level, document and reason.
 */
describe("admin console: assessment rounds, discipline cases and rectifications", () => {
  const world = useBrowserWorld();
  const ADMIN = "zuzhibu";
  const COMMITTEE = "caijing.xs.weiyuan";
  const LEADER = "lingdao";
  const DOCUMENT = "财院纪字〔2026〕3号（浏览器测试）";

  /** Types a day into a date picker of the open drawer and closes the picker (Enter would submit the form). */
  async function setDate(page: BrowserPage, label: string, day: string): Promise<void> {
    const drawer = page.locator(".ant-drawer-open");
    const input = drawer.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(day);
    await drawer.locator(".ant-drawer-title").click();
    await page
      .locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)")
      .waitFor({ state: "detached" })
      .catch(() => undefined);
    await waitNone(page, ".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)");
  }

  async function waitNone(page: BrowserPage, selector: string): Promise<void> {
    const end = Date.now() + 5_000;
    while ((await page.locator(selector).count()) > 0) {
      if (Date.now() > end) throw new Error(`${selector} stayed open`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Picks an option (by its exact text) of a select in the open drawer. */
  async function pick(page: BrowserPage, label: string, search: string, option: string): Promise<void> {
    const drawer = page.locator(".ant-drawer-open");
    const input = drawer.getByLabel(label, { exact: true });
    await input.click();
    if (search) await input.fill(search);
    // the select's own popup (another form's popup may still be in the page)
    const id = await input.getAttribute("id");
    await page.locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`).filter({ hasText: option }).first().click();
    const item = drawer.locator(".ant-form-item").filter({ has: page.locator(`[id="${id}"]`) });
    const end = Date.now() + 5_000;
    while (!((await item.textContent()) ?? "").includes(option)) {
      if (Date.now() > end) throw new Error(`${option} not chosen in ${label}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await drawer.locator(".ant-drawer-title").click();
    await waitNone(page, ".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
  }

  async function settled(page: BrowserPage): Promise<void> {
    await page.locator(".ant-spin-spinning").first().waitFor({ state: "detached" });
    await page.waitForTimeout(400);
  }

  it("opens a round, records a discipline case that vetoes the branch, and a rectification", async () => {
    const [branch] = await world.demo.em.query(
      `SELECT u.id, u.name, g.name || ' ' || u.name AS label FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id
       JOIN org_unit g ON g.id = u.parent_id WHERE a.username = 'caijing.xs.shuji'`,
    );
    const [other] = await world.demo.em.query(
      `SELECT u.id, u.name, g.name || ' ' || u.name AS label FROM org_unit u JOIN org_unit g ON g.id = u.parent_id
       WHERE u.kind = 'BRANCH' AND u.id <> $1 AND u.name <> $2 ORDER BY u.name LIMIT 1`,
      [branch.id, branch.name],
    );
    const [member] = await world.demo.em.query(`SELECT id, name FROM member WHERE branch_id = $1 ORDER BY name LIMIT 1`, [branch.id]);
    const page = await world.signIn("admin", ADMIN);
    await page.getByRole("link", { name: "支部考核", exact: true }).click();
    await page.getByTestId("assessment-rounds").locator("tr.ant-table-row").first().waitFor();

    // A discipline case for a member of the branch, decided within 2026.
    await page.getByRole("tab", { name: "纪律处分" }).click();
    await page.getByRole("button", { name: "登记纪律处分" }).click();
    await pick(page, "党员", member.name, `${member.name}（${branch.name}）`);
    await setDate(page, "处分决定日期", "2026-11-02");
    await pick(page, "处分种类", "", "严重警告");
    await page.locator(".ant-drawer-open").getByLabel("处分决定文件（文号）").fill(DOCUMENT);
    await page.locator(".ant-drawer-open").getByLabel("处分事由").fill("违反组织纪律（浏览器测试）");
    await world.screenshot(page, "admin-assessment-discipline-form");
    await page
      .locator(".ant-drawer-open")
      .getByRole("button", { name: /保\s*存/ })
      .click();
    await page.locator(".ant-drawer-open").waitFor({ state: "detached" });
    const cases = page.getByTestId("discipline-cases");
    const caseRow = cases.locator("tr.ant-table-row").filter({ hasText: DOCUMENT });
    await caseRow.waitFor();
    await expect(caseRow.textContent()).resolves.toContain("严重警告");
    await settled(page);
    await world.screenshot(page, "admin-assessment-discipline-cases");

    // A SPECIAL round of 2026 for two branches; without a year a field error.
    await page.getByRole("tab", { name: "考核轮次" }).click();
    await page.getByRole("button", { name: "新建考核" }).click();
    const drawer = page.locator(".ant-drawer-open");
    await drawer.getByLabel("考核年度").fill("");
    await drawer.getByRole("radio", { name: "专项考核" }).check();
    await drawer.getByLabel("名称").fill("2026年度专项考核（浏览器测试）");
    await pick(page, "参加考核的党支部", branch.label, branch.label);
    await pick(page, "参加考核的党支部", other.label, other.label);
    await drawer.getByRole("button", { name: /保\s*存/ }).click();
    await drawer.getByText("请填写考核年度").waitFor();
    await world.screenshot(page, "admin-assessment-create-round-error");
    await drawer.getByLabel("考核年度").fill("2026");
    await drawer.getByRole("button", { name: /保\s*存/ }).click();
    await page.locator(".ant-drawer-open").waitFor({ state: "detached" });
    const ranking = page.getByTestId("assessment-ranking");
    await ranking.locator("tr.ant-table-row").nth(1).waitFor();
    await expect(ranking.locator("tr.ant-table-row").count()).resolves.toBe(2);
    await ranking.getByRole("link", { name: other.name }).waitFor();
    await ranking.getByRole("link", { name: branch.name }).waitFor();
    await page.getByText("专项考核").first().waitFor();
    await settled(page);
    await world.screenshot(page, "admin-assessment-new-round");

    // The disciplined member's branch: vetoed, 不合格 with the rule.
    await ranking.getByRole("link", { name: branch.name }).click();
    const veto = page.getByTestId("veto");
    await veto.waitFor();
    await expect(veto.textContent()).resolves.toMatch(/一票否决.*ASSESSMENT_VETO.*附件 六\(二\)/);
    await expect(veto.textContent()).resolves.toContain("2026-11-02");
    await page.getByTestId("sheet-grade").getByText("不合格").waitFor();
    await world.screenshot(page, "admin-assessment-new-round-veto");

    // A rectification on a 不合格 sheet of the demo's 2025 round.
    const [finished] = await world.demo.em.query(`SELECT id, name FROM assessment_round WHERE year = 2025 AND kind = 'REGULAR'`);
    await page.getByRole("link", { name: "支部考核", exact: true }).click();
    await page.getByRole("link", { name: finished.name }).click();
    await page.getByRole("tab", { name: /不合格与整改/ }).click();
    const failed = page.getByTestId("failed-sheets");
    const row = failed.locator("tr.ant-table-row").first();
    await row.waitFor();
    await row.getByRole("button", { name: "登记整改" }).click();
    const form = page.locator(".ant-drawer-open");
    await form.getByLabel("整改措施").fill("支部书记带头整改，重新建立组织生活台账（浏览器测试）");
    await setDate(page, "整改期限", "2026-01-05");
    await form.getByRole("button", { name: /保\s*存/ }).click();
    await form.getByText("整改期限不能早于登记日期").waitFor();
    await world.screenshot(page, "admin-assessment-rectification-error");
    await setDate(page, "整改期限", "2027-03-31");
    await form.getByRole("button", { name: /保\s*存/ }).click();
    await page.locator(".ant-drawer-open").waitFor({ state: "detached" });
    await failed.getByText("支部书记带头整改，重新建立组织生活台账（浏览器测试）").waitFor();
    await expect(row.textContent()).resolves.toContain("期限 2027年3月31日");
    await settled(page);
    await world.screenshot(page, "admin-assessment-rectification");
    expect(page.consoleErrors).toEqual([]);

    // The branch committee account holds no ASSESSMENT_READ: no 支部考核 page, so no discipline details at all.
    const committee = await world.signIn("admin", COMMITTEE);
    await committee.getByRole("link", { name: "工作台", exact: true }).waitFor();
    await expect(committee.getByRole("link", { name: "支部考核", exact: true }).count()).resolves.toBe(0);
    expect(committee.consoleErrors).toEqual([]);

    // Leadership reads assessments but not sensitive details: the case listed, level, document and reason withheld, no write buttons.
    const leader = await world.signIn("admin", LEADER);
    await leader.getByRole("link", { name: "支部考核", exact: true }).click();
    await leader.getByRole("tab", { name: "纪律处分" }).click();
    const masked = leader.getByTestId("discipline-cases").locator("tr.ant-table-row").filter({ hasText: member.name });
    await masked.waitFor();
    const text = await masked.textContent();
    expect(text).toContain("2026年11月2日");
    expect(text).toContain("无权查看");
    expect(text).not.toContain(DOCUMENT);
    expect(text).not.toContain("严重警告");
    expect(text).not.toContain("违反组织纪律");
    await expect(leader.getByRole("button", { name: "登记纪律处分" }).count()).resolves.toBe(0);
    await expect(leader.getByRole("button", { name: "新建考核" }).count()).resolves.toBe(0);
    await settled(leader);
    await world.screenshot(leader, "admin-assessment-discipline-masked");
    expect(leader.consoleErrors).toEqual([]);
  });
});
