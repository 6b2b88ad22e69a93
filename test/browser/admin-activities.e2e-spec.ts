import path from "node:path";
import ExcelJS from "exceljs";
import { DEMO_PASSWORD_DEFAULT } from "../../api/src/seed/demo-users";
import { UpdateActivity } from "../support/operations";
import { BrowserPage, DOWNLOAD_DIR, useBrowserWorld } from "../support/browser";

/**
 * 组织生活 in the admin console, as a branch secretary keeps it: the list and the month calendar of
 * the branch's activities, a meeting recorded with its attendance checklist (the API's field errors
 * on the fields and on the member's row), a stale edit answered with CONFLICT and a reload, an
 * activity archived, and study records.
 */
describe("admin console: activities", () => {
  const world = useBrowserWorld();
  const SECRETARY = "caijing.xs.shuji";

  async function branchOf(username: string): Promise<{ id: string; name: string }> {
    const [row] = await world.demo.em.query(
      `SELECT u.id, u.name FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = $1`,
      [username],
    );
    return row;
  }

  /** In-app navigation to a deep link, as a link in the console would (no reload of the app). */
  async function open(page: BrowserPage, path: string): Promise<void> {
    await page.evaluate((to) => {
      history.pushState(null, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, `/admin${path}`);
  }

  async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > end) throw new Error("condition not met in time");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function chooseOption(page: BrowserPage, label: string, option: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).first().click();
  }

  it("lists the branch's activities, filters them by type and shows a month on the calendar", async () => {
    const branch = await branchOf(SECRETARY);
    const page = await world.signIn("admin", SECRETARY);
    await page.getByRole("link", { name: "组织生活", exact: true }).click();
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    const [{ count }] = await world.demo.em.query(
      `SELECT count(*)::int AS count FROM activity a JOIN org_unit u ON u.id = a.host_unit_id WHERE u.path @> ARRAY[$1]::uuid[] AND a.archived_at IS NULL`,
      [branch.id],
    );
    expect(count).toBeGreaterThan(20);
    await expect(page.getByText(`共 ${count} 次活动`).isVisible()).resolves.toBe(true);
    await world.screenshot(page, "admin-activities-list");

    await chooseOption(page, "活动类型", "组织生活会");
    await page.keyboard.press("Escape");
    await page.waitForURL(/types=ORGANISATIONAL_LIFE/);
    const typeCells = page.locator(".ant-table-tbody tr.ant-table-row td:nth-child(2)");
    await until(async () => new Set(await typeCells.allTextContents()).size === 1);
    expect(new Set(await typeCells.allTextContents())).toEqual(new Set(["组织生活会"]));

    // The filtered list, every page of it, exported.
    const [{ orgLife }] = await world.demo.em.query(
      `SELECT count(*)::int AS "orgLife" FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE u.path @> ARRAY[$1]::uuid[] AND a.archived_at IS NULL AND a.type = 'ORGANISATIONAL_LIFE'`,
      [branch.id],
    );
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出" }).click()]);
    const file = path.join(DOWNLOAD_DIR, "admin-activities.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const types: string[] = [];
    workbook.getWorksheet("活动")!.eachRow((row, n) => n > 3 && types.push(String(row.getCell(3).value)));
    expect(types).toEqual(Array(orgLife).fill("组织生活会"));

    // The last month the demo has records for, on the calendar: one tag per activity.
    const [{ month, n }] = await world.demo.em.query(
      `SELECT to_char(a.held_on, 'YYYY-MM') AS month, count(*)::int AS n FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE u.path @> ARRAY[$1]::uuid[] AND a.archived_at IS NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 1`,
      [branch.id],
    );
    await page.getByRole("tab", { name: "活动日历" }).click();
    await page.getByTestId("activity-calendar").waitFor();
    await open(page, `/activities/calendar?month=${month}`);
    await page.getByText(`共 ${n} 次活动`).waitFor();
    await expect(page.locator("[data-testid=activity-calendar] .ant-picker-cell-in-view .ant-tag").count()).resolves.toBe(n);
    await world.screenshot(page, "admin-activities-calendar");
    expect(page.consoleErrors).toEqual([]);
  });

  it("records a meeting with its attendance checklist: field errors on the fields and the row, then saved", async () => {
    const branch = await branchOf(SECRETARY);
    const members: Array<{ id: string; name: string }> = await world.demo.em.query(
      `SELECT m.id, m.name FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id)
        WHERE u.path @> ARRAY[$1]::uuid[] AND m.status = 'ACTIVE' ORDER BY m.name`,
      [branch.id],
    );
    expect(members.length).toBeGreaterThan(3);
    const page = await world.signIn("admin", SECRETARY);
    await open(page, "/activities");
    await page.getByRole("button", { name: "登记活动" }).click();
    await page.getByRole("heading", { name: "登记活动" }).waitFor();

    await chooseOption(page, "活动类型", "组织生活会");
    await page.getByLabel("日期", { exact: true }).fill("2026-11-20");
    await page.getByLabel("日期", { exact: true }).press("Enter");
    await page.getByLabel("主题", { exact: true }).fill("学习贯彻党的二十届四中全会精神（浏览器测试）");
    await page.getByLabel("其他地点").check();
    await page.getByRole("textbox", { name: "其他地点" }).fill("图书馆 301");
    await page.getByLabel("计入教育学时").fill("3"); // over the two hours the meeting lasts
    await page.getByLabel("内容摘要 / 会议记录").fill("传达学习全会精神，支部书记领学，党员交流发言。");

    const checklist = page.getByTestId("attendance-checklist");
    await checklist
      .locator("tr.ant-table-row")
      .nth(members.length - 1)
      .waitFor();
    await checklist.getByRole("button", { name: "全部出席" }).click();
    const excused = members[1];
    await page
      .getByRole("radiogroup", { name: `${excused.name}的出勤` })
      .getByText("请假")
      .click();
    await world.screenshot(page, "admin-activities-form");
    await page.getByRole("button", { name: /保\s*存/ }).click();

    // Both errors come back at once and land where they belong.
    await page.getByText("学时不能超过活动时长").waitFor();
    await checklist.getByText("请假须注明原因").waitFor();
    await world.screenshot(page, "admin-activities-form-errors");
    const [{ before }] = await world.demo.em.query(`SELECT count(*)::int AS before FROM activity WHERE topic LIKE '%浏览器测试%'`);
    expect(before).toBe(0);

    await page.getByLabel("计入教育学时").fill("2");
    await page.getByLabel(`${excused.name}的请假或缺席原因`).fill("外出实习");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.waitForURL(/\/admin\/activities\/[0-9a-f-]{36}$/);
    await page.getByText("出勤名单").waitFor();
    await expect(page.getByText(`应到 ${members.length}，出席 ${members.length - 1}，请假 1，缺席 0`).isVisible()).resolves.toBe(true);
    await expect(page.getByText("外出实习").isVisible()).resolves.toBe(true);
    await world.screenshot(page, "admin-activities-detail");

    const [saved] = await world.demo.em.query(
      `SELECT a.id, a.version, a.education_hours::text AS hours, a.place, count(t.*)::int AS listed
         FROM activity a JOIN activity_attendance t ON t.activity_id = a.id WHERE a.topic LIKE '%浏览器测试%' GROUP BY a.id`,
    );
    expect(saved).toMatchObject({ hours: "2.00", place: "图书馆 301", listed: members.length });
    expect(page.consoleErrors).toEqual([]);
  });

  it("answers a stale edit with CONFLICT and a reload; archives the activity with a reason", async () => {
    const page = await world.signIn("admin", SECRETARY);
    const [activity] = await world.demo.em.query(`SELECT id, version FROM activity WHERE topic LIKE '%浏览器测试%'`);
    await open(page, `/activities/${activity.id}/edit`);
    await page.getByRole("heading", { name: "编辑活动" }).waitFor();
    await page.getByLabel("主题", { exact: true }).fill("改过的主题（浏览器测试）");

    // Meanwhile someone else (组织部) changes it.
    const admin = await world.demo.app.login("zuzhibu", DEMO_PASSWORD_DEFAULT);
    const other = await admin.ok(UpdateActivity, {
      input: { id: activity.id, version: activity.version, topic: "组织部改过（浏览器测试）" },
    });
    expect(other.updateActivity.__typename).toBe("Activity");

    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByTestId("conflict").waitFor();
    await world.screenshot(page, "admin-activities-conflict");
    await page.getByRole("button", { name: "重新加载" }).click();
    await until(async () => (await page.getByLabel("主题", { exact: true }).inputValue()) === "组织部改过（浏览器测试）");
    await expect(page.getByTestId("conflict").count()).resolves.toBe(0);
    await page.getByRole("button", { name: /取\s*消/ }).click();

    await open(page, `/activities/${activity.id}`);
    await page.getByRole("button", { name: "归档（作废）" }).click();
    await page.getByLabel("归档原因").fill("重复登记");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /归\s*档/ })
      .click();
    await page.getByText(/该活动已于 .* 归档/).waitFor();
    const [after] = await world.demo.em.query(`SELECT archived_at IS NOT NULL AS archived, archive_reason FROM activity WHERE id = $1`, [
      activity.id,
    ]);
    expect(after).toEqual({ archived: true, archive_reason: "重复登记" });
    expect(page.consoleErrors).toEqual([]);
  });

  it("lists the branch's study records and records one", async () => {
    const page = await world.signIn("admin", SECRETARY);
    await open(page, "/activities/study");
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    await page.getByRole("button", { name: "登记学习" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("党员", { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
    await dialog.getByLabel("课程或学习内容").fill("网络学院专题课：党章学习（浏览器测试）");
    await dialog.getByLabel("学时", { exact: true }).fill("1.5");
    await world.screenshot(page, "admin-activities-study-form");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByRole("cell", { name: "网络学院专题课：党章学习（浏览器测试）" }).waitFor();
    await world.screenshot(page, "admin-activities-study");
    const [row] = await world.demo.em.query(`SELECT hours::text, kind FROM study_record WHERE title LIKE '%浏览器测试%'`);
    expect(row).toEqual({ hours: "1.50", kind: "ONLINE_COURSE" });
    expect(page.consoleErrors).toEqual([]);
  });

  it("lets the general branch's secretary add a guest (列席) from another branch to a branch meeting", async () => {
    const branch = await branchOf(SECRETARY);
    const [guest] = await world.demo.em.query(
      `SELECT m.id, m.name, b.name AS branch FROM member m JOIN org_unit b ON b.id = m.branch_id
        WHERE b.parent_id = (SELECT parent_id FROM org_unit WHERE id = $1) AND b.id <> $1 AND m.status = 'ACTIVE'
        ORDER BY m.name LIMIT 1`,
      [branch.id],
    );
    const page = await world.signIn("admin", "caijing.shuji");
    await page.getByRole("link", { name: "组织生活", exact: true }).click();
    await open(page, `/activities/new?unitId=${branch.id}&date=2026-11-23`);
    await page.getByRole("heading", { name: "登记活动" }).waitFor();
    await chooseOption(page, "活动类型", "党课");
    await page.getByLabel("主题", { exact: true }).fill("党课：坚定理想信念（列席测试）");
    await page.getByLabel("其他地点").first().check();
    await page.getByRole("textbox", { name: "其他地点" }).fill("行政楼 305");
    const checklist = page.getByTestId("attendance-checklist");
    await checklist.locator("tr.ant-table-row").first().waitFor();
    await checklist.getByRole("button", { name: "全部出席" }).click();
    await checklist.getByLabel("添加列席人员").fill(guest.name);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: guest.branch }).first().click();
    await checklist
      .getByRole("row", { name: new RegExp(guest.name) })
      .getByText("列席")
      .waitFor();
    await world.screenshot(page, "admin-activities-form-guest");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.waitForURL(/\/admin\/activities\/[0-9a-f-]{36}$/);
    await page.getByText(/，列席 1/).waitFor();
    const [row] = await world.demo.em.query(
      `SELECT t.is_guest, t.status FROM activity_attendance t JOIN activity a ON a.id = t.activity_id
        WHERE a.topic LIKE '%列席测试%' AND t.member_id = $1`,
      [guest.id],
    );
    expect(row).toEqual({ is_guest: true, status: "PRESENT" });
    expect(page.consoleErrors).toEqual([]);
  });
});
