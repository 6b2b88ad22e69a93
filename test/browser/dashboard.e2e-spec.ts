import path from "node:path";
import type { Page } from "playwright-core";
import { BrowserPage, SCREENSHOT_DIR, useBrowserWorld } from "../support/browser";

/**
 * The leadership dashboard on the demo college: what a leader sees, the heatmap's drill-down to
 * findings with their citations, a period change, a general-branch secretary's narrower view,
 * the large screen and the printed page. Times the first interactive view and a period change
 * (printed, and reported in the README).
 */
jest.setTimeout(120_000); // generous for a loaded CI machine; the timings below are what matter

describe("leadership dashboard", () => {
  const world = useBrowserWorld();
  const timings: Record<string, number> = {};

  afterAll(() => console.log(`dashboard timings (ms): ${JSON.stringify(timings)}`));

  /** Every query answered. */
  const fetchingDone = () => document.querySelector('[data-testid="dashboard"]')?.getAttribute("data-fetching") === "0";
  /** Every query answered and the heatmap drawn. */
  const settled = (page: Page) =>
    page.waitForFunction(
      () =>
        document.querySelector('[data-testid="dashboard"]')?.getAttribute("data-fetching") === "0" &&
        !!document.querySelector('[data-testid="heatmap-chart"] canvas'),
      null,
      { timeout: 60_000 },
    );
  const shot = (page: Page, testId: string, name: string) =>
    page.getByTestId(testId).screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

  /** Opens the dashboard at `query` and signs in; returns the page and the ms from the sign-in click to a settled page. */
  async function open(
    username: string,
    query = "",
    viewport?: { width: number; height: number },
  ): Promise<{ page: BrowserPage; ms: number }> {
    const page = await world.newPage(viewport);
    await page.goto(`${world.origin}/dashboard/${query}`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("demo-2026!");
    const click = Date.now();
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByTestId("dashboard").waitFor();
    await settled(page);
    return { page, ms: Date.now() - click };
  }

  /** Clicks the heatmap cell of row `row` and month index `month` on the canvas (grid: left 230, right 20, top 10, bottom 60). */
  async function clickCell(page: Page, row: number, month: number) {
    const section = page.getByTestId("heatmap-section");
    const rows = Number(await section.getAttribute("data-rows"));
    const months = Number(await section.getAttribute("data-months"));
    // The chart's top 200 px below the window's (clear of the sticky toolbar), then its box.
    await page.evaluate(() =>
      window.scrollTo(0, document.querySelector('[data-testid="heatmap-chart"]')!.getBoundingClientRect().top + window.scrollY - 200),
    );
    const box = (await page.getByTestId("heatmap-chart").boundingBox())!;
    const cellW = (box.width - 250) / months;
    const cellH = (box.height - 70) / rows;
    await page.mouse.click(box.x + 230 + cellW * (month + 0.5), box.y + 10 + cellH * (row + 0.5));
  }

  it("shows the college to the leadership account: headline, heatmap and every section, no console errors", async () => {
    // The first report after the server starts recounts every fact (cold); later ones are warm.
    const { page, ms } = await open("lingdao");
    timings.coldInteractiveAfterSignIn = ms;
    await expect(page.getByTestId("period-label").textContent()).resolves.toMatch(/党委 · \d{4}年/);
    await expect(page.getByTestId("rate-period-value").textContent()).resolves.toMatch(/^\d+%$/);
    await expect(page.getByTestId("rate-year-value").textContent()).resolves.toMatch(/^\d+%$/);
    await expect(page.getByTestId("silent-units-value").textContent()).resolves.toMatch(/^\d+个$/);
    expect(Number(await page.getByTestId("heatmap-section").getAttribute("data-rows"))).toBeGreaterThan(30);
    await world.screenshot(page, "dashboard-full");
    await shot(page, "headline", "dashboard-headline");
    await shot(page, "unmet-by-family", "dashboard-unmet-by-family");
    await shot(page, "heatmap", "dashboard-heatmap");

    // The sections below the fold load as they come into view. (The toolbar stops sticking, so it does not cover the shots.)
    await page.addStyleTag({ content: ".dash-toolbar { position: static !important; }" });
    for (const [section, id] of [
      ["education-section", "education-distribution"],
      ["education-section", "education"],
      ["education-section", "education-short"],
      ["liaison-section", "liaison"],
      ["liaison-section", "liaison-overdue"],
      ["resources-section", "funds"],
      ["resources-section", "dues"],
      ["resources-section", "rooms"],
      ["resources-section", "rooms-missing"],
      ["development-section", "development-funnel"],
      ["development-section", "conversion-due"],
      ["assessment-section", "assessment"],
      ["assessment-section", "assessment-ranking"],
      ["assessment-section", "assessment-vetoes"],
    ]) {
      await page.getByTestId(section).scrollIntoViewIfNeeded();
      await page.getByTestId(id).scrollIntoViewIfNeeded();
      await page.waitForFunction(fetchingDone);
      await page.waitForTimeout(300); // the chart's first frame
      await shot(page, id, `dashboard-${id}`);
    }
    await expect(page.getByTestId("education-short").getByRole("row").count()).resolves.toBeGreaterThan(1);
    // The hours distribution per general branch (educationHoursDistribution): students as well.
    await page.getByTestId("education-distribution").getByText("学生学时").click();
    await page.waitForTimeout(300);
    await shot(page, "education-distribution", "dashboard-education-distribution-students");
    await expect(page.getByTestId("funds").textContent()).resolves.toMatch(/活动经费/);
    // Member development: the year's funnel and the conversions due (the engine's findings).
    await expect(page.getByTestId("development-funnel").textContent()).resolves.toMatch(/发展党员/);
    await expect(page.getByTestId("conversion-due").getByTestId("finding-citation").count()).resolves.toBeGreaterThan(0);
    // Assessment: the newest round with grades, its ranking, and the vetoes with their reason.
    await expect(page.getByTestId("assessment").textContent()).resolves.toMatch(/考核/);
    await page.getByTestId("assessment-ranking").getByText("表格").click();
    await expect(page.getByTestId("assessment-ranking").locator("tbody tr").count()).resolves.toBeGreaterThan(3);
    await expect(page.getByTestId("assessment-vetoes").textContent()).resolves.toMatch(/一票否决|没有一票否决/);

    // Every chart has a table view; the table exports as .xlsx and the chart as PNG.
    await page.getByTestId("liaison").getByText("表格").click();
    await expect(page.getByTestId("liaison").getByRole("cell", { name: "校领导联系二级学院" })).toBeDefined();
    await shot(page, "liaison", "dashboard-liaison-table");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("liaison").getByRole("button", { name: "Excel" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^三联二访-.*\.xlsx$/);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("heatmap").getByRole("button", { name: "PNG" }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("drills from a heatmap cell to that unit's findings of the month, with citations, expected vs actual and evidence", async () => {
    const { page, ms } = await open("lingdao", "?period=YEAR&key=2026");
    timings.interactiveAfterSignIn = ms;
    // Signed in (the browser session's cookie): navigating to the dashboard renews the session and shows it.
    const navigation = Date.now();
    await page.goto(`${world.origin}/dashboard/?period=YEAR&key=2026`);
    await page.getByTestId("dashboard").waitFor();
    await settled(page);
    timings.interactiveAfterNavigation = Date.now() - navigation;
    await clickCell(page, 1, 2); // the first branch, March 2026
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/2026年3月/);
    await dialog.getByTestId("finding-citation").first().waitFor();
    await expect(dialog.getByTestId("finding-citation").first().textContent()).resolves.toMatch(/^依据：四\(二\)3/);
    await expect(dialog.getByRole("row").count()).resolves.toBeGreaterThan(1);
    await expect(dialog.textContent()).resolves.toMatch(/应达.*实际/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "dashboard-drilldown.png") });
    await page.keyboard.press("Escape");

    // A headline figure opens the list behind it too.
    await page.getByTestId("family-ACTIVITIES").click();
    await dialog.getByTestId("finding-citation").first().waitFor();
    await expect(dialog.getByText("未达标").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "dashboard-headline-drilldown.png") });
    expect(page.consoleErrors).toEqual([]);
  });

  it("updates the figures when the period changes", async () => {
    const { page } = await open("lingdao", "?period=YEAR&key=2026");
    const before = await page.getByTestId("headline").textContent();
    await page.getByRole("combobox", { name: "年度" }).click();
    // How long the API took for the two requests the change makes (the rest is the browser's).
    const served: Record<string, number> = {};
    page.on("requestfinished", (request) => {
      const name = /"operationName":"(DashHeadlinePeriod|DashCadenceMatrix)"|query (DashHeadlinePeriod|DashCadenceMatrix)\b/.exec(
        request.postData() ?? "",
      );
      if (name) served[name[1] ?? name[2]] = Math.round(request.timing().responseEnd - request.timing().requestStart);
    });
    const started = Date.now();
    await page.getByTitle("2025年").click();
    await page.waitForFunction(() => /2025年达标率/.test(document.querySelector('[data-testid="rate-period"]')?.textContent ?? ""));
    await settled(page);
    await page.waitForFunction(() => /%$/.test(document.querySelector('[data-testid="rate-period-value"]')?.textContent ?? ""));
    timings.redrawAfterPeriodChange = Date.now() - started;
    timings.redrawHeadlineRequest = served.DashHeadlinePeriod;
    timings.redrawMatrixRequest = served.DashCadenceMatrix;
    const after = await page.getByTestId("headline").textContent();
    expect(after).not.toEqual(before);
    await expect(page.getByTestId("period-label").textContent()).resolves.toMatch(/2025年/);

    // A semester: the heatmap shows its months.
    await page.getByText("学期", { exact: true }).click();
    await settled(page);
    const months = Number(await page.getByTestId("heatmap-section").getAttribute("data-months"));
    expect(months).toBeGreaterThanOrEqual(4);
    expect(months).toBeLessThanOrEqual(6);
    await page.evaluate(() => window.scrollTo(0, 0));
    await world.screenshot(page, "dashboard-semester");
    // A month: its figures, and the heatmap's six months up to it.
    await page.getByText("月份", { exact: true }).click();
    await settled(page);
    await expect(page.getByTestId("heatmap-section").getAttribute("data-months")).resolves.toBe("6");
    await expect(page.getByTestId("rate-period").textContent()).resolves.toMatch(/\d{4}年\d{1,2}月达标率/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a general-branch secretary only their own subtree", async () => {
    const { page } = await open("caijing.shuji");
    await expect(page.getByTestId("period-label").textContent()).resolves.toMatch(/^财经学院党总支 · /);
    const rows = Number(await page.getByTestId("heatmap-section").getAttribute("data-rows"));
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(rows).toBeLessThan(6);
    await page.getByTestId("heatmap").getByText("表格").click();
    const labels = await page.getByTestId("heatmap").locator("tbody tr td:first-child").allTextContents();
    expect(labels.length).toBe(rows);
    for (const label of labels) expect(label).toMatch(/^财经学院/);
    await expect(page.getByTestId("heatmap").getByRole("columnheader", { name: "连续未达标自" }).count()).resolves.toBe(1);
    // The unit picker offers nothing outside the subtree.
    await page.getByTestId("unit-picker").click();
    await expect(page.locator(".ant-select-tree").textContent()).resolves.not.toMatch(/机械工程学院|党委/);
    await page.keyboard.press("Escape");
    await page.getByTestId("period-label").click(); // closes the picker
    // Every section, for the screenshot: each loads as it comes into view, for this subtree only.
    for (const section of ["education-section", "liaison-section", "resources-section", "development-section", "assessment-section"]) {
      await page.getByTestId(section).scrollIntoViewIfNeeded();
      await page.waitForFunction(fetchingDone);
    }
    await expect(page.getByTestId("education-distribution").textContent()).resolves.not.toMatch(/机械工程学院/);
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await world.screenshot(page, "dashboard-general-branch-secretary");
    expect(page.consoleErrors).toEqual([]);
  });

  it("runs as a large screen that refreshes itself, and prints", async () => {
    const { page } = await open("lingdao", "?period=YEAR&key=2026&screen=1&refresh=5", { width: 1920, height: 1080 });
    await expect(page.getByTestId("large-screen-status").textContent()).resolves.toMatch(/每 5 秒自动刷新/);
    const refreshed = page.waitForRequest((r) => /DashHeadline/.test(r.postData() ?? ""), { timeout: 15_000 });
    await expect(refreshed).resolves.toBeTruthy();
    await settled(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "dashboard-large-screen.png") });
    await page.getByRole("button", { name: "退出大屏" }).click();

    // 打印 renders every section, waits for its data, then prints; the print media hides the controls.
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole("button", { name: /打\s*印/ }).click();
    await page.waitForFunction(() => (window as unknown as { printed: boolean }).printed, null, { timeout: 20_000 });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "大屏模式" }).isVisible()).resolves.toBe(false);
    await world.screenshot(page, "dashboard-print-preview");
    // As a grey printer would: the heatmap's ramp, the status colours and the bars' patterns stay apart.
    await page.addStyleTag({ content: "html { filter: grayscale(1); }" });
    await world.screenshot(page, "dashboard-print-preview-grey");
    expect(page.consoleErrors).toEqual([]);
  });
});
