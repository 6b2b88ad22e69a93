import { useBrowserWorld } from "../support/browser";

/**
 * The clients as the API serves them: deep links load the app (history fallback), pages carry a
 * content-security policy, and each demo account signs in through the page and sees its role.
 */
describe("browser clients served by the API", () => {
  const world = useBrowserWorld();

  it("serves the admin console at /admin with a history fallback and security headers", async () => {
    const deep = await fetch(`${world.origin}/admin/members/some/deep/link`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get("content-type")).toMatch(/text\/html/);
    expect(deep.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(await deep.text()).toContain('<div id="root">');
    const missingAsset = await fetch(`${world.origin}/admin/assets/does-not-exist.js`);
    expect(missingAsset.status).toBe(404);
  });

  it("signs a branch secretary in through the page and shows their role and unit; no console errors", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await expect(page.getByTestId("user-menu").textContent()).resolves.toMatch(/党支部书记 · 学生支部/);
    await world.screenshot(page, "admin-home-branch-secretary");
    expect(page.consoleErrors).toEqual([]);
  });

  it("keeps the session over a reload through an httpOnly cookie, stores no token in the page, and ends it on sign-out", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    const cookies = await page.context().cookies();
    const refresh = cookies.filter((c) => c.httpOnly);
    expect(refresh).toHaveLength(1);
    expect(refresh[0]).toMatchObject({ sameSite: "Strict", path: "/graphql" });
    // runs in the page (the tests' TypeScript has no DOM types)
    const stored = await page.evaluate(() => {
      const { localStorage, sessionStorage } = globalThis as any;
      return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    });
    expect(stored).not.toContain(refresh[0].value);
    expect(stored).not.toMatch(/ey[A-Za-z0-9_-]{20,}|pr_/); // no token of any kind

    await page.reload();
    await expect(page.getByTestId("user-menu").textContent()).resolves.toMatch(/党支部书记/);

    await page.getByTestId("user-menu").hover();
    await page.getByText("退出登录").click();
    await page.getByRole("button", { name: /登\s*录/ }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: /登\s*录/ }).waitFor();
    expect(page.consoleErrors).toEqual([]);
  });

  it("refuses a wrong password on the sign-in page with the API's message", async () => {
    const page = await world.newPage();
    await page.goto(`${world.origin}/admin/`);
    await page.getByLabel("用户名").fill("caijing.xs.shuji");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/用户名或密码/);
  });

  it("serves the dashboard at /dashboard and signs the leadership account in", async () => {
    const page = await world.signIn("dashboard", "lingdao");
    await world.screenshot(page, "dashboard-leadership");
    expect(page.consoleErrors).toEqual([]);
  });
});
