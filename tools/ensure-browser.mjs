#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (never a downloaded browser) and need a CJK font to
 * render the pages' Chinese. `npm test` runs this first: when either is missing and this is a
 * Debian machine where we are root, they are installed with apt; otherwise it says what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missing = [];
if (!existsSync(CHROMIUM)) missing.push("chromium");
const fonts = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
if (fonts.status !== 0 || !fonts.stdout.trim()) missing.push("fonts-wqy-microhei");

if (missing.length) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(`The browser tests need: ${missing.join(", ")} — install them (Debian: apt-get install -y ${missing.join(" ")}).`);
    process.exit(1);
  }
  console.log(`installing ${missing.join(", ")} for the browser tests (apt) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
  if (install().status !== 0) {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    if (install().status !== 0) process.exit(1);
  }
}
