import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * What a secretary's browser downloads before the sign-in and home pages show (issue 15: ≤ 450 KB
 * gzipped), and before the dashboard's screen shows (issue 16: ≤ 550 KB): measured on the build the
 * global setup made, from its Vite manifest (tools/client-sizes.mjs, an ES module, so run apart).
 * Heavy libraries (exceljs, echarts as a whole) belong in the chunks of the pages that use them.
 */
const BUDGET_KB = { admin: 450, dashboard: 550 } as const;

const measured = JSON.parse(
  execFileSync(process.execPath, [path.join(__dirname, "../tools/client-sizes.mjs"), "--json"], { encoding: "utf8" }),
) as Record<string, { gzipped: number; files: string[] }>;

describe("client bundle budgets", () => {
  it.each(Object.entries(BUDGET_KB))("%s: the first page's JavaScript and CSS stay within %i KB gzipped", (client, budget) => {
    expect(Math.round(measured[client].gzipped / 1024)).toBeLessThanOrEqual(budget);
  });
});
