import { isUUID } from "class-validator";

/** An id from a client that is not a uuid can name no record: treat it as not found, never as a SQL error. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && isUUID(value);
}
