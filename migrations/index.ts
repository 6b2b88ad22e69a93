import { Foundation1764136800000 } from "./1764136800000-foundation";
import { Auth1764150000000 } from "./1764150000000-auth";

/** Every migration, in order. Listed explicitly so compiled and test (swc) builds load the same set. */
export const MIGRATIONS = [Foundation1764136800000, Auth1764150000000];
