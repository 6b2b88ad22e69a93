import { DEMO_PASSWORD_DEFAULT } from "../../api/src/seed/demo-users";
import { AssessmentRounds, AssessmentSheetDetail, ScoreAssessmentElement } from "../support/operations";
import { BrowserPage, useBrowserWorld } from "../support/browser";

/**
 * 支部考核 in the admin console. 组织部 (the demo rounds' panel) opens the round in progress, a
 * branch's sheet with its proposed points and their evidence, overrides one with a reason (the
 * proposal is kept beside it), takes the sheet to the branch's notification and records an appeal
 * made too late: refused with ASSESSMENT_APPEAL_WINDOW and its citation. The finished round shows
 * the vetoed branch with its rule; the branch secretary sees only their own branch's sheet.
 */
describe("admin console: branch assessment", () => {
  const world = useBrowserWorld();
  const SECRETARY = "caijing.xs.shuji";
  const PANEL = "zuzhibu";

  const dayBefore = (days: number) => new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

  async function setDate(page: BrowserPage, label: string, day: string): Promise<void> {
    const input = page.getByRole("dialog").getByLabel(label, { exact: true });
    await input.click();
    await input.fill(day);
    // Leave the picker with its value (Enter would submit a one-field form at once).
    await page.getByRole("dialog").locator(".ant-modal-title").click();
    const end = Date.now() + 5_000;
    while ((await page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)").count()) > 0) {
      if (Date.now() > end) throw new Error("a date picker stayed open");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Until no table is loading (screenshots of settled pages). */
  async function settled(page: BrowserPage): Promise<void> {
    await page.locator(".ant-spin-spinning").first().waitFor({ state: "detached" });
    await page.waitForTimeout(400); // the table fades back in (antd's 0.3 s transition)
  }

  async function step(page: BrowserPage, button: string, dateLabel: string, day: string, note?: [string, string]): Promise<void> {
    await page.getByRole("button", { name: button, exact: true }).click();
    await setDate(page, dateLabel, day);
    if (note) await page.getByRole("dialog").getByLabel(note[0], { exact: true }).fill(note[1]);
    await page.getByRole("dialog").getByRole("button", { name: button }).click();
  }

  it("shows proposals with evidence, keeps an override with its reason and refuses a late appeal with its rule", async () => {
    const [branch] = await world.demo.em.query(
      `SELECT u.id, u.name FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = $1`,
      [SECRETARY],
    );
    const api = await world.demo.app.login(PANEL, DEMO_PASSWORD_DEFAULT);
    const { assessmentRounds } = await api.ok(AssessmentRounds, {});
    const current = assessmentRounds.find((r) => r.kind === "SPECIAL")!;
    const finished = assessmentRounds.find((r) => r.kind === "REGULAR")!;
    const [{ id: sheetId }] = await world.demo.em.query(`SELECT id FROM assessment_sheet WHERE round_id = $1 AND unit_id = $2`, [
      current.id,
      branch.id,
    ]);
    const sheet = (await api.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet;
    expect(sheet.status).toBe("DRAFT");
    // A sub-element the records propose points for, with evidence.
    const line = sheet.scores.find((l) => l.max !== null && l.proposedValue !== null && l.proposalEvidence.length > 0)!;
    expect(line).toBeDefined();
    const override = line.proposedValue! >= 0.5 ? line.proposedValue! - 0.5 : line.proposedValue! + 0.5;

    const page = await world.signIn("admin", PANEL);
    await page.getByRole("link", { name: "支部考核", exact: true }).click();
    await page.getByTestId("assessment-rounds").getByRole("link", { name: current.name }).waitFor();
    await settled(page);
    await world.screenshot(page, "admin-assessment-rounds");
    await page.getByRole("link", { name: current.name }).click();
    await page.getByTestId("assessment-ranking").locator("tr.ant-table-row").first().waitFor();
    await page.getByTestId("grade-distribution").getByText("全轮").waitFor();
    await settled(page);
    await world.screenshot(page, "admin-assessment-round");

    // The sheet: its proposal and how it was found.
    await page.locator(`[data-testid=assessment-ranking] a[href$="/assessment/sheets/${sheetId}"]`).click();
    const lines = page.getByTestId("score-lines");
    const row = lines.getByRole("row").filter({ has: page.getByRole("button", { name: `评分 ${line.key}` }) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(line.label);
    await row.getByRole("button", { name: `${line.key} 的依据` }).click();
    const evidence = page.getByTestId("proposal-evidence");
    await evidence.waitFor();
    await expect(evidence.textContent()).resolves.toContain(line.proposalEvidence[0].label);
    if (line.proposalHow) await expect(evidence.textContent()).resolves.toContain(line.proposalHow);
    await world.screenshot(page, "admin-assessment-sheet");
    await page.keyboard.press("Escape");

    // An override: without a reason the API's field error; with one it is kept beside the proposal.
    await row.getByRole("button", { name: `评分 ${line.key}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("给分").fill(String(override));
    await dialog.getByRole("button", { name: "保存评分" }).click();
    await dialog.getByText(/须说明理由/).waitFor();
    await dialog.getByLabel("改分理由").fill("座谈中了解到的情况与材料不符（浏览器测试）");
    await dialog.getByRole("button", { name: "保存评分" }).click();
    await dialog.waitFor({ state: "hidden" });
    const given = page.getByTestId(`score-${line.key}`);
    await given.getByText(`改分（建议 ${line.proposedValue}）`).waitFor();
    await expect(given.textContent()).resolves.toContain("座谈中了解到的情况与材料不符（浏览器测试）");
    await world.screenshot(page, "admin-assessment-override");
    let saved = (await api.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet;
    expect(saved.scores.find((l) => l.key === line.key)).toMatchObject({
      proposedValue: line.proposedValue,
      score: override,
      overridden: true,
      reason: "座谈中了解到的情况与材料不符（浏览器测试）",
    });

    // Another proposal confirmed with one click.
    const other = sheet.scores.find((l) => l.key !== line.key && l.max !== null && l.proposedValue !== null)!;
    await lines.getByRole("button", { name: `确认 ${other.key} 的建议分` }).click();
    await page.getByTestId(`score-${other.key}`).getByText("确认建议分").waitFor();

    // The rest scored through the API (confirmed where proposed), then submitted and notified ten days ago through the page.
    saved = (await api.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet;
    expect(saved.scores.find((l) => l.key === other.key)).toMatchObject({ score: other.proposedValue, overridden: false });
    let version = saved.version;
    for (const l of saved.scores.filter((x) => x.max !== null && x.score === null)) {
      const score = l.proposedValue === null ? Math.floor(l.max! * 0.8 * 2) / 2 : undefined;
      const result = (await api.ok(ScoreAssessmentElement, { input: { id: sheetId, version, key: l.key, score } })).scoreAssessmentElement;
      if (result.__typename !== "AssessmentSheet") throw new Error(`scoring ${l.key} refused`);
      version = result.version;
    }
    await page.reload();
    await page.getByTestId("sheet-grade").locator(".ant-tag").waitFor();
    await step(page, "报党委审定", "报送日期", dayBefore(12));
    await page.getByTestId("sheet-status").getByText("已报党委审定").waitFor();
    await step(page, "书面通知支部", "通知日期", dayBefore(10));
    await page.getByTestId("sheet-status").getByText("已书面通知").waitFor();
    await step(page, "登记复核申请", "申请复核日期", dayBefore(0), ["申请复核的理由", "第7项组织生活记录有遗漏（浏览器测试）"]);
    const refusal = page.getByRole("dialog").getByTestId("refusal");
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain("规则 ASSESSMENT_APPEAL_WINDOW");
    await expect(refusal.textContent()).resolves.toContain("依据：附件 四(二)");
    await world.screenshot(page, "admin-assessment-late-appeal");
    saved = (await api.ok(AssessmentSheetDetail, { id: sheetId })).assessmentSheet;
    expect(saved).toMatchObject({ status: "NOTIFIED", notifiedOn: dayBefore(10), appealedOn: null });
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /取\s*消/ })
      .click();

    // The finished round: the vetoed branch, graded 不合格 with the rule.
    const [vetoed] = await world.demo.em.query(`SELECT id FROM assessment_sheet WHERE round_id = $1 AND vetoed`, [finished.id]);
    await page.getByRole("link", { name: "支部考核", exact: true }).click();
    await page.getByRole("link", { name: finished.name }).click();
    await page.locator(`[data-testid=assessment-ranking] a[href$="/assessment/sheets/${vetoed.id}"]`).click();
    const veto = page.getByTestId("veto");
    await veto.waitFor();
    await expect(veto.textContent()).resolves.toMatch(/一票否决.*ASSESSMENT_VETO.*附件 六\(二\)/);
    await page.getByTestId("sheet-grade").getByText("不合格").waitFor();
    await world.screenshot(page, "admin-assessment-veto");
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows the branch secretary only their own branch's sheet, without the panel's buttons", async () => {
    const page = await world.signIn("admin", SECRETARY);
    await page.getByRole("link", { name: "支部考核", exact: true }).click();
    const rounds = page.getByTestId("assessment-rounds");
    await rounds.locator("tr.ant-table-row").first().waitFor();
    await rounds.getByRole("link").first().click();
    const rows = page.getByTestId("assessment-ranking").locator("tr.ant-table-row");
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await rows.first().getByRole("link").click();
    await page.getByTestId("score-lines").locator("tr.ant-table-row").first().waitFor();
    await expect(page.getByRole("button", { name: /^评分 / }).count()).resolves.toBe(0);
    await world.screenshot(page, "admin-assessment-branch-view");
    expect(page.consoleErrors).toEqual([]);
  });
});
