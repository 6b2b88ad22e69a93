import { useBrowserWorld } from "../support/browser";

/**
 * 组织架构 in the browser: a general-branch secretary browses their subtree, creates, renames,
 * edits and archives a branch; a branch secretary appoints a committee member and ends the term.
 */
describe("admin console: organisation tree", () => {
  const world = useBrowserWorld();

  it("lets a general-branch secretary browse the tree, see a branch's detail, create, rename, edit and archive a branch", async () => {
    const page = await world.signIn("admin", "caijing.shuji");
    await page.getByRole("link", { name: "组织架构" }).click();
    const detail = page.getByTestId("unit-detail");
    await detail.getByText("财经学院党总支").first().waitFor();
    await page.getByRole("tree").getByText("学生支部", { exact: true }).click();
    await detail.getByText("财经学院学生支部").waitFor();
    const [{ count }] = await world.demo.em.query(
      `SELECT count(*)::int AS count FROM member m JOIN org_unit u ON u.id = m.branch_id JOIN org_unit p ON p.id = u.parent_id
        WHERE u.name = '学生支部' AND p.name = '财经学院党总支' AND m.status = 'ACTIVE'`,
    );
    await detail.getByText(`${count} 人`).waitFor();
    await detail.getByRole("tab", { name: /委员会/ }).waitFor();
    await world.screenshot(page, "admin-org");

    await page.getByRole("tree").getByText("财经学院党总支").first().click();
    await detail.getByRole("button", { name: /新建下级/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill("测试支部");
    await dialog.getByLabel("支部类型").click();
    await page.locator('.ant-select-item-option[title="学生支部"]').click();
    await dialog.getByRole("button", { name: /新\s*建/ }).click();
    await page.getByRole("tree").getByText("测试支部").waitFor();

    await page.getByRole("tree").getByText("测试支部").click();
    await detail.getByText("财经学院测试支部").waitFor();
    await detail.getByRole("button", { name: /更\s*名/ }).click();
    await page.getByRole("dialog").getByLabel("新名称").fill("测试二支部");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s*存/ })
      .click();
    await page.getByRole("tree").getByText("测试二支部").waitFor();
    await detail.getByRole("button", { name: /编辑属性/ }).click();
    await page.getByRole("dialog").getByText("网络支部 / QQ 支部").click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s*存/ })
      .click();
    await detail.getByText(/网络支部/).waitFor();

    await detail.getByRole("button", { name: /撤\s*销/ }).click();
    await page.getByRole("dialog").getByLabel("撤销原因").fill("测试用，撤销");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /撤\s*销/ })
      .click();
    await page.getByRole("tree").getByText("测试二支部").waitFor({ state: "detached" });
    const [unit] = await world.demo.em.query(`SELECT name, archived_at FROM org_unit WHERE name = '测试二支部'`);
    expect(unit.archived_at).not.toBeNull();
    expect(page.consoleErrors).toEqual([]);
  });

  it("lets a branch secretary appoint a committee member and end the term", async () => {
    const page = await world.signIn("admin", "caijing.xs.shuji");
    await page.goto(`${world.origin}/admin/org`);
    const detail = page.getByTestId("unit-detail");
    await detail.getByText("财经学院学生支部").waitFor();
    const [member] = await world.demo.em.query(
      `SELECT m.name FROM member m JOIN org_unit u ON u.id = m.branch_id JOIN org_unit p ON p.id = u.parent_id
        WHERE u.name = '学生支部' AND p.name = '财经学院党总支' AND m.status = 'ACTIVE'
          AND m.id NOT IN (SELECT member_id FROM committee_position) ORDER BY m.name DESC LIMIT 1`,
    );
    await detail.getByRole("button", { name: /任命委员/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("党员").click();
    await dialog.getByLabel("党员").fill(member.name);
    await page.getByTitle(new RegExp(member.name)).click();
    await dialog.getByLabel("分工").fill("宣传委员");
    await dialog.getByRole("button", { name: /任\s*命/ }).click();
    const row = detail.getByRole("row", { name: new RegExp(member.name) });
    await row.getByText("宣传委员").waitFor();
    await world.screenshot(page, "admin-org-committee");
    await row.getByRole("button", { name: /登记离任/ }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await row.getByText(/离任/).first().waitFor();
    await row.getByRole("button", { name: /登记离任/ }).waitFor({ state: "detached" });
    expect(page.consoleErrors).toEqual([]);
  });
});
