import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Activities: the academic calendar (semesters, vacation-month settings), activity rooms and the
 * units using them, activities with attendance and education hours, individual study records, and
 * record-book hand-ins. Nothing here is ever deleted (archive or end instead): FKs RESTRICT.
 */
export class Activities1764200000000 implements MigrationInterface {
  name = "Activities1764200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE semester_term AS ENUM ('AUTUMN','SPRING')`);
    await q.query(
      `CREATE TYPE activity_type AS ENUM ('BRANCH_GENERAL_ASSEMBLY','BRANCH_COMMITTEE_MEETING','GROUP_MEETING','PARTY_LECTURE',
        'ORGANISATIONAL_LIFE','DEMOCRATIC_LIFE','MEMBER_APPRAISAL','PARTY_DAY','FORUM','THOUGHT_ANALYSIS','ACTIVIST_REVIEW',
        'JOINT_MEETING','THEORY_STUDY','INTEGRITY_EDUCATION','OUTREACH','PUBLIC_NOTICE','OTHER')`,
    );
    await q.query(`CREATE TYPE attendance_status AS ENUM ('PRESENT','ABSENT','EXCUSED')`);
    await q.query(`CREATE TYPE study_kind AS ENUM ('ONLINE_COURSE','PARTY_SCHOOL','SELF_STUDY','OTHER')`);

    await q.query(`
      CREATE TABLE semester (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        academic_year text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'
          AND split_part(academic_year, '-', 2)::int = split_part(academic_year, '-', 1)::int + 1),
        term semester_term NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CHECK (ends_on > starts_on),
        UNIQUE (college_id, academic_year, term)
      )`);
    await q.query(`CREATE INDEX idx_semester_college_dates ON semester (college_id, starts_on, ends_on)`);

    await q.query(`
      CREATE TABLE vacation_month_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        branch_kind branch_kind NOT NULL,
        months int[] NOT NULL DEFAULT '{}' CHECK (months <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]),
        note text,
        set_by_id uuid,
        set_by_label text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (college_id, branch_kind)
      )`);
    await q.query(`CREATE INDEX idx_vacation_month_setting_college ON vacation_month_setting (college_id)`);

    await q.query(`
      CREATE TABLE activity_room (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        owner_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        location text,
        area numeric(8,2) NOT NULL CHECK (area > 0),
        facilities text[] NOT NULL DEFAULT '{}',
        note text,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_activity_room_college ON activity_room (college_id)`);
    await q.query(`CREATE INDEX idx_activity_room_owner ON activity_room (owner_unit_id)`);
    await q.query(`CREATE INDEX idx_activity_room_archived ON activity_room (archived_at)`);

    await q.query(`
      CREATE TABLE activity_room_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        room_id uuid NOT NULL REFERENCES activity_room(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        since date NOT NULL,
        until date,
        note text,
        CHECK (until IS NULL OR until >= since)
      )`);
    await q.query(`CREATE INDEX idx_activity_room_user_room ON activity_room_user (room_id)`);
    await q.query(`CREATE INDEX idx_activity_room_user_unit ON activity_room_user (unit_id, until)`);
    await q.query(`CREATE INDEX idx_activity_room_user_college ON activity_room_user (college_id)`);
    // One open assignment per room and unit; an ended one may be renewed as a new row.
    await q.query(`CREATE UNIQUE INDEX uq_activity_room_user_open ON activity_room_user (room_id, unit_id) WHERE until IS NULL`);

    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        host_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        type activity_type NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        -- Stored, so rules aggregate by date and duration in SQL; the college keeps Beijing time.
        held_on date GENERATED ALWAYS AS ((starts_at AT TIME ZONE 'Asia/Shanghai')::date) STORED,
        duration_minutes int GENERATED ALWAYS AS ((extract(epoch FROM (ends_at - starts_at)) / 60)::int) STORED,
        room_id uuid REFERENCES activity_room(id) ON DELETE RESTRICT,
        place text,
        is_online boolean NOT NULL DEFAULT false,
        topic text NOT NULL CHECK (length(btrim(topic)) > 0),
        summary text,
        education_hours numeric(5,2) NOT NULL DEFAULT 0,
        integrity_hours numeric(5,2) NOT NULL DEFAULT 0,
        for_cadres boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        archive_reason text,
        CHECK (ends_at > starts_at),
        CHECK (education_hours >= 0 AND education_hours * 3600 <= extract(epoch FROM (ends_at - starts_at))),
        CHECK (integrity_hours >= 0 AND integrity_hours <= education_hours)
      )`);
    await q.query(`CREATE INDEX idx_activity_host ON activity (host_unit_id, held_on)`);
    await q.query(`CREATE INDEX idx_activity_college ON activity (college_id)`);
    await q.query(`CREATE INDEX idx_activity_type ON activity (type, held_on)`);
    await q.query(`CREATE INDEX idx_activity_held_on ON activity (held_on)`);
    await q.query(`CREATE INDEX idx_activity_starts_at ON activity (starts_at)`);
    await q.query(`CREATE INDEX idx_activity_room ON activity (room_id)`);
    await q.query(`CREATE INDEX idx_activity_archived ON activity (archived_at)`);

    await q.query(`
      CREATE TABLE activity_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        activity_id uuid NOT NULL REFERENCES activity(id) ON DELETE RESTRICT,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        status attendance_status NOT NULL,
        reason text,
        is_guest boolean NOT NULL DEFAULT false,
        UNIQUE (activity_id, member_id),
        CHECK (status <> 'EXCUSED' OR length(btrim(coalesce(reason, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX idx_activity_attendance_member ON activity_attendance (member_id, status)`);
    await q.query(`CREATE INDEX idx_activity_attendance_college ON activity_attendance (college_id)`);

    await q.query(`
      CREATE TABLE study_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        kind study_kind NOT NULL,
        studied_on date NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        provider text,
        hours numeric(5,2) NOT NULL CHECK (hours > 0),
        integrity_hours numeric(5,2) NOT NULL DEFAULT 0,
        note text,
        archived_at timestamptz,
        archive_reason text,
        CHECK (integrity_hours >= 0 AND integrity_hours <= hours)
      )`);
    await q.query(`CREATE INDEX idx_study_record_member ON study_record (member_id, studied_on)`);
    await q.query(`CREATE INDEX idx_study_record_college ON study_record (college_id)`);
    await q.query(`CREATE INDEX idx_study_record_studied_on ON study_record (studied_on)`);
    await q.query(`CREATE INDEX idx_study_record_kind ON study_record (kind)`);
    await q.query(`CREATE INDEX idx_study_record_archived ON study_record (archived_at)`);

    await q.query(`
      CREATE TABLE record_book_hand_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        semester_id uuid NOT NULL REFERENCES semester(id) ON DELETE RESTRICT,
        handed_in_on date NOT NULL,
        received_by text NOT NULL CHECK (length(btrim(received_by)) > 0),
        note text,
        UNIQUE (branch_id, semester_id)
      )`);
    await q.query(`CREATE INDEX idx_record_book_hand_in_semester ON record_book_hand_in (semester_id)`);
    await q.query(`CREATE INDEX idx_record_book_hand_in_college ON record_book_hand_in (college_id)`);
    await q.query(`CREATE INDEX idx_record_book_hand_in_handed_in_on ON record_book_hand_in (handed_in_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "record_book_hand_in",
      "study_record",
      "activity_attendance",
      "activity",
      "activity_room_user",
      "activity_room",
      "vacation_month_setting",
      "semester",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of ["study_kind", "attendance_status", "activity_type", "semester_term"]) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
