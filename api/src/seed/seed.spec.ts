import { GENERAL_BRANCHES } from "./college-structure";
import { residentId } from "./names";
import { Random } from "./random";

describe("college structure (四(一)1–2)", () => {
  it("has 12 general branches and 39 branches with unique names within each general branch", () => {
    expect(GENERAL_BRANCHES).toHaveLength(12);
    expect(GENERAL_BRANCHES.flatMap((gb) => gb.branches)).toHaveLength(39);
    for (const gb of GENERAL_BRANCHES) expect(new Set(gb.branches.map((b) => b.name)).size).toBe(gb.branches.length);
    expect(GENERAL_BRANCHES.map((gb) => gb.branches.length)).toEqual([8, 6, 2, 2, 2, 2, 3, 3, 2, 2, 2, 5]);
  });
});

describe("demo generator pieces", () => {
  it("draws the same sequence from the same seed", () => {
    const a = new Random(7);
    const b = new Random(7);
    expect(Array.from({ length: 5 }, () => a.uuid())).toEqual(Array.from({ length: 5 }, () => b.uuid()));
  });

  it("makes resident ids with a valid GB 11643 check digit and the right sex digit", () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const random = new Random(1);
    for (let i = 0; i < 200; i++) {
      const female = i % 2 === 0;
      const id = residentId(random, "2004-02-29", female);
      expect(id).toMatch(/^\d{6}20040229\d{3}[\dX]$/);
      const sum = [...id.slice(0, 17)].reduce((acc, d, k) => acc + Number(d) * weights[k], 0);
      expect(id[17]).toBe("10X98765432"[sum % 11]);
      expect(Number(id[16]) % 2).toBe(female ? 0 : 1);
    }
  });
});
