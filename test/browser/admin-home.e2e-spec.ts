import { useBrowserWorld } from "../support/browser";

/**
 * 工作台 per role: what is due soon, unmet this month, silent units and the compliance rate of the
 * user's scope, each item linking to where it is fixed; a member sees their own record instead.
 */
describe("admin console: home per role", () => {
  const world = useBrowserWorld();

  it("shows a branch secretary what is due in their branch, linking a meeting finding to recording the meeting", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    const due = page.getByTestId("home-due-soon");
    const meeting = due.getByRole("link", { name: /学生党支部组织生活/ });
    await meeting.waitFor();
    const [branch] = await world.demo.em.query(
      `SELECT u.id FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.name = '学生支部' AND p.name = '财经学院党总支'`,
    );
    await expect(meeting.getAttribute("href")).resolves.toBe(`/admin/activities/new?unitId=${branch.id}`);
    // A member's own finding links to the member.
    const unmet = page.getByTestId("home-unmet");
    const memberLink = unmet.getByRole("link", { name: /按月交纳党费|党员联系群众/ }).first();
    await memberLink.waitFor();
    await page.getByTestId("home-rate").getByText("%").first().waitFor();
    await world.screenshot(page, "admin-home-role-branch-secretary");
    await memberLink.click();
    await page.getByTestId("member-id-number").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a general-branch secretary and the organisation department their wider scope", async () => {
    for (const [username, shot] of [
      ["caijing.shuji", "admin-home-role-general-branch-secretary"],
      ["zuzhibu", "admin-home-role-admin"],
    ] as const) {
      const page = await world.signIn("admin", username);
      await page.getByTestId("home-due-soon").getByRole("link").first().waitFor();
      await page.getByTestId("home-rate").getByText("达标率最低的下级组织").waitFor();
      await page.getByTestId("home-silent").waitFor();
      await world.screenshot(page, shot);
      expect(page.consoleErrors).toEqual([]);
    }
  });
});
