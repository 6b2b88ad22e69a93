/**
 * graphql-codegen: typed documents for the tests' operations (`npm run codegen`).
 *
 * The operations are `graphql(`…`)` calls in test/support/operations/*.ts, checked against the
 * committed SDL (schema/schema.graphql, which test/schema.e2e-spec.ts keeps equal to the code's).
 * The output in test/support/generated/ is committed, so tests need no generation step;
 * test/codegen.e2e-spec.ts fails when it drifts from what this config produces.
 */
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

const root = __dirname;

export const GENERATED_DIR = path.join(root, "test/support/generated/");

const config: CodegenConfig = {
  schema: path.join(root, "schema/schema.graphql"),
  documents: [path.join(root, "test/support/operations/*.ts")],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        // String unions, so variables can be written as "FEMALE" rather than an imported enum.
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
      },
    },
  },
};

export default config;
