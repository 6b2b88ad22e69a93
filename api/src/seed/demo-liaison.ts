import type { EntityManager } from "typeorm";
import { BranchKind, OrgUnitKind } from "../org/org-unit.enums";
import { chineseName } from "./names";
import type { DemoRecordContext, Diligence } from "./demo-records";
import type { Random } from "./random";
import type { SeededUnit } from "./seed-structure";

/** Two majors per secondary college (name, short name for classes such as “会计2301班”). */
const MAJORS: Record<string, Array<[string, string]>> = {
  管理工程学院党总支: [
    ["会计", "会计"],
    ["物流管理", "物流"],
  ],
  建筑与环境工程学院党总支: [
    ["建筑工程技术", "建工"],
    ["环境工程技术", "环工"],
  ],
  化学与制药工程学院党总支: [
    ["应用化工技术", "化工"],
    ["药品生产技术", "药品"],
  ],
  艺术设计学院党总支: [
    ["视觉传达设计", "视传"],
    ["环境艺术设计", "环艺"],
  ],
  车辆工程学院党总支: [
    ["汽车检测与维修技术", "汽检"],
    ["新能源汽车技术", "新能源"],
  ],
  自动化学院党总支: [
    ["电气自动化技术", "电气"],
    ["工业机器人技术", "机器人"],
  ],
  信息工程学院党总支: [
    ["软件技术", "软件"],
    ["计算机网络技术", "网络"],
  ],
  机械工程学院党总支: [
    ["机械制造及自动化", "机制"],
    ["数控技术", "数控"],
  ],
  财经学院党总支: [
    ["财务管理", "财管"],
    ["电子商务", "电商"],
  ],
};
const GRADES = [2023, 2024, 2025];
const LEADER_TITLES = ["党委书记", "校长", "党委副书记", "副校长", "副校长", "纪委书记"];
const DORM_AREAS = ["北区", "南区", "西区"];

/** Semesters and quarters of the demo span, clipped to it (the calendar area owns the real ones). */
const SEMESTERS: Array<[string, string]> = [
  ["2025-09-01", "2026-01-18"],
  ["2026-02-23", "2026-07-10"],
  ["2026-09-01", "2027-01-17"],
];
const QUARTERS: Array<[string, string]> = [
  ["2025-07-01", "2025-09-30"],
  ["2025-10-01", "2025-12-31"],
  ["2026-01-01", "2026-03-31"],
  ["2026-04-01", "2026-06-30"],
  ["2026-07-01", "2026-09-30"],
  ["2026-10-01", "2026-12-31"],
];

interface College {
  unit: SeededUnit;
  studentBranch: SeededUnit;
  facultyBranches: SeededUnit[];
  majors: Array<[string, string]>;
}
interface ClassRow {
  id: string;
  name: string;
  college_unit_id: string;
  major: string;
  grade_year: number;
  head_teacher: string;
}
interface AssignmentRow {
  id: string;
  kind: string;
  liaison_member_id: string;
  leader_name: string | null;
  leader_title: string | null;
  unit_id: string;
  target_unit_id: string | null;
  target_class_id: string | null;
  start_date: string;
}
interface VisitRow {
  id: string;
  assignment_id: string;
  kind: string;
  visitor_member_id: string;
  visitor_name: string;
  unit_id: string;
  visited_on: string;
  place: string;
  notes: string;
}

/**
 * Students' classes of every secondary college (3 grades × 2–4 classes) with their student
 * members and, for upper grades, party groups; the three links of 三联二访 with visits on or off
 * cadence by diligence (school leaders each semester, college leaders each quarter, teachers a
 * dorm visit each month); follow-ups, some resolved.
 */
export async function generateDemoLiaison(ctx: DemoRecordContext): Promise<void> {
  const { em, random, units, collegeId } = ctx;
  const colleges = secondaryColleges(units);
  if (!colleges.length) return;

  // ── classes ──
  const classes: ClassRow[] = [];
  for (const college of colleges) {
    for (const grade of GRADES) {
      for (const [major, short] of college.majors) {
        const count = random.int(1, 2);
        for (let n = 1; n <= count; n++) {
          classes.push({
            id: random.uuid(),
            name: `${short}${String(grade).slice(2)}${String(n).padStart(2, "0")}班`,
            college_unit_id: college.unit.id,
            major,
            grade_year: grade,
            head_teacher: `${chineseName(random)}`,
          });
        }
      }
    }
  }
  await bulk(
    em,
    "student_class (id, name, college_unit_id, college_id, major, grade_year, head_teacher)",
    "x.id, x.name, x.college_unit_id, $2::uuid, x.major, x.grade_year, x.head_teacher",
    "id uuid, name text, college_unit_id uuid, major text, grade_year int, head_teacher text",
    classes,
    collegeId,
  );

  // Student members join a class of their grade (“24级3班” → 2024) in their own college.
  const students: Array<{ id: string; branch_id: string; class_name: string | null }> = await em.query(
    `SELECT id, branch_id, class_name FROM member WHERE category = 'STUDENT' AND status = 'ACTIVE' ORDER BY id`,
  );
  const collegeOfBranch = new Map(colleges.map((c) => [c.studentBranch.id, c]));
  const classMembers: object[] = [];
  const membersOfClass = new Map<string, string[]>();
  for (const s of students) {
    const college = collegeOfBranch.get(s.branch_id);
    const grade = Number(`20${s.class_name?.match(/^(\d{2})级/)?.[1] ?? "00"}`);
    const options = classes.filter((c) => c.college_unit_id === college?.unit.id && c.grade_year === grade);
    if (!options.length) continue;
    const cls = random.pick(options);
    classMembers.push({ class_id: cls.id, member_id: s.id, since: `${grade}-09-01` });
    membersOfClass.set(cls.id, [...(membersOfClass.get(cls.id) ?? []), s.id]);
  }
  await bulk(
    em,
    "class_member (class_id, member_id, college_id, since)",
    "x.class_id, x.member_id, $2::uuid, x.since",
    "class_id uuid, member_id uuid, since date",
    classMembers,
    collegeId,
  );

  // Upper-grade classes get a party group (高年级有党小组): all in exemplary colleges, some in typical ones.
  const groups: Array<{ id: string; name: string; parent_id: string; path: string[]; class_id: string; sort_order: number }> = [];
  for (const college of colleges) {
    const share = { EXEMPLARY: 1, TYPICAL: 0.5, LAGGING: 0 }[ctx.diligence(college.studentBranch.id)];
    for (const cls of classes.filter((c) => c.college_unit_id === college.unit.id && c.grade_year === GRADES[0])) {
      if (!random.chance(share)) continue;
      const id = random.uuid();
      groups.push({
        id,
        name: `${cls.name}党小组`,
        parent_id: college.studentBranch.id,
        path: [...college.studentBranch.path, id],
        class_id: cls.id,
        sort_order: 100 + groups.length,
      });
    }
  }
  await bulk(
    em,
    "org_unit (id, kind, name, parent_id, college_id, path, sort_order, group_purpose, location)",
    "x.id, 'GROUP', x.name, x.parent_id, $2::uuid, x.path, x.sort_order, 'OTHER', '学生班级'",
    "id uuid, name text, parent_id uuid, path uuid[], sort_order int",
    groups,
    collegeId,
  );
  await bulk(
    em,
    "class_group (class_id, group_unit_id, college_id, since)",
    "x.class_id, x.id, $2::uuid, DATE '2025-09-01'",
    "class_id uuid, id uuid",
    groups,
    collegeId,
  );
  // The class's members on campus sit in its group (members on placement keep their placement group).
  await em.query(
    `UPDATE member m SET group_id = cg.group_unit_id
       FROM class_member cm JOIN class_group cg ON cg.class_id = cm.class_id
      WHERE cm.member_id = m.id AND m.group_id IS NULL AND cg.group_unit_id = ANY($1::uuid[])`,
    [groups.map((g) => g.id)],
  );

  // ── liaison links ──
  const faculty: Array<{ id: string; name: string; branch_id: string }> = await em.query(
    `SELECT id, name, branch_id FROM member WHERE category = 'FACULTY' AND status = 'ACTIVE' ORDER BY id`,
  );
  const facultyOf = (branchIds: string[]) => faculty.filter((m) => branchIds.includes(m.branch_id));
  const assignments: AssignmentRow[] = [];
  const diligenceOf = new Map<string, Diligence>();
  const link = (row: Omit<AssignmentRow, "id" | "start_date">, diligence: Diligence) => {
    const a = { ...row, id: random.uuid(), start_date: ctx.from };
    assignments.push(a);
    diligenceOf.set(a.id, diligence);
    return a;
  };

  const office = units
    .filter((u) => u.kind === OrgUnitKind.BRANCH && (u.name === "机关一支部" || u.name === "机关二支部"))
    .map((u) => u.id);
  const leaders = shuffle(random, facultyOf(office)).slice(0, LEADER_TITLES.length);
  leaders.forEach((leader, i) => {
    for (const college of [colleges[(2 * i) % colleges.length], colleges[(2 * i + 1) % colleges.length]]) {
      link(
        {
          kind: "SCHOOL_LEADER_TO_COLLEGE",
          liaison_member_id: leader.id,
          leader_name: leader.name,
          leader_title: LEADER_TITLES[i],
          unit_id: college.unit.id,
          target_unit_id: college.unit.id,
          target_class_id: null,
        },
        ctx.diligence(college.unit.id),
      );
    }
  });

  const names = new Map(faculty.map((m) => [m.id, m.name]));
  const teacherStudents = new Map<string, string[]>();
  const persons: object[] = [];
  for (const college of colleges) {
    const staff = shuffle(random, facultyOf(college.facultyBranches.map((b) => b.id)));
    const collegeClasses = classes.filter((c) => c.college_unit_id === college.unit.id);
    staff.slice(0, 2).forEach((leader, i) => {
      for (const cls of collegeClasses.filter((_, j) => j % 2 === i).slice(0, 3)) {
        link(
          {
            kind: "COLLEGE_LEADER_TO_CLASS",
            liaison_member_id: leader.id,
            leader_name: leader.name,
            leader_title: i === 0 ? "党总支书记" : "院长",
            unit_id: college.unit.id,
            target_unit_id: null,
            target_class_id: cls.id,
          },
          ctx.diligence(college.unit.id),
        );
      }
    });
    for (const teacher of staff.slice(2, 5)) {
      const a = link(
        {
          kind: "TEACHER_TO_STUDENTS",
          liaison_member_id: teacher.id,
          leader_name: teacher.name,
          leader_title: null,
          unit_id: teacher.branch_id,
          target_unit_id: null,
          target_class_id: null,
        },
        ctx.diligence(teacher.branch_id),
      );
      const ids: string[] = [];
      for (let k = random.int(5, 10); k > 0; k--) {
        const id = random.uuid();
        ids.push(id);
        persons.push({
          id,
          name: chineseName(random),
          gender: random.chance(0.5) ? "FEMALE" : "MALE",
          unit_id: college.studentBranch.id,
          department: college.unit.name.replace(/党总支$/, ""),
          class_name: random.pick(collegeClasses).name,
        });
      }
      teacherStudents.set(a.id, ids);
    }
  }
  await bulk(
    em,
    "person (id, name, gender, kind, unit_id, college_id, department, class_name)",
    "x.id, x.name, x.gender::gender, 'STUDENT', x.unit_id, $2::uuid, x.department, x.class_name",
    "id uuid, name text, gender text, unit_id uuid, department text, class_name text",
    persons,
    collegeId,
  );
  await bulk(
    em,
    "liaison_assignment (id, kind, liaison_member_id, leader_name, leader_title, unit_id, college_id, target_unit_id, target_class_id, start_date)",
    "x.id, x.kind::liaison_kind, x.liaison_member_id, x.leader_name, x.leader_title, x.unit_id, $2::uuid, x.target_unit_id, x.target_class_id, x.start_date",
    "id uuid, kind text, liaison_member_id uuid, leader_name text, leader_title text, unit_id uuid, target_unit_id uuid, target_class_id uuid, start_date date",
    assignments,
    collegeId,
  );
  await bulk(
    em,
    "liaison_student (assignment_id, person_id, college_id)",
    "x.assignment_id, x.person_id, $2::uuid",
    "assignment_id uuid, person_id uuid",
    [...teacherStudents].flatMap(([assignment_id, ids]) => ids.map((person_id) => ({ assignment_id, person_id }))),
    collegeId,
  );

  // ── visits on or off cadence ──
  const classNames = new Map(classes.map((c) => [c.id, c.name]));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const visits: VisitRow[] = [];
  const met: object[] = [];
  const span = (from: string, to: string): [string, string] | null => {
    const a = from < ctx.from ? ctx.from : from;
    const b = to > ctx.until ? ctx.until : to;
    return a <= b ? [a, b] : null;
  };
  for (const a of assignments) {
    const diligence = diligenceOf.get(a.id)!;
    const visitor = { visitor_member_id: a.liaison_member_id, visitor_name: a.leader_name ?? names.get(a.liaison_member_id) ?? "" };
    const windows =
      a.kind === "SCHOOL_LEADER_TO_COLLEGE" ? SEMESTERS : a.kind === "COLLEGE_LEADER_TO_CLASS" ? QUARTERS : months(ctx.from, ctx.until);
    for (const [from, to] of windows) {
      const window = span(from, to);
      if (!window) continue;
      for (let n = visitsInWindow(random, diligence); n > 0; n--) {
        const id = random.uuid();
        const day = random.date(window[0], window[1]);
        if (a.kind === "SCHOOL_LEADER_TO_COLLEGE") {
          const home = random.chance(0.15);
          visits.push({
            id,
            assignment_id: a.id,
            kind: home ? "TEACHER_HOME_VISIT" : "LIAISON_VISIT",
            ...visitor,
            unit_id: a.unit_id,
            visited_on: day,
            place: home ? "教师家中" : `${unitNames.get(a.unit_id)!.replace(/党总支$/, "")}会议室`,
            notes: home
              ? "看望青年教师，了解工作生活困难"
              : random.pick(["听取学院工作汇报，座谈人才培养", "走访实训室，了解教学条件", "与师生代表座谈"]),
          });
        } else if (a.kind === "COLLEGE_LEADER_TO_CLASS") {
          const dorm = random.chance(0.4);
          visits.push({
            id,
            assignment_id: a.id,
            kind: dorm ? "STUDENT_DORM_VISIT" : "LIAISON_VISIT",
            ...visitor,
            unit_id: a.unit_id,
            visited_on: day,
            place: dorm ? dormRoom(random) : `${classNames.get(a.target_class_id!)}教室`,
            notes: random.pick(["参加班会，了解学风班风", "与班委座谈", "了解学生思想和学习状况"]),
          });
        } else {
          visits.push({
            id,
            assignment_id: a.id,
            kind: "STUDENT_DORM_VISIT",
            ...visitor,
            unit_id: a.unit_id,
            visited_on: day,
            place: dormRoom(random),
            notes: random.pick(["了解学习和生活情况", "谈心谈话，关注心理状况", "检查寝室安全，提醒用电安全"]),
          });
          const pool = teacherStudents.get(a.id) ?? [];
          shuffle(random, pool)
            .slice(0, random.int(1, Math.min(3, pool.length)))
            .forEach((person_id, position) => met.push({ visit_id: id, person_id, position }));
        }
      }
    }
  }
  await bulk(
    em,
    "liaison_visit (id, assignment_id, kind, visitor_member_id, visitor_name, unit_id, college_id, visited_on, place, notes)",
    "x.id, x.assignment_id, x.kind::visit_kind, x.visitor_member_id, x.visitor_name, x.unit_id, $2::uuid, x.visited_on, x.place, x.notes",
    "id uuid, assignment_id uuid, kind text, visitor_member_id uuid, visitor_name text, unit_id uuid, visited_on date, place text, notes text",
    visits,
    collegeId,
  );
  await em.query(
    `INSERT INTO visit_person (visit_id, person_id, name, position, college_id)
     SELECT x.visit_id, x.person_id, p.name, x.position, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS x(visit_id uuid, person_id uuid, position int) JOIN person p ON p.id = x.person_id`,
    [JSON.stringify(met), collegeId],
  );

  // Follow-ups: about a third of visits leave something to do; diligent units close them.
  const followUps: object[] = [];
  for (const v of visits) {
    if (!random.chance(0.3)) continue;
    const closes = { EXEMPLARY: 0.9, TYPICAL: 0.6, LAGGING: 0.25 }[diligenceOf.get(v.assignment_id)!];
    const resolvedOn = addDays(v.visited_on, random.int(3, 40));
    const resolved = random.chance(closes) && resolvedOn <= ctx.until;
    const [content, resolution] = random.pick([
      ["协助困难学生申请助学金", "已提交资助申请并获批"],
      ["反映寝室热水供应不稳定", "后勤处已维修"],
      ["关注个别学生学业预警", "已安排党员学习互助结对"],
      ["建议增加实训室开放时间", "学院已调整开放时间"],
    ]);
    followUps.push({
      visit_id: v.id,
      content,
      due_on: addDays(v.visited_on, 30),
      resolved_on: resolved ? resolvedOn : null,
      resolution: resolved ? resolution : null,
    });
  }
  await bulk(
    em,
    "liaison_follow_up (visit_id, college_id, content, due_on, resolved_on, resolution)",
    "x.visit_id, $2::uuid, x.content, x.due_on, x.resolved_on, x.resolution",
    "visit_id uuid, content text, due_on date, resolved_on date, resolution text",
    followUps,
    collegeId,
  );
}

/** Exemplary liaisons visit once or twice in every window, typical ones usually, lagging ones rarely. */
function visitsInWindow(random: Random, diligence: Diligence): number {
  if (diligence === "EXEMPLARY") return random.int(1, 2);
  if (diligence === "TYPICAL") return random.chance(0.8) ? 1 : 0;
  return random.chance(0.3) ? 1 : 0;
}

export function secondaryColleges(units: SeededUnit[]): College[] {
  return units
    .filter((u) => u.kind === OrgUnitKind.GENERAL_BRANCH && MAJORS[u.name])
    .map((unit) => {
      const branches = units.filter((b) => b.kind === OrgUnitKind.BRANCH && b.path.includes(unit.id));
      return {
        unit,
        studentBranch: branches.find((b) => b.branchKind === BranchKind.STUDENT)!,
        facultyBranches: branches.filter((b) => b.branchKind === BranchKind.FACULTY),
        majors: MAJORS[unit.name],
      };
    })
    .filter((c) => c.studentBranch);
}

export function dormRoom(random: Random): string {
  return `${random.pick(DORM_AREAS)}学生公寓 ${random.int(1, 12)} 栋 ${random.int(1, 6)}${String(random.int(1, 30)).padStart(2, "0")} 室`;
}

/** Calendar months overlapping [from, until], as [first day, last day]. */
function months(from: string, until: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let [y, m] = from.split("-").map(Number);
  while (`${y}-${String(m).padStart(2, "0")}-01` <= until) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push([`${y}-${String(m).padStart(2, "0")}-01`, `${y}-${String(m).padStart(2, "0")}-${last}`]);
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
  return out;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One INSERT … SELECT FROM jsonb_to_recordset for any number of rows ($2 is the college id). */
export async function bulk(
  em: EntityManager,
  target: string,
  select: string,
  columns: string,
  rows: object[],
  collegeId: string,
): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.query(`INSERT INTO ${target} SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`, [
      JSON.stringify(rows.slice(i, i + CHUNK)),
      collegeId,
    ]);
  }
}
