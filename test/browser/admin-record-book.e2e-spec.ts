import path from "node:path";
import ExcelJS from "exceljs";
import { DEMO_PASSWORD_DEFAULT } from "../../api/src/seed/demo-users";
import { CalendarSemesters, CreateActivity } from "../support/operations";
import { BrowserPage, DOWNLOAD_DIR, useBrowserWorld } from "../support/browser";

/**
 * 活动记录册 in the admin console: the branch secretary reads the semester's book as the paper one
 * reads, prints it (only the book on paper), exports it to .xlsx and finds the meeting in it, marks
 * it handed in; a second hand-in from a stale page is refused with its rule and citation.
 */
describe("admin console: record book", () => {
  const world = useBrowserWorld();
  const SECRETARY = "caijing.xs.shuji";
  const TOPIC = "学习《中国共产党章程》总纲（记录册测试）";

  async function openBook(page: BrowserPage): Promise<void> {
    await page.getByRole("link", { name: "活动记录册", exact: true }).click();
    await page.getByTestId("record-book").waitFor();
  }

  let page: BrowserPage;
  let stale: BrowserPage;
  let branch: { id: string; name: string };
  let semester: { id: string; label: string; starts_on: string; ends_on: string };
  let count: number;

  it("shows the semester's book as the paper one reads, opening on the secretary's branch and today's semester", async () => {
    [branch] = await world.demo.em.query(
      `SELECT u.id, u.name FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = $1`,
      [SECRETARY],
    );
    // The semester of today (the page opens on it), as the API names it.
    const secretary = await world.demo.app.login(SECRETARY, DEMO_PASSWORD_DEFAULT);
    [semester] = await world.demo.em.query(
      `SELECT id, starts_on::text AS starts_on, ends_on::text AS ends_on FROM semester WHERE starts_on <= current_date AND ends_on >= current_date`,
    );
    const today = new Date().toISOString().slice(0, 10);
    semester.label = (await secretary.ok(CalendarSemesters, { from: today, to: today })).semesters[0].label;
    // A meeting of this semester recorded by the secretary, to find in the book and the export.
    const created = await secretary.ok(CreateActivity, {
      input: {
        hostUnitId: branch.id,
        type: "ORGANISATIONAL_LIFE",
        startsAt: "2026-11-24T06:30:00Z",
        endsAt: "2026-11-24T08:30:00Z",
        topic: TOPIC,
        place: "图书馆 301",
        educationHours: "2",
        summary: "逐条学习党章总纲。",
      },
    });
    expect(created.createActivity.__typename).toBe("Activity");
    [{ count }] = await world.demo.em.query(
      `SELECT count(*)::int AS count FROM activity a JOIN org_unit u ON u.id = a.host_unit_id
        WHERE u.path @> ARRAY[$1]::uuid[] AND a.archived_at IS NULL AND a.held_on BETWEEN $2 AND $3`,
      [branch.id, semester.starts_on, semester.ends_on],
    );

    page = await world.signIn("admin", SECRETARY);
    stale = await world.signIn("admin", SECRETARY);
    await openBook(page);
    await openBook(stale);
    await page.getByText(`共 ${count} 次活动`).waitFor();
    await expect(page.locator(".record-book-section").count()).resolves.toBe(count);
    await expect(page.getByText(`${branch.name} · ${semester.label}`).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: new RegExp(TOPIC.replace(/[()（）《》]/g, ".")) }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("hand-in-state").textContent()).resolves.toBe("未上交");
    await world.screenshot(page, "admin-record-book");
    expect(page.consoleErrors).toEqual([]);
  });

  it("prints through the browser, and on paper shows only the book", async () => {
    // Print: the browser's print, and on paper no menu, header or buttons.
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole("button", { name: "打印" }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: boolean }).printed)).resolves.toBe(true);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".ant-layout-sider").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "导出 Excel" }).isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("record-book").isVisible()).resolves.toBe(true);
    await world.screenshot(page, "admin-record-book-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("exports the book to .xlsx: the meeting in the first sheet, attendance in the second", async () => {
    // Export: an .xlsx whose first sheet lists the meeting, the second its attendance.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
    expect(download.suggestedFilename()).toBe(`${branch.name}-${semester.label}-活动记录册.xlsx`);
    const file = path.join(DOWNLOAD_DIR, "admin-record-book.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("活动记录")!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    expect(rows[0][0]).toBe(`${branch.name} 党支部活动记录册`);
    const header = rows.findIndex((r) => r[0] === "序号");
    expect(rows.length - header - 1).toBe(count);
    const meeting = rows.find((r) => r.includes(TOPIC))!;
    expect(meeting).toBeDefined();
    expect(meeting.slice(1, 7)).toEqual(["2026-11-24", "14:30-16:30", "组织生活会", TOPIC, branch.name, "图书馆 301"]);
    expect(workbook.getWorksheet("出勤明细")).toBeDefined();
    expect(page.consoleErrors).toEqual([]);
  });

  it("marks the book handed in; a second hand-in from a stale page is refused with its rule and citation", async () => {
    // Hand-in.
    await page.getByRole("button", { name: "登记上交" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("接收人").fill("组织部 王老师");
    await world.screenshot(page, "admin-record-book-hand-in");
    await dialog.getByRole("button", { name: "确认上交" }).click();
    await page.getByText("本学期记录册已于").waitFor();
    await expect(page.getByTestId("hand-in-state").textContent()).resolves.toMatch(/已于 .* 上交（组织部 王老师）/);
    await expect(page.getByRole("button", { name: "登记上交" }).count()).resolves.toBe(0);
    const [handIn] = await world.demo.em.query(`SELECT received_by FROM record_book_hand_in WHERE branch_id = $1 AND semester_id = $2`, [
      branch.id,
      semester.id,
    ]);
    expect(handIn).toEqual({ received_by: "组织部 王老师" });

    // The stale page still offers the hand-in: the API refuses it, naming the rule and where it is written.
    await stale.getByRole("button", { name: "登记上交" }).click();
    const staleDialog = stale.getByRole("dialog");
    await staleDialog.getByLabel("接收人").fill("组织部 李老师");
    await staleDialog.getByRole("button", { name: "确认上交" }).click();
    const refusal = staleDialog.getByTestId("refusal");
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(
      /已于 .* 上交（接收人：组织部 王老师）.*规则 RECORD_BOOK_SEMESTER · 依据：四\(二\)3\(2\)/,
    );
    await world.screenshot(stale, "admin-record-book-refusal");
    await stale.getByTestId("hand-in-state").filter({ hasText: "组织部 王老师" }).waitFor();
    const [{ n }] = await world.demo.em.query(
      `SELECT count(*)::int AS n FROM record_book_hand_in WHERE branch_id = $1 AND semester_id = $2`,
      [branch.id, semester.id],
    );
    expect(n).toBe(1);

    expect(page.consoleErrors).toEqual([]);
    expect(stale.consoleErrors).toEqual([]);
  });
});
