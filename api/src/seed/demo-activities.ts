import { seedAcademicCalendar, SEED_VACATION_MONTHS } from "../calendar/seed-calendar";
import { OrgUnitKind } from "../org/org-unit.enums";
import { addDays, daysInMonth, localDate } from "../common/periods";
import type { DemoRecordContext, DemoRecordGenerator, Diligence } from "./demo-records";
import type { Random } from "./random";
import type { SeededUnit } from "./seed-structure";

/**
 * Demo activities, attendance, study records, rooms and record-book hand-ins across
 * ctx.from..ctx.until. EXEMPLARY units do everything the cadence rules ask (org-life meetings of
 * exactly 2 h or more, every committee meeting, lecture, party day, forum …), TYPICAL units miss a
 * few and hold a couple of 1 h 45 min meetings, LAGGING units miss many, meet briefly and their
 * members fall short of the yearly education hours. All inserts are bulk (unnest / jsonb).
 */
export const generateDemoActivities: DemoRecordGenerator = async (ctx) => {
  const { em, collegeId } = ctx;
  await seedAcademicCalendar(em, collegeId);
  const g = new Generator(ctx);
  await g.load();
  g.rooms();
  g.activities();
  g.studies();
  g.handIns();
  await g.write();
};

interface MemberRow {
  id: string;
  branch_id: string;
  group_id: string | null;
  category: "FACULTY" | "STUDENT" | "RETIRED";
}

type Hours = Record<number, { h: number; i: number }>;

const HOLD: Record<Diligence, number> = { EXEMPLARY: 1, TYPICAL: 0.88, LAGGING: 0.5 };
const PRESENT: Record<Diligence, number> = { EXEMPLARY: 0.93, TYPICAL: 0.86, LAGGING: 0.7 };
const TOP_UP: Record<Diligence, number> = { EXEMPLARY: 0.96, TYPICAL: 0.85, LAGGING: 0.12 };
const EXCUSES = ["出差", "教学任务冲突", "病假", "参加培训", "外出实习", "家中有事", "参加技能竞赛"];

const TOPICS: Record<string, string[]> = {
  ORGANISATIONAL_LIFE: [
    "学习党的二十届四中全会精神",
    "学习《中国共产党章程》",
    "对照党章党规找差距",
    "学习习近平新时代中国特色社会主义思想专题",
    "开展批评与自我批评",
    "学习贯彻全国教育大会精神",
    "学习《中国共产党纪律处分条例》",
  ],
  BRANCH_COMMITTEE_MEETING: [
    "研究本月支部工作安排",
    "讨论入党积极分子培养计划",
    "研究党员发展工作",
    "部署主题党日活动",
    "研究党费收缴和使用",
  ],
  PARTY_LECTURE: ["书记讲党课：坚定理想信念", "党课：弘扬伟大建党精神", "党课：铸牢为民服务宗旨", "党课：以党建引领立德树人"],
  PARTY_DAY: ["参观红岩革命纪念馆", "主题党日：走进社区志愿服务", "重温入党誓词", "参观渣滓洞、白公馆", "主题党日：校园环境整治"],
  FORUM: ["师生座谈会：听取意见建议", "教职工座谈会：教学改革", "学生座谈会：学风建设"],
  THOUGHT_ANALYSIS: ["半年师生思想状况分析", "思想动态分析会"],
  ACTIVIST_REVIEW: ["入党积极分子半年考察", "积极分子培养情况全面分析"],
  INTEGRITY_EDUCATION: ["廉政教育：观看警示教育片", "学习《廉洁自律准则》", "廉政党课：守住底线"],
  THEORY_STUDY: ["季度理论学习：党的创新理论", "业务学习：职业教育法", "理论学习：新质生产力与职业教育"],
  DEMOCRATIC_LIFE: ["年度民主生活会", "专题民主生活会"],
  MEMBER_APPRAISAL: ["年度民主评议党员"],
  GROUP_MEETING: ["党小组学习会", "党小组会：交流思想汇报"],
  JOINT_MEETING: ["党政联席会议：研究学院重要事项", "党政联席会议：审议年度预算", "党政联席会议：讨论人才培养方案"],
};

interface RoomRow {
  id: string;
  owner: string;
  name: string;
  location: string;
  area: string;
  facilities: string[];
}

class Generator {
  private random: Random;
  private members: MemberRow[] = [];
  private byBranch = new Map<string, MemberRow[]>();
  private byGroup = new Map<string, MemberRow[]>();
  private groups: Array<{ id: string; parent_id: string }> = [];
  private committee = new Map<string, string[]>();
  private semesters: Array<{ id: string; academic_year: string; term: string; starts_on: string; ends_on: string }> = [];
  private vacation = new Map<string, number[]>(SEED_VACATION_MONTHS.map((v) => [v.branchKind, [...v.months]]));
  private hours = new Map<string, Hours>();

  // columnar rows for unnest
  private act = {
    id: [] as string[],
    host: [] as string[],
    type: [] as string[],
    starts: [] as string[],
    ends: [] as string[],
    room: [] as (string | null)[],
    place: [] as (string | null)[],
    online: [] as boolean[],
    topic: [] as string[],
    summary: [] as (string | null)[],
    hours: [] as string[],
    integrity: [] as string[],
    cadres: [] as boolean[],
  };
  private att = { activity: [] as string[], member: [] as string[], status: [] as string[], reason: [] as (string | null)[] };
  private roomRows: RoomRow[] = [];
  private roomUsers: Array<{ room_id: string; unit_id: string; since: string }> = [];
  private roomOf = new Map<string, string>();
  private studyRows: object[] = [];
  private handInRows: object[] = [];
  /** Org-life meetings of TYPICAL branches that run 1 h 45 min: two per branch. */
  private shortMeetings = new Map<string, Set<number>>();

  constructor(private ctx: DemoRecordContext) {
    this.random = ctx.random;
  }

  async load(): Promise<void> {
    const { em, collegeId } = this.ctx;
    this.members = await em.query(
      `SELECT id, branch_id, group_id, category FROM member WHERE college_id = $1 AND status = 'ACTIVE' ORDER BY id`,
      [collegeId],
    );
    for (const m of this.members) {
      this.byBranch.set(m.branch_id, [...(this.byBranch.get(m.branch_id) ?? []), m]);
      if (m.group_id) this.byGroup.set(m.group_id, [...(this.byGroup.get(m.group_id) ?? []), m]);
    }
    this.groups = await em.query(
      `SELECT id, parent_id FROM org_unit WHERE college_id = $1 AND kind = 'GROUP' AND archived_at IS NULL ORDER BY sort_order, id`,
      [collegeId],
    );
    const seats: Array<{ unit_id: string; member_id: string }> = await em.query(
      `SELECT unit_id, member_id FROM committee_position WHERE college_id = $1 AND ended_on IS NULL ORDER BY role, term_start, id`,
      [collegeId],
    );
    for (const s of seats) this.committee.set(s.unit_id, [...(this.committee.get(s.unit_id) ?? []), s.member_id]);
    this.semesters = await em.query(
      `SELECT id, academic_year, term::text, starts_on::text, ends_on::text FROM semester WHERE college_id = $1 ORDER BY starts_on`,
      [collegeId],
    );
    const settings: Array<{ branch_kind: string; months: number[] }> = await em.query(
      `SELECT branch_kind::text, months FROM vacation_month_setting WHERE college_id = $1`,
      [collegeId],
    );
    for (const s of settings) this.vacation.set(s.branch_kind, s.months);
  }

  private get branches(): SeededUnit[] {
    return this.ctx.units.filter((u) => u.kind === OrgUnitKind.BRANCH);
  }

  private get generalBranches(): SeededUnit[] {
    return this.ctx.units.filter((u) => u.kind === OrgUnitKind.GENERAL_BRANCH);
  }

  /** Rooms: a shared room per general branch, own rooms for some branches, a few (lagging) with none. */
  rooms(): void {
    const { diligence } = this.ctx;
    const r = this.random;
    for (const gb of this.generalBranches) {
      const d = diligence(gb.id);
      const shared: RoomRow = {
        id: r.uuid(),
        owner: gb.id,
        name: `${gb.name.replace(/党总支$/, "")}党员活动室`,
        location: `${r.pick(["行政楼", "实训楼", "图书馆", "学生活动中心", "教学楼"])} ${r.int(1, 5)}0${r.int(1, 9)}`,
        area: d === "LAGGING" ? `${r.int(14, 19)}.${r.pick(["00", "50"])}` : `${r.int(30, 80)}.${r.pick(["00", "50", "25"])}`,
        facilities: ["党旗", "入党誓词墙", ...(d !== "LAGGING" ? ["投影仪", "党建书架"] : []), ...(r.chance(0.5) ? ["电脑"] : [])],
      };
      this.roomRows.push(shared);
      this.roomUsers.push({ room_id: shared.id, unit_id: gb.id, since: "2024-09-01" });
      this.roomOf.set(gb.id, shared.id);
      for (const branch of this.branches.filter((b) => b.path.includes(gb.id))) {
        const bd = diligence(branch.id);
        if (bd === "LAGGING" && r.chance(0.5)) continue; // no room at all
        const own = bd === "LAGGING" || r.chance(bd === "EXEMPLARY" ? 0.3 : 0.35);
        if (own) {
          const small = bd === "LAGGING" || r.chance(0.3);
          const room: RoomRow = {
            id: r.uuid(),
            owner: branch.id,
            name: `${branch.name}活动室`,
            location: `${r.pick(["行政楼", "实训楼", "教学楼", "离退休活动中心"])} ${r.int(1, 6)}${r.int(10, 30)}`,
            area: small ? `${r.int(10, 18)}.${r.pick(["00", "50"])}` : `${r.int(20, 45)}.00`,
            facilities: r.chance(0.6) ? ["党旗", "学习资料柜"] : ["党旗"],
          };
          this.roomRows.push(room);
          this.roomUsers.push({ room_id: room.id, unit_id: branch.id, since: r.pick(["2023-03-01", "2024-09-01", "2025-03-01"]) });
          this.roomOf.set(branch.id, room.id);
        } else {
          this.roomUsers.push({ room_id: shared.id, unit_id: branch.id, since: "2024-09-01" });
          this.roomOf.set(branch.id, shared.id);
        }
      }
    }
  }

  activities(): void {
    const { diligence, from, until } = this.ctx;
    const months = monthsBetween(from, until);
    const semesters = this.semesters.filter((s) => s.starts_on <= until && s.ends_on >= from);
    const halves = halvesBetween(from, until);
    const years = [...new Set(months.map(([y]) => y))];

    for (const branch of this.branches) {
      const d = diligence(branch.id);
      const kind = branch.branchKind ?? "STAFF";
      const all = this.byBranch.get(branch.id) ?? [];
      const board = this.committee.get(branch.id) ?? all.slice(0, 3).map((m) => m.id);
      const vacation = new Set(this.vacation.get(kind) ?? []);
      const perMonth = kind === "STUDENT" ? 2 : 1;
      const orgLifeCredit = d === "LAGGING" ? 100 : kind === "STUDENT" ? 100 : 200;
      let orgLifeIndex = 0;
      if (d === "TYPICAL") this.shortMeetings.set(branch.id, new Set([this.random.int(0, 6), this.random.int(7, 14)]));

      for (const [y, m] of months) {
        const inVacation = vacation.has(m);
        // 组织生活会: exempt vacation months are mostly skipped, but retirees and staff meet anyway now and then.
        const holdInVacation = kind === "RETIRED" ? 1 : kind === "STUDENT" ? 0 : d === "EXEMPLARY" ? 0.5 : 0.2;
        for (let k = 0; k < perMonth; k++) {
          if (inVacation && !this.random.chance(holdInVacation)) continue;
          if (!this.random.chance(HOLD[d])) continue;
          const minutes = this.orgLifeMinutes(branch.id, d, orgLifeIndex++);
          this.add(branch, "ORGANISATIONAL_LIFE", this.day(y, m, k === 0 ? [3, 14] : [16, 27]), minutes, orgLifeCredit, 0, all, d);
        }
        // 支部委员会: monthly, vacation included.
        if (this.random.chance(HOLD[d]))
          this.add(
            branch,
            "BRANCH_COMMITTEE_MEETING",
            this.day(y, m, [1, 10]),
            this.random.pick([60, 75, 90]),
            0,
            0,
            this.only(all, board),
            d,
          );
        // 党小组会 of the branch's groups.
        if (!inVacation) {
          for (const group of this.groups.filter((gr) => gr.parent_id === branch.id)) {
            if (!this.random.chance(HOLD[d] * 0.8)) continue;
            const unit = { ...branch, id: group.id, path: [...branch.path, group.id] };
            this.add(unit, "GROUP_MEETING", this.day(y, m, [5, 25]), 60, 100, 0, this.byGroup.get(group.id) ?? [], d);
          }
        }
      }
      for (const s of semesters) {
        if (this.random.chance(HOLD[d])) this.add(branch, "PARTY_LECTURE", this.inRange(s.starts_on, s.ends_on, 20), 120, 200, 0, all, d);
        if (this.random.chance(HOLD[d])) this.add(branch, "PARTY_DAY", this.inRange(s.starts_on, s.ends_on, 30), 180, 200, 0, all, d);
      }
      for (const [start, end] of halves) {
        if (this.random.chance(HOLD[d])) this.add(branch, "FORUM", this.inRange(start, end, 15), 90, 0, 0, this.only(all, board), d);
        if (this.random.chance(HOLD[d]))
          this.add(branch, "THOUGHT_ANALYSIS", this.inRange(start, end, 15), 60, 0, 0, this.only(all, board), d);
        if (this.random.chance(HOLD[d]))
          this.add(branch, "ACTIVIST_REVIEW", this.inRange(start, end, 15), 60, 0, 0, this.only(all, board), d);
        if (kind !== "STUDENT" && this.random.chance(HOLD[d]))
          this.add(branch, "INTEGRITY_EDUCATION", this.inRange(start, end, 15), 120, 200, 200, all, d);
      }
      if (kind === "STAFF" || kind === "FACULTY") {
        for (const [y, m] of months.filter(([, mm]) => mm % 3 === 0)) {
          if (this.random.chance(HOLD[d])) this.add(branch, "THEORY_STUDY", this.day(y, m, [5, 25]), 120, 200, 0, all, d);
        }
      }
      for (const y of years) {
        // The year's democratic life meeting and appraisal come in December (November in the current year).
        const last = y === Number(until.slice(0, 4)) ? until : `${y}-12-31`;
        const window = y === Number(until.slice(0, 4)) ? [addDays(until, -20), until] : [`${y}-12-01`, `${y}-12-25`];
        if (last < from) continue;
        const hold = y === Number(until.slice(0, 4)) ? (d === "EXEMPLARY" ? 1 : d === "TYPICAL" ? 0.4 : 0.1) : HOLD[d];
        if (this.random.chance(hold)) {
          this.add(branch, "DEMOCRATIC_LIFE", this.inRange(window[0], window[1], 0), 180, 200, 0, all, d);
          this.add(branch, "MEMBER_APPRAISAL", this.inRange(window[0], window[1], 0), 120, 100, 0, all, d);
        }
      }
    }

    for (const gb of this.generalBranches) {
      const d = diligence(gb.id);
      const subtree = this.branches.filter((b) => b.path.includes(gb.id));
      const everyone = subtree.flatMap((b) => this.byBranch.get(b.id) ?? []);
      const cadres = subtree.flatMap((b) => (this.committee.get(b.id) ?? []).slice(0, 1));
      const cadreRows = everyone.filter((m) => cadres.includes(m.id));
      const secondaryCollege = !/^(机关|教学|离退休)/.test(gb.name);
      const short = () => (d === "LAGGING" && this.random.chance(0.4) ? 45 : this.random.pick([60, 90, 120]));
      for (const [y, m] of months) {
        if (this.random.chance(HOLD[d])) this.add(gb, "BRANCH_COMMITTEE_MEETING", this.day(y, m, [2, 12]), short(), 0, 0, cadreRows, d);
        if (secondaryCollege && this.random.chance(HOLD[d] * 0.9))
          this.add(gb, "JOINT_MEETING", this.day(y, m, [8, 20]), short(), 0, 0, cadreRows, d);
      }
      for (const [start, end] of halves) {
        if (this.random.chance(HOLD[d])) this.add(gb, "PARTY_LECTURE", this.inRange(start, end, 25), 120, 200, 0, everyone, d);
      }
      for (const s of semesters) {
        if (this.random.chance(HOLD[d])) this.add(gb, "PARTY_DAY", this.inRange(s.starts_on, s.ends_on, 30), 180, 0, 0, cadreRows, d);
      }
      for (const y of years) {
        const window = y === Number(until.slice(0, 4)) ? [addDays(until, -20), until] : [`${y}-12-05`, `${y}-12-28`];
        const hold = y === Number(until.slice(0, 4)) ? (d === "EXEMPLARY" ? 1 : 0.3) : HOLD[d];
        if (this.random.chance(hold))
          this.add(gb, "DEMOCRATIC_LIFE", this.inRange(window[0], window[1], 0), 180, 200, 0, cadreRows, d, true);
      }
    }
  }

  private orgLifeMinutes(branchId: string, d: Diligence, index: number): number {
    if (d === "EXEMPLARY") return this.random.chance(0.5) ? 120 : this.random.pick([135, 150]);
    if (d === "TYPICAL") return this.shortMeetings.get(branchId)?.has(index) ? 105 : this.random.pick([120, 120, 120, 135]);
    return this.random.pick([75, 90, 105, 120]);
  }

  /** Attendees present only among `ids` (committee members). */
  private only(all: MemberRow[], ids: string[]): MemberRow[] {
    const set = new Set(ids);
    return all.filter((m) => set.has(m.id));
  }

  private day(y: number, m: number, [lo, hi]: [number, number]): string | null {
    const last = daysInMonth(y, m);
    const date = localDate(y, m, Math.min(last, this.random.int(lo, hi)));
    return date >= this.ctx.from && date <= this.ctx.until ? date : null;
  }

  /** A date in [start, end] clipped to the demo span, avoiding the first `skip` days. */
  private inRange(start: string, end: string, skip: number): string | null {
    const lo = [addDays(start, skip), this.ctx.from].sort()[1];
    const hi = [end, this.ctx.until].sort()[0];
    if (hi < lo) return null;
    return this.random.date(lo, hi);
  }

  private add(
    host: SeededUnit,
    type: string,
    date: string | null,
    minutes: number,
    creditHundredths: number,
    integrityHundredths: number,
    attendees: MemberRow[],
    d: Diligence,
    forCadres = false,
  ): void {
    if (!date) return;
    const r = this.random;
    const id = r.uuid();
    const startHour = type === "PARTY_DAY" ? 9 : r.pick([9, 10, 14, 15, 16]);
    const startMinute = r.pick([0, 0, 30]);
    const starts = new Date(`${date}T${String(startHour).padStart(2, "0")}:${String(startMinute).padStart(2, "0")}:00+08:00`);
    const ends = new Date(starts.getTime() + minutes * 60_000);
    const credit = Math.min(creditHundredths, Math.floor((minutes * 100) / 60));
    const online = r.chance(type === "ORGANISATIONAL_LIFE" && d !== "EXEMPLARY" ? 0.08 : 0.02);
    const room = online ? null : (this.roomOf.get(host.id) ?? this.roomOf.get(host.path[host.path.length - 2] ?? "") ?? null);
    const useRoom = room && type !== "PARTY_DAY" && r.chance(0.85);
    this.act.id.push(id);
    this.act.host.push(host.id);
    this.act.type.push(type);
    this.act.starts.push(starts.toISOString());
    this.act.ends.push(ends.toISOString());
    this.act.room.push(useRoom ? room : null);
    this.act.place.push(
      useRoom || online ? null : type === "PARTY_DAY" ? r.pick(["红岩革命纪念馆", "歌乐山烈士陵园", "社区服务中心", "校园"]) : "会议室",
    );
    this.act.online.push(online);
    this.act.topic.push(r.pick(TOPICS[type] ?? ["其他活动"]));
    this.act.summary.push(r.chance(0.6) ? "会议按议程进行，参会党员结合实际交流了学习体会，形成会议记录。" : null);
    this.act.hours.push(String(credit / 100));
    this.act.integrity.push(String(Math.min(integrityHundredths, credit) / 100));
    this.act.cadres.push(forCadres);
    const year = Number(date.slice(0, 4));
    for (const m of attendees) {
      const present = r.chance(PRESENT[d]);
      const status = present ? "PRESENT" : r.chance(0.6) ? "EXCUSED" : "ABSENT";
      this.att.activity.push(id);
      this.att.member.push(m.id);
      this.att.status.push(status);
      this.att.reason.push(status === "EXCUSED" ? r.pick(EXCUSES) : null);
      if (present && credit > 0) this.credit(m.id, year, credit, Math.min(integrityHundredths, credit));
    }
  }

  private credit(memberId: string, year: number, h: number, i: number): void {
    const hours = this.hours.get(memberId) ?? {};
    const y = (hours[year] ??= { h: 0, i: 0 });
    y.h += h;
    y.i += i;
    this.hours.set(memberId, hours);
  }

  /**
   * Individual study: some members take an online course anyway; members of exemplary and
   * typical branches mostly top up to the yearly floors (faculty 24 h with ≥4 h integrity,
   * students 16 h) with party-school or online study; lagging branches rarely do.
   */
  studies(): void {
    const { diligence, from, until } = this.ctx;
    const r = this.random;
    const years = [Number(from.slice(0, 4)), Number(until.slice(0, 4))].filter((y, i, a) => a.indexOf(y) === i);
    for (const m of this.members) {
      const d = diligence(m.branch_id);
      if (r.chance(0.2)) {
        const date = r.date(from, until);
        const h = r.pick([200, 300, 400]);
        this.study(
          m,
          "ONLINE_COURSE",
          date,
          r.pick(["学习强国专题课程", "党员网络学院：党史学习", "全国党员教育平台专题"]),
          "党员网络学院",
          h,
          0,
        );
      }
      if (m.category === "RETIRED") continue;
      for (const year of years) {
        if (!r.chance(TOP_UP[d])) continue;
        const window: [string, string] =
          year === Number(until.slice(0, 4)) ? [`${year}-10-08`, addDays(until, -5)] : [`${year}-12-01`, `${year}-12-20`];
        const got = this.hours.get(m.id)?.[year] ?? { h: 0, i: 0 };
        if (m.category === "FACULTY" && got.i < 400) {
          const need = 400 - got.i + r.pick([0, 0, 100]);
          this.study(m, "ONLINE_COURSE", r.date(window[0], window[1]), "廉政教育网络专题：廉洁从教", "校纪委办", need, need);
        }
        const floor = m.category === "FACULTY" ? 2400 : 1600;
        const after = this.hours.get(m.id)?.[year]?.h ?? 0;
        if (after < floor) {
          const need = floor - after + r.pick([0, 50, 100, 200, 400]);
          const partySchool = m.category === "STUDENT" && r.chance(0.5);
          this.study(
            m,
            partySchool ? "PARTY_SCHOOL" : "ONLINE_COURSE",
            r.date(window[0], window[1]),
            partySchool ? "校党校党员轮训班" : `${year}年度党员集中轮训（网络）`,
            partySchool ? "校党校" : "全国党员教育平台",
            need,
            0,
          );
        }
      }
    }
  }

  private study(m: MemberRow, kind: string, date: string, title: string, provider: string, h: number, i: number): void {
    this.studyRows.push({
      id: this.random.uuid(),
      member_id: m.id,
      kind,
      studied_on: date,
      title,
      provider,
      hours: String(h / 100),
      integrity_hours: String(i / 100),
    });
    this.credit(m.id, Number(date.slice(0, 4)), h, i);
  }

  /** Record books for the two semesters that ended inside the span: most branches hand in, lagging ones mostly do not. */
  handIns(): void {
    const { diligence, until } = this.ctx;
    const r = this.random;
    const ended = this.semesters.filter((s) => s.ends_on < until && s.ends_on >= this.ctx.from).slice(-2);
    for (const s of ended) {
      for (const branch of this.branches) {
        const d = diligence(branch.id);
        if (!r.chance(d === "EXEMPLARY" ? 1 : d === "TYPICAL" ? 0.9 : 0.25)) continue;
        const late = d === "EXEMPLARY" ? r.int(1, 7) : r.int(3, 25);
        this.handInRows.push({
          branch_id: branch.id,
          semester_id: s.id,
          handed_in_on: [addDays(s.ends_on, late), until].sort()[0],
          received_by: r.pick(["组织部 王老师", "组织部 陈老师", "组织部 刘老师"]),
          note: late > 14 ? "逾期上交" : null,
        });
      }
    }
  }

  async write(): Promise<void> {
    const { em, collegeId } = this.ctx;
    if (this.roomRows.length) {
      await em.query(
        `INSERT INTO activity_room (id, college_id, owner_unit_id, name, location, area, facilities)
         SELECT r.id, $2::uuid, r.owner, r.name, r.location, r.area, r.facilities
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, owner uuid, name text, location text, area numeric, facilities text[])`,
        [JSON.stringify(this.roomRows), collegeId],
      );
      await em.query(
        `INSERT INTO activity_room_user (college_id, room_id, unit_id, since)
         SELECT $2::uuid, u.room_id, u.unit_id, u.since FROM jsonb_to_recordset($1::jsonb) AS u(room_id uuid, unit_id uuid, since date)`,
        [JSON.stringify(this.roomUsers), collegeId],
      );
    }
    const a = this.act;
    const CHUNK = 5000;
    for (let i = 0; i < a.id.length; i += CHUNK) {
      const s = <T>(xs: T[]) => xs.slice(i, i + CHUNK);
      await em.query(
        `INSERT INTO activity (id, college_id, host_unit_id, type, starts_at, ends_at, room_id, place, is_online, topic, summary,
                               education_hours, integrity_hours, for_cadres)
         SELECT x.id, $1::uuid, x.host, x.type::activity_type, x.starts, x.ends, x.room, x.place, x.online, x.topic, x.summary,
                x.hours, x.integrity, x.cadres
           FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::uuid[], $8::text[], $9::boolean[],
                       $10::text[], $11::text[], $12::numeric[], $13::numeric[], $14::boolean[])
             AS x(id, host, type, starts, ends, room, place, online, topic, summary, hours, integrity, cadres)`,
        [
          collegeId,
          s(a.id),
          s(a.host),
          s(a.type),
          s(a.starts),
          s(a.ends),
          s(a.room),
          s(a.place),
          s(a.online),
          s(a.topic),
          s(a.summary),
          s(a.hours),
          s(a.integrity),
          s(a.cadres),
        ],
      );
    }
    const t = this.att;
    const ROWS = 50000;
    for (let i = 0; i < t.activity.length; i += ROWS) {
      const s = <T>(xs: T[]) => xs.slice(i, i + ROWS);
      await em.query(
        `INSERT INTO activity_attendance (college_id, activity_id, member_id, status, reason)
         SELECT $1::uuid, x.activity, x.member, x.status::attendance_status, x.reason
           FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS x(activity, member, status, reason)
          ORDER BY x.activity, x.member`,
        [collegeId, s(t.activity), s(t.member), s(t.status), s(t.reason)],
      );
    }
    if (this.studyRows.length) {
      await em.query(
        `INSERT INTO study_record (id, college_id, member_id, kind, studied_on, title, provider, hours, integrity_hours)
         SELECT s.id, $2::uuid, s.member_id, s.kind::study_kind, s.studied_on, s.title, s.provider, s.hours, s.integrity_hours
           FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, member_id uuid, kind text, studied_on date, title text, provider text, hours numeric, integrity_hours numeric)`,
        [JSON.stringify(this.studyRows), collegeId],
      );
    }
    if (this.handInRows.length) {
      await em.query(
        `INSERT INTO record_book_hand_in (college_id, branch_id, semester_id, handed_in_on, received_by, note)
         SELECT $2::uuid, h.branch_id, h.semester_id, h.handed_in_on, h.received_by, h.note
           FROM jsonb_to_recordset($1::jsonb) AS h(branch_id uuid, semester_id uuid, handed_in_on date, received_by text, note text)`,
        [JSON.stringify(this.handInRows), collegeId],
      );
    }
  }
}

function monthsBetween(from: string, until: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  while (localDate(y, m, 1) <= until) {
    out.push([y, m]);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function halvesBetween(from: string, until: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(until.slice(0, 4)); y++) {
    for (const [s, e] of [
      [`${y}-01-01`, `${y}-06-30`],
      [`${y}-07-01`, `${y}-12-31`],
    ])
      if (s <= until && e >= from) out.push([s, e]);
  }
  return out;
}
