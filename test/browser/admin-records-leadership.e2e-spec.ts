import { useBrowserWorld } from "../support/browser";
import { AREAS, expectRows, openArea, openTab, writeButtons } from "./records-helpers";

/** The read-only leadership account (校领导) sees every record area of the college, and no write button anywhere. */
describe("admin record areas for the leadership account", () => {
  const world = useBrowserWorld();

  it("shows the leadership account every record area without a write button", async () => {
    const page = await world.signIn("admin", "lingdao");
    for (const { area, shot, tabs } of AREAS) {
      await openArea(page, area);
      for (const [tab, table] of tabs) {
        if (tab) await openTab(page, tab);
        await expectRows(page, table);
        await expect(writeButtons(page)).resolves.toEqual([]);
      }
      if (shot === "funding" || shot === "governance") await world.screenshot(page, `admin-${shot}-leadership`);
    }
    expect(page.consoleErrors).toEqual([]);
  });
});
