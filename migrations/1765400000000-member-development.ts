import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Member development (issue 13; DOMAIN §8, source 四(三)1): a case per person and attempt, its
 * append-only steps, the public notices, trainers and introducers, the assembly votes with their
 * exclusions, and the probationers' reports.
 *
 * Every table is about a person or member: all are under row-level security (the policies of
 * migration row-level-security: a row is read and written by callers whose scope holds its branch;
 * a member's own rows are read through the member), and every write is logged for the compliance
 * fact cache (change_log). Steps are append-only: a trigger refuses UPDATE and DELETE, as on the
 * audit log; corrections are new steps.
 */
export class MemberDevelopment1765400000000 implements MigrationInterface {
  name = "MemberDevelopment1765400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE development_track AS ENUM ('STUDENT', 'FACULTY')`);
    await q.query(`CREATE TYPE development_stage AS ENUM (${list(STAGES)})`);
    await q.query(`CREATE TYPE development_step_kind AS ENUM (${list(STEP_KINDS)})`);
    await q.query(`CREATE TYPE development_procedure AS ENUM (${list(PROCEDURES)})`);
    await q.query(`CREATE TYPE notice_purpose AS ENUM ('CANDIDATE', 'DEVELOPMENT_TARGET', 'CONVERSION')`);
    await q.query(`CREATE TYPE notice_outcome AS ENUM ('NO_OBJECTION', 'OBJECTION_DISMISSED', 'OBJECTION_SUSTAINED')`);
    await q.query(`CREATE TYPE development_contact_role AS ENUM ('TRAINER', 'INTRODUCER')`);
    await q.query(`CREATE TYPE development_vote_purpose AS ENUM ('ADMISSION', 'CONVERSION')`);
    await q.query(`CREATE TYPE probation_report_kind AS ENUM ('TO_INTRODUCER', 'TO_BRANCH')`);

    await q.query(`
      CREATE TABLE development_case (
        ${BASE},
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        name text NOT NULL,
        gender gender NOT NULL,
        birth_date date NOT NULL,
        track development_track NOT NULL,
        stage development_stage NOT NULL,
        stage_since date NOT NULL,
        applied_on date NOT NULL,
        activist_on date,
        candidate_on date,
        inspection_from date,
        target_on date,
        probation_starts_on date,
        probation_ends_on date,
        conversion_applied_on date,
        full_since date,
        closed_on date,
        CHECK (probation_ends_on IS NULL OR probation_ends_on > probation_starts_on),
        CHECK ((stage IN ('FULL', 'WITHDRAWN', 'NOT_ADMITTED', 'PROBATION_CANCELLED')) = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_development_case_branch ON development_case (branch_id)`);
    await q.query(`CREATE INDEX idx_development_case_college_stage ON development_case (college_id, stage)`);
    await q.query(`CREATE INDEX idx_development_case_person ON development_case (person_id)`);
    await q.query(`CREATE INDEX idx_development_case_member ON development_case (member_id)`);
    // One open case per person: a new attempt only once the last one ended.
    await q.query(`CREATE UNIQUE INDEX idx_development_case_open_person ON development_case (person_id) WHERE closed_on IS NULL`);

    await q.query(`
      CREATE TABLE development_step (
        ${BASE},
        case_id uuid NOT NULL REFERENCES development_case(id) ON DELETE RESTRICT,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        kind development_step_kind NOT NULL,
        procedure development_procedure,
        occurred_on date NOT NULL,
        stage_from development_stage,
        stage_to development_stage,
        record_id uuid,
        document_ids uuid[] NOT NULL DEFAULT '{}',
        note text,
        corrects_step_id uuid REFERENCES development_step(id) ON DELETE RESTRICT,
        recorded_by text NOT NULL,
        recorded_by_id uuid,
        CHECK ((kind = 'CORRECTION') = (corrects_step_id IS NOT NULL)),
        CHECK ((kind = 'PROCEDURE') = (procedure IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_development_step_case ON development_step (case_id, occurred_on)`);
    await q.query(`CREATE INDEX idx_development_step_branch ON development_step (branch_id)`);
    await q.query(`CREATE INDEX idx_development_step_corrects ON development_step (corrects_step_id)`);
    await q.query(`CREATE INDEX idx_development_step_college_day ON development_step (college_id, occurred_on)`);
    await q.query(`
      CREATE FUNCTION development_step_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'development_step is append-only: record a correction instead' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER trg_development_step_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON development_step
      FOR EACH STATEMENT EXECUTE FUNCTION development_step_append_only()`);
    await q.query(`ALTER TABLE development_step ENABLE ALWAYS TRIGGER trg_development_step_append_only`);

    await q.query(`
      CREATE TABLE development_notice (
        ${BASE},
        ${CHILD},
        purpose notice_purpose NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        closed_on date,
        outcome notice_outcome,
        outcome_note text,
        CHECK (ends_on >= starts_on),
        CHECK ((closed_on IS NULL) = (outcome IS NULL)),
        CHECK (closed_on IS NULL OR closed_on >= ends_on)
      )`);
    await q.query(`
      CREATE TABLE development_contact (
        ${BASE},
        ${CHILD},
        role development_contact_role NOT NULL,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        since date NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_development_contact_member ON development_contact (member_id)`);
    await q.query(`
      CREATE TABLE development_vote (
        ${BASE},
        ${CHILD},
        purpose development_vote_purpose NOT NULL,
        held_on date NOT NULL,
        full_members int NOT NULL CHECK (full_members >= 0),
        excluded int NOT NULL CHECK (excluded >= 0),
        should_attend int NOT NULL CHECK (should_attend = full_members - excluded),
        present int NOT NULL CHECK (present BETWEEN 0 AND should_attend),
        votes_for int NOT NULL CHECK (votes_for >= 0),
        votes_against int NOT NULL CHECK (votes_against >= 0),
        abstentions int NOT NULL CHECK (abstentions >= 0),
        passed boolean NOT NULL,
        CHECK (votes_for + votes_against + abstentions <= present)
      )`);
    await q.query(`
      CREATE TABLE development_vote_exclusion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        vote_id uuid NOT NULL REFERENCES development_vote(id) ON DELETE RESTRICT,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        reason text NOT NULL,
        UNIQUE (vote_id, member_id)
      )`);
    await q.query(`CREATE INDEX idx_development_vote_exclusion_branch ON development_vote_exclusion (branch_id)`);
    await q.query(`CREATE INDEX idx_development_vote_exclusion_member ON development_vote_exclusion (member_id)`);
    await q.query(`
      CREATE TABLE development_report (
        ${BASE},
        ${CHILD},
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        kind probation_report_kind NOT NULL,
        reported_on date NOT NULL,
        introducer_member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        -- Like a step's document_ids, checked by the API (in scope, not archived): documents are archived, never deleted.
        document_id uuid
      )`);
    await q.query(`CREATE INDEX idx_development_report_member ON development_report (member_id)`);
    await q.query(`CREATE INDEX idx_development_report_introducer ON development_report (introducer_member_id)`);
    await q.query(`CREATE INDEX idx_development_report_document ON development_report (document_id)`);
    for (const table of CHILD_TABLES) {
      await q.query(`CREATE INDEX idx_${table}_case ON ${table} (case_id)`);
      await q.query(`CREATE INDEX idx_${table}_branch ON ${table} (branch_id)`);
    }

    for (const table of TABLES) {
      await q.query(
        `CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION log_change()`,
      );
    }

    // Row-level security, with the building blocks of migration row-level-security.
    await q.query(`REVOKE UPDATE, DELETE ON development_step FROM ${ROLE}`);
    for (const t of DEVELOPMENT_GUARDED) {
      await q.query(`ALTER TABLE ${t.table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t.table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${ROLE}_select ON ${t.table} FOR SELECT TO ${ROLE} USING (${t.read})`);
      if (t.insert) await q.query(`CREATE POLICY ${ROLE}_insert ON ${t.table} FOR INSERT TO ${ROLE} WITH CHECK (${t.insert})`);
      if (t.write) {
        await q.query(`CREATE POLICY ${ROLE}_update ON ${t.table} FOR UPDATE TO ${ROLE} USING (${t.write}) WITH CHECK (${t.write})`);
        await q.query(`CREATE POLICY ${ROLE}_delete ON ${t.table} FOR DELETE TO ${ROLE} USING (${t.write})`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION development_step_append_only()`);
    for (const type of [
      "probation_report_kind",
      "development_vote_purpose",
      "development_contact_role",
      "notice_outcome",
      "notice_purpose",
      "development_procedure",
      "development_step_kind",
      "development_stage",
      "development_track",
    ])
      await q.query(`DROP TYPE ${type}`);
  }
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

// The enums as of this migration (later changes are later migrations).
const STAGES = [
  "APPLICANT",
  "ACTIVIST",
  "CANDIDATE",
  "UNDER_INSPECTION",
  "DEVELOPMENT_TARGET",
  "PROBATIONARY",
  "PROBATION_EXTENDED",
  "FULL",
  "WITHDRAWN",
  "NOT_ADMITTED",
  "PROBATION_CANCELLED",
];
const STEP_KINDS = [
  "APPLICATION",
  "STAGE_CHANGE",
  "PROCEDURE",
  "NOTICE_OPENED",
  "NOTICE_CLOSED",
  "CONTACT_ASSIGNED",
  "VOTE",
  "ADMISSION_APPROVED",
  "PROBATION_REPORT",
  "CONVERSION_APPLIED",
  "CONVERSION_APPROVED",
  "PROBATION_EXTENDED",
  "CORRECTION",
];
const PROCEDURES = [
  "PARTY_SCHOOL_EXAM_PASSED",
  "PARTY_SCHOOL_EXAM_FAILED",
  "PARTY_SCHOOL_TRAINING",
  "ACTIVIST_REVIEW",
  "DEMOCRATIC_RECOMMENDATION",
  "COMMITTEE_DISCUSSION",
  "GENERAL_BRANCH_REVIEW",
  "GENERAL_BRANCH_TALK",
  "CONVERSION_OPINIONS",
  "CONVERSION_COMMITTEE",
  "CONVERSION_GENERAL_BRANCH_REVIEW",
  "CONVERSION_FILED",
  "CONVERSION_ANNOUNCED",
];

const BASE = `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1`;
const CHILD = `case_id uuid NOT NULL REFERENCES development_case(id) ON DELETE RESTRICT,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL`;
const CHILD_TABLES = ["development_notice", "development_contact", "development_vote", "development_report"];
const TABLES = [
  "development_case",
  "development_step",
  "development_notice",
  "development_contact",
  "development_vote",
  "development_vote_exclusion",
  "development_report",
];

const ROLE = "party_app";
const ALL = `(SELECT app_scope_all())`;
const UNITS = `(SELECT app_scope_units())::uuid[]`;
const unitIn = (column: string) => `${column} = ANY (${UNITS})`;
const memberVisible = (column: string) => `EXISTS (SELECT 1 FROM member m WHERE m.id = ${column})`;
const anyOf = (...arms: string[]) => [ALL, ...arms].join("\n           OR ");

interface Guarded {
  table: string;
  read: string;
  insert: string | null;
  write: string | null;
}

/**
 * A development record: read and written by callers whose scope holds its branch; read also by
 * the members it is about (the probationer's own case and reports, an introducer's assignment).
 * Steps are never updated or deleted (no policy, no grant, and the trigger).
 */
function developmentRecord(table: string, members: string[], appendOnly = false): Guarded {
  const write = anyOf(unitIn(`${table}.branch_id`));
  const read = anyOf(unitIn(`${table}.branch_id`), ...members.map((m) => memberVisible(`${table}.${m}`)));
  return { table, read, insert: write, write: appendOnly ? null : write };
}

/** The development tables under RLS (the row-level-security spec checks them with the others). */
export const DEVELOPMENT_GUARDED: Guarded[] = [
  developmentRecord("development_case", ["member_id"]),
  developmentRecord("development_step", [], true),
  developmentRecord("development_notice", []),
  developmentRecord("development_contact", ["member_id"]),
  developmentRecord("development_vote", []),
  developmentRecord("development_vote_exclusion", ["member_id"]),
  developmentRecord("development_report", ["member_id"]),
];
