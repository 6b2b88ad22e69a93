import type { EntityManager } from "typeorm";

/**
 * A plausible academic calendar for 2024-2025 … 2026-2027 (autumn ≈ 1 Sep – mid Jan, spring ≈
 * late Feb – early Jul) and the vacation-month settings per branch kind (winter 1–2, summer 7–8;
 * retirees keep no vacation). Idempotent: what already exists is left as it is, so structure
 * seeding and the demo generator may both call it.
 */
export const SEED_SEMESTERS = [
  { academicYear: "2024-2025", term: "AUTUMN", startsOn: "2024-09-02", endsOn: "2025-01-17" },
  { academicYear: "2024-2025", term: "SPRING", startsOn: "2025-02-24", endsOn: "2025-07-04" },
  { academicYear: "2025-2026", term: "AUTUMN", startsOn: "2025-09-01", endsOn: "2026-01-16" },
  { academicYear: "2025-2026", term: "SPRING", startsOn: "2026-02-23", endsOn: "2026-07-03" },
  { academicYear: "2026-2027", term: "AUTUMN", startsOn: "2026-08-31", endsOn: "2027-01-15" },
  { academicYear: "2026-2027", term: "SPRING", startsOn: "2027-02-22", endsOn: "2027-07-02" },
] as const;

export const SEED_VACATION_MONTHS = [
  { branchKind: "STUDENT", months: [1, 2, 7, 8], note: "寒假 1–2 月、暑假 7–8 月，学生离校" },
  { branchKind: "FACULTY", months: [1, 2, 7, 8], note: "寒假 1–2 月、暑假 7–8 月" },
  { branchKind: "STAFF", months: [1, 2, 7, 8], note: "寒假 1–2 月、暑假 7–8 月" },
  { branchKind: "RETIRED", months: [], note: "离退休支部不设假期，每月照常过组织生活" },
] as const;

export async function seedAcademicCalendar(em: EntityManager, collegeId: string): Promise<void> {
  await em.query(
    `INSERT INTO semester (college_id, academic_year, term, starts_on, ends_on)
     SELECT $2::uuid, s.academic_year, s.term::semester_term, s.starts_on, s.ends_on
       FROM jsonb_to_recordset($1::jsonb) AS s(academic_year text, term text, starts_on date, ends_on date)
     ON CONFLICT (college_id, academic_year, term) DO NOTHING`,
    [
      JSON.stringify(
        SEED_SEMESTERS.map((s) => ({ academic_year: s.academicYear, term: s.term, starts_on: s.startsOn, ends_on: s.endsOn })),
      ),
      collegeId,
    ],
  );
  await em.query(
    `INSERT INTO vacation_month_setting (college_id, branch_kind, months, note, set_by_label)
     SELECT $2::uuid, v.branch_kind::branch_kind, v.months, v.note, 'system'
       FROM jsonb_to_recordset($1::jsonb) AS v(branch_kind text, months int[], note text)
     ON CONFLICT (college_id, branch_kind) DO NOTHING`,
    [JSON.stringify(SEED_VACATION_MONTHS.map((v) => ({ branch_kind: v.branchKind, months: v.months, note: v.note }))), collegeId],
  );
}
