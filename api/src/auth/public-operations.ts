/**
 * The only operations anyone may call without a permission: the ways in. Every other root field
 * must carry `@Authorized(...)`, or the deny-by-default middleware refuses it at run time and the
 * coverage test fails at build time.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(["login", "refreshSession"]);
