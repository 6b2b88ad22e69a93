import { useBrowserWorld } from "../support/browser";

/**
 * 系统管理 in the browser (组织部): accounts (create, change role, disable), API tokens (the secret
 * shown once, then revoked), and the audit log with a change's before and after.
 */
describe("admin console: accounts, tokens and the audit log", () => {
  const world = useBrowserWorld();

  it("creates an account, changes it and disables it; the change is in the audit log with before and after", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    await page.getByRole("link", { name: "账号与令牌" }).click();
    await page.getByRole("cell", { name: "caijing.xs.shuji" }).waitFor();
    await world.screenshot(page, "admin-accounts");

    await page.getByRole("button", { name: /新建账号/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill("test.account");
    await dialog.getByLabel("姓名").fill("测试账号");
    await dialog.getByLabel("角色").click();
    await page.getByTitle("党总支委员").click();
    await dialog.getByLabel("管理范围").click();
    await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "财经学院党总支" }).first().click();
    await dialog.getByLabel("初始密码").fill("short");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    // The API's rule on the field (at least 10 characters), not the browser's.
    await dialog.locator("#password_help").waitFor();
    await dialog.getByLabel("初始密码").fill("long-enough-password-1");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: /test\.account/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/党总支委员.*财经学院党总支.*正常/);

    await row.getByRole("button", { name: /停\s*用/ }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await row.getByText("已停用").waitFor();
    const [user] = await world.demo.em.query(`SELECT disabled_at FROM app_user WHERE username = 'test.account'`);
    expect(user.disabled_at).not.toBeNull();

    await page.getByRole("link", { name: "操作日志" }).click();
    await page.getByLabel("操作").fill("updateUser");
    await page.getByLabel("操作").press("Enter");
    const entry = page.getByRole("row", { name: /updateUser/ }).first();
    await entry.click();
    const diff = page.getByTestId("audit-diff");
    await diff.getByRole("row", { name: /disabledAt/ }).waitFor();
    await expect(diff.getByRole("row", { name: /disabledAt/ }).textContent()).resolves.toMatch(/（空）.*\d{4}-\d{2}-\d{2}/);
    await world.screenshot(page, "admin-audit");
    expect(page.consoleErrors).toEqual([]);
  });

  it("creates an API token shown once with a copy button, and revokes it", async () => {
    const page = await world.signIn("admin", "zuzhibu");
    await page.goto(`${world.origin}/admin/accounts`);
    await page.getByRole("tab", { name: "API 令牌" }).click();
    await page.getByRole("button", { name: /新建令牌/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill("一卡通同步");
    await dialog.getByLabel("范围").click();
    await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "财经学院党总支" }).first().click();
    await dialog.getByRole("button", { name: /创\s*建/ }).click();
    const token = await page.getByTestId("new-token").textContent();
    expect(token?.length).toBeGreaterThan(20);
    await expect(page.getByRole("dialog").textContent()).resolves.toMatch(/只显示这一次/);
    await expect(page.getByRole("dialog").getByRole("button", { name: /复制/ }).count()).resolves.toBe(1);
    await world.screenshot(page, "admin-token-created");

    // The token works against the API, until it is revoked.
    const probe = () =>
      fetch(`${world.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ orgUnits(first: 1) { totalCount } }" }),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
    expect((await probe()).errors).toBeUndefined();
    await page.getByRole("button", { name: /我已保存/ }).click();
    const row = page.getByRole("row", { name: /一卡通同步/ });
    await row.getByRole("button", { name: /吊\s*销/ }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await row.getByText("已吊销").waitFor();
    expect((await probe()).errors).toBeDefined();
    await world.screenshot(page, "admin-tokens");
    expect(page.consoleErrors).toEqual([]);
  });
});
