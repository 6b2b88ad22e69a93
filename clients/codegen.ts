/**
 * graphql-codegen for the browser clients (`npm run codegen` runs it after the tests' config).
 *
 * Each client keeps its operations beside the page that uses them, as `graphql(`…`)` calls, and
 * gets its own typed documents in `src/gql/` (committed; test/codegen.e2e-spec.ts fails on drift).
 * Types come from the committed SDL, never from the API's TypeScript.
 */
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

const root = path.join(__dirname, "..");
export const CLIENTS = ["shared", "admin", "dashboard"] as const;

const presetConfig = { fragmentMasking: false, gqlTagName: "graphql" };
const config = {
  // Enum values as string unions: the browser writes "FEMALE", not an imported enum object.
  enumsAsTypes: true,
  useTypeImports: true,
  onlyOperationTypes: true,
  strictScalars: true,
  scalars: {
    DateTimeISO: "string",
    Decimal: "string",
    JSONObject: "Record<string, unknown>",
    LocalDate: "string",
    Money: "string",
  },
};

const codegen: CodegenConfig = {
  schema: path.join(root, "schema/schema.graphql"),
  ignoreNoDocuments: true,
  silent: true,
  generates: Object.fromEntries(
    CLIENTS.map((client) => [
      path.join(root, `clients/${client}/src/gql/`),
      {
        preset: "client",
        presetConfig,
        config,
        documents: [path.join(root, `clients/${client}/src/**/*.{ts,tsx}`), `!${path.join(root, `clients/${client}/src/gql/**`)}`],
      },
    ]),
  ),
};

export default codegen;
