import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The rulebook's data: committee overrides of rule parameters (effective from a date, so past
 * periods keep the number they were judged by), the college's compliance settings, and filed
 * documents — the dated evidence for rules whose proof is a document (annual reports, rules of
 * procedure, development plans, the committee's yearly study, members' thought reports).
 */
export class Rules1764500000000 implements MigrationInterface {
  name = "Rules1764500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rule_parameter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        rule_code text NOT NULL,
        effective_from date NOT NULL,
        params jsonb NOT NULL,
        note text,
        set_by_id uuid,
        set_by_label text NOT NULL,
        UNIQUE (college_id, rule_code, effective_from)
      )`);
    await q.query(`CREATE INDEX idx_rule_parameter_college ON rule_parameter (college_id, rule_code)`);

    await q.query(`
      CREATE TABLE compliance_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        key text NOT NULL,
        value jsonb NOT NULL,
        note text,
        set_by_id uuid,
        set_by_label text NOT NULL,
        UNIQUE (college_id, key)
      )`);

    await q.query(
      `CREATE TYPE document_kind AS ENUM ('GB_ANNUAL_REPORT','JOINT_MEETING_RULES','DEV_PLAN','COMMITTEE_STUDY','THOUGHT_REPORT')`,
    );
    await q.query(`
      CREATE TABLE filed_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        kind document_kind NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        filed_on date NOT NULL,
        received_by text,
        note text,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((kind = 'THOUGHT_REPORT') = (member_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_filed_document_unit ON filed_document (unit_id, kind, filed_on)`);
    await q.query(`CREATE INDEX idx_filed_document_member ON filed_document (member_id, filed_on)`);
    await q.query(`CREATE INDEX idx_filed_document_college ON filed_document (college_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE filed_document`);
    await q.query(`DROP TYPE document_kind`);
    await q.query(`DROP TABLE compliance_setting`);
    await q.query(`DROP TABLE rule_parameter`);
  }
}
