import type { EntityManager } from "typeorm";
import { fundingFloor } from "../funding/funding-floor";
import { MemberCategory } from "../member/member.enums";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { DemoRecordContext, Diligence } from "./demo-records";

const YEARS = [2025, 2026];
const YUAN = 100;

/**
 * Demo funds and dues for 2025 and 2026: the committee's settings (rebate share 0.5), allocations
 * per branch (exemplary and typical at or above the FUNDING_FLOOR, lagging clearly below), some
 * spending, monthly dues for every active member over the demo span (lagging branches with
 * arrears), and allowances for most committee seats. Bulk inserts only.
 */
export async function generateDemoFunding(ctx: DemoRecordContext): Promise<void> {
  const { em, units, collegeId, random } = ctx;
  await insert(
    em,
    "funding_setting",
    collegeId,
    YEARS.map((year) => ({
      year,
      rebate_share: "0.5",
      retirees_as_faculty: true,
      secretary_allowance_fen: 1200 * YUAN,
      committee_member_allowance_fen: 600 * YUAN,
      group_leader_allowance_fen: 300 * YUAN,
      set_by: "system",
    })),
    `year int, rebate_share numeric, retirees_as_faculty boolean, secretary_allowance_fen bigint,
        committee_member_allowance_fen bigint, group_leader_allowance_fen bigint, set_by text`,
    `year, rebate_share, retirees_as_faculty, secretary_allowance_fen, committee_member_allowance_fen, group_leader_allowance_fen, set_by`,
  );

  const members: Array<{ id: string; branch_id: string; category: MemberCategory }> = await em.query(
    `SELECT id, branch_id, category FROM member WHERE college_id = $1 AND status = 'ACTIVE' ORDER BY id`,
    [collegeId],
  );
  const byBranch = new Map<string, typeof members>();
  for (const m of members) byBranch.set(m.branch_id, [...(byBranch.get(m.branch_id) ?? []), m]);

  const allocations: object[] = [];
  const spendings: object[] = [];
  for (const branch of units.filter((u) => u.kind === OrgUnitKind.BRANCH)) {
    const list = byBranch.get(branch.id) ?? [];
    const count = (c: MemberCategory) => list.filter((m) => m.category === c).length;
    const floor = fundingFloor(
      { FACULTY: count(MemberCategory.FACULTY), STUDENT: count(MemberCategory.STUDENT), RETIRED: count(MemberCategory.RETIRED) },
      true,
    );
    const diligence = ctx.diligence(branch.id);
    for (const year of YEARS) {
      const factor =
        diligence === "EXEMPLARY" ? 1.3 : diligence === "TYPICAL" ? 1 + random.int(0, 15) / 100 : 0.5 + random.int(0, 15) / 100;
      // Round to whole 100 yuan: up for those at or above the floor, down for lagging branches.
      const hundreds = (floor * factor) / (100 * YUAN);
      const total = Math.max(100 * YUAN, (diligence === "LAGGING" ? Math.floor(hundreds) : Math.ceil(hundreds)) * 100 * YUAN);
      const rebate = diligence === "LAGGING" ? 0 : Math.round((total * 0.2) / YUAN) * YUAN;
      allocations.push({
        branch_id: branch.id,
        year,
        amount_fen: total - rebate,
        source: "SCHOOL_PARTY_BUDGET",
        note: `${year}年度党建活动经费`,
        allocated_on: `${year}-03-15`,
      });
      if (rebate > 0)
        allocations.push({
          branch_id: branch.id,
          year,
          amount_fen: rebate,
          source: "DUES_REBATE",
          note: `${year - 1}年度党费返还`,
          allocated_on: `${year}-04-20`,
        });
      const items = diligence === "EXEMPLARY" ? 6 : diligence === "TYPICAL" ? 4 : 1;
      for (let i = 0; i < items; i++) {
        const spentOn = random.date(year === 2025 ? ctx.from : "2026-01-01", year === 2025 ? "2025-12-31" : ctx.until);
        spendings.push({
          branch_id: branch.id,
          spent_on: spentOn,
          amount_fen: Math.round((total * 0.6) / items / YUAN) * YUAN - random.int(0, 50) * YUAN,
          purpose: random.pick(["主题党日活动交通费", "党员学习资料购置", "红色教育基地参观", "支部活动室布置", "党课讲座资料印制"]),
          receipt_number: `FP${spentOn.replace(/-/g, "")}${String(i).padStart(2, "0")}`,
        });
      }
    }
  }
  await insert(
    em,
    "fund_allocation",
    collegeId,
    allocations,
    "branch_id uuid, year int, amount_fen bigint, source text, note text, allocated_on date",
    "branch_id, year, amount_fen, source::fund_source, note, allocated_on",
  );
  await insert(
    em,
    "fund_spending",
    collegeId,
    spendings.filter((s) => (s as { amount_fen: number }).amount_fen > 0),
    "branch_id uuid, spent_on date, amount_fen bigint, purpose text, receipt_number text",
    "branch_id, spent_on, amount_fen, purpose, receipt_number",
  );

  await generateDues(em, ctx, members);
  await generateAllowances(em, ctx);
}

/** Months of the demo span as 'YYYY-MM-01'. */
function months(from: string, until: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  const [uy, um] = until.split("-").map(Number);
  while (y < uy || (y === uy && m <= um)) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

async function generateDues(
  em: EntityManager,
  ctx: DemoRecordContext,
  members: Array<{ id: string; branch_id: string; category: MemberCategory }>,
) {
  const { random, collegeId } = ctx;
  const span = months(ctx.from, ctx.until);
  const arrears: Record<Diligence, number> = { EXEMPLARY: 0, TYPICAL: 0.03, LAGGING: 0.3 };
  const rows: object[] = [];
  for (const m of members) {
    // Faculty pay a share of salary, students 0.2 yuan, retirees by pension: fixed per member.
    const due =
      m.category === MemberCategory.FACULTY
        ? random.int(20, 90) * YUAN + random.int(0, 9) * 10
        : m.category === MemberCategory.STUDENT
          ? 20
          : random.int(1, 40) * 50;
    const missRate = arrears[ctx.diligence(m.branch_id)];
    for (const month of span) {
      const last = month === span[span.length - 1];
      const paid = !(random.chance(missRate) || (last && random.chance(0.3)));
      const day = String(random.int(5, last ? 24 : 28)).padStart(2, "0");
      rows.push({
        member_id: m.id,
        branch_id: m.branch_id,
        month,
        amount_due_fen: due,
        amount_paid_fen: paid ? due : 0,
        paid_on: paid ? `${month.slice(0, 8)}${day}` : null,
        collected_by: paid ? "组织委员" : null,
      });
    }
  }
  const CHUNK = 10_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(
      em,
      "dues_record",
      collegeId,
      rows.slice(i, i + CHUNK),
      "member_id uuid, branch_id uuid, month date, amount_due_fen bigint, amount_paid_fen bigint, paid_on date, collected_by text",
      "member_id, branch_id, month, amount_due_fen, amount_paid_fen, paid_on, collected_by",
    );
  }
}

async function generateAllowances(em: EntityManager, ctx: DemoRecordContext) {
  const positions: Array<{ id: string; unit_id: string; member_id: string; role: string; unit_name: string; duty: string | null }> =
    await em.query(
      `SELECT cp.id, cp.unit_id, cp.member_id, cp.role, u.name AS unit_name, cp.duty
       FROM committee_position cp JOIN org_unit u ON u.id = cp.unit_id
      WHERE cp.college_id = $1 AND cp.ended_on IS NULL ORDER BY cp.id`,
      [ctx.collegeId],
    );
  const cover: Record<Diligence, number> = { EXEMPLARY: 1, TYPICAL: 0.9, LAGGING: 0.5 };
  const rows: object[] = [];
  for (const year of YEARS) {
    for (const p of positions) {
      if (!ctx.random.chance(cover[ctx.diligence(p.unit_id)])) continue;
      const secretary = p.role === "SECRETARY";
      rows.push({
        member_id: p.member_id,
        unit_id: p.unit_id,
        committee_position_id: p.id,
        year,
        post_kind: secretary ? "SECRETARY" : "COMMITTEE_MEMBER",
        post: `${p.unit_name}${p.duty ?? (secretary ? "书记" : "委员")}`,
        workload_credit: secretary ? "40" : "20",
        amount_fen: (secretary ? 1200 : 600) * YUAN,
      });
    }
  }
  await insert(
    em,
    "party_work_allowance",
    ctx.collegeId,
    rows,
    "member_id uuid, unit_id uuid, committee_position_id uuid, year int, post_kind text, post text, workload_credit numeric, amount_fen bigint",
    "member_id, unit_id, committee_position_id, year, post_kind::party_work_post_kind, post, workload_credit, amount_fen",
  );
}

/**
 * Demo governance records: biennial awards (cycle 2026, decided by 七一), honours and media
 * reports at every level, 党务公开 notices (exemplary units monthly, lagging rarely), 三重一大
 * decisions with their consultation, and integrity risk registers.
 */
export async function generateDemoGovernance(ctx: DemoRecordContext): Promise<void> {
  const { em, units, collegeId, random } = ctx;
  const organisations = units.filter((u) => u.kind === OrgUnitKind.GENERAL_BRANCH || u.kind === OrgUnitKind.BRANCH);
  const branches = units.filter((u) => u.kind === OrgUnitKind.BRANCH);
  const generals = units.filter((u) => u.kind === OrgUnitKind.GENERAL_BRANCH);

  const awards: object[] = [];
  const decided = (status: string) => ({ reviewed_on: "2026-06-10", decided_on: "2026-06-28", reviewer: "校党委组织部", status });
  for (const b of branches) {
    const d = ctx.diligence(b.id);
    if (d === "EXEMPLARY")
      awards.push({
        unit_id: b.id,
        member_id: null,
        kind: "ADVANCED_ORGANISATION",
        nominated_on: "2026-05-20",
        ...decided(random.chance(0.6) ? "AWARDED" : "NOT_AWARDED"),
      });
  }
  const candidates: Array<{ member_id: string; branch_id: string; role: string }> = await em.query(
    `SELECT cp.member_id, cp.unit_id AS branch_id, cp.role FROM committee_position cp
      WHERE cp.college_id = $1 AND cp.ended_on IS NULL ORDER BY cp.id`,
    [collegeId],
  );
  for (const c of candidates) {
    if (ctx.diligence(c.branch_id) === "LAGGING" || !random.chance(0.25)) continue;
    const kind = c.role === "SECRETARY" ? "EXCELLENT_PARTY_WORKER" : "EXCELLENT_MEMBER";
    awards.push({
      unit_id: c.branch_id,
      member_id: c.member_id,
      kind,
      nominated_on: "2026-05-22",
      ...decided(random.chance(0.5) ? "AWARDED" : "NOT_AWARDED"),
    });
  }
  await insert(
    em,
    "award",
    collegeId,
    awards.map((a) => ({ cycle_year: 2026, ...a })),
    "unit_id uuid, member_id uuid, kind text, cycle_year int, status text, nominated_on date, reviewed_on date, decided_on date, reviewer text",
    "unit_id, member_id, kind::award_kind, cycle_year, status::award_status, nominated_on, reviewed_on, decided_on, reviewer",
    "unit_id, nominee_member_id, kind, cycle_year, status, nominated_on, reviewed_on, decided_on, reviewer",
  );

  const recognitions: object[] = [];
  const levels = ["NATIONAL", "PROVINCIAL", "DISTRICT", "SCHOOL"];
  const issuers: Record<string, string[]> = {
    NATIONAL: ["中共中央组织部", "教育部党组"],
    PROVINCIAL: ["中共重庆市委教育工委", "重庆市教委"],
    DISTRICT: ["沙坪坝区委", "渝北区委"],
    SCHOOL: ["学校党委"],
  };
  const outlets: Record<string, string[]> = {
    NATIONAL: ["人民网", "中国教育报"],
    PROVINCIAL: ["重庆日报", "华龙网"],
    DISTRICT: ["沙坪坝报"],
    SCHOOL: ["校报", "学校官网"],
  };
  for (const u of organisations) {
    const d = ctx.diligence(u.id);
    const honours = d === "EXEMPLARY" ? 3 : d === "TYPICAL" ? 1 : 0;
    for (let i = 0; i < honours; i++) {
      // Exemplary units collect the rarer levels; one national honour in the whole demo.
      const level = recognitions.length === 0 ? "NATIONAL" : d === "EXEMPLARY" ? random.pick(levels.slice(1)) : "SCHOOL";
      recognitions.push({
        unit_id: u.id,
        kind: "HONOUR",
        level,
        title: random.pick(["先进基层党组织", "党建工作标杆支部", "样板党支部", "优秀党建品牌"]),
        occurred_on: random.date(ctx.from, ctx.until),
        issuer: random.pick(issuers[level]),
      });
    }
    const reports = d === "EXEMPLARY" ? 2 : d === "TYPICAL" ? random.int(0, 1) : 0;
    for (let i = 0; i < reports; i++) {
      const level = random.pick(levels.slice(1));
      recognitions.push({
        unit_id: u.id,
        kind: "MEDIA_REPORT",
        level,
        title: `${u.name}${random.pick(["开展主题党日活动", "党员志愿服务进社区", "“三联二访”走进学生宿舍"])}`,
        occurred_on: random.date(ctx.from, ctx.until),
        issuer: random.pick(outlets[level]),
      });
    }
  }
  await insert(
    em,
    "recognition",
    collegeId,
    recognitions,
    "unit_id uuid, kind text, level text, title text, occurred_on date, issuer text",
    "unit_id, kind::recognition_kind, level::recognition_level, title, occurred_on, issuer",
  );

  const notices: object[] = [];
  const span = months(ctx.from, ctx.until);
  for (const u of organisations) {
    const d = ctx.diligence(u.id);
    const every = d === "EXEMPLARY" ? 1 : d === "TYPICAL" ? 2 : 6;
    span.forEach((month, i) => {
      if (i % every !== 0) return;
      notices.push({
        unit_id: u.id,
        title: random.pick(["党费收缴情况公示", "发展党员公示", "支部工作计划公开", "评优评先结果公示", "组织生活会情况通报"]),
        channel: random.pick(["WEBSITE", "BOARD", "GROUP_CHAT", "OTHER"]),
        published_on: `${month.slice(0, 8)}${String(random.int(3, 24)).padStart(2, "0")}`,
        summary: "按党务公开要求向全体党员公开",
      });
    });
  }
  await insert(
    em,
    "party_affairs_notice",
    collegeId,
    notices,
    "unit_id uuid, title text, channel text, published_on date, summary text",
    "unit_id, title, channel::notice_channel, published_on, summary",
  );

  const decisions: object[] = [];
  const topics: Record<string, string[]> = {
    MAJOR_DECISION: ["年度党建工作计划", "学院发展规划调整"],
    CADRE_APPOINTMENT: ["教研室主任人选推荐", "辅导员岗位调整"],
    MAJOR_PROJECT: ["实训基地建设项目", "学生公寓党员活动室改造"],
    LARGE_FUND_USE: ["专项经费使用方案", "设备采购资金安排"],
  };
  for (const g of generals) {
    const n = ctx.diligence(g.id) === "LAGGING" ? 1 : random.int(3, 5);
    for (let i = 0; i < n; i++) {
      const category = random.pick(Object.keys(topics));
      const decidedOn = random.date("2025-09-20", ctx.until);
      const consulted = new Date(Date.parse(`${decidedOn}T00:00:00Z`) - random.int(3, 14) * 86_400_000).toISOString().slice(0, 10);
      decisions.push({
        unit_id: g.id,
        title: random.pick(topics[category]),
        category,
        decided_on: decidedOn,
        consultation: "会前由书记与班子成员逐一沟通，听取意见后提交党政联席会议集体研究",
        consulted_on: consulted,
        consulted_with: "党政班子成员",
      });
    }
  }
  await insert(
    em,
    "major_decision",
    collegeId,
    decisions,
    "unit_id uuid, title text, category text, decided_on date, consultation text, consulted_on date, consulted_with text",
    "unit_id, title, category::decision_category, decided_on, consultation, consulted_on, consulted_with",
  );

  const risks: object[] = [];
  const registers = [
    ["经费报销审核", "票据真实性与审批程序", "双人复核、按月公示、定期抽查"],
    ["评奖评优推荐", "推荐程序公开公正", "民主推荐、结果公示不少于 5 个工作日"],
    ["发展党员", "程序规范与材料真实", "集体讨论、逐级审查、全程纪实"],
    ["物资采购", "供应商选择", "三家比价、集体决策、纪检监督"],
  ];
  for (const u of organisations) {
    const d = ctx.diligence(u.id);
    const n = d === "EXEMPLARY" ? 3 : d === "TYPICAL" ? 2 : random.int(0, 1);
    for (let i = 0; i < n; i++) {
      const [riskPoint, keyPoint, controls] = registers[(i + random.int(0, 3)) % registers.length];
      risks.push({
        unit_id: u.id,
        risk_point: riskPoint,
        key_point: keyPoint,
        control_measures: controls,
        responsible_person: `${u.name}书记（一岗双责）`,
        reviewed_on: random.date(ctx.from, ctx.until),
      });
    }
  }
  await insert(
    em,
    "integrity_risk",
    collegeId,
    risks,
    "unit_id uuid, risk_point text, key_point text, control_measures text, responsible_person text, reviewed_on date",
    "unit_id, risk_point, key_point, control_measures, responsible_person, reviewed_on",
  );
}

/** One INSERT … SELECT FROM jsonb_to_recordset for a batch of rows, college_id added to each. */
async function insert(
  em: EntityManager,
  table: string,
  collegeId: string,
  rows: object[],
  recordType: string,
  select: string,
  columns?: string,
) {
  if (!rows.length) return;
  const target = columns ?? select.replace(/::\w+/g, "");
  await em.query(
    `INSERT INTO ${table} (college_id, ${target}) SELECT $2::uuid, ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})`,
    [JSON.stringify(rows), collegeId],
  );
}
