import { UserRole } from "../api/src/auth/roles";
import { useDemoCollege } from "./support/demo-college";
import { HoursDistribution, HoursOfUnitPage } from "./support/operations";
import { REQUEST_STATEMENTS } from "./support/statements";

const YEAR = { from: "2025-01-01", to: "2025-12-31" } as const;

describe("educationHoursDistribution: members counted by hours, per general branch and category, in SQL", () => {
  const demo = useDemoCollege();

  /** The distribution computed here from every member's own totals (educationHours) and home. */
  async function expected(unitId: string, binHours: number, bins: number) {
    const totals = new Map<string, { total: number; integrity: number }>();
    for (let offset = 0; ; offset += 100) {
      const page = (await demo.app.ok(HoursOfUnitPage, { unitId, ...YEAR, offset })).educationHours;
      for (const i of page.items) totals.set(i.memberId, { total: Number(i.totalHours), integrity: Number(i.integrityHours) });
      if (offset + 100 >= page.totalCount) break;
    }
    const homes: Array<{ id: string; category: string; unit_id: string; unit_name: string }> = await demo.em.query(
      `SELECT m.id, m.category::text, coalesce(gb.id, b.id) AS unit_id, coalesce(gb.name, b.name) AS unit_name
         FROM member m JOIN org_unit b ON b.id = m.branch_id
         LEFT JOIN org_unit gb ON gb.id = b.parent_id AND gb.kind = 'GENERAL_BRANCH' AND gb.path @> ARRAY[$2::uuid]
        WHERE m.id = ANY($1::uuid[])`,
      [[...totals.keys()], unitId],
    );
    const out = new Map<
      string,
      { unitId: string; unitName: string; category: string; members: number; totalBins: number[]; integrityBins: number[] }
    >();
    const bin = (hours: number) => Math.min(Math.floor(hours / binHours), bins - 1);
    for (const home of homes) {
      const key = `${home.unit_id}|${home.category}`;
      if (!out.has(key))
        out.set(key, {
          unitId: home.unit_id,
          unitName: home.unit_name,
          category: home.category,
          members: 0,
          totalBins: Array(bins).fill(0),
          integrityBins: Array(bins).fill(0),
        });
      const item = out.get(key)!;
      const { total, integrity } = totals.get(home.id)!;
      item.members++;
      item.totalBins[bin(total)]++;
      item.integrityBins[bin(integrity)]++;
    }
    return out;
  }

  const byKey = (rows: Array<{ unitId: string; category: string }>) => new Map(rows.map((r) => [`${r.unitId}|${r.category}`, r]));

  it("equals the distribution of every member's own totals, for the college and with other bins", async () => {
    const { app, collegeId } = demo;
    for (const [binHours, bins] of [
      [4, 8],
      [1, 30],
    ]) {
      const rows = (await app.ok(HoursDistribution, { unitId: collegeId, ...YEAR, binHours, bins })).educationHoursDistribution;
      expect(byKey(rows)).toEqual(await expected(collegeId, binHours, bins));
      expect(rows.every((r) => r.totalBins.length === bins && r.integrityBins.length === bins)).toBe(true);
    }
    const rows = (await app.ok(HoursDistribution, { unitId: collegeId, ...YEAR, binHours: 4, bins: 8 })).educationHoursDistribution;
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(["FACULTY", "STUDENT", "RETIRED"]));
    expect(rows.reduce((n, r) => n + r.members, 0)).toBeGreaterThan(150);
  });

  it("answers in one statement whatever the subtree, and keeps to the caller's scope", async () => {
    const { app, collegeId } = demo;
    const [generalBranch] = await demo.em.query(
      `SELECT id FROM org_unit WHERE kind = 'GENERAL_BRANCH' AND archived_at IS NULL ORDER BY sort_order, name LIMIT 1`,
    );
    const statements = async (unitId: string) => {
      await app.ok(HoursDistribution, { unitId, ...YEAR, binHours: 4, bins: 8 });
      const start = app.queries.count;
      await app.ok(HoursDistribution, { unitId, ...YEAR, binHours: 4, bins: 8 });
      return app.queries.count - start;
    };
    // the token's session, the unit (loader), the distribution
    expect(await statements(collegeId)).toBe(REQUEST_STATEMENTS + 3);
    expect(await statements(generalBranch.id)).toBe(REQUEST_STATEMENTS + 3);

    const secretary = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: generalBranch.id });
    const outside = await secretary.gql(HoursDistribution, { unitId: collegeId, ...YEAR, binHours: 4, bins: 8 });
    expect(outside.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const own = (await secretary.ok(HoursDistribution, { unitId: generalBranch.id, ...YEAR, binHours: 4, bins: 8 }))
      .educationHoursDistribution;
    expect(own.map((r) => r.unitId)).toEqual(own.map(() => generalBranch.id));
    expect(byKey(own)).toEqual(await expected(generalBranch.id, 4, 8));

    // Asked for one branch: its own rows, never its general branch (above the request, perhaps above the caller).
    const [branch] = await demo.em.query(`SELECT id FROM org_unit WHERE kind = 'BRANCH' AND parent_id = $1 ORDER BY name LIMIT 1`, [
      generalBranch.id,
    ]);
    const branchSecretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: branch.id });
    const ofBranch = (await branchSecretary.ok(HoursDistribution, { unitId: branch.id, ...YEAR, binHours: 4, bins: 8 }))
      .educationHoursDistribution;
    expect(ofBranch.length).toBeGreaterThan(0);
    expect(ofBranch.map((r) => r.unitId)).toEqual(ofBranch.map(() => branch.id));
    expect(byKey(ofBranch)).toEqual(await expected(branch.id, 4, 8));
  });

  it("refuses bins outside their bounds and a reversed range on the field", async () => {
    const { app, collegeId } = demo;
    const zero = await app.gql(HoursDistribution, { unitId: collegeId, ...YEAR, binHours: 0, bins: 8 });
    expect(zero.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { binHours: expect.any(Array) } });
    const many = await app.gql(HoursDistribution, { unitId: collegeId, ...YEAR, binHours: 4, bins: 51 });
    expect(many.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { bins: expect.any(Array) } });
    const reversed = await app.gql(HoursDistribution, { unitId: collegeId, from: YEAR.to, to: YEAR.from, binHours: 4, bins: 8 });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { to: ["结束日期不能早于开始日期"] } });
  });
});
