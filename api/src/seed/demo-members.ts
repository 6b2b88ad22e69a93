import type { EntityManager } from "typeorm";
import { BranchKind, GroupPurpose, OrgUnitKind } from "../org/org-unit.enums";
import { MemberCategory, MemberStanding, MobileStatus } from "../member/member.enums";
import { chineseName, mobilePhone, residentId } from "./names";
import { Random } from "./random";
import type { SeededUnit } from "./seed-structure";

export interface DemoOptions {
  /** About how many members to generate across the college. */
  members: number;
  seed?: number;
  /** The register's as-of date for generated members. */
  asOf?: string;
}

/** Relative branch sizes: a student branch is several times a staff branch. */
const BRANCH_WEIGHT: Record<BranchKind, number> = { STAFF: 15, FACULTY: 25, STUDENT: 60, RETIRED: 30 };
const PLACEMENT_SITES = ["两江新区", "西永微电园", "成都高新区", "深圳宝安"];
const RESIDENCE_AREAS = ["渝北片区", "沙坪坝片区", "江北片区"];

interface MemberRow {
  id: string;
  name: string;
  gender: string;
  birth_date: string;
  category: string;
  standing: string;
  joined_on: string | null;
  full_since: string | null;
  probation_ends_on: string | null;
  branch_id: string;
  group_id: string | null;
  department: string | null;
  class_name: string | null;
  mobile_status: string;
  mobile_location: string | null;
  id_number: string;
  phone: string;
}

/**
 * Deterministic demo members in plausible proportions per branch kind: students with a share of
 * probationary members and some on placement in placement groups, faculty with a few on
 * secondment, retirees grouped by residence; plus a committee for every branch. Sized by
 * `members`, so benchmarks can build 100× the college.
 */
export async function generateDemoMembers(em: EntityManager, units: SeededUnit[], options: DemoOptions): Promise<number> {
  const random = new Random(options.seed ?? 2014);
  const asOf = options.asOf ?? "2025-09-01";
  const collegeId = units[0].path[0];
  const branches = units.filter((u) => u.kind === OrgUnitKind.BRANCH);
  const totalWeight = branches.reduce((sum, b) => sum + BRANCH_WEIGHT[b.branchKind as BranchKind], 0);

  const groups: Array<{ id: string; parent: SeededUnit; name: string; purpose: GroupPurpose; location: string; order: number }> = [];
  const rows: MemberRow[] = [];
  for (const branch of branches) {
    const kind = branch.branchKind as BranchKind;
    const size = Math.max(1, Math.round((options.members * BRANCH_WEIGHT[kind]) / totalWeight));
    const branchGroups = makeGroups(random, branch, kind, groups.length);
    groups.push(...branchGroups);
    for (let i = 0; i < size; i++) rows.push(makeMember(random, branch, kind, branchGroups, asOf));
  }

  if (groups.length) {
    await em.query(
      `INSERT INTO org_unit (id, kind, name, parent_id, college_id, path, sort_order, group_purpose, location)
       SELECT g.id, 'GROUP', g.name, g.parent_id, $2::uuid, g.path, g.sort_order, g.purpose::group_purpose, g.location
         FROM jsonb_to_recordset($1::jsonb) AS g(id uuid, name text, parent_id uuid, path uuid[], sort_order int, purpose text, location text)`,
      [
        JSON.stringify(
          groups.map((g) => ({
            id: g.id,
            name: g.name,
            parent_id: g.parent.id,
            path: [...g.parent.path, g.id],
            sort_order: g.order,
            purpose: g.purpose,
            location: g.location,
          })),
        ),
        collegeId,
      ],
    );
  }
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await em.query(
      `INSERT INTO member (id, name, gender, birth_date, category, standing, joined_on, full_since, probation_ends_on,
                           branch_id, group_id, college_id, department, class_name, mobile_status, mobile_location, id_number, phone)
       SELECT m.id, m.name, m.gender::gender, m.birth_date, m.category::member_category, m.standing::member_standing,
              m.joined_on, m.full_since, m.probation_ends_on, m.branch_id, m.group_id, $2::uuid, m.department, m.class_name,
              m.mobile_status::mobile_status, m.mobile_location, m.id_number, m.phone
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, name text, gender text, birth_date date, category text, standing text,
              joined_on date, full_since date, probation_ends_on date, branch_id uuid, group_id uuid, department text,
              class_name text, mobile_status text, mobile_location text, id_number text, phone text)`,
      [chunk, collegeId],
    );
    await em.query(
      `INSERT INTO register_entry (member_id, branch_id, college_id, kind, reason, occurred_on)
       SELECT m.id, m.branch_id, $2::uuid, 'ADDED', 'INITIAL_IMPORT', $3::date
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, branch_id uuid)`,
      [chunk, collegeId, asOf],
    );
  }
  await seedCommittees(em, random, units, rows, collegeId);
  return rows.length;
}

function makeGroups(random: Random, branch: SeededUnit, kind: BranchKind, offset: number) {
  const make = (name: string, purpose: GroupPurpose, location: string, order: number) => ({
    id: random.uuid(),
    parent: branch,
    name,
    purpose,
    location,
    order: offset + order,
  });
  if (kind === BranchKind.STUDENT) {
    return PLACEMENT_SITES.slice(0, 2).map((site, i) =>
      make(
        `${site}顶岗实习党小组`,
        GroupPurpose.PLACEMENT,
        `重庆市${site}`.replace("重庆市成都", "四川省成都").replace("重庆市深圳", "广东省深圳"),
        i + 1,
      ),
    );
  }
  if (kind === BranchKind.RETIRED) {
    return RESIDENCE_AREAS.map((area, i) => make(`${area}党小组`, GroupPurpose.RESIDENCE, `重庆市${area}`, i + 1));
  }
  return [];
}

function makeMember(
  random: Random,
  branch: SeededUnit,
  kind: BranchKind,
  groups: Array<{ id: string; purpose: GroupPurpose; location: string }>,
  asOf: string,
): MemberRow {
  const female = random.chance(kind === BranchKind.STUDENT ? 0.55 : 0.45);
  const base = {
    id: random.uuid(),
    name: chineseName(random),
    gender: female ? "FEMALE" : "MALE",
    branch_id: branch.id,
    group_id: null as string | null,
    department: branch.covers[0] ?? null,
    class_name: null as string | null,
    mobile_status: MobileStatus.NONE as string,
    mobile_location: null as string | null,
    phone: mobilePhone(random),
  };
  const year = Number(asOf.slice(0, 4));
  if (kind === BranchKind.STUDENT) {
    const birth = random.date(`${year - 22}-01-01`, `${year - 19}-12-31`);
    const probationary = random.chance(0.3);
    const joined = probationary ? random.date(`${year - 1}-10-01`, `${year}-06-30`) : random.date(`${year - 2}-10-01`, `${year - 1}-06-30`);
    const placement = groups.length > 0 && random.chance(0.12);
    const group = placement ? random.pick(groups) : null;
    const grade = random.int(year - 3, year - 1);
    return {
      ...base,
      birth_date: birth,
      category: MemberCategory.STUDENT,
      standing: probationary ? MemberStanding.PROBATIONARY : MemberStanding.FULL,
      joined_on: joined,
      full_since: probationary ? null : addYears(joined, 1),
      probation_ends_on: probationary ? addYears(joined, 1) : null,
      group_id: group?.id ?? null,
      class_name: `${String(grade).slice(2)}级${random.int(1, 4)}班`,
      mobile_status: group ? MobileStatus.PLACEMENT : MobileStatus.NONE,
      mobile_location: group?.location ?? null,
      id_number: residentId(random, birth, female),
    };
  }
  if (kind === BranchKind.RETIRED) {
    const birth = random.date("1940-01-01", `${year - 61}-12-31`);
    const joined = random.date(addYears(birth, 20), addYears(birth, 40));
    const group = groups.length ? random.pick(groups) : null;
    return {
      ...base,
      birth_date: birth,
      category: MemberCategory.RETIRED,
      standing: MemberStanding.FULL,
      joined_on: joined,
      full_since: addYears(joined, 1),
      probation_ends_on: null,
      group_id: group?.id ?? null,
      department: "离退休工作处",
      id_number: residentId(random, birth, female),
    };
  }
  const birth = random.date(`${year - 60}-01-01`, `${year - 24}-12-31`);
  const probationary = random.chance(0.04);
  const joined = probationary ? random.date(`${year - 1}-10-01`, `${year}-06-30`) : random.date(addYears(birth, 19), `${year - 2}-06-30`);
  const seconded = random.chance(0.03);
  return {
    ...base,
    birth_date: birth,
    category: MemberCategory.FACULTY,
    standing: probationary ? MemberStanding.PROBATIONARY : MemberStanding.FULL,
    joined_on: joined,
    full_since: probationary ? null : addYears(joined, 1),
    probation_ends_on: probationary ? addYears(joined, 1) : null,
    department: random.pick(branch.covers.length ? branch.covers : ["学院"]),
    mobile_status: seconded ? MobileStatus.SECONDMENT : MobileStatus.NONE,
    mobile_location: seconded ? random.pick(["重庆市彭水县（支教）", "重庆市教委（挂职）", "重庆大学（访学）"]) : null,
    id_number: residentId(random, birth, female),
  };
}

/** A secretary and two committee members per branch; some terms already past due for re-election. */
async function seedCommittees(em: EntityManager, random: Random, units: SeededUnit[], rows: MemberRow[], collegeId: string) {
  const byBranch = new Map<string, MemberRow[]>();
  for (const row of rows) {
    if (row.standing !== MemberStanding.FULL) continue;
    const list = byBranch.get(row.branch_id) ?? [];
    if (list.length < 3) byBranch.set(row.branch_id, [...list, row]);
  }
  const positions: object[] = [];
  for (const unit of units.filter((u) => u.kind === OrgUnitKind.BRANCH)) {
    const seats = byBranch.get(unit.id) ?? [];
    const start = random.chance(0.2) ? "2022-06-15" : "2024-06-15";
    const end = start === "2022-06-15" ? "2025-06-14" : "2027-06-14";
    seats.forEach((m, i) =>
      positions.push({
        unit_id: unit.id,
        member_id: m.id,
        role: i === 0 ? "SECRETARY" : "MEMBER",
        duty: ["书记", "组织委员", "宣传委员"][i],
        term_start: start,
        term_end: end,
      }),
    );
  }
  if (!positions.length) return;
  await em.query(
    `INSERT INTO committee_position (unit_id, member_id, college_id, role, duty, term_start, term_end)
     SELECT p.unit_id, p.member_id, $2::uuid, p.role::committee_role, p.duty, p.term_start, p.term_end
       FROM jsonb_to_recordset($1::jsonb) AS p(unit_id uuid, member_id uuid, role text, duty text, term_start date, term_end date)`,
    [JSON.stringify(positions), collegeId],
  );
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + 1 year → 28 February, not 1 March.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
