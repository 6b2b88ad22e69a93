import { LocalDateResolver } from "graphql-scalars";

/**
 * Calendar dates (no time of day) travel as `YYYY-MM-DD` strings, the way PostgreSQL `date`
 * columns come back from `pg`, so no time zone ever shifts a meeting to the wrong day.
 */
export const DateScalar = LocalDateResolver;
