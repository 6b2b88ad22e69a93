import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

describe("embedded PostgreSQL", () => {
  it("keeps its data on disk and restarts cleanly after its owner was killed with -9", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "party-embedded-"));
    chmodSync(dir, 0o755); // the postgres OS user must reach its data directory
    const run = (mode: string) =>
      spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(__dirname, "support/embedded-restart.ts"),
          mode,
          path.join(dir, "data"),
          String(55000 + (process.pid % 5000)),
        ],
        {
          encoding: "utf8",
          timeout: 60_000,
        },
      );

    const killed = run("write");
    expect(killed.signal).toBe("SIGKILL");
    const restarted = run("read");
    expect(restarted.stderr).toBe("");
    expect(JSON.parse(restarted.stdout)).toEqual([{ text: "支部活动记录" }]);
  });
});
