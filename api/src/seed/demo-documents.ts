import type { EntityManager } from "typeorm";
import { OrgUnitKind } from "../org/org-unit.enums";
import type { DemoRecordContext } from "./demo-records";

/**
 * Filed documents (备案文件) for the demo span: general branches' annual reports for 2025,
 * secondary colleges' rules of procedure for 党政联席会议, branches' development plans for the
 * 2025-2026 and 2026-2027 academic years, the committee's yearly study of grassroots party
 * building, and members' thought reports. Exemplary units file everything on time, typical ones
 * mostly (some a little late), lagging ones leave visible gaps. One INSERT for all of it.
 */
export async function generateDemoDocuments(ctx: DemoRecordContext): Promise<void> {
  const { em, units, collegeId, random } = ctx;
  const rows: DocumentRow[] = [];
  const add = (row: Omit<DocumentRow, "member_id" | "note"> & Partial<DocumentRow>) => {
    if (row.filed_on <= ctx.until) rows.push({ member_id: null, note: null, ...row });
  };
  const committee = units.find((u) => u.kind === OrgUnitKind.PARTY_COMMITTEE)!;
  const generals = units.filter((u) => u.kind === OrgUnitKind.GENERAL_BRANCH);
  const branches = units.filter((u) => u.kind === OrgUnitKind.BRANCH);

  // GB_ANNUAL_REPORT (四(二)7): the 2025 report, in December or early January; lagging branches file none.
  for (const g of generals) {
    const d = ctx.diligence(g.id);
    if (d === "LAGGING") continue;
    add({
      unit_id: g.id,
      kind: "GB_ANNUAL_REPORT",
      title: `${g.name}2025年度工作报告`,
      filed_on: d === "EXEMPLARY" ? random.date("2025-12-10", "2025-12-31") : random.date("2025-12-20", "2026-01-15"),
      received_by: "校党委组织部",
      note: "含年度工作计划执行进度、入党积极分子培养和党员发展情况",
    });
  }

  // JOINT_MEETING_RULES (四(二)2): secondary colleges' general branches; in force once filed.
  for (const g of generals.filter((u) => u.name.endsWith("学院党总支"))) {
    const d = ctx.diligence(g.id);
    if (d === "LAGGING" && !random.chance(0.25)) continue;
    add({
      unit_id: g.id,
      kind: "JOINT_MEETING_RULES",
      title: `${g.name.replace(/党总支$/, "")}党政联席会议议事规则`,
      filed_on: random.date("2025-09-08", "2025-10-31"),
      received_by: "校党委组织部",
    });
    if (d === "EXEMPLARY") {
      add({
        unit_id: g.id,
        kind: "JOINT_MEETING_RULES",
        title: `${g.name.replace(/党总支$/, "")}党政联席会议议事规则（2026年修订）`,
        filed_on: random.date("2026-03-02", "2026-04-30"),
        received_by: "校党委组织部",
        note: "根据新修订的议事范围调整",
      });
    }
  }

  // DEV_PLAN (四(二)4(4)): set at the start of each academic year, filed with 组织部.
  for (const b of branches) {
    const d = ctx.diligence(b.id);
    if (d === "LAGGING") continue;
    for (const year of [2025, 2026]) {
      if (d === "TYPICAL" && year === 2026 && !random.chance(0.8)) continue;
      const [from, to] = d === "EXEMPLARY" ? [`${year}-09-05`, `${year}-09-30`] : [`${year}-09-15`, `${year}-10-31`];
      add({
        unit_id: b.id,
        kind: "DEV_PLAN",
        title: `${branchFullName(b)}${year}-${year + 1}学年党员培养发展计划`,
        filed_on: random.date(from, to),
        received_by: "校党委组织部",
      });
    }
  }

  // COMMITTEE_STUDY (四(六)1): once a year.
  add({
    unit_id: committee.id,
    kind: "COMMITTEE_STUDY",
    title: "党委会专题研究2025年基层党组织建设工作",
    filed_on: random.date("2025-11-10", "2025-11-28"),
    received_by: "党委办公室",
    note: "会议纪要存档",
  });
  add({
    unit_id: committee.id,
    kind: "COMMITTEE_STUDY",
    title: "党委会专题研究2026年基层党建工作重点",
    filed_on: random.date("2026-06-08", "2026-06-26"),
    received_by: "党委办公室",
    note: "会议纪要存档",
  });

  // THOUGHT_REPORT (四(二)4(1)): exemplary branches' members nearly all, typical about half, lagging few.
  const members: Array<{ id: string; branch_id: string; standing: string; joined_on: string | null }> = await em.query(
    `SELECT id, branch_id, standing, joined_on::text AS joined_on FROM member WHERE college_id = $1 AND status = 'ACTIVE' ORDER BY id`,
    [collegeId],
  );
  const share = { EXEMPLARY: 0.9, TYPICAL: 0.5, LAGGING: 0.1 } as const;
  const topics = [
    "学习党的二十届四中全会精神的思想汇报",
    "个人思想、工作和学习情况汇报",
    "参加志愿服务活动的思想汇报",
    "学习党章党规的体会",
    "开展批评与自我批评的思想汇报",
  ];
  for (const m of members) {
    const d = ctx.diligence(m.branch_id);
    for (const [from, to] of [
      [ctx.from, "2025-12-31"],
      ["2026-01-01", ctx.until],
    ]) {
      const start = m.joined_on && m.joined_on > from ? m.joined_on : from;
      if (start > to || !random.chance(share[d])) continue;
      const n = d === "EXEMPLARY" ? random.int(1, 2) : 1;
      for (let i = 0; i < n; i++) {
        const topic = m.standing === "PROBATIONARY" && random.chance(0.5) ? "预备期思想汇报" : random.pick(topics);
        add({
          unit_id: m.branch_id,
          member_id: m.id,
          kind: "THOUGHT_REPORT",
          title: topic,
          filed_on: random.date(start, to),
          received_by: "党支部书记",
        });
      }
    }
  }

  await insertDocuments(em, collegeId, rows);
}

/** “管理工程学院教工支部”, “机关一支部”: as OrgUnit.fullName shows it. */
function branchFullName(b: { name: string; parentName: string | null }): string {
  const prefix = (b.parentName ?? "").replace(/党总支$/, "");
  return b.name.startsWith(prefix) ? b.name : `${prefix}${b.name}`;
}

interface DocumentRow {
  unit_id: string;
  member_id: string | null;
  kind: string;
  title: string;
  filed_on: string;
  received_by: string | null;
  note: string | null;
}

async function insertDocuments(em: EntityManager, collegeId: string, rows: DocumentRow[]): Promise<void> {
  if (!rows.length) return;
  await em.query(
    `INSERT INTO filed_document (college_id, unit_id, member_id, kind, title, filed_on, received_by, note)
     SELECT $2::uuid, r.unit_id, r.member_id, r.kind::document_kind, r.title, r.filed_on, r.received_by, r.note
       FROM jsonb_to_recordset($1::jsonb) AS r(unit_id uuid, member_id uuid, kind text, title text, filed_on date, received_by text, note text)`,
    [JSON.stringify(rows), collegeId],
  );
}
