/**
 * The tests' shared GraphQL operations, typed by graphql-codegen from schema/schema.graphql
 * (`npm run codegen` after changing one; test/codegen.e2e-spec.ts fails when the committed
 * test/support/generated/ drifts). Send them with `app.ok(Operation, variables)` / `app.gql(…)`:
 * variables and answers are typed; check refusals with test/support/refusal.ts.
 */
export * from "./auth";
export * from "./org";
export * from "./members";
export * from "./rooms";
export * from "./activities";
export * from "./funding";
export * from "./governance";
export * from "./service-posts";
export * from "./liaison";
export * from "./documents";
export * from "./misc-checks";
export * from "./compliance";
export * from "./writes";
export * from "./pipeline";
export * from "./assessment";
