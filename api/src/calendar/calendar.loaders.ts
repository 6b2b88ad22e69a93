import { byId, LoaderSource } from "../db/scoped-loaders";
import { Semester } from "./semester.entity";

/** Loaders of the academic calendar. */
export function createCalendarLoaders(ctx: LoaderSource) {
  return {
    semester: byId(ctx, Semester),
  };
}
