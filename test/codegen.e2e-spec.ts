import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.join(__dirname, "..");

/** Each codegen config and the folders it writes (the tests' typed operations; each client's src/gql). */
const CONFIGS = [
  { config: "codegen.ts", outputs: ["test/support/generated"] },
  { config: "clients/codegen.ts", outputs: ["clients/shared/src/gql", "clients/admin/src/gql", "clients/dashboard/src/gql"] },
];

/**
 * Runs graphql-codegen with a config in memory (no files written) and answers what it would write,
 * by path relative to the repository. A child process: the CLI loads ES modules, which jest's
 * CommonJS sandbox cannot.
 */
async function generatedInMemory(config: string): Promise<Record<string, string>> {
  const script = `
    const { generate, loadCodegenConfig } = require("@graphql-codegen/cli");
    (async () => {
      const { config } = await loadCodegenConfig({ configFilePath: ${JSON.stringify(config)} });
      const files = await generate({ ...config, silent: true }, false);
      process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content }))));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const files = JSON.parse(stdout) as Array<{ filename: string; content: string }>;
  return Object.fromEntries(files.map((f) => [path.relative(ROOT, path.resolve(ROOT, f.filename)), f.content]));
}

function committed(outputs: string[]): Record<string, string> {
  return Object.fromEntries(
    outputs
      .filter((dir) => existsSync(path.join(ROOT, dir)))
      .flatMap((dir) => readdirSync(path.join(ROOT, dir)).map((name) => path.join(dir, name)))
      .map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]),
  );
}

describe("committed typed operations", () => {
  it.each(CONFIGS)(
    "$config: the committed output matches what graphql-codegen generates from schema/schema.graphql (run `npm run codegen`)",
    async ({ config, outputs }) => {
      const expected = await generatedInMemory(config);
      const onDisk = committed(outputs);
      expect(Object.keys(onDisk).sort()).toEqual(Object.keys(expected).sort());
      for (const [name, content] of Object.entries(expected)) expect({ name, content: onDisk[name] }).toEqual({ name, content });
    },
    60_000,
  );
});
