import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, Browser, BrowserContext, Page } from "playwright-core";
import { ROOT } from "../../api/src/config";
import { DEMO_PASSWORD_DEFAULT } from "../../api/src/seed/demo-users";
import { DemoCollege, startDemoCollege } from "./demo-college";

/**
 * Browser tests: Debian's Chromium (never a downloaded browser) driven by playwright-core against
 * the real server serving the built clients on a demo college. The clients are built by the
 * global setup (tools/build-clients.mjs, a no-op when nothing changed).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.join(ROOT, "test/artifacts/screenshots");
export const DOWNLOAD_DIR = path.join(ROOT, "test/artifacts/downloads");

/** Flags without which Chromium on these machines tries the (closed) network at every start. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface BrowserPage extends Page {
  /** Console errors and uncaught exceptions seen on this page so far. */
  consoleErrors: string[];
}

export interface BrowserWorld {
  demo: DemoCollege;
  /** http://127.0.0.1:port */
  origin: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) with one page, at 1366×768 unless told. */
  newPage(viewport?: { width: number; height: number }): Promise<BrowserPage>;
  /** Opens a client and signs in through its sign-in page as a demo account. */
  signIn(client: "admin" | "dashboard", username: string, viewport?: { width: number; height: number }): Promise<BrowserPage>;
  /** Saves a full-page screenshot as test/artifacts/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Starts the demo college, the server with the clients and Chromium for the suite; closes them after. */
export function useBrowserWorld(members = 200): BrowserWorld {
  // a page test clicks through several screens, each a few requests: minutes, not seconds, on a loaded runner
  jest.setTimeout(180_000);
  const world = {} as BrowserWorld;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    mkdirSync(DOWNLOAD_DIR, { recursive: true });
    const demo = await startDemoCollege(members, { clientsDir: path.join(ROOT, "clients") });
    const origin = demo.app.url.replace(/\/graphql$/, "");
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const newPage = async (viewport = { width: 1366, height: 768 }): Promise<BrowserPage> => {
      // reduced motion: the clients then turn antd's animations off (no click on a dialog still moving)
      const context = await browser.newContext({
        viewport,
        locale: "zh-CN",
        timezoneId: "Asia/Shanghai",
        acceptDownloads: true,
        reducedMotion: "reduce",
      });
      contexts.push(context);
      const page = (await context.newPage()) as BrowserPage;
      page.consoleErrors = [];
      page.on("console", (message) => {
        if (message.type() === "error") page.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => page.consoleErrors.push(String(error)));
      // generous: a wait, never a measure (timings are printed by the specs that report them); a
      // loaded 2-core runner can take seconds to answer a report
      page.setDefaultTimeout(30_000);
      return page;
    };
    const signIn = async (client: "admin" | "dashboard", username: string, viewport?: { width: number; height: number }) => {
      const page = await newPage(viewport);
      await page.goto(`${origin}/${client}/`);
      await page.getByLabel("用户名").fill(username);
      await page.getByLabel("密码").fill(DEMO_PASSWORD_DEFAULT);
      await page.getByRole("button", { name: /登\s*录/ }).click();
      await page.getByTestId("user-menu").waitFor();
      return page;
    };
    const screenshot = async (page: Page, name: string) => {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    };
    Object.assign(world, { demo, origin, browser, newPage, signIn, screenshot });
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await world.browser?.close();
    await world.demo?.app.close();
  });
  return world;
}
