import { useBrowserWorld } from "../support/browser";

/**
 * A member's register in the browser (党总支书记): a transfer to another branch, a new mass
 * contact (then in the scope's list of contacted people), and a removal from the register (出册).
 */
describe("admin console: transfers, mass contacts and register removals", () => {
  const world = useBrowserWorld();

  async function studentBranchMembers(): Promise<Array<{ id: string; name: string }>> {
    return world.demo.em.query(
      `SELECT m.id, m.name FROM member m JOIN org_unit u ON u.id = m.branch_id JOIN org_unit p ON p.id = u.parent_id
        WHERE u.name = '学生支部' AND p.name = '财经学院党总支' AND m.status = 'ACTIVE'
          AND m.id NOT IN (SELECT member_id FROM committee_position) AND m.id NOT IN (SELECT member_id FROM app_user WHERE member_id IS NOT NULL)
        ORDER BY m.name`,
    );
  }

  it("transfers a member to another branch and links a new mass contact", async () => {
    const [member] = await studentBranchMembers();
    const page = await world.signIn("admin", "caijing.shuji");
    await page.goto(`${world.origin}/admin/members/${member.id}`);
    await page.getByRole("button", { name: /校内转接/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("转入支部").click();
    await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "教工一支部" }).click();
    await dialog.getByRole("button", { name: /转\s*接/ }).click();
    await page.getByRole("tab", { name: "校内转接（1）" }).click();
    await page.getByRole("tabpanel").getByText("教工一支部").waitFor();
    const [moved] = await world.demo.em.query(`SELECT u.name FROM member m JOIN org_unit u ON u.id = m.branch_id WHERE m.id = $1`, [
      member.id,
    ]);
    expect(moved.name).toBe("教工一支部");

    await page.getByRole("tab", { name: /联系群众/ }).click();
    await page.getByRole("button", { name: /新增联系群众/ }).click();
    await page.getByRole("dialog").getByText("登记新人员").click();
    await page.getByRole("dialog").getByLabel("姓名").fill("群众张三");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s*存/ })
      .click();
    await page.getByRole("tabpanel").getByText("群众张三").waitFor();
    await world.screenshot(page, "admin-members-detail-contacts");

    // The scope's list of contacted people names the member who keeps in touch.
    await page.getByRole("link", { name: "党员管理" }).click();
    await page.getByRole("button", { name: /联系群众名单/ }).click();
    await page.getByLabel("群众姓名").fill("群众张三");
    await page.getByLabel("群众姓名").press("Enter");
    await page
      .getByRole("row", { name: /群众张三/ })
      .getByRole("link", { name: member.name })
      .waitFor();
    await world.screenshot(page, "admin-members-mass-contacts");
    expect(page.consoleErrors).toEqual([]);
  });

  it("removes a member from the register; the record stays, listed under 已出册", async () => {
    const [, member] = await studentBranchMembers();
    const page = await world.signIn("admin", "caijing.shuji");
    await page.goto(`${world.origin}/admin/members/${member.id}`);
    await page.getByRole("button", { name: /出\s*册/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("出册原因").click();
    await page.getByTitle("毕业离校").click();
    await dialog.getByRole("button", { name: /出\s*册/ }).click();
    await page.getByText("已出册").first().waitFor();
    await page.getByRole("tab", { name: "名册增减（2）" }).waitFor();

    await page.getByRole("link", { name: "党员管理" }).click();
    await page.getByLabel("在册状态").click();
    await page.getByTitle("已出册").click();
    await page.getByRole("link", { name: member.name }).waitFor();
    const [row] = await world.demo.em.query(`SELECT status FROM member WHERE id = $1`, [member.id]);
    expect(row.status).toBe("REMOVED");
    expect(page.consoleErrors).toEqual([]);
  });
});
