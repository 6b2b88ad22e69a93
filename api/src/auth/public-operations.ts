/**
 * The only operations anyone may call without a permission: the ways in. Every other root field
 * must carry `@Authorized(...)`, or it is built to refuse every call (deny-by-default.ts) and the
 * coverage test fails at build time.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(["login", "refreshSession", "browserLogin", "refreshBrowserSession"]);
