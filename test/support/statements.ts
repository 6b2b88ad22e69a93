/**
 * Statements every executed GraphQL request costs besides its own reads: BEGIN, the caller's scope
 * (one statement: api/src/auth/access.ts) and COMMIT — one connection and one transaction per
 * request (api/src/db/request-session.ts). Query-count tests add it to what their query needs.
 */
export const REQUEST_STATEMENTS = 3;
