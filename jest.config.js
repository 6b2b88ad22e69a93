/** Unit specs live beside the code (api/src/**\/*.spec.ts); end-to-end specs in test/ (*.e2e-spec.ts). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/api/src", "<rootDir>/test"],
  testMatch: ["**/*.spec.ts", "**/*.e2e-spec.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  testTimeout: 30000,
};
