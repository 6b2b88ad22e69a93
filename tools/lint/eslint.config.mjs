// ESLint for the whole repository, run from its root: `npm run lint` (see tools/lint/package.json for
// why these tools are installed apart). Syntax-level rules only: the types are checked by `tsc --noEmit`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "tools/lint/node_modules/**",
      "coverage/**",
      ".data/**",
      "test/support/generated/**",
      "clients/*/dist/**",
      "clients/*/src/gql/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, an unused parameter).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // type-graphql resolvers and TypeORM take constructor types as Function
      "@typescript-eslint/no-unsafe-function-type": "off",
      "no-console": ["error", { allow: ["log", "warn", "error"] }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
    },
  },
  {
    // GraphQL responses in tests are read as untyped JSON
    files: ["test/**/*.ts", "**/*.spec.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // the clients run in the browser (tools/build-clients.mjs in Node, as an ES module)
    files: ["clients/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { window: "readonly", document: "readonly", fetch: "readonly", URL: "readonly", Blob: "readonly", setTimeout: "readonly" },
    },
    rules: { "no-console": "error" },
  },
  {
    files: ["tools/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" },
    },
  },
);
