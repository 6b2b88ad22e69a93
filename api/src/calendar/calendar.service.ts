import type { EntityManager } from "typeorm";
import type { RequestContext } from "../context";
import { audit } from "../audit/audit.service";
import { AppError, badInput, ErrorCode, FieldErrors, notFound } from "../common/errors";
import { daysBetween, isAcademicYearLabel, periodGrid as grid, periodsOf as periodsOfDate, PERIOD_KINDS, Period } from "../common/periods";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope } from "../common/scope";
import { changeRecord, createRecord, type RecordKind } from "../common/record-life-cycle";
import { snapshot } from "../common/versioned";
import { BranchKind } from "../org/org-unit.enums";
import { PeriodKind, SemesterTerm } from "./calendar.enums";
import { AcademicYear, CalendarPeriod, PeriodsOfDate } from "./calendar.types";
import { Semester } from "./semester.entity";
import { VacationMonthSetting } from "./vacation-month-setting.entity";
import type { CreateSemesterInput, PeriodGridInput, SetVacationMonthsInput, UpdateSemesterInput } from "./inputs/calendar.inputs";

const TYPE = "Semester";
const TERM_LABEL: Record<SemesterTerm, string> = { AUTUMN: "秋季学期", SPRING: "春季学期" };
/** A semester longer than this is a typo (a year instead of a month). */
const MAX_SEMESTER_DAYS = 240;

/** Semesters are visible to the whole college (scope), changed only at the college level (FORBIDDEN). */
const SEMESTER: RecordKind<Semester> = {
  entity: Semester,
  typeName: TYPE,
  inScope: async (ctx, semester) => (await visibleColleges(ctx)).includes(semester.collegeId),
};

/** Every semester of a college, by start date: what the rules engine resolves periods with. */
export function semestersOfCollege(em: EntityManager, collegeId: string): Promise<Semester[]> {
  return em.find(Semester, { where: { collegeId }, order: { startsOn: "ASC" } });
}

/** A college's vacation-month settings by branch kind (missing kind = no months exempt, and the rules say so). */
export async function vacationMonthsOfCollege(em: EntityManager, collegeId: string): Promise<Map<BranchKind, VacationMonthSetting>> {
  const rows = await em.find(VacationMonthSetting, { where: { collegeId } });
  return new Map(rows.map((r) => [r.branchKind, r]));
}

export async function listSemesters(
  ctx: RequestContext,
  from: string | undefined,
  to: string | undefined,
  collegeId?: string,
): Promise<Semester[]> {
  if (from && to && to < from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  const college = await resolveCollege(ctx, collegeId, false);
  const qb = ctx.em.createQueryBuilder(Semester, "s").where("s.college_id = :college", { college });
  if (from) qb.andWhere("s.ends_on >= :from", { from });
  if (to) qb.andWhere("s.starts_on <= :to", { to });
  return qb.orderBy("s.starts_on", "ASC").getMany();
}

export async function findSemester(ctx: RequestContext, id: string): Promise<Semester | null> {
  const semester = await ctx.loaders.semester.load(id);
  if (!semester) return null;
  const visible = await visibleColleges(ctx);
  return visible.includes(semester.collegeId) ? semester : null;
}

export async function academicYears(ctx: RequestContext, collegeId?: string): Promise<AcademicYear[]> {
  const semesters = await listSemesters(ctx, undefined, undefined, collegeId);
  const years = new Map<string, Semester[]>();
  for (const s of semesters) years.set(s.academicYear, [...(years.get(s.academicYear) ?? []), s]);
  return [...years.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([label, list]) =>
      Object.assign(new AcademicYear(), {
        label,
        semesters: list.sort((a, b) => (a.term === b.term ? 0 : a.term === SemesterTerm.AUTUMN ? -1 : 1)),
        startsOn: list.map((s) => s.startsOn).sort()[0] ?? null,
        endsOn:
          list
            .map((s) => s.endsOn)
            .sort()
            .reverse()[0] ?? null,
      }),
    );
}

export async function periodsOf(ctx: RequestContext, date: string, collegeId?: string): Promise<PeriodsOfDate> {
  const semesters = await listSemesters(ctx, undefined, undefined, collegeId);
  const p = periodsOfDate(date, semesters);
  return Object.assign(new PeriodsOfDate(), {
    date,
    month: toPeriod(p.month),
    quarter: toPeriod(p.quarter),
    halfYear: toPeriod(p.halfYear),
    year: toPeriod(p.year),
    semester: p.semester ? toPeriod(p.semester) : null,
    inVacation: p.semester === null,
  });
}

export async function periodGrid(ctx: RequestContext, input: PeriodGridInput): Promise<CalendarPeriod[]> {
  if (input.to < input.from) throw badInput({ to: ["结束日期不能早于开始日期"] });
  if (daysBetween(input.from, input.to) > 366 * 10) throw badInput({ to: ["期间不能超过 10 年"] });
  const kinds = (input.kinds?.length ? input.kinds : PERIOD_KINDS) as PeriodKind[];
  const semesters = kinds.includes(PeriodKind.SEMESTER) ? await listSemesters(ctx, input.from, input.to, input.collegeId) : [];
  return grid(input.from, input.to, semesters, kinds).map(toPeriod);
}

export async function createSemester(ctx: RequestContext, input: CreateSemesterInput): Promise<Semester | Refusal> {
  const collegeId = await resolveCollege(ctx, input.collegeId, true);
  checkSemester(input.academicYear, input.term, input.startsOn, input.endsOn);
  await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('semester:' || $1))`, [collegeId]);
  const existing = await ctx.em.findOneBy(Semester, { collegeId, academicYear: input.academicYear, term: input.term });
  if (existing) {
    return Refusal.of(RefusalCode.SEMESTER_EXISTS, `${input.academicYear}学年${TERM_LABEL[input.term]}已存在，请修改原记录`, {
      field: "term",
    });
  }
  const overlap = await overlapping(ctx, collegeId, input.startsOn, input.endsOn, null);
  if (overlap) return overlap;
  return createRecord(ctx, SEMESTER, "createSemester", {
    collegeId,
    academicYear: input.academicYear,
    term: input.term,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  });
}

export function updateSemester(ctx: RequestContext, input: UpdateSemesterInput): Promise<Semester | Refusal> {
  return changeRecord(ctx, SEMESTER, "updateSemester", input, {
    apply: async (semester) => {
      await resolveCollege(ctx, semester.collegeId, true);
      semester.startsOn = input.startsOn ?? semester.startsOn;
      semester.endsOn = input.endsOn ?? semester.endsOn;
      checkSemester(semester.academicYear, semester.term, semester.startsOn, semester.endsOn);
      await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('semester:' || $1))`, [semester.collegeId]);
      const overlap = await overlapping(ctx, semester.collegeId, semester.startsOn, semester.endsOn, semester.id);
      if (overlap) return overlap;
    },
  });
}

export async function listVacationMonths(ctx: RequestContext, collegeId?: string): Promise<VacationMonthSetting[]> {
  const college = await resolveCollege(ctx, collegeId, false);
  const rows = await ctx.em.find(VacationMonthSetting, { where: { collegeId: college } });
  const order = Object.values(BranchKind);
  return rows.sort((a, b) => order.indexOf(a.branchKind) - order.indexOf(b.branchKind));
}

/** Records (or replaces) the vacation months of one branch kind, with who set them and when. */
export async function setVacationMonths(ctx: RequestContext, input: SetVacationMonthsInput): Promise<VacationMonthSetting> {
  const collegeId = await resolveCollege(ctx, input.collegeId, true);
  const months = [...new Set(input.months)].sort((a, b) => a - b);
  if (months.length !== input.months.length) throw badInput({ months: ["月份不能重复"] });
  await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('vacation:' || $1 || $2))`, [collegeId, input.branchKind]);
  const existing = await ctx.em.findOne(VacationMonthSetting, {
    where: { collegeId, branchKind: input.branchKind },
    lock: { mode: "pessimistic_write" },
  });
  const setting = existing ?? ctx.em.create(VacationMonthSetting, { collegeId, branchKind: input.branchKind });
  if (existing && existing.version !== input.version) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `该假期设置已被他人修改（您的版本 ${input.version ?? "无"}，当前版本 ${existing.version}），请刷新后重试`,
      {
        type: "VacationMonthSetting",
        id: existing.id,
        expectedVersion: input.version ?? null,
        actualVersion: existing.version,
      },
    );
  }
  const before = existing ? snapshot(existing) : null;
  Object.assign(setting, { months, note: input.note ?? null, setById: ctx.user.id, setByLabel: ctx.user.label, setAt: new Date() });
  const after = await ctx.em.save(setting);
  await audit(ctx, { operation: "setVacationMonths", entityType: "VacationMonthSetting", entityId: after.id, collegeId, before, after });
  return after;
}

/** Colleges whose calendar the request may read: all roots, or the colleges of the scope's units. */
async function visibleColleges(ctx: RequestContext): Promise<string[]> {
  const rows: Array<{ id: string }> =
    ctx.scope.unitIds === null
      ? await ctx.em.query(`SELECT id FROM org_unit WHERE parent_id IS NULL AND kind = 'PARTY_COMMITTEE' ORDER BY created_at, id`)
      : await ctx.em.query(`SELECT DISTINCT college_id AS id FROM org_unit WHERE id = ANY($1::uuid[])`, [ctx.scope.unitIds]);
  return rows.map((r) => r.id);
}

/**
 * The college a calendar request is about: the one given, or the only one the caller can see.
 * Reading needs any unit of the college in scope; changing the calendar needs the whole college.
 */
export async function resolveCollege(ctx: RequestContext, collegeId: string | undefined, write: boolean): Promise<string> {
  const visible = await visibleColleges(ctx);
  let college = collegeId;
  if (!college) {
    if (visible.length !== 1) throw badInput({ collegeId: [visible.length ? "有多所学校，请指定学校" : "没有可用的学校"] });
    college = visible[0];
  }
  if (!visible.includes(college)) throw notFound("College", college);
  if (write && !pathInScope(ctx, [college])) throw new AppError(ErrorCode.FORBIDDEN, "只有学校层面可以维护校历和假期设置");
  return college;
}

function checkSemester(academicYear: string, term: SemesterTerm, startsOn: string, endsOn: string): void {
  const fields: FieldErrors = {};
  if (!isAcademicYearLabel(academicYear)) fields.academicYear = ["学年应为相邻两年，如“2025-2026”"];
  else {
    const year = Number(academicYear.slice(term === SemesterTerm.AUTUMN ? 0 : 5, term === SemesterTerm.AUTUMN ? 4 : 9));
    if (Number(startsOn.slice(0, 4)) !== year) fields.startsOn = [`${TERM_LABEL[term]}应在 ${year} 年开学`];
  }
  if (endsOn <= startsOn) fields.endsOn = ["结束日期应晚于开学日期"];
  else if (daysBetween(startsOn, endsOn) > MAX_SEMESTER_DAYS) fields.endsOn = [`一个学期不应超过 ${MAX_SEMESTER_DAYS} 天`];
  if (Object.keys(fields).length) throw badInput(fields);
}

async function overlapping(
  ctx: RequestContext,
  collegeId: string,
  startsOn: string,
  endsOn: string,
  exceptId: string | null,
): Promise<Refusal | null> {
  const qb = ctx.em
    .createQueryBuilder(Semester, "s")
    .where("s.college_id = :collegeId AND s.starts_on <= :endsOn AND s.ends_on >= :startsOn", { collegeId, startsOn, endsOn });
  if (exceptId) qb.andWhere("s.id <> :exceptId", { exceptId });
  const other = await qb.getOne();
  if (!other) return null;
  return Refusal.of(
    RefusalCode.SEMESTER_OVERLAP,
    `与${other.academicYear}学年${TERM_LABEL[other.term]}（${other.startsOn} 至 ${other.endsOn}）重叠`,
    { field: "startsOn" },
  );
}

function toPeriod(p: Period): CalendarPeriod {
  return Object.assign(new CalendarPeriod(), { ...p, kind: p.kind as PeriodKind });
}
