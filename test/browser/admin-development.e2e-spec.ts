import { DEMO_PASSWORD_DEFAULT } from "../../api/src/seed/demo-users";
import { DevAdvance, DevCase, DevCases } from "../support/operations";
import { BrowserPage, useBrowserWorld } from "../support/browser";

/**
 * 发展党员 in the admin console, as the secretary of 财经学院学生支部: the branch's cases at several
 * stages, one case's next steps with their earliest days and rules, a valid step recorded through
 * its form (the stage and history change), and a step the API refuses shown with its rule code and
 * citation. Which cases to use is asked of the API, never hard-coded.
 */
describe("admin console: member development", () => {
  const world = useBrowserWorld();
  const SECRETARY = "caijing.xs.shuji";
  const STAGE_WORDS: Record<string, string> = {
    APPLICANT: "入党申请人",
    ACTIVIST: "入党积极分子",
    CANDIDATE: "培养考察对象",
    UNDER_INSPECTION: "培养考察中",
    DEVELOPMENT_TARGET: "发展对象",
    PROBATIONARY: "预备党员",
    FULL: "正式党员",
  };

  /** 2026-03-05 → 2026年3月5日, as the page writes dates. */
  const chinese = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;

  async function setDate(page: BrowserPage, label: string, day: string): Promise<void> {
    const input = page.getByRole("dialog").getByLabel(label, { exact: true });
    await input.click();
    await input.fill(day);
    // Leave the picker with its value by clicking the dialog's title (Enter keeps it open when the day is unchanged).
    await page.getByRole("dialog").locator(".ant-modal-title").click();
    await pickersClosed(page);
  }

  /** Until every date picker's popup has finished closing (screenshots without a fading calendar). */
  async function pickersClosed(page: BrowserPage): Promise<void> {
    const end = Date.now() + 5_000;
    while ((await page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)").count()) > 0) {
      if (Date.now() > end) throw new Error("a date picker stayed open");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function openCase(page: BrowserPage, id: string): Promise<void> {
    await page.getByRole("link", { name: "发展党员", exact: true }).click();
    await page.locator(`[data-testid=development-cases] a[href$="/development/${id}"]`).click();
    await page.getByTestId("next-steps").waitFor();
  }

  it("shows the branch's cases, records a valid step and shows a refused one with its rule and citation", async () => {
    const [branch] = await world.demo.em.query(
      `SELECT u.id, u.name FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = $1`,
      [SECRETARY],
    );
    const api = await world.demo.app.login(SECRETARY, DEMO_PASSWORD_DEFAULT);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // the browser's day (Asia/Shanghai)
    const { developmentCases } = await api.ok(DevCases, { filter: { unitId: branch.id }, first: 100, offset: 0 });
    const cases = developmentCases.items;
    const stages = [...new Set(cases.map((c) => c.stage))].filter((s) => STAGE_WORDS[s]);
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(developmentCases.totalCount).toBeLessThanOrEqual(20); // one page of the list

    // An activist about to become 培养考察对象 (DEV_PARTY_SCHOOL) and an inspection not yet a year old (DEV_INSPECTION_YEAR).
    const activist = cases.find((c) => c.stage === "ACTIVIST" && c.nextSteps.some((s) => s.ruleCode === "DEV_PARTY_SCHOOL"))!;
    const inspected = cases.find(
      (c) => c.stage === "UNDER_INSPECTION" && c.nextSteps.some((s) => s.ruleCode === "DEV_INSPECTION_YEAR" && s.earliestOn! > today),
    )!;
    expect(activist).toBeDefined();
    expect(inspected).toBeDefined();

    const page = await world.signIn("admin", SECRETARY);
    await page.getByRole("link", { name: "发展党员", exact: true }).click();
    const rows = page.locator("[data-testid=development-cases] tr.ant-table-row");
    await rows.first().waitFor();
    await page.getByTestId("development-funnel").waitFor();
    await expect(rows.count()).resolves.toBe(cases.length);
    const listed = (await rows.allTextContents()).join("\n");
    for (const s of stages) expect(listed).toContain(STAGE_WORDS[s]);
    await world.screenshot(page, "admin-development-list");

    // The activist: the next step to 培养考察对象 with its rule; the exam first if it is missing, then the stage.
    await openCase(page, activist.id);
    const next = page.getByTestId("next-steps");
    const toCandidate = next.getByRole("row", { name: /进入“培养考察对象”/ });
    await expect(toCandidate.textContent()).resolves.toMatch(/DEV_PARTY_SCHOOL.*四\(三\)/);
    const before = (await api.ok(DevCase, { id: activist.id })).developmentCase!;
    const rule = before.nextSteps.find((s) => s.ruleCode === "DEV_PARTY_SCHOOL")!;
    if (rule.earliestOn) await expect(toCandidate.textContent()).resolves.toContain(chinese(rule.earliestOn));
    else await expect(toCandidate.textContent()).resolves.toContain(`尚缺：${rule.missing}`);
    await world.screenshot(page, "admin-development-case");
    if (!rule.earliestOn) {
      await next.getByRole("button", { name: "记录：党校考试合格" }).click();
      await setDate(page, "发生日期", today);
      await world.screenshot(page, "admin-development-step-form");
      await page
        .getByRole("dialog")
        .getByRole("button", { name: /记\s*录/ })
        .click();
      await page.getByRole("dialog").waitFor({ state: "hidden" });
      await page
        .getByTestId("case-history")
        .getByRole("row", { name: /党校考试合格/ })
        .waitFor();
      await toCandidate.getByText(chinese(today)).waitFor();
    }
    await toCandidate.getByRole("button", { name: /记录/ }).click();
    await setDate(page, "发生日期", today);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /记\s*录/ })
      .click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByTestId("case-stage").getByText("培养考察对象").waitFor();
    const history = page.getByTestId("case-history");
    await expect(history.getByRole("row", { name: /进入“培养考察对象”/ }).textContent()).resolves.toContain(chinese(today));
    // The candidate's next step is the public notice, with DEV_PUBLIC_NOTICE.
    await next
      .getByRole("row", { name: /开始公示/ })
      .getByText("DEV_PUBLIC_NOTICE")
      .waitFor();
    await world.screenshot(page, "admin-development-recorded");
    const after = (await api.ok(DevCase, { id: activist.id })).developmentCase!;
    expect(after).toMatchObject({ stage: "CANDIDATE", candidateOn: today });
    expect(after.steps.at(-1)).toMatchObject({ kind: "STAGE_CHANGE", stageTo: "CANDIDATE", occurredOn: today });

    // The inspection not yet a year old: the development target today is refused with the rule and its citation.
    await openCase(page, inspected.id);
    const target = inspected.nextSteps.find((s) => s.ruleCode === "DEV_INSPECTION_YEAR")!;
    const targetRow = next.getByRole("row", { name: /进入“发展对象”/ });
    await expect(targetRow.textContent()).resolves.toContain(chinese(target.earliestOn!));
    await targetRow.getByText("未到").waitFor();
    const { citation } = (await api.ok(DevCase, { id: inspected.id })).developmentCase!.nextSteps.find(
      (s) => s.ruleCode === "DEV_INSPECTION_YEAR",
    )!;
    await targetRow.getByRole("button", { name: /记录/ }).click();
    // A day before the stage began: the API's field error on the field.
    await setDate(page, "发生日期", "2020-01-01");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /记\s*录/ })
      .click();
    await page
      .getByRole("dialog")
      .getByText(/日期不能早于进入当前阶段的日期/)
      .waitFor();
    await setDate(page, "发生日期", today);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /记\s*录/ })
      .click();
    const refusal = page.getByRole("dialog").getByTestId("refusal");
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain("规则 DEV_INSPECTION_YEAR");
    await expect(refusal.textContent()).resolves.toContain(`依据：${citation}`);
    await world.screenshot(page, "admin-development-refused");
    expect((await api.ok(DevCase, { id: inspected.id })).developmentCase).toMatchObject({
      stage: "UNDER_INSPECTION",
      version: inspected.version,
    });

    // Someone else records a step meanwhile: the form's version is stale, CONFLICT with a reload.
    // (A step that changes the case: a procedure alone leaves its version as it was.)
    const meanwhile = await api.ok(DevAdvance, {
      input: { id: inspected.id, version: inspected.version, to: "WITHDRAWN", on: today, note: "申请人本人撤回（浏览器测试）" },
    });
    expect(meanwhile.advanceDevelopmentCase).toMatchObject({ __typename: "DevelopmentCase", stage: "WITHDRAWN" });
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /记\s*录/ })
      .click();
    await page
      .getByRole("dialog")
      .getByTestId("conflict")
      .waitFor()
      .catch(async (e) => {
        await world.screenshot(page, "admin-development-conflict-failed");
        throw e;
      });
    await world.screenshot(page, "admin-development-conflict");
    await page.getByRole("dialog").getByRole("button", { name: "重新加载" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page
      .getByTestId("case-history")
      .getByRole("row", { name: new RegExp(`${chinese(today)}.*已撤回申请`) })
      .waitFor();
    await page.getByTestId("case-stage").getByText("已撤回申请").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });

  it("registers an application through the form: a 17-year-old refused by DEV_MIN_AGE, then the case opened at its first step", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const yearsAgo = (n: number, days = 0) => {
      const d = new Date(`${Number(today.slice(0, 4)) - n}${today.slice(4)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const page = await world.signIn("admin", SECRETARY);
    await page.getByRole("link", { name: "发展党员", exact: true }).click();
    await page.getByRole("button", { name: "登记入党申请" }).click();
    const form = page.getByTestId("apply-form");
    await form.getByLabel("申请人姓名").fill("浏览器测试申请人");
    await form.getByLabel("女").check();
    const date = async (label: string, day: string) => {
      await form.getByLabel(label).fill(day);
      // Leave the picker with its value by clicking the drawer's title (Escape would close the drawer).
      await page.locator(".ant-drawer-title").click();
      await pickersClosed(page);
    };
    await date("出生日期", yearsAgo(18, 1)); // 18 tomorrow
    await date("递交入党申请书日期", today);
    await page
      .getByRole("button", { name: /登\s*记/ })
      .last()
      .click();
    const refusal = form.getByTestId("refusal");
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/规则 DEV_MIN_AGE · 依据：四\(三\)1\(1\)/);
    await world.screenshot(page, "admin-development-apply-refused");
    await date("出生日期", yearsAgo(18)); // 18 today
    await page
      .getByRole("button", { name: /登\s*记/ })
      .last()
      .click();
    await page.waitForURL(/\/admin\/development\/[0-9a-f-]{36}$/);
    await page.getByTestId("case-stage").getByText("入党申请人").waitFor();
    await page
      .getByTestId("next-steps")
      .getByRole("row", { name: /进入“入党积极分子”/ })
      .waitFor();
    await page
      .getByTestId("case-history")
      .getByRole("row", { name: /递交入党申请书/ })
      .waitFor();
    // A correction: recorded beside the original, which stays.
    const application = page.getByTestId("case-history").getByRole("row", { name: /递交入党申请书/ });
    await application.getByRole("button", { name: "更正" }).click();
    await page.getByRole("dialog").getByLabel("更正原因").fill("申请书附件补登（浏览器测试）");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /记\s*录/ })
      .click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await application
      .getByTestId("correction")
      .getByText(/申请书附件补登（浏览器测试）/)
      .waitFor();
    await expect(application.textContent()).resolves.toContain(chinese(today));
    await world.screenshot(page, "admin-development-correction");
    const [saved] = await world.demo.em.query(`SELECT stage, applied_on::text FROM development_case WHERE name = $1`, ["浏览器测试申请人"]);
    expect(saved).toEqual({ stage: "APPLICANT", applied_on: today });
    expect(page.consoleErrors).toEqual([]);
  });

  it("records the assembly's vote with an exclusion: who should attend is the API's count, shown with the result", async () => {
    const [branch] = await world.demo.em.query(
      `SELECT u.id FROM app_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = $1`,
      [SECRETARY],
    );
    const api = await world.demo.app.login(SECRETARY, DEMO_PASSWORD_DEFAULT);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const { developmentCases } = await api.ok(DevCases, {
      filter: { unitId: branch.id, stages: ["DEVELOPMENT_TARGET"] },
      first: 100,
      offset: 0,
    });
    const target = developmentCases.items.find((c) =>
      c.nextSteps.some((s) => s.action === "recordDevelopmentVote" && s.earliestOn && s.earliestOn <= today),
    )!;
    expect(target).toBeDefined();
    // The branch's full members with a vote today, counted here to check the page against.
    const full: Array<{ name: string }> = await world.demo.em.query(
      `SELECT name FROM member WHERE branch_id = $1 AND standing = 'FULL' AND status = 'ACTIVE' AND (full_since IS NULL OR full_since <= $2::date)
        ORDER BY name`,
      [branch.id, today],
    );
    const shouldAttend = full.length - 1;
    const excused = full[0].name;

    const page = await world.signIn("admin", SECRETARY);
    await openCase(page, target.id);
    await page.getByTestId("next-steps").getByRole("button", { name: "记录：支部党员大会表决接收预备党员" }).click();
    const dialog = page.getByRole("dialog");
    await setDate(page, "支部党员大会日期", today);
    await dialog.getByRole("button", { name: "登记不计入的党员" }).click();
    await dialog.locator(".ant-select", { hasText: "输入姓名搜索党员" }).click();
    await page.keyboard.type(excused);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: excused }).first().click();
    await dialog.getByPlaceholder("原因（请假、出国等）").fill("请假（浏览器测试）");
    await dialog.getByLabel("到会有表决权的正式党员", { exact: true }).fill(String(shouldAttend));
    await dialog.getByLabel("赞成", { exact: true }).fill(String(shouldAttend));
    await world.screenshot(page, "admin-development-vote-form");
    await dialog.getByRole("button", { name: /记\s*录/ }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("tab", { name: /支部大会表决/ }).click();
    const vote = page.getByRole("tabpanel").getByRole("row", { name: /接收预备党员/ });
    await vote.waitFor();
    const cells = await vote.locator("td").allTextContents();
    // 有表决权的正式党员, 不计入, 应到会, 到会, 赞成 … 结果
    expect(cells.slice(2, 7)).toEqual([String(full.length), "1", String(shouldAttend), String(shouldAttend), String(shouldAttend)]);
    expect(cells.at(-1)).toBe("通过");
    await page
      .getByTestId("next-steps")
      .getByRole("row", { name: /党总支指派专人谈话/ })
      .getByText("DEV_TALK")
      .waitFor();
    await world.screenshot(page, "admin-development-vote");
    expect(page.consoleErrors).toEqual([]);
  });
});
