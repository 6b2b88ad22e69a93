import { OrgUnitKind } from "../org/org-unit.enums";
import { addDays, bulk, secondaryColleges, shuffle } from "./demo-liaison";
import type { DemoRecordContext, Diligence } from "./demo-records";

/** The built-in post types (seeded by the migration with these ids). */
const TYPE = {
  PROPAGANDA: "5e1a0001-0000-4000-8000-000000000001",
  STUDY: "5e1a0001-0000-4000-8000-000000000002",
  CONDUCT: "5e1a0001-0000-4000-8000-000000000003",
};
/** Share of a student branch's members on a post, and of a window branch's members pledging. */
const HOLDER_SHARE: Record<Diligence, number> = { EXEMPLARY: 0.6, TYPICAL: 0.3, LAGGING: 0.06 };
const PLEDGE_SHARE: Record<Diligence, number> = { EXEMPLARY: 0.9, TYPICAL: 0.6, LAGGING: 0.2 };
/** Administrative and logistics service windows (四(四)2) by the staff branch that serves there. */
const WINDOWS: Record<string, string> = {
  机关三支部: "财务处窗口",
  机关四支部: "后勤服务窗口",
  机关五支部: "学生处窗口",
  机关六支部: "招生就业处窗口",
  教学一支部: "教务处窗口",
  教学五支部: "图书馆服务台",
  教学六支部: "信息中心服务台",
};
const SEMESTER_ENDS = ["2026-01-10", "2026-07-05"];

/**
 * 设岗定责 posts in every student branch's residence area and campus, with student holders in
 * proportion to diligence (exemplary branches high coverage, lagging ones low); 三亮 pledges and
 * 三评 evaluations at the service windows of staff branches.
 */
export async function generateDemoServicePosts(ctx: DemoRecordContext): Promise<void> {
  const { em, random, units, collegeId } = ctx;

  // ── posts and holders ──
  const posts: Array<{
    id: string;
    type_id: string;
    host_unit_id: string;
    name: string;
    place_kind: string;
    place: string;
    duties: string;
    term_start: string;
  }> = [];
  for (const { studentBranch, unit } of secondaryColleges(units)) {
    const area = `${unit.name.replace(/党总支$/, "")}学生公寓`;
    const post = (type_id: string, name: string, place_kind: string, place: string, duties: string) =>
      posts.push({ id: random.uuid(), type_id, host_unit_id: studentBranch.id, name, place_kind, place, duties, term_start: ctx.from });
    const buildings = random.int(1, 2);
    for (let b = 1; b <= buildings; b++) {
      const building = `${area} ${random.int(1, 12)} 栋`;
      post(TYPE.CONDUCT, `${building}文明监督岗`, "DORM", building, "督促寝室卫生与安全，劝导不文明行为，每周巡查一次");
    }
    post(
      TYPE.PROPAGANDA,
      `${area.replace("学生公寓", "")}生活社区政策宣传岗`,
      "RESIDENCE_COMMUNITY",
      `${area.replace("学生公寓", "")}生活社区`,
      "宣讲党的路线方针政策和学校规章制度，更新宣传栏",
    );
    post(
      TYPE.STUDY,
      `${unit.name.replace(/党总支$/, "")}学习互助岗`,
      "CAMPUS",
      random.pick(["图书馆三楼研讨室", "第二教学楼自习室", "实训中心"]),
      "组织学习小组，帮扶学业困难同学",
    );
  }
  await bulk(
    em,
    "service_post (id, type_id, host_unit_id, college_id, name, place_kind, place, duties, term_start)",
    "x.id, x.type_id, x.host_unit_id, $2::uuid, x.name, x.place_kind::service_place_kind, x.place, x.duties, x.term_start",
    "id uuid, type_id uuid, host_unit_id uuid, name text, place_kind text, place text, duties text, term_start date",
    posts,
    collegeId,
  );

  const students: Array<{ id: string; branch_id: string }> = await em.query(
    `SELECT id, branch_id FROM member WHERE category = 'STUDENT' AND status = 'ACTIVE' AND mobile_status = 'NONE' ORDER BY id`,
  );
  const holders: object[] = [];
  for (const branchId of new Set(posts.map((p) => p.host_unit_id))) {
    const branchPosts = posts.filter((p) => p.host_unit_id === branchId);
    const pool = shuffle(
      random,
      students.filter((s) => s.branch_id === branchId),
    );
    for (const s of pool.slice(0, Math.round(pool.length * HOLDER_SHARE[ctx.diligence(branchId)]))) {
      const first = random.pick(branchPosts);
      const start = addDays(ctx.from, random.int(7, 30));
      // Some hand over at the end of the academic year and take another post in the autumn.
      if (random.chance(0.2)) {
        holders.push({ post_id: first.id, member_id: s.id, start_date: start, end_date: "2026-07-05" });
        const next = random.pick(branchPosts);
        if (random.chance(0.6)) holders.push({ post_id: next.id, member_id: s.id, start_date: "2026-09-07", end_date: null });
      } else {
        holders.push({ post_id: first.id, member_id: s.id, start_date: start, end_date: null });
      }
    }
  }
  await bulk(
    em,
    "service_post_holder (post_id, member_id, college_id, start_date, end_date)",
    "x.post_id, x.member_id, $2::uuid, x.start_date, x.end_date",
    "post_id uuid, member_id uuid, start_date date, end_date date",
    holders,
    collegeId,
  );

  // ── 三亮 pledges and 三评 evaluations at service windows ──
  const windowBranches = units.filter((u) => u.kind === OrgUnitKind.BRANCH && WINDOWS[u.name]);
  const staff: Array<{ id: string; name: string; branch_id: string; department: string | null }> = await em.query(
    `SELECT id, name, branch_id, department FROM member WHERE category = 'FACULTY' AND status = 'ACTIVE' AND branch_id = ANY($1::uuid[]) ORDER BY id`,
    [windowBranches.map((b) => b.id)],
  );
  const pledges: Array<{
    id: string;
    member_id: string;
    unit_id: string;
    service_window: string;
    standard: string;
    identity: string;
    pledge: string;
    pledged_on: string;
  }> = [];
  const evaluations: object[] = [];
  for (const branch of windowBranches) {
    const diligence = ctx.diligence(branch.id);
    const window = WINDOWS[branch.name];
    const members = shuffle(
      random,
      staff.filter((m) => m.branch_id === branch.id),
    );
    for (const m of members.slice(0, Math.round(members.length * PLEDGE_SHARE[diligence]))) {
      const id = random.uuid();
      const pledgedOn = random.date("2025-09-08", "2025-09-30");
      pledges.push({
        id,
        member_id: m.id,
        unit_id: branch.id,
        service_window: window,
        standard: random.pick(["办事指南上墙公开，材料一次性告知", "首问负责、限时办结", "服务事项明码标价、流程公开"]),
        identity: `共产党员 · ${m.department ?? window.replace(/窗口|服务台/, "")}`,
        pledge: random.pick(["热情周到，不让师生白跑一趟", "当日事当日毕，急事急办", "耐心解答，文明用语，微笑服务"]),
        pledged_on: pledgedOn,
      });
      const score = () =>
        diligence === "EXEMPLARY" ? random.int(88, 100) : diligence === "TYPICAL" ? random.int(78, 95) : random.int(60, 85);
      const rounds = { EXEMPLARY: [3, 1, 1], TYPICAL: [2, 1, 0], LAGGING: [1, 0, 0] }[diligence];
      for (const end of SEMESTER_ENDS) {
        const on = () => random.date(addDays(end, -20), end);
        for (let k = 0; k < rounds[0]; k++)
          evaluations.push({
            pledge_id: id,
            member_id: m.id,
            unit_id: branch.id,
            evaluator_kind: "PUBLIC",
            evaluator_label: random.pick(["学生", "教师", "服务对象"]),
            aspect: "CONDUCT",
            score: score(),
            comment: random.pick(["态度热情", "办事高效", "解释耐心", null]),
            evaluated_on: on(),
          });
        for (let k = 0; k < rounds[1]; k++)
          evaluations.push({
            pledge_id: id,
            member_id: m.id,
            unit_id: branch.id,
            evaluator_kind: "PEER",
            evaluator_label: "支部党员",
            aspect: "SKILL",
            score: score(),
            comment: null,
            evaluated_on: on(),
          });
        for (let k = 0; k < rounds[2]; k++)
          evaluations.push({
            pledge_id: id,
            member_id: m.id,
            unit_id: branch.id,
            evaluator_kind: "LEADER",
            evaluator_label: `${window.replace(/窗口|服务台/, "")}负责人`,
            aspect: "RESULTS",
            score: score(),
            comment: "业绩突出",
            evaluated_on: on(),
          });
      }
    }
  }
  await bulk(
    em,
    "service_pledge (id, member_id, unit_id, college_id, service_window, standard, identity, pledge, pledged_on)",
    "x.id, x.member_id, x.unit_id, $2::uuid, x.service_window, x.standard, x.identity, x.pledge, x.pledged_on",
    "id uuid, member_id uuid, unit_id uuid, service_window text, standard text, identity text, pledge text, pledged_on date",
    pledges,
    collegeId,
  );
  await bulk(
    em,
    "service_evaluation (pledge_id, member_id, unit_id, college_id, evaluator_kind, evaluator_label, aspect, score, comment, evaluated_on)",
    "x.pledge_id, x.member_id, x.unit_id, $2::uuid, x.evaluator_kind::evaluator_kind, x.evaluator_label, x.aspect::evaluation_aspect, x.score, x.comment, x.evaluated_on",
    "pledge_id uuid, member_id uuid, unit_id uuid, evaluator_kind text, evaluator_label text, aspect text, score int, comment text, evaluated_on date",
    evaluations,
    collegeId,
  );
}
