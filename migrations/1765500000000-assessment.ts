import { MigrationInterface, QueryRunner } from "typeorm";

/*
 * Branch assessment (附件 党支部工作目标管理考核办法): rounds, one score sheet per branch and round,
 * a line per sub-element (proposal and the panel's score), members' discipline cases (the veto's
 * evidence) and the rectification records of 不合格 branches.
 *
 * discipline_case names a member: it is under row-level security like the other tables of people's
 * records (migration row-level-security), with the same read and write conditions as `record(...)`
 * there — its branch (unit_id) in scope, or its member visible (read) / the member's home in scope
 * (write). ASSESSMENT_GUARDED lists it for the row-level-security spec. The sheet and round tables
 * log their changes (change_log): the ASSESSMENT_APPEALS fact family reads them.
 */

const ROLE = "party_app";
const ALL = `(SELECT app_scope_all())`;
const UNITS = `(SELECT app_scope_units())::uuid[]`;
const read = `${ALL}
           OR discipline_case.unit_id = ANY (${UNITS})
           OR EXISTS (SELECT 1 FROM member m WHERE m.id = discipline_case.member_id)`;
const write = `${ALL}
           OR discipline_case.unit_id = ANY (${UNITS})
           OR EXISTS (SELECT 1 FROM member m WHERE m.id = discipline_case.member_id AND coalesce(m.group_id, m.branch_id) = ANY (${UNITS}))`;

/** The tables of this migration under RLS, in the shape of the row-level-security migration's GUARDED. */
export const ASSESSMENT_GUARDED = [{ table: "discipline_case", read, insert: write, write }];

const LOGGED = ["assessment_round", "assessment_sheet"];

export class Assessment1765500000000 implements MigrationInterface {
  name = "Assessment1765500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE assessment_round_kind AS ENUM ('REGULAR','SPECIAL')`);
    await q.query(`CREATE TYPE assessment_sheet_status AS ENUM ('DRAFT','SUBMITTED','NOTIFIED','APPEALED','REVIEWED','FINAL')`);
    await q.query(`CREATE TYPE assessment_grade AS ENUM ('EXCELLENT','GOOD','PASS','FAIL')`);
    await q.query(`CREATE TYPE discipline_level AS ENUM ('WARNING','SERIOUS_WARNING','REMOVAL_FROM_POST','PROBATION','EXPULSION')`);
    await q.query(`
      CREATE TABLE assessment_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        year int NOT NULL CHECK (year BETWEEN 2014 AND 2100),
        kind assessment_round_kind NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        sheet_version text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        deadline date NOT NULL,
        panel_user_ids uuid[] NOT NULL DEFAULT '{}',
        note text
      )`);
    await q.query(`CREATE INDEX idx_assessment_round_college_year ON assessment_round (college_id, year)`);
    // 附件 三: one regular assessment a year at most (special ones as needed).
    await q.query(`CREATE UNIQUE INDEX uq_assessment_round_regular ON assessment_round (college_id, year) WHERE kind = 'REGULAR'`);
    await q.query(`
      CREATE TABLE assessment_sheet (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        round_id uuid NOT NULL REFERENCES assessment_round(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        status assessment_sheet_status NOT NULL DEFAULT 'DRAFT',
        base_score numeric(6,1),
        bonus_score numeric(6,1) NOT NULL DEFAULT 0,
        total numeric(6,1),
        grade assessment_grade,
        vetoed boolean NOT NULL DEFAULT false,
        veto_note text,
        submitted_on date,
        notified_on date,
        appealed_on date,
        appeal_reason text,
        reviewed_on date,
        review_opinion text,
        final_on date,
        proposed_at timestamptz,
        UNIQUE (round_id, unit_id)
      )`);
    await q.query(`CREATE INDEX idx_assessment_sheet_unit ON assessment_sheet (unit_id)`);
    await q.query(`CREATE INDEX idx_assessment_sheet_college ON assessment_sheet (college_id)`);
    await q.query(`CREATE INDEX idx_assessment_sheet_appealed ON assessment_sheet (college_id, appealed_on) WHERE appealed_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE assessment_score (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        sheet_id uuid NOT NULL REFERENCES assessment_sheet(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL,
        college_id uuid NOT NULL,
        key text NOT NULL,
        indicator int NOT NULL CHECK (indicator BETWEEN 1 AND 20),
        label text NOT NULL,
        max numeric(6,1),
        proposed_value numeric(6,1),
        proposal jsonb,
        score numeric(6,1) CHECK (score >= 0 AND (max IS NULL OR score <= max)),
        overridden boolean NOT NULL DEFAULT false,
        reason text,
        assessed_by_id uuid,
        assessed_by_label text,
        assessed_at timestamptz,
        UNIQUE (sheet_id, key)
      )`);
    await q.query(`CREATE INDEX idx_assessment_score_unit ON assessment_score (unit_id)`);
    await q.query(`
      CREATE TABLE discipline_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        decided_on date NOT NULL,
        level discipline_level NOT NULL,
        decision_document text NOT NULL CHECK (length(btrim(decision_document)) > 0),
        reason text,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_discipline_case_member ON discipline_case (member_id)`);
    await q.query(`CREATE INDEX idx_discipline_case_unit_on ON discipline_case (unit_id, decided_on)`);
    await q.query(`CREATE INDEX idx_discipline_case_college ON discipline_case (college_id)`);
    await q.query(`
      CREATE TABLE assessment_rectification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        sheet_id uuid NOT NULL REFERENCES assessment_sheet(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        recorded_on date NOT NULL,
        measures text NOT NULL CHECK (length(btrim(measures)) > 0),
        due_on date,
        completed_on date,
        note text
      )`);
    await q.query(`CREATE INDEX idx_assessment_rectification_sheet ON assessment_rectification (sheet_id)`);
    await q.query(`CREATE INDEX idx_assessment_rectification_unit ON assessment_rectification (unit_id)`);

    for (const table of LOGGED) {
      await q.query(
        `CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION log_change()`,
      );
    }
    for (const t of ASSESSMENT_GUARDED) {
      await q.query(`ALTER TABLE ${t.table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t.table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${ROLE}_select ON ${t.table} FOR SELECT TO ${ROLE} USING (${t.read})`);
      await q.query(`CREATE POLICY ${ROLE}_insert ON ${t.table} FOR INSERT TO ${ROLE} WITH CHECK (${t.insert})`);
      await q.query(`CREATE POLICY ${ROLE}_update ON ${t.table} FOR UPDATE TO ${ROLE} USING (${t.write}) WITH CHECK (${t.write})`);
      await q.query(`CREATE POLICY ${ROLE}_delete ON ${t.table} FOR DELETE TO ${ROLE} USING (${t.write})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ASSESSMENT_GUARDED) {
      for (const command of ["select", "insert", "update", "delete"])
        await q.query(`DROP POLICY IF EXISTS ${ROLE}_${command} ON ${t.table}`);
    }
    for (const table of LOGGED) await q.query(`DROP TRIGGER IF EXISTS log_change ON ${table}`);
    await q.query(`DROP TABLE assessment_rectification`);
    await q.query(`DROP TABLE discipline_case`);
    await q.query(`DROP TABLE assessment_score`);
    await q.query(`DROP TABLE assessment_sheet`);
    await q.query(`DROP TABLE assessment_round`);
    await q.query(`DROP TYPE discipline_level`);
    await q.query(`DROP TYPE assessment_grade`);
    await q.query(`DROP TYPE assessment_sheet_status`);
    await q.query(`DROP TYPE assessment_round_kind`);
  }
}
