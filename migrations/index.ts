import { Foundation1764136800000 } from "./1764136800000-foundation";

/** Every migration, in order. Listed explicitly so compiled and test (swc) builds load the same set. */
export const MIGRATIONS = [Foundation1764136800000];
