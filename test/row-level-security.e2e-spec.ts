import { randomUUID } from "node:crypto";
import { Client } from "pg";
import {
  DEFINER_TRIGGER_FUNCTIONS,
  GUARDED as GUARDED_FIRST,
  RowLevelSecurity1765200000000,
  UNGUARDED_PEOPLE_TABLES,
} from "../migrations/1765200000000-row-level-security";
import { DEVELOPMENT_GUARDED } from "../migrations/1765400000000-member-development";

/** Every table under RLS: the first migration's and member development's. */
const GUARDED = [...GUARDED_FIRST, ...DEVELOPMENT_GUARDED];
/** Tables party_app may only insert into (no UPDATE or DELETE privilege or policy): append-only records. */
const INSERT_ONLY = new Set(["development_step"]);
import { ASSESSMENT_GUARDED } from "../migrations/1765500000000-assessment";
import { startTestApp, TestApp } from "./support/test-app";

/**
 * The database's own wall (migration row-level-security): a transaction that runs as party_app
 * with the request's settings reads and writes exactly the rows of its scope, whatever SQL it
 * sends. Every table under RLS is checked row by row for six callers:
 *   b  a branch secretary: 财经学院学生支部 and its party group (the set the API sends: subtree expanded)
 *   g  a general-branch secretary: 财经学院党总支 and everything under it
 *   c  an administrator of the college: every unit, the college root included
 *   a  the system: `*`
 *   n  nothing set (a fresh connection), or empty settings (what a pooled connection keeps)
 *   s  a MEMBER account: its own member id, no units
 * Fixture rows are written as the owner (who bypasses RLS), each with the callers that must see it
 * and, where it differs, the ones that may write it.
 */

const ROLE = "party_app";
/** Every table under RLS: the row-level-security migration's, and those later migrations put under the same policies. */
const ALL_GUARDED = [...GUARDED, ...ASSESSMENT_GUARDED];
const SCOPES = ["b", "g", "c", "a", "n", "s"] as const;
type ScopeKey = (typeof SCOPES)[number];

/** A row of a table: its label, which callers see it, which may update or delete it (default: those who see it, except s). */
interface Row {
  table: string;
  label: string;
  seen: string;
  written?: string;
}

describe("row-level security (party_app)", () => {
  let app: TestApp;
  let db: Client;
  /** label → uuid (or audit id), and back. */
  const ids: Record<string, string> = {};
  const labels = new Map<string, string>();
  const rows: Row[] = [];
  const settings = {} as Record<ScopeKey, { units: string; member: string } | null>;
  let unitSets: Record<"b" | "g" | "c", Set<string>>;
  let collegeId: string;

  const id = (label: string): string => {
    if (!ids[label]) {
      ids[label] = randomUUID();
      labels.set(ids[label], label);
    }
    return ids[label];
  };
  /** A uuid literal for a label, for fixture SQL. */
  const u = (label: string) => `'${id(label)}'::uuid`;
  const row = (table: string, label: string, seen: string, written?: string) => rows.push({ table, label, seen, written });

  beforeAll(async () => {
    app = await startTestApp();
    collegeId = app.collegeId!;
    db = new Client({ connectionString: (app.dataSource.options as { url: string }).url });
    await db.connect();

    const unit = async (label: string, name: string, parentName: string) => {
      const [found] = await app.dataSource.query(
        `SELECT u.id FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.name = $1 AND p.name = $2`,
        [name, parentName],
      );
      ids[label] = found.id;
      labels.set(found.id, label);
    };
    await unit("GA", "财经学院党总支", "重庆工业职业技术学院党委");
    await unit("B1", "学生支部", "财经学院党总支");
    await unit("B2", "教工一支部", "财经学院党总支");
    await unit("GB", "机关党总支", "重庆工业职业技术学院党委");
    await unit("B3", "机关一支部", "机关党总支");
    await unit("B4", "机关二支部", "机关党总支");
    ids.root = collegeId;
    labels.set(collegeId, "root");

    await app.dataSource.query(fixtureSql());
    // Audit entries have generated ids: written here, labelled by what comes back.
    for (const [label, unitLabel, college, seen] of [
      ["auA", "B1", true, "bgca"],
      ["auGA", "GA", true, "gca"],
      ["auB3", "B3", true, "ca"],
      ["auNull", null, true, "ca"], // no unit: the college root's callers
      ["auNone", null, false, "a"], // neither: only `*`
    ] as const) {
      const [{ id: auditId }] = await app.dataSource.query(
        `INSERT INTO audit_entry (actor_label, operation, entity_type, unit_id, college_id) VALUES ('test', 'fixture', 'Fixture', $1, $2) RETURNING id::text`,
        [unitLabel && ids[unitLabel], college ? collegeId : null],
      );
      ids[label] = auditId;
      labels.set(auditId, label);
      row("audit_entry", label, seen);
    }

    const subtree = async (root: string) =>
      new Set<string>(
        (await app.dataSource.query(`SELECT id FROM org_unit WHERE path @> ARRAY[$1::uuid]`, [root])).map((r: { id: string }) => r.id),
      );
    unitSets = { b: await subtree(ids.B1), g: await subtree(ids.GA), c: await subtree(collegeId) };
    expect([...unitSets.b].map((x) => labels.get(x)).sort()).toEqual(["B1", "G1"]);
    const literal = (set: Set<string>) => `{${[...set].join(",")}}`;
    Object.assign(settings, {
      b: { units: literal(unitSets.b), member: "" },
      g: { units: literal(unitSets.g), member: "" },
      c: { units: literal(unitSets.c), member: "" },
      a: { units: "*", member: "" },
      n: null,
      s: { units: "{}", member: id("mA1") },
    });

    // Rows the test app wrote before the fixtures (its administrator's account and audit
    // entries), seen as their unit columns say.
    const letters = (unitId: string | null, college: string | null) =>
      unitId ? [..."bgc"].filter((k) => unitSets[k as "b"].has(unitId)).join("") + "a" : college === collegeId ? "ca" : "a";
    for (const entry of await app.dataSource.query(`SELECT id::text, unit_id, college_id FROM audit_entry WHERE operation <> 'fixture'`)) {
      labels.set(entry.id, `audit:${entry.id}`);
      row("audit_entry", `audit:${entry.id}`, letters(entry.unit_id, entry.college_id));
      ids[`audit:${entry.id}`] = entry.id;
    }
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  /**
   * The fixture rows, each registered with who sees it. Members: mA1 in B1's group G1 (the MEMBER
   * account's own), mA2 in B1, mB in B2 (same general branch), mC in B3 and mD in B4 (another).
   */
  function fixtureSql(): string {
    const sql: string[] = [];
    const add = (table: string, columns: string, values: Array<[label: string, seen: string, values: string, written?: string]>) => {
      sql.push(`INSERT INTO ${table} (id, ${columns}) VALUES ${values.map(([label, , v]) => `(${u(label)}, ${v})`).join(",\n  ")};`);
      for (const [label, seen, , written] of values) row(table, label, seen, written);
    };
    const root = u("root");
    sql.push(`INSERT INTO org_unit (id, kind, name, parent_id, college_id, path, group_purpose)
              SELECT ${u("G1")}, 'GROUP', '第一党小组', id, college_id, path || ${u("G1")}, 'OTHER' FROM org_unit WHERE id = ${u("B1")};`);
    add("member", "name, gender, category, standing, branch_id, group_id, college_id", [
      ["mA1", "bgcas", `'甲一', 'FEMALE', 'STUDENT', 'FULL', ${u("B1")}, ${u("G1")}, ${root}`],
      ["mA2", "bgca", `'甲二', 'MALE', 'FACULTY', 'FULL', ${u("B1")}, NULL, ${root}`],
      ["mB", "gca", `'乙', 'MALE', 'FACULTY', 'FULL', ${u("B2")}, NULL, ${root}`],
      ["mC", "ca", `'丙', 'FEMALE', 'FACULTY', 'FULL', ${u("B3")}, NULL, ${root}`],
      ["mD", "ca", `'丁', 'FEMALE', 'FACULTY', 'FULL', ${u("B4")}, NULL, ${root}`],
    ]);
    add("person", "name, kind, unit_id, college_id", [
      // Also shown to mA1, whose mass contact this person is.
      ["pA", "bgcas", `'群众甲', 'MASS', ${u("B1")}, ${root}`],
      ["pB", "gca", `'群众乙', 'MASS', ${u("B2")}, ${root}`],
      ["pC", "ca", `'群众丙', 'STUDENT', ${u("B3")}, ${root}`],
      // Another unit's person whom mA1 keeps in touch with: shown with that contact, written only by B3's callers.
      ["pCx", "bgcas", `'群众丙二', 'MASS', ${u("B3")}, ${root}`, "ca"],
    ]);
    add("mass_contact", "member_id, person_id, college_id, since", [
      ["mcA1", "bgcas", `${u("mA1")}, ${u("pA")}, ${root}, '2025-01-01'`],
      ["mcA1x", "bgcas", `${u("mA1")}, ${u("pCx")}, ${root}, '2025-01-01'`],
      ["mcB", "gca", `${u("mB")}, ${u("pB")}, ${root}, '2025-01-01'`],
      ["mcC", "ca", `${u("mC")}, ${u("pC")}, ${root}, '2025-01-01'`],
    ]);
    add("register_entry", "member_id, branch_id, college_id, kind, reason, occurred_on", [
      ["reA1", "bgcas", `${u("mA1")}, ${u("B1")}, ${root}, 'ADDED', 'DEVELOPED', '2024-06-01'`],
      ["reB", "gca", `${u("mB")}, ${u("B2")}, ${root}, 'ADDED', 'INITIAL_IMPORT', '2024-06-01'`],
      // mC left B1 for B3: B1 keeps its register line.
      ["reCold", "bgca", `${u("mC")}, ${u("B1")}, ${root}, 'REMOVED', 'INTERNAL_TRANSFER', '2024-09-01'`],
      ["reC", "ca", `${u("mC")}, ${u("B3")}, ${root}, 'ADDED', 'INTERNAL_TRANSFER', '2024-09-01'`],
    ]);
    add("member_transfer", "member_id, from_branch_id, to_branch_id, college_id, transferred_on", [
      ["trC", "bgca", `${u("mC")}, ${u("B1")}, ${u("B3")}, ${root}, '2024-09-01'`],
      ["trB", "gca", `${u("mB")}, ${u("B4")}, ${u("B2")}, ${root}, '2024-09-01'`],
      ["trA1", "bgcas", `${u("mA1")}, ${u("B2")}, ${u("B1")}, ${root}, '2024-03-01'`],
      ["trD", "ca", `${u("mD")}, ${u("B3")}, ${u("B4")}, ${root}, '2024-09-01'`],
    ]);
    add("committee_position", "unit_id, member_id, college_id, role, term_start", [
      ["cpA", "bgcas", `${u("B1")}, ${u("mA1")}, ${root}, 'SECRETARY', '2024-01-01'`],
      ["cpGA", "gca", `${u("GA")}, ${u("mB")}, ${root}, 'MEMBER', '2024-01-01'`],
      // A B1 member on the college's committee: B1 sees it through its member.
      ["cpRoot", "bgca", `${root}, ${u("mA2")}, ${root}, 'MEMBER', '2024-01-01'`],
      ["cpC", "ca", `${u("B3")}, ${u("mC")}, ${root}, 'SECRETARY', '2024-01-01'`],
    ]);
    // Activities are not under RLS (a unit's meeting); actA2 and actC2 are for the write tests.
    sql.push(`INSERT INTO activity (id, college_id, host_unit_id, type, starts_at, ends_at, topic, education_hours) VALUES
      (${u("actA")}, ${root}, ${u("B1")}, 'PARTY_LECTURE', '2025-03-01 09:00+08', '2025-03-01 11:00+08', '党课', 2),
      (${u("actA2")}, ${root}, ${u("B1")}, 'PARTY_LECTURE', '2025-04-01 09:00+08', '2025-04-01 11:00+08', '党课二', 1),
      (${u("actB")}, ${root}, ${u("B2")}, 'PARTY_LECTURE', '2025-03-02 09:00+08', '2025-03-02 11:00+08', '党课', 2),
      (${u("actC")}, ${root}, ${u("B3")}, 'PARTY_LECTURE', '2025-03-03 09:00+08', '2025-03-03 11:00+08', '党课', 2),
      (${u("actC2")}, ${root}, ${u("B3")}, 'PARTY_LECTURE', '2025-04-03 09:00+08', '2025-04-03 11:00+08', '党课二', 1);`);
    add("activity_attendance", "college_id, activity_id, member_id, status, is_guest", [
      ["atA1", "bgcas", `${root}, ${u("actA")}, ${u("mA1")}, 'PRESENT', false`],
      // A guest from another general branch at B1's meeting: B1 sees it through its activity.
      ["atGuest", "bgca", `${root}, ${u("actA")}, ${u("mC")}, 'PRESENT', true`],
      // A B1 member as a guest elsewhere: B1 sees it through its member.
      ["atAway", "bgca", `${root}, ${u("actC")}, ${u("mA2")}, 'PRESENT', true`],
      ["atB", "gca", `${root}, ${u("actB")}, ${u("mB")}, 'PRESENT', false`],
      ["atC", "ca", `${root}, ${u("actC")}, ${u("mC")}, 'PRESENT', false`],
    ]);
    add("study_record", "college_id, member_id, kind, studied_on, title, hours", [
      ["srA1", "bgcas", `${root}, ${u("mA1")}, 'ONLINE_COURSE', '2025-02-01', '网课', 3`],
      ["srB", "gca", `${root}, ${u("mB")}, 'PARTY_SCHOOL', '2025-02-01', '党校', 8`],
      ["srC", "ca", `${root}, ${u("mC")}, 'SELF_STUDY', '2025-02-01', '自学', 2`],
    ]);
    sql.push(`INSERT INTO student_class (id, name, college_unit_id, college_id, major, grade_year) VALUES
      (${u("clsA")}, '会计1班', ${u("GA")}, ${root}, '会计', 2024), (${u("clsC")}, '机关1班', ${u("GB")}, ${root}, '行政', 2024);`);
    add("class_member", "class_id, member_id, college_id, since", [
      ["cmA1", "bgcas", `${u("clsA")}, ${u("mA1")}, ${root}, '2024-09-01'`],
      // In GA's class but of B2: GA sees it by the class, B1 does not.
      ["cmB", "gca", `${u("clsA")}, ${u("mB")}, ${root}, '2024-09-01'`],
      ["cmC", "ca", `${u("clsC")}, ${u("mC")}, ${root}, '2024-09-01'`],
    ]);
    add("liaison_assignment", "kind, liaison_member_id, leader_name, unit_id, college_id, target_class_id, start_date", [
      ["laA", "bgca", `'TEACHER_TO_STUDENTS', ${u("mA2")}, NULL, ${u("B1")}, ${root}, NULL, '2025-01-01'`],
      // B3's link whose liaison is mA1: visible to mA1 and B1's callers through the member.
      ["laC", "bgcas", `'TEACHER_TO_STUDENTS', ${u("mA1")}, NULL, ${u("B3")}, ${root}, NULL, '2025-01-01'`],
      ["laC2", "ca", `'COLLEGE_LEADER_TO_CLASS', NULL, '院领导', ${u("B3")}, ${root}, ${u("clsC")}, '2025-01-01'`],
    ]);
    add("liaison_student", "assignment_id, person_id, member_id, college_id", [
      ["lsA", "bgca", `${u("laA")}, ${u("pA")}, NULL, ${root}`],
      ["lsC", "ca", `${u("laC2")}, NULL, ${u("mC")}, ${root}`],
      ["lsSelf", "bgcas", `${u("laC2")}, NULL, ${u("mA1")}, ${root}`],
      // Of a link read through its member: read with the link, written only by the link's unit.
      ["lsViaLink", "bgcas", `${u("laC")}, ${u("pC")}, NULL, ${root}`, "ca"],
    ]);
    add("liaison_visit", "assignment_id, kind, visitor_member_id, visitor_name, unit_id, college_id, visited_on", [
      ["lvA", "bgca", `${u("laA")}, 'TEACHER_HOME_VISIT', ${u("mA2")}, '甲二', ${u("B1")}, ${root}, '2025-03-01'`],
      ["lvC", "ca", `${u("laC2")}, 'LIAISON_VISIT', NULL, '院领导', ${u("B3")}, ${root}, '2025-03-01'`],
      ["lvSelf", "bgcas", `${u("laC")}, 'STUDENT_DORM_VISIT', ${u("mA1")}, '甲一', ${u("B3")}, ${root}, '2025-03-01'`],
    ]);
    add("visit_person", "visit_id, person_id, member_id, name, college_id", [
      ["vpA", "bgca", `${u("lvA")}, NULL, NULL, '家长', ${root}`],
      // mA2 met on B3's visit: B1 sees it through its member.
      ["vpMet", "bgca", `${u("lvC")}, NULL, ${u("mA2")}, '甲二', ${root}`],
      ["vpC", "ca", `${u("lvC")}, ${u("pC")}, NULL, '群众丙', ${root}`],
      ["vpSelf", "bgcas", `${u("lvSelf")}, NULL, NULL, '舍友', ${root}`, "ca"],
    ]);
    add("liaison_follow_up", "visit_id, college_id, content", [
      ["fuA", "bgca", `${u("lvA")}, ${root}, '跟进甲'`],
      ["fuC", "ca", `${u("lvC")}, ${root}, '跟进丙'`],
      ["fuSelf", "bgcas", `${u("lvSelf")}, ${root}, '跟进宿舍'`, "ca"],
    ]);
    sql.push(`INSERT INTO service_post (id, type_id, host_unit_id, college_id, name, place_kind, place, duties, term_start) VALUES
      (${u("spA")}, '5e1a0001-0000-4000-8000-000000000001', ${u("B1")}, ${root}, '宣传岗', 'DORM', '一舍', '宣传', '2025-01-01'),
      (${u("spC")}, '5e1a0001-0000-4000-8000-000000000002', ${u("B3")}, ${root}, '互助岗', 'CAMPUS', '图书馆', '互助', '2025-01-01');`);
    add("service_post_holder", "post_id, member_id, college_id, start_date", [
      ["shA", "bgcas", `${u("spA")}, ${u("mA1")}, ${root}, '2025-01-01'`],
      ["shAway", "bgca", `${u("spC")}, ${u("mA2")}, ${root}, '2025-01-01'`],
      ["shC", "ca", `${u("spC")}, ${u("mC")}, ${root}, '2025-01-01'`],
    ]);
    const pledge = (m: string, unitLabel: string) => `${u(m)}, ${u(unitLabel)}, ${root}, '窗口', '标准', '身份', '承诺', '2025-01-01'`;
    add("service_pledge", "member_id, unit_id, college_id, service_window, standard, identity, pledge, pledged_on", [
      ["plA", "bgcas", pledge("mA1", "B1")],
      ["plB", "gca", pledge("mB", "B2")],
      ["plC", "ca", pledge("mC", "B3")],
    ]);
    add("service_evaluation", "pledge_id, member_id, unit_id, college_id, evaluator_kind, evaluator_label, score, evaluated_on", [
      ["evA", "bgcas", `${u("plA")}, ${u("mA1")}, ${u("B1")}, ${root}, 'PUBLIC', '群众', 90, '2025-02-01'`],
      ["evB", "gca", `NULL, ${u("mB")}, ${u("B2")}, ${root}, 'PEER', '同事', 80, '2025-02-01'`],
      ["evC", "ca", `${u("plC")}, ${u("mC")}, ${u("B3")}, ${root}, 'LEADER', '领导', 85, '2025-02-01'`],
    ]);
    add("dues_record", "member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on", [
      ["duA1", "bgcas", `${u("mA1")}, ${u("B1")}, ${root}, '2025-01-01', 200, 200, '2025-01-10'`],
      // mC's dues from when mC was in B1: in B1's books.
      ["duCold", "bgca", `${u("mC")}, ${u("B1")}, ${root}, '2024-08-01', 500, 500, '2024-08-10'`],
      ["duC", "ca", `${u("mC")}, ${u("B3")}, ${root}, '2025-01-01', 500, 0, NULL`],
      ["duB", "gca", `${u("mB")}, ${u("B2")}, ${root}, '2025-01-01', 300, 300, '2025-02-01'`],
    ]);
    add("party_work_allowance", "member_id, unit_id, college_id, year, post_kind, post, workload_credit, amount_fen", [
      ["pwA", "bgcas", `${u("mA1")}, ${u("B1")}, ${root}, 2025, 'SECRETARY', '支部书记', 1, 10000`],
      ["pwGA", "gca", `${u("mB")}, ${u("GA")}, ${root}, 2025, 'COMMITTEE_MEMBER', '总支委员', 1, 5000`],
      ["pwC", "ca", `${u("mC")}, ${u("B3")}, ${root}, 2025, 'SECRETARY', '支部书记', 1, 10000`],
    ]);
    add("award", "unit_id, nominee_member_id, college_id, kind, cycle_year, nominated_on", [
      ["awA", "bgca", `${u("B1")}, NULL, ${root}, 'ADVANCED_ORGANISATION', 2025, '2025-05-01'`],
      ["awSelf", "bgcas", `${u("B3")}, ${u("mA1")}, ${root}, 'EXCELLENT_MEMBER', 2025, '2025-05-01'`],
      ["awC", "ca", `${u("B3")}, NULL, ${root}, 'ADVANCED_ORGANISATION', 2025, '2025-05-01'`],
    ]);
    add("filed_document", "college_id, unit_id, member_id, kind, title, filed_on", [
      ["fdA", "bgca", `${root}, ${u("B1")}, NULL, 'DEV_PLAN', '发展计划', '2025-01-05'`],
      ["fdRep", "bgcas", `${root}, ${u("B1")}, ${u("mA1")}, 'THOUGHT_REPORT', '思想汇报', '2025-01-05'`],
      ["fdGA", "gca", `${root}, ${u("GA")}, NULL, 'GB_ANNUAL_REPORT', '年度报告', '2025-01-05'`],
      ["fdC", "ca", `${root}, ${u("B3")}, ${u("mC")}, 'THOUGHT_REPORT', '思想汇报', '2025-01-05'`],
    ]);
    // Member development: cases of B1, B2 and B3 (one of B3's is the MEMBER account's own, mA1 having been admitted there).
    const dev = (stage: string) => `'FEMALE', '2000-01-01', 'STUDENT', '${stage}', '2024-01-01', '2023-09-01'`;
    add(
      "development_case",
      "branch_id, college_id, person_id, member_id, name, gender, birth_date, track, stage, stage_since, applied_on",
      [
        ["dcA", "bgca", `${u("B1")}, ${root}, ${u("pA")}, NULL, '申请甲', ${dev("ACTIVIST")}`],
        ["dcB", "gca", `${u("B2")}, ${root}, ${u("pB")}, NULL, '申请乙', ${dev("ACTIVIST")}`],
        ["dcSelf", "bgcas", `${u("B3")}, ${root}, ${u("pCx")}, ${u("mA1")}, '甲一', ${dev("PROBATIONARY")}`, "ca"],
        ["dcC", "ca", `${u("B3")}, ${root}, ${u("pC")}, NULL, '申请丙', ${dev("ACTIVIST")}`],
      ],
    );
    // Steps are append-only: nobody updates or deletes them.
    add("development_step", "case_id, branch_id, college_id, kind, occurred_on, recorded_by", [
      ["stA", "bgca", `${u("dcA")}, ${u("B1")}, ${root}, 'STAGE_CHANGE', '2024-01-01', 'test'`, ""],
      ["stC", "ca", `${u("dcC")}, ${u("B3")}, ${root}, 'STAGE_CHANGE', '2024-01-01', 'test'`, ""],
    ]);
    add("development_notice", "case_id, branch_id, college_id, purpose, starts_on, ends_on", [
      ["ntA", "bgca", `${u("dcA")}, ${u("B1")}, ${root}, 'CANDIDATE', '2024-02-01', '2024-02-07'`],
      ["ntC", "ca", `${u("dcC")}, ${u("B3")}, ${root}, 'CANDIDATE', '2024-02-01', '2024-02-07'`],
    ]);
    add("development_contact", "case_id, branch_id, college_id, role, member_id, since", [
      ["ctA", "bgca", `${u("dcA")}, ${u("B1")}, ${root}, 'TRAINER', ${u("mA2")}, '2024-02-08'`],
      // mA1 introduces a B3 applicant: shown to mA1 and to B1's callers through the member, written by B3's.
      ["ctSelf", "bgcas", `${u("dcC")}, ${u("B3")}, ${root}, 'INTRODUCER', ${u("mA1")}, '2024-02-08'`, "ca"],
      ["ctC", "ca", `${u("dcC")}, ${u("B3")}, ${root}, 'TRAINER', ${u("mC")}, '2024-02-08'`],
    ]);
    const tally = `'ADMISSION', '2024-06-01', 10, 1, 9, 8, 8, 0, 0, true`;
    add(
      "development_vote",
      "case_id, branch_id, college_id, purpose, held_on, full_members, excluded, should_attend, present, votes_for, votes_against, abstentions, passed",
      [
        ["vtA", "bgca", `${u("dcA")}, ${u("B1")}, ${root}, ${tally}`],
        ["vtC", "ca", `${u("dcC")}, ${u("B3")}, ${root}, ${tally}`],
      ],
    );
    add("development_vote_exclusion", "vote_id, branch_id, college_id, member_id, reason", [
      ["vxA", "bgca", `${u("vtA")}, ${u("B1")}, ${root}, ${u("mA2")}, '请假'`],
      ["vxSelf", "bgcas", `${u("vtC")}, ${u("B3")}, ${root}, ${u("mA1")}, '请假'`, "ca"],
      ["vxC", "ca", `${u("vtC")}, ${u("B3")}, ${root}, ${u("mC")}, '出国'`],
    ]);
    add("development_report", "case_id, branch_id, college_id, member_id, kind, reported_on", [
      ["rpA", "bgca", `${u("dcA")}, ${u("B1")}, ${root}, ${u("mA2")}, 'TO_BRANCH', '2024-07-01'`],
      ["rpSelf", "bgcas", `${u("dcSelf")}, ${u("B3")}, ${root}, ${u("mA1")}, 'TO_BRANCH', '2024-07-01'`, "ca"],
      ["rpC", "ca", `${u("dcC")}, ${u("B3")}, ${root}, ${u("mC")}, 'TO_INTRODUCER', '2024-07-01'`],
    ]);
    add("discipline_case", "member_id, unit_id, college_id, decided_on, level, decision_document", [
      ["dsA1", "bgcas", `${u("mA1")}, ${u("B1")}, ${root}, '2025-03-01', 'WARNING', '纪1号'`],
      ["dsB", "gca", `${u("mB")}, ${u("B2")}, ${root}, '2025-03-01', 'WARNING', '纪2号'`],
      // mC's case from when mC was in B1: filed at B1, seen there.
      ["dsCold", "bgca", `${u("mC")}, ${u("B1")}, ${root}, '2024-08-01', 'WARNING', '纪3号'`],
      ["dsC", "ca", `${u("mC")}, ${u("B3")}, ${root}, '2025-03-01', 'SERIOUS_WARNING', '纪4号'`],
    ]);
    // The yearly summaries follow from the rows above through the triggers; their keys are labelled here.
    const summary = (table: string, key: string, seen: string) => row(table, key, seen, "");
    summary("member_year_credit", "mA1/2025", "bgcas");
    summary("member_year_credit", "mA2/2025", "bgca");
    summary("member_year_credit", "mB/2025", "gca");
    summary("member_year_credit", "mC/2025", "ca");
    summary("member_year_dues", "mA1/2025", "bgcas");
    summary("member_year_dues", "mB/2025", "gca");
    summary("member_year_dues", "mC/2024", "ca");
    summary("member_year_dues", "mC/2025", "ca");
    summary("member_year_reports", "mA1/2025", "bgcas");
    summary("member_year_reports", "mC/2025", "ca");
    summary("branch_year_dues", "B1/2024", "bgca");
    summary("branch_year_dues", "B1/2025", "bgca");
    summary("branch_year_dues", "B2/2025", "gca");
    return sql.join("\n");
  }

  /** How a table's rows are named: by id, or a summary's keys (member or branch, and year). */
  const keyOf = (table: string) =>
    table === "branch_year_dues"
      ? `branch_id::text || '/' || year`
      : table.startsWith("member_year_")
        ? `member_id::text || '/' || year`
        : "id::text";
  const labelOf = (key: string) => {
    const [first, year] = key.split("/");
    return year ? `${labels.get(first) ?? first}/${year}` : (labels.get(key) ?? key);
  };
  const expected = (table: string, scope: ScopeKey, what: "seen" | "written") =>
    rows
      .filter((r) => r.table === table && (what === "seen" ? r.seen : (r.written ?? r.seen.replace("s", ""))).includes(scope))
      .map((r) => r.label)
      .sort();

  /** Runs `fn` in a transaction as party_app with a scope's settings (none: nothing set), then rolls back. */
  async function asApp<T>(scope: ScopeKey, fn: () => Promise<T>, client = db): Promise<T> {
    await client.query("BEGIN");
    try {
      await client.query(`SET LOCAL ROLE ${ROLE}`);
      const s = settings[scope];
      if (s) await client.query(`SELECT set_config('app.unit_ids', $1, true), set_config('app.member_id', $2, true)`, [s.units, s.member]);
      return await fn();
    } finally {
      await client.query("ROLLBACK");
    }
  }

  /** One statement in a savepoint: "ok", "refused" (a policy's check) or "denied" (no privilege). */
  async function attempt(sql: string, params: unknown[] = []): Promise<"ok" | "refused" | "denied"> {
    await db.query("SAVEPOINT attempt");
    try {
      await db.query(sql, params);
      await db.query("RELEASE SAVEPOINT attempt");
      return "ok";
    } catch (e) {
      await db.query("ROLLBACK TO SAVEPOINT attempt");
      const message = (e as Error).message;
      if (/new row violates row-level security policy/.test(message)) return "refused";
      if (/permission denied/.test(message)) return "denied";
      throw e;
    }
  }

  const visible = async (table: string) =>
    (await db.query(`SELECT ${keyOf(table)} AS key FROM ${table}`)).rows.map((r) => labelOf(r.key)).sort();
  const tables = () => ALL_GUARDED.map((g) => g.table);

  it("guards every table it has rows for, with a row for each kind of caller", () => {
    // Every table under RLS has fixture rows here, so none goes unchecked.
    expect([...new Set(rows.map((r) => r.table))].sort()).toEqual(tables().sort());
  });

  describe.each(SCOPES)("as caller %s", (scope) => {
    it("sees exactly the rows of its scope in every table under RLS", async () => {
      const seen = await asApp(scope, async () => {
        const out: Record<string, string[]> = {};
        for (const t of tables()) out[t] = await visible(t);
        return out;
      });
      expect(seen).toEqual(Object.fromEntries(tables().map((t) => [t, expected(t, scope, "seen")])));
    });

    it("updates exactly the rows it may write, and (leaf tables) deletes exactly those", async () => {
      const leaf = new Set<string>(
        (
          await app.dataSource.query(
            `SELECT c.relname FROM pg_class c WHERE c.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.oid)`,
            [tables()],
          )
        ).map((r: { relname: string }) => r.relname),
      );
      const result = await asApp(scope, async () => {
        const out: Record<string, unknown> = {};
        for (const t of tables()) {
          if (t === "audit_entry" || INSERT_ONLY.has(t)) continue; // no UPDATE or DELETE privilege at all: below
          await db.query("SAVEPOINT w");
          // A no-op update (version unchanged) touches every row the UPDATE policy admits.
          const column =
            t.startsWith("member_year_") || t === "branch_year_dues" ? "year" : t === "development_vote_exclusion" ? "reason" : "version";
          const updated = (await db.query(`UPDATE ${t} SET ${column} = ${column} RETURNING ${keyOf(t)} AS key`)).rows
            .map((r) => labelOf(r.key))
            .sort();
          await db.query("ROLLBACK TO SAVEPOINT w");
          out[`${t} updated`] = updated;
          if (leaf.has(t)) {
            const deleted = (await db.query(`DELETE FROM ${t} RETURNING ${keyOf(t)} AS key`)).rows.map((r) => labelOf(r.key)).sort();
            await db.query("ROLLBACK TO SAVEPOINT w");
            out[`${t} deleted`] = deleted;
          }
        }
        return out;
      });
      const want: Record<string, unknown> = {};
      for (const t of tables()) {
        if (t === "audit_entry" || INSERT_ONLY.has(t)) continue;
        want[`${t} updated`] = expected(t, scope, "written");
        if (leaf.has(t)) want[`${t} deleted`] = expected(t, scope, "written");
      }
      expect(result).toEqual(want);
      // The leaf tables cover the records the API writes and removes most (attendance above all).
      expect([...leaf].sort()).toEqual(
        expect.arrayContaining(["activity_attendance", "dues_record", "filed_document", "study_record", "register_entry", "mass_contact"]),
      );
    });

    it("inserts rows inside its scope and is refused outside it", async () => {
      const outcome = await asApp(scope, async () => {
        const out: Record<string, unknown> = {};
        for (const t of tables()) out[t] = [await attempt(INSERTS[t]("A")), await attempt(INSERTS[t]("B"))];
        return out;
      });
      // A: rows of B1 and its members; B: rows of B3 and its members.
      const inside = {
        b: ["ok", "refused"],
        g: ["ok", "refused"],
        c: ["ok", "ok"],
        a: ["ok", "ok"],
        n: ["refused", "refused"],
        s: ["refused", "refused"],
      }[scope];
      expect(outcome).toEqual(
        Object.fromEntries(
          tables().map((t) => [
            t,
            t === "audit_entry" ? ["ok", "ok"] : ALL_GUARDED.find((g) => g.table === t)!.insert === null ? ["refused", "refused"] : inside,
          ]),
        ),
      );
    });
  });

  /** One row per table for each side: A in B1 (with B1's members), B in B3 (with B3's and B4's). */
  const INSERTS: Record<string, (side: "A" | "B") => string> = (() => {
    const S = (side: "A" | "B") =>
      side === "A"
        ? {
            m: u("mA2"),
            m2: u("mA2"),
            unit: u("B1"),
            other: u("B2"),
            act: u("actA2"),
            cls: u("clsA"),
            post: u("spA"),
            link: u("laA"),
            visit: u("lvA"),
            person: u("pB"),
            applicant: u("pA"),
            dcase: u("dcA"),
            vote: u("vtA"),
            excluded: u("mA1"),
          }
        : {
            m: u("mC"),
            m2: u("mD"),
            unit: u("B3"),
            other: u("B4"),
            act: u("actC2"),
            cls: u("clsC"),
            post: u("spC"),
            link: u("laC2"),
            visit: u("lvC"),
            person: u("pC"),
            applicant: u("pC"),
            dcase: u("dcC"),
            vote: u("vtC"),
            excluded: u("mD"),
          };
    const root = () => u("root");
    return {
      member: (x) =>
        `INSERT INTO member (name, gender, category, standing, branch_id, college_id) VALUES ('新', 'MALE', 'STUDENT', 'FULL', ${S(x).unit}, ${root()})`,
      person: (x) => `INSERT INTO person (name, kind, unit_id, college_id) VALUES ('新', 'MASS', ${S(x).unit}, ${root()})`,
      mass_contact: (x) =>
        `INSERT INTO mass_contact (member_id, person_id, college_id, since, until) VALUES (${S(x).m}, ${S(x).person}, ${root()}, '2020-01-01', '2020-12-31')`,
      register_entry: (x) =>
        `INSERT INTO register_entry (member_id, branch_id, college_id, kind, reason, occurred_on) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, 'ADDED', 'OTHER', '2020-01-01')`,
      member_transfer: (x) =>
        `INSERT INTO member_transfer (member_id, from_branch_id, to_branch_id, college_id, transferred_on) VALUES (${S(x).m}, ${S(x).unit}, ${S(x).other}, ${root()}, '2020-01-01')`,
      committee_position: (x) =>
        `INSERT INTO committee_position (unit_id, member_id, college_id, role, term_start) VALUES (${S(x).unit}, ${S(x).m}, ${root()}, 'MEMBER', '2020-01-01')`,
      activity_attendance: (x) =>
        `INSERT INTO activity_attendance (college_id, activity_id, member_id, status) VALUES (${root()}, ${S(x).act}, ${S(x).m}, 'PRESENT')`,
      study_record: (x) =>
        `INSERT INTO study_record (college_id, member_id, kind, studied_on, title, hours) VALUES (${root()}, ${S(x).m}, 'OTHER', '2020-01-01', '新', 1)`,
      class_member: (x) =>
        `INSERT INTO class_member (class_id, member_id, college_id, since, until) VALUES (${S(x).cls}, ${S(x).m}, ${root()}, '2020-01-01', '2020-06-30')`,
      liaison_assignment: (x) =>
        `INSERT INTO liaison_assignment (kind, liaison_member_id, unit_id, college_id, start_date) VALUES ('TEACHER_TO_STUDENTS', ${S(x).m}, ${S(x).unit}, ${root()}, '2020-01-01')`,
      liaison_student: (x) =>
        `INSERT INTO liaison_student (assignment_id, member_id, college_id) VALUES (${S(x).link}, ${S(x).m2}, ${root()})`,
      liaison_visit: (x) =>
        `INSERT INTO liaison_visit (assignment_id, kind, visitor_name, unit_id, college_id, visited_on) VALUES (${S(x).link}, 'LIAISON_VISIT', '新', ${S(x).unit}, ${root()}, '2020-01-01')`,
      visit_person: (x) => `INSERT INTO visit_person (visit_id, name, college_id) VALUES (${S(x).visit}, '新', ${root()})`,
      liaison_follow_up: (x) => `INSERT INTO liaison_follow_up (visit_id, college_id, content) VALUES (${S(x).visit}, ${root()}, '新')`,
      service_post_holder: (x) =>
        `INSERT INTO service_post_holder (post_id, member_id, college_id, start_date, end_date) VALUES (${S(x).post}, ${S(x).m}, ${root()}, '2020-01-01', '2020-12-31')`,
      service_pledge: (x) =>
        `INSERT INTO service_pledge (member_id, unit_id, college_id, service_window, standard, identity, pledge, pledged_on) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, '窗', '标', '身', '诺', '2020-01-01')`,
      service_evaluation: (x) =>
        `INSERT INTO service_evaluation (member_id, unit_id, college_id, evaluator_kind, evaluator_label, score, evaluated_on) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, 'PUBLIC', '众', 60, '2020-01-01')`,
      dues_record: (x) =>
        `INSERT INTO dues_record (member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, '2020-06-01', 100, 100, '2020-06-05')`,
      party_work_allowance: (x) =>
        `INSERT INTO party_work_allowance (member_id, unit_id, college_id, year, post_kind, post, workload_credit, amount_fen) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, 2020, 'OTHER', '岗', 1, 100)`,
      award: (x) =>
        `INSERT INTO award (unit_id, college_id, kind, cycle_year, nominated_on) VALUES (${S(x).unit}, ${root()}, 'ADVANCED_ORGANISATION', 2020, '2020-01-01')`,
      filed_document: (x) =>
        `INSERT INTO filed_document (college_id, unit_id, kind, title, filed_on) VALUES (${root()}, ${S(x).unit}, 'DEV_PLAN', '新', '2020-01-01')`,
      development_case: (x) =>
        `INSERT INTO development_case (branch_id, college_id, person_id, name, gender, birth_date, track, stage, stage_since, applied_on, closed_on)
         VALUES (${S(x).unit}, ${root()}, ${S(x).applicant}, '新', 'MALE', '2000-01-01', 'STUDENT', 'WITHDRAWN', '2020-02-01', '2020-01-01', '2020-02-01')`,
      development_step: (x) =>
        `INSERT INTO development_step (case_id, branch_id, college_id, kind, occurred_on, recorded_by) VALUES (${S(x).dcase}, ${S(x).unit}, ${root()}, 'STAGE_CHANGE', '2020-01-01', 't')`,
      development_notice: (x) =>
        `INSERT INTO development_notice (case_id, branch_id, college_id, purpose, starts_on, ends_on) VALUES (${S(x).dcase}, ${S(x).unit}, ${root()}, 'CANDIDATE', '2020-01-01', '2020-01-07')`,
      development_contact: (x) =>
        `INSERT INTO development_contact (case_id, branch_id, college_id, role, member_id, since) VALUES (${S(x).dcase}, ${S(x).unit}, ${root()}, 'TRAINER', ${S(x).m}, '2020-01-01')`,
      development_vote: (x) =>
        `INSERT INTO development_vote (case_id, branch_id, college_id, purpose, held_on, full_members, excluded, should_attend, present, votes_for, votes_against, abstentions, passed)
         VALUES (${S(x).dcase}, ${S(x).unit}, ${root()}, 'ADMISSION', '2020-01-01', 10, 0, 10, 6, 6, 0, 0, true)`,
      development_vote_exclusion: (x) =>
        `INSERT INTO development_vote_exclusion (vote_id, branch_id, college_id, member_id, reason) VALUES (${S(x).vote}, ${S(x).unit}, ${root()}, ${S(x).excluded}, '请假')`,
      development_report: (x) =>
        `INSERT INTO development_report (case_id, branch_id, college_id, member_id, kind, reported_on) VALUES (${S(x).dcase}, ${S(x).unit}, ${root()}, ${S(x).m}, 'TO_BRANCH', '2020-01-01')`,
      discipline_case: (x) =>
        `INSERT INTO discipline_case (member_id, unit_id, college_id, decided_on, level, decision_document) VALUES (${S(x).m}, ${S(x).unit}, ${root()}, '2020-01-01', 'WARNING', '新')`,
      // Written without RETURNING: an entry the caller cannot read may still be written.
      audit_entry: (x) =>
        `INSERT INTO audit_entry (actor_label, operation, entity_type, unit_id, college_id) VALUES ('t', 'insert', 'Test', ${S(x).unit}, ${root()})`,
      member_year_credit: (x) =>
        `INSERT INTO member_year_credit (member_id, year, college_id, activity_hours) VALUES (${S(x).m}, 2020, ${root()}, 1)`,
      member_year_dues: (x) =>
        `INSERT INTO member_year_dues (member_id, year, college_id, recorded_mask) VALUES (${S(x).m}, 2020, ${root()}, 1)`,
      member_year_reports: (x) =>
        `INSERT INTO member_year_reports (member_id, year, college_id, thought_reports) VALUES (${S(x).m}, 2020, ${root()}, 1)`,
      branch_year_dues: (x) =>
        `INSERT INTO branch_year_dues (branch_id, year, college_id, collected_fen) VALUES (${S(x).unit}, 2020, ${root()}, 1)`,
    };
  })();

  it("has an insert case for every table under RLS", () => {
    expect(Object.keys(INSERTS).sort()).toEqual(tables().sort());
  });

  it("refuses to move a row out of scope on UPDATE (WITH CHECK), and allows moves within it", async () => {
    const outcome = await asApp("b", async () => ({
      memberOut: await attempt(`UPDATE member SET branch_id = $1, group_id = NULL WHERE id = $2`, [ids.B3, ids.mA2]),
      memberWithin: await attempt(`UPDATE member SET group_id = NULL WHERE id = $1`, [ids.mA1]),
      duesOut: await attempt(`UPDATE dues_record SET branch_id = $1, member_id = $2 WHERE id = $3`, [ids.B3, ids.mD, ids.duA1]),
      documentOut: await attempt(`UPDATE filed_document SET unit_id = $1 WHERE id = $2`, [ids.B3, ids.fdA]),
      attendanceOut: await attempt(`UPDATE activity_attendance SET activity_id = $1, member_id = $2 WHERE id = $3`, [
        ids.actC2,
        ids.mD,
        ids.atA1,
      ]),
      // The guest at B1's meeting may be marked absent: the row stays B1's.
      guestWithin: await attempt(`UPDATE activity_attendance SET status = 'ABSENT' WHERE id = $1`, [ids.atGuest]),
    }));
    expect(outcome).toEqual({
      memberOut: "refused",
      memberWithin: "ok",
      duesOut: "refused",
      documentOut: "refused",
      attendanceOut: "refused",
      guestWithin: "ok",
    });
  });

  it("keeps the audit log append-only and lets any caller write an entry it cannot read (without RETURNING)", async () => {
    const outcome = await asApp("n", async () => ({
      insert: await attempt(INSERTS.audit_entry("B")),
      // INSERT … RETURNING must read the new row: refused when the caller may not (the API writes entries without RETURNING).
      insertReturning: await attempt(`${INSERTS.audit_entry("B")} RETURNING id`),
      update: await attempt(`UPDATE audit_entry SET operation = 'x'`),
      delete: await attempt(`DELETE FROM audit_entry`),
    }));
    expect(outcome).toEqual({ insert: "ok", insertReturning: "refused", update: "denied", delete: "denied" });
    // Even the owner cannot rewrite history: the trigger stays.
    await expect(app.dataSource.query(`UPDATE audit_entry SET operation = 'x' WHERE id = $1`, [ids.auA])).rejects.toThrow(
      "audit_entry is append-only",
    );
  });

  it("fails closed: a fresh connection with nothing set, and empty settings, see nothing", async () => {
    const fresh = new Client({ connectionString: (app.dataSource.options as { url: string }).url });
    await fresh.connect();
    try {
      const counts = async (client: Client) => {
        const out: Record<string, number> = {};
        for (const t of tables()) out[t] = (await client.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
        return out;
      };
      const none = Object.fromEntries(tables().map((t) => [t, 0]));
      expect(await asApp("n", () => counts(fresh), fresh)).toEqual(none);
      // What a pooled connection holds after an earlier transaction's SET LOCAL: '' for both.
      const emptied = await asApp(
        "n",
        async () => {
          await fresh.query(`SELECT set_config('app.unit_ids', '', true), set_config('app.member_id', '', true)`);
          return counts(fresh);
        },
        fresh,
      );
      expect(emptied).toEqual(none);
    } finally {
      await fresh.end();
    }
  });

  it("evaluates the settings once per statement (InitPlans), not per row", async () => {
    const plan = await asApp(
      "b",
      async () =>
        (await db.query(`EXPLAIN (ANALYZE, VERBOSE, COSTS OFF, TIMING OFF, FORMAT JSON) SELECT * FROM member`)).rows[0]["QUERY PLAN"][0]
          .Plan,
    );
    type Node = {
      "Node Type": string;
      "Parent Relationship"?: string;
      Filter?: string;
      Output?: string[];
      "Actual Loops": number;
      "Actual Rows": number;
      "Rows Removed by Filter"?: number;
      Plans?: Node[];
    };
    const nodes: Node[] = [];
    const walk = (n: Node) => {
      nodes.push(n);
      n.Plans?.forEach(walk);
    };
    walk(plan);
    const scan = nodes.find((n) => n["Node Type"] === "Seq Scan")!;
    const initPlans = nodes.filter((n) => n["Parent Relationship"] === "InitPlan");
    // The three settings (all, units, self member), each computed once…
    expect(
      initPlans.map((n) => [
        n["Actual Loops"],
        /current_setting\('app\.(unit_ids|member_id)'|app_scope_all\(\)|app_scope_units\(\)|app_self_member\(\)/.test(n.Output!.join(" ")),
      ]),
    ).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
    // …for a scan that filtered more than one row: per-row evaluation would show in its filter.
    const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM member`);
    expect(scan["Actual Rows"] + (scan["Rows Removed by Filter"] ?? 0)).toBe(rows);
    expect(scan.Filter).not.toMatch(/current_setting|app_scope|app_self/);
    expect(scan["Actual Rows"]).toBe(2); // mA1, mA2
  });

  it("is a role without privileges of its own: no superuser, no BYPASSRLS, no login, owns nothing", async () => {
    expect(
      await app.dataSource.query(
        `SELECT r.rolsuper, r.rolbypassrls, r.rolcanlogin,
                (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int AS owned_relations,
                (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid)::int AS owned_functions
           FROM pg_roles r WHERE r.rolname = $1`,
        [ROLE],
      ),
    ).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false, owned_relations: 0, owned_functions: 0 }]);
  });

  it("puts every table with a member or person column under forced RLS (a new table of people's records without a policy fails here)", async () => {
    const unguarded = await app.dataSource.query(
      `SELECT DISTINCT t.table_name
         FROM information_schema.tables t
         JOIN pg_class c ON c.oid = format('%I.%I', t.table_schema, t.table_name)::regclass
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
          AND (EXISTS (SELECT 1 FROM information_schema.columns col
                        WHERE col.table_schema = t.table_schema AND col.table_name = t.table_name
                          AND col.column_name ~ '(^|_)(member|person)_id$')
               OR EXISTS (SELECT 1 FROM pg_constraint f
                           WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid IN ('member'::regclass, 'person'::regclass)))
        ORDER BY 1`,
    );
    expect(unguarded.map((r: { table_name: string }) => r.table_name)).toEqual(Object.keys(UNGUARDED_PEOPLE_TABLES).sort());
    // And exactly the migration's tables are under RLS, each forced, each with its SELECT policy.
    expect(
      await app.dataSource.query(
        `SELECT c.relname AS table, c.relforcerowsecurity AS forced,
                array(SELECT p.cmd FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND $1::name = ANY(p.roles) ORDER BY p.cmd) AS commands
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relrowsecurity ORDER BY c.relname`,
        [ROLE],
      ),
    ).toEqual(
      [...ALL_GUARDED]
        .sort((x, y) => (x.table < y.table ? -1 : 1))
        .map((g) => ({
          table: g.table,
          forced: true,
          commands: [...(g.write ? ["DELETE"] : []), ...(g.insert ? ["INSERT"] : []), "SELECT", ...(g.write ? ["UPDATE"] : [])],
        })),
    );
  });

  it("uses one condition for every write command of a table (so the DELETE results above hold for every table)", async () => {
    const policies = await app.dataSource.query(
      `SELECT tablename, cmd, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND cmd IN ('INSERT', 'UPDATE', 'DELETE') ORDER BY tablename, cmd`,
    );
    const byTable = new Map<string, Record<string, { qual: string | null; with_check: string | null }>>();
    for (const p of policies) byTable.set(p.tablename, { ...byTable.get(p.tablename), [p.cmd]: p });
    const mismatched = [...byTable].filter(([table, c]) =>
      table === "audit_entry"
        ? c.INSERT.with_check !== "true" || c.UPDATE || c.DELETE
        : INSERT_ONLY.has(table)
          ? !c.INSERT?.with_check || c.UPDATE || c.DELETE
          : !(c.UPDATE.qual === c.UPDATE.with_check && c.DELETE.qual === c.UPDATE.qual && c.INSERT.with_check === c.UPDATE.qual),
    );
    expect(mismatched).toEqual([]);
  });

  it("lets party_app read views only as itself (security_invoker), and runs no function with another role's rights except triggers", async () => {
    expect(
      await app.dataSource.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm') AND has_table_privilege($1, c.oid, 'SELECT')
            AND NOT coalesce('security_invoker=true' = ANY(c.reloptions), false)`,
        [ROLE],
      ),
    ).toEqual([]);
    const functions = await app.dataSource.query(
      `SELECT p.proname, p.prosecdef, p.proconfig, p.prorettype = 'trigger'::regtype AS trigger
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND (p.prosecdef OR p.prorettype = 'trigger'::regtype) ORDER BY p.proname`,
    );
    // Every trigger function reading or writing tables runs as its owner with a fixed search_path,
    // except the two the migration explains (one only raises, one fires only under the owner's
    // statements). A new trigger function must be added to one list or the other. The one callable
    // function that runs as its owner is member_homes: a member's college and home unit, nothing else.
    const INVOKER = ["audit_entry_append_only", "member_summary_attributes", "development_step_append_only"];
    const CALLABLE_DEFINER = ["member_homes"];
    expect(functions).toEqual(
      [...DEFINER_TRIGGER_FUNCTIONS, ...INVOKER, ...CALLABLE_DEFINER]
        .sort()
        .map((proname) =>
          INVOKER.includes(proname)
            ? { proname, prosecdef: false, proconfig: null, trigger: true }
            : { proname, prosecdef: true, proconfig: ["search_path=public, pg_temp"], trigger: !CALLABLE_DEFINER.includes(proname) },
        ),
    );
  });

  describe("summaries written by the triggers as their owner", () => {
    type Db = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
    const SUMMARIES: Array<[table: string, keys: string]> = [
      ["member_year_credit", "member_id, year"],
      ["member_year_dues", "member_id, year"],
      ["branch_year_dues", "branch_id, year"],
      ["member_year_reports", "member_id, year"],
    ];
    /** Every summary and its from-scratch view, and each member's first dues month kept and recomputed, read as the owner. */
    const exactness = async (client: Db) => {
      const out: Record<string, unknown> = {};
      for (const [table, keys] of SUMMARIES) {
        const values = `(to_jsonb(s) - '${keys.split(", ").join("' - '")}' - 'college_id' - 'branch_id' - 'category' - 'standing' - 'mobile_status' - 'status')`;
        // Rows all zero read as nothing (a summary keeps a row at zero when its sources go).
        const read = async (rel: string) =>
          (
            await client.query(
              `SELECT ${keys}, college_id, ${values} AS v FROM ${rel} s WHERE EXISTS (SELECT 1 FROM jsonb_each_text(${values}) e WHERE e.value NOT IN ('0', '0.00')) ORDER BY ${keys}`,
            )
          ).rows;
        out[table] = { kept: await read(table), source: await read(`${table}_source`) };
      }
      out.firstDuesMonth = {
        kept: (await client.query(`SELECT id, dues_first_index AS first FROM member WHERE dues_first_index IS NOT NULL ORDER BY id`)).rows,
        source: (
          await client.query(
            `SELECT member_id AS id, min(extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) AS first FROM dues_record GROUP BY member_id ORDER BY member_id`,
          )
        ).rows,
      };
      return out;
    };
    const same = (x: Record<string, { kept: unknown; source: unknown }>) =>
      Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.kept]));
    const fromSource = (x: Record<string, { kept: unknown; source: unknown }>) =>
      Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.source]));

    it("stay exact after a branch's writes, including an outside guest at its meeting and that guest's old dues in its books", async () => {
      await db.query("BEGIN");
      try {
        await db.query(`SET LOCAL ROLE ${ROLE}`);
        await db.query(`SELECT set_config('app.unit_ids', $1, true), set_config('app.member_id', '', true)`, [settings.b!.units]);
        const credit = (memberLabel: string) =>
          db.query(`SELECT activity_hours FROM member_year_credit WHERE member_id = $1 AND year = 2025`, [ids[memberLabel]]);
        // The guest (mC, of another general branch) is not visible to this caller…
        expect((await credit("mC")).rows).toEqual([]);
        await db.query(
          `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, is_guest) VALUES
             ($1, $2, $3, 'PRESENT', false), ($1, $2, $4, 'ABSENT', false), ($1, $2, $5, 'PRESENT', true)`,
          [collegeId, ids.actA2, ids.mA1, ids.mA2, ids.mC],
        );
        // Activities are not under RLS: the host's update moves its attendees' hours, the guest's too.
        await db.query(`UPDATE activity SET education_hours = 1.5 WHERE id = $1`, [ids.actA2]);
        await db.query(`DELETE FROM activity_attendance WHERE id = $1`, [ids.atGuest]);
        await db.query(
          `INSERT INTO study_record (college_id, member_id, kind, studied_on, title, hours) VALUES ($1, $2, 'PARTY_SCHOOL', '2025-05-01', '党校', 4)`,
          [collegeId, ids.mA2],
        );
        // A new year's summary row: its member attributes are copied by the BEFORE INSERT trigger (under the owner).
        await db.query(
          `INSERT INTO study_record (college_id, member_id, kind, studied_on, title, hours) VALUES ($1, $2, 'SELF_STUDY', '2026-01-05', '自学', 1)`,
          [collegeId, ids.mA2],
        );
        await db.query(
          `INSERT INTO dues_record (member_id, branch_id, college_id, month, amount_due_fen, amount_paid_fen, paid_on) VALUES ($1, $2, $3, '2023-11-01', 100, 100, '2025-03-01')`,
          [ids.mA2, ids.B1, collegeId],
        );
        // mC's record from its B1 days, in B1's books: its member summary and first month are mC's.
        await db.query(`UPDATE dues_record SET month = '2024-02-01', amount_paid_fen = 250 WHERE id = $1`, [ids.duCold]);
        await db.query(
          `INSERT INTO filed_document (college_id, unit_id, member_id, kind, title, filed_on) VALUES ($1, $2, $3, 'THOUGHT_REPORT', '汇报', '2025-06-01')`,
          [collegeId, ids.B1, ids.mA2],
        );
        // A member update copies the member's attributes onto summary rows party_app may not write.
        await db.query(`UPDATE member SET standing = 'PROBATIONARY', group_id = NULL WHERE id = $1`, [ids.mA1]);
        expect((await credit("mC")).rows).toEqual([]);

        await db.query("RESET ROLE"); // read back as the owner, in the same transaction
        const result = await exactness(db);
        expect(same(result as never)).toEqual(fromSource(result as never));
        expect((await credit("mC")).rows).toEqual([{ activity_hours: "3.50" }]); // actC 2 h + actA2 1.5 h; actA's guest row deleted
        expect((await db.query(`SELECT standing, branch_id FROM member_year_credit WHERE member_id = $1`, [ids.mA1])).rows).toEqual([
          { standing: "PROBATIONARY", branch_id: ids.B1 },
        ]);
        expect(
          (await db.query(`SELECT year, branch_id, category FROM member_year_credit WHERE member_id = $1 ORDER BY year`, [ids.mA2])).rows,
        ).toEqual([
          { year: 2025, branch_id: ids.B1, category: "FACULTY" },
          { year: 2026, branch_id: ids.B1, category: "FACULTY" },
        ]);
        // Every summary row carries its member's current attributes.
        const attributes = `(s.branch_id, s.category, s.standing, s.mobile_status, s.status) IS DISTINCT FROM (m.branch_id, m.category, m.standing, m.mobile_status, m.status)`;
        expect(
          (
            await db.query(`SELECT (SELECT count(*) FROM member_year_credit s JOIN member m ON m.id = s.member_id WHERE ${attributes})::int AS credit,
                                  (SELECT count(*) FROM member_year_reports s JOIN member m ON m.id = s.member_id WHERE ${attributes})::int AS reports`)
          ).rows,
        ).toEqual([{ credit: 0, reports: 0 }]);
        expect((await db.query(`SELECT dues_first_index FROM member WHERE id = $1`, [ids.mC])).rows).toEqual([
          { dues_first_index: 2024 * 12 + 1 },
        ]);
        // The change log names the guest's branch (its credit, its dues, its member row's first
        // dues month): cached facts of B3 are recomputed although the caller cannot see B3.
        expect(
          (
            await db.query(`SELECT DISTINCT source FROM change_log WHERE xid = pg_current_xact_id() AND unit_id = $1 ORDER BY source`, [
              ids.B3,
            ])
          ).rows,
        ).toEqual([{ source: "member" }, { source: "member_year_credit" }, { source: "member_year_dues" }]);
      } finally {
        await db.query("ROLLBACK");
      }
    });

    it("would go wrong without SECURITY DEFINER (so the test above can fail)", async () => {
      await db.query("BEGIN");
      try {
        await db.query(`ALTER FUNCTION fact_summaries_from_activity_attendance() SECURITY INVOKER`);
        await db.query(`SET LOCAL ROLE ${ROLE}`);
        await db.query(`SELECT set_config('app.unit_ids', $1, true), set_config('app.member_id', '', true)`, [settings.b!.units]);
        const attend = (member: string) =>
          db.query(
            `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, is_guest) VALUES ($1, $2, $3, 'PRESENT', true)`,
            [collegeId, ids.actA2, ids[member]],
          );
        // A member of the caller's scope: the summary write is refused (party_app may not write summaries)…
        await db.query("SAVEPOINT own");
        await expect(attend("mA2")).rejects.toThrow(`new row violates row-level security policy for table "member_year_credit"`);
        await db.query("ROLLBACK TO SAVEPOINT own");
        // …and a guest from outside: the trigger cannot see the member, so the hours are silently lost.
        await attend("mC");
        await db.query("RESET ROLE");
        const hours = async (rel: string) =>
          (await db.query(`SELECT activity_hours FROM ${rel} WHERE member_id = $1 AND year = 2025`, [ids.mC])).rows[0].activity_hours;
        expect({ kept: await hours("member_year_credit"), source: await hours("member_year_credit_source") }).toEqual({
          kept: "4.00",
          source: "5.00",
        });
      } finally {
        await db.query("ROLLBACK");
      }
    });
  });

  it("comes off with down (grants, policies, helpers, the audit column) leaving the role, and goes back on", async () => {
    const ds = app.dataSource;
    const state = async () =>
      (
        await ds.query(
          `SELECT (SELECT count(*) FROM pg_policies WHERE schemaname = 'public')::int AS policies,
                  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND (c.relrowsecurity OR c.relforcerowsecurity))::int AS rls_tables,
                  (SELECT count(*) FROM pg_proc WHERE proname IN ('app_scope_all', 'app_scope_units', 'app_self_member'))::int AS helpers,
                  (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef)::int AS definer_functions,
                  (SELECT count(*) FROM information_schema.columns WHERE table_name = 'audit_entry' AND column_name = 'unit_id')::int AS audit_unit_column,
                  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S') AND (has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT')))::int AS granted_relations,
                  (SELECT count(*) FROM pg_default_acl d WHERE d.defaclacl::text LIKE '%' || $1 || '=%')::int AS default_grants,
                  (SELECT count(*) FROM pg_roles WHERE rolname = $1)::int AS role`,
          [ROLE],
        )
      )[0];
    const before = await state();
    expect(before).toMatchObject({
      policies: expect.any(Number),
      rls_tables: ALL_GUARDED.length,
      helpers: 3,
      definer_functions: DEFINER_TRIGGER_FUNCTIONS.length + 1 /* member_homes */,
      audit_unit_column: 1,
      default_grants: 3,
      role: 1,
    });
    const migrations = async () => (await ds.query(`SELECT name FROM migrations ORDER BY timestamp`)).map((m: { name: string }) => m.name);
    const all = await migrations();
    while ((await migrations()).includes(new RowLevelSecurity1765200000000().name)) await ds.undoLastMigration({ transaction: "each" });
    expect(await state()).toEqual({
      policies: 0,
      rls_tables: 0,
      helpers: 0,
      definer_functions: 0,
      audit_unit_column: 0,
      granted_relations: 0,
      default_grants: 0,
      role: 1,
    });
    await ds.runMigrations({ transaction: "each" });
    expect(await migrations()).toEqual(all);
    expect(await state()).toEqual(before);
  });
});
