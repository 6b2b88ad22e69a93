/** The GraphQL edge's limits, in one place (checked before anything executes). */
export const EDGE_LIMITS = {
  /** Request body size for /graphql: room for a roster import of MEMBER_IMPORT_MAX_ROWS rows (about 250 bytes each). */
  maxBodyBytes: 1024 * 1024,
  /** Lexical tokens in one document (graphql-js stops parsing beyond it). */
  maxTokens: 5_000,
  /** Nesting of selection sets, fragments followed. */
  maxDepth: 12,
  /** Aliased fields in one document (alias-based amplification). */
  maxAliases: 30,
  /** Estimated cost: 1 per field, lists multiplied by `first` or an assumed size. */
  maxCost: 200_000,
  /** Assumed length of a list field without a `first` argument (children, committee, …). */
  assumedListSize: 20,
  /** Requests per identity (token, else client address) per minute. */
  requestsPerMinute: 600,
} as const;
