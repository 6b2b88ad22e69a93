import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Every write path loads its record through lockInScope, which checks scope before the version and
 * before taking the lock (issue 11), accounts and tokens included; a scope-less lock, or a row
 * locked by hand before its scope is known, fails here.
 */
describe("write paths lock through lockInScope", () => {
  const root = join(__dirname, "..");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".spec.ts") ? [join(dir, e.name)] : [],
    );
  const files = sources(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

  it("has no scope-less lock helper left to call", () => {
    const callers = files.filter((f) => /\block(Versioned|Existing)\(/.test(f.text)).map((f) => f.path);
    expect(callers).toEqual([]);
  });

  it("takes no row lock in a service except through lockInScope, on rows reached from a record already in scope", () => {
    // The locks a service may take by hand, each on rows reached from a record it has checked first.
    const allowed = new Set([
      join("member", "member.service.ts"), // a removed member's links, after the member
      join("activity", "activity.service.ts"), // an attendance row's activity, after the row's scope
      join("funding", "funding.service.ts"), // a college's yearly setting, after the college
      join("student-class", "student-class.service.ts"), // a member's open class link, after the member
      join("calendar", "calendar.service.ts"), // a college's vacation months, after the college
      join("auth", "auth.service.ts"), // the caller's own account, for a password change
      join("member", "member-import.service.ts"), // an import's branches and groups, once read in scope
    ]);
    const locking = files.filter((f) => /pessimistic_write|FOR (UPDATE|SHARE)/.test(f.text) && f.path.endsWith(".service.ts"));
    expect(locking.map((f) => f.path).filter((p) => !allowed.has(p))).toEqual([]);
  });
});
