import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Foundation: the organisation tree, committees, members and their register, non-member people
 * and mass contacts, and the append-only audit log. No row of a person or an activity is ever
 * deleted, so foreign keys RESTRICT deletes.
 */
export class Foundation1764136800000 implements MigrationInterface {
  name = "Foundation1764136800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TYPE org_unit_kind AS ENUM ('PARTY_COMMITTEE','GENERAL_BRANCH','BRANCH','GROUP')`);
    await q.query(`CREATE TYPE branch_kind AS ENUM ('STAFF','FACULTY','STUDENT','RETIRED')`);
    await q.query(`CREATE TYPE group_purpose AS ENUM ('PLACEMENT','SECONDMENT','RESIDENCE','OTHER')`);
    await q.query(`CREATE TYPE committee_role AS ENUM ('SECRETARY','DEPUTY_SECRETARY','MEMBER')`);
    await q.query(`CREATE TYPE gender AS ENUM ('MALE','FEMALE')`);
    await q.query(`CREATE TYPE member_category AS ENUM ('FACULTY','STUDENT','RETIRED')`);
    await q.query(`CREATE TYPE member_standing AS ENUM ('FULL','PROBATIONARY')`);
    await q.query(
      `CREATE TYPE mobile_status AS ENUM ('NONE','PLACEMENT','SECONDMENT','STUDY_ABROAD','RETAINED_AFTER_GRADUATION','TRANSFERRING')`,
    );
    await q.query(`CREATE TYPE member_status AS ENUM ('ACTIVE','REMOVED')`);
    await q.query(`CREATE TYPE register_entry_kind AS ENUM ('ADDED','REMOVED')`);
    await q.query(
      `CREATE TYPE register_reason AS ENUM ('INITIAL_IMPORT','DEVELOPED','TRANSFER_IN','TRANSFER_OUT','INTERNAL_TRANSFER','GRADUATED','DEATH','WITHDRAWAL','EXPULSION','OTHER')`,
    );
    await q.query(`CREATE TYPE person_kind AS ENUM ('MASS','STUDENT','TEACHER','OTHER')`);

    await q.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        kind org_unit_kind NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        parent_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        path uuid[] NOT NULL,
        sort_order int NOT NULL DEFAULT 0,
        branch_kind branch_kind,
        covers text[] NOT NULL DEFAULT '{}',
        is_online boolean NOT NULL DEFAULT false,
        group_purpose group_purpose,
        location text,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((kind = 'BRANCH') = (branch_kind IS NOT NULL)),
        CHECK ((kind = 'PARTY_COMMITTEE') = (parent_id IS NULL)),
        CHECK (path[cardinality(path)] = id AND path[1] = college_id)
      )`);
    await q.query(`CREATE INDEX idx_org_unit_parent ON org_unit (parent_id)`);
    await q.query(`CREATE INDEX idx_org_unit_college ON org_unit (college_id, kind)`);
    await q.query(`CREATE INDEX idx_org_unit_path ON org_unit USING gin (path)`);

    await q.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        gender gender NOT NULL,
        birth_date date,
        category member_category NOT NULL,
        standing member_standing NOT NULL,
        joined_on date,
        full_since date,
        probation_ends_on date,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        group_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        department text,
        class_name text,
        mobile_status mobile_status NOT NULL DEFAULT 'NONE',
        mobile_location text,
        id_number text,
        phone text,
        status member_status NOT NULL DEFAULT 'ACTIVE'
      )`);
    await q.query(`CREATE INDEX idx_member_branch ON member (branch_id)`);
    await q.query(`CREATE INDEX idx_member_group ON member (group_id)`);
    await q.query(`CREATE INDEX idx_member_college ON member (college_id)`);
    await q.query(`CREATE INDEX idx_member_category ON member (category)`);
    await q.query(`CREATE INDEX idx_member_standing ON member (standing)`);
    await q.query(`CREATE INDEX idx_member_mobile_status ON member (mobile_status)`);
    await q.query(`CREATE INDEX idx_member_status ON member (status)`);
    await q.query(`CREATE INDEX idx_member_name_trgm ON member USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE committee_position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        role committee_role NOT NULL,
        duty text,
        term_start date NOT NULL,
        term_end date,
        ended_on date,
        CHECK (term_end IS NULL OR term_end >= term_start),
        CHECK (ended_on IS NULL OR ended_on >= term_start)
      )`);
    await q.query(`CREATE INDEX idx_committee_position_unit ON committee_position (unit_id)`);
    await q.query(`CREATE INDEX idx_committee_position_member ON committee_position (member_id)`);
    await q.query(`CREATE INDEX idx_committee_position_college ON committee_position (college_id)`);

    await q.query(`
      CREATE TABLE register_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- clock_timestamp: a transfer writes REMOVED then ADDED in one transaction; keep their order.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        kind register_entry_kind NOT NULL,
        reason register_reason NOT NULL,
        occurred_on date NOT NULL,
        counterpart text,
        note text
      )`);
    await q.query(`CREATE INDEX idx_register_entry_member ON register_entry (member_id)`);
    await q.query(`CREATE INDEX idx_register_entry_branch ON register_entry (branch_id)`);
    await q.query(`CREATE INDEX idx_register_entry_college ON register_entry (college_id)`);
    await q.query(`CREATE INDEX idx_register_entry_occurred ON register_entry (occurred_on)`);

    await q.query(`
      CREATE TABLE member_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        from_branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        to_branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        transferred_on date NOT NULL,
        note text,
        CHECK (from_branch_id <> to_branch_id)
      )`);
    await q.query(`CREATE INDEX idx_member_transfer_member ON member_transfer (member_id)`);
    await q.query(`CREATE INDEX idx_member_transfer_from ON member_transfer (from_branch_id)`);
    await q.query(`CREATE INDEX idx_member_transfer_to ON member_transfer (to_branch_id)`);
    await q.query(`CREATE INDEX idx_member_transfer_college ON member_transfer (college_id)`);

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        gender gender,
        kind person_kind NOT NULL,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        department text,
        class_name text,
        phone text,
        note text
      )`);
    await q.query(`CREATE INDEX idx_person_kind ON person (kind)`);
    await q.query(`CREATE INDEX idx_person_unit ON person (unit_id)`);
    await q.query(`CREATE INDEX idx_person_college ON person (college_id)`);
    await q.query(`CREATE INDEX idx_person_name_trgm ON person USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE mass_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        since date NOT NULL,
        until date,
        note text,
        CHECK (until IS NULL OR until >= since)
      )`);
    await q.query(`CREATE INDEX idx_mass_contact_member ON mass_contact (member_id)`);
    await q.query(`CREATE INDEX idx_mass_contact_person ON mass_contact (person_id)`);
    await q.query(`CREATE INDEX idx_mass_contact_college ON mass_contact (college_id)`);
    // One open link per member–person pair; an ended link may be renewed as a new row.
    await q.query(`CREATE UNIQUE INDEX uq_mass_contact_open ON mass_contact (member_id, person_id) WHERE until IS NULL`);

    await q.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_label text NOT NULL,
        operation text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        college_id uuid,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX idx_audit_entry_occurred ON audit_entry (occurred_at)`);
    await q.query(`CREATE INDEX idx_audit_entry_actor ON audit_entry (actor_id)`);
    await q.query(`CREATE INDEX idx_audit_entry_entity ON audit_entry (entity_type, entity_id)`);
    await q.query(`CREATE INDEX idx_audit_entry_entity_id ON audit_entry (entity_id)`);
    await q.query(`CREATE INDEX idx_audit_entry_college ON audit_entry (college_id)`);
    await q.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER trg_audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_append_only()`);
    for (const table of ["mass_contact", "person", "member_transfer", "register_entry", "committee_position", "member", "org_unit"]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of [
      "person_kind",
      "register_reason",
      "register_entry_kind",
      "member_status",
      "mobile_status",
      "member_standing",
      "member_category",
      "gender",
      "committee_role",
      "group_purpose",
      "branch_kind",
      "org_unit_kind",
    ]) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
