export * from "./graphql-client";
export * from "./errors";
export * from "./format";
export * from "./session";
export * from "./login-page";
export * from "./xlsx-export";
export * from "./app-root";
export type { Permission, UserRole } from "./gql/graphql";
