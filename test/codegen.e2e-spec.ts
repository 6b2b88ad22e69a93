import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.join(__dirname, "..");
const GENERATED_DIR = path.join(ROOT, "test/support/generated");

/**
 * Runs graphql-codegen with the project's codegen.ts in memory (no files written) and answers what it
 * would write, by path under test/support/generated/. A child process: the CLI loads ES modules,
 * which jest's CommonJS sandbox cannot.
 */
async function generatedInMemory(): Promise<Record<string, string>> {
  const script = `
    const { generate, loadCodegenConfig } = require("@graphql-codegen/cli");
    (async () => {
      const { config } = await loadCodegenConfig({ configFilePath: "codegen.ts" });
      const files = await generate({ ...config, silent: true }, false);
      process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content }))));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const files = JSON.parse(stdout) as Array<{ filename: string; content: string }>;
  return Object.fromEntries(files.map((f) => [path.relative(GENERATED_DIR, path.resolve(ROOT, f.filename)), f.content]));
}

describe("committed typed operations", () => {
  it("match what graphql-codegen generates from schema/schema.graphql (run `npm run codegen` after changing an operation or the schema)", async () => {
    const expected = await generatedInMemory();
    const committed = Object.fromEntries(
      readdirSync(GENERATED_DIR).map((name) => [name, readFileSync(path.join(GENERATED_DIR, name), "utf8")]),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, content] of Object.entries(expected)) expect({ name, content: committed[name] }).toEqual({ name, content });
  });
});
