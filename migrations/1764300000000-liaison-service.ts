import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Students' classes, 三联二访 liaison (assignments, visits, people met, follow-ups), and the service
 * carriers of 四(四): 设岗定责 service posts with their holders, and 三亮三比三评 pledges and
 * evaluations at service windows. Visits keep a plain `visited_on` date next to their assignment so
 * the rules engine counts visits per assignment per month / quarter / semester in one GROUP BY.
 */
export class LiaisonService1764300000000 implements MigrationInterface {
  name = "LiaisonService1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE liaison_kind AS ENUM ('SCHOOL_LEADER_TO_COLLEGE','COLLEGE_LEADER_TO_CLASS','TEACHER_TO_STUDENTS')`);
    await q.query(`CREATE TYPE visit_kind AS ENUM ('LIAISON_VISIT','TEACHER_HOME_VISIT','STUDENT_DORM_VISIT')`);
    await q.query(`CREATE TYPE service_place_kind AS ENUM ('RESIDENCE_COMMUNITY','DORM','CAMPUS')`);
    await q.query(`CREATE TYPE evaluator_kind AS ENUM ('PUBLIC','PEER','LEADER')`);
    await q.query(`CREATE TYPE evaluation_aspect AS ENUM ('SKILL','CONDUCT','RESULTS')`);

    // ── students' classes ──────────────────────────────────────────────────────────────────────
    await q.query(`
      CREATE TABLE student_class (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        college_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        major text NOT NULL CHECK (length(btrim(major)) > 0),
        grade_year int NOT NULL CHECK (grade_year BETWEEN 1950 AND 2200),
        head_teacher text,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_student_class_college_unit ON student_class (college_unit_id)`);
    await q.query(`CREATE INDEX idx_student_class_college ON student_class (college_id)`);
    await q.query(`CREATE INDEX idx_student_class_grade ON student_class (grade_year)`);
    await q.query(`CREATE UNIQUE INDEX uq_student_class_name ON student_class (college_unit_id, name) WHERE archived_at IS NULL`);

    // A student member's class, dated: a member sits in at most one class at a time.
    await q.query(`
      CREATE TABLE class_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        class_id uuid NOT NULL REFERENCES student_class(id) ON DELETE RESTRICT,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        since date NOT NULL,
        until date,
        CHECK (until IS NULL OR until >= since)
      )`);
    await q.query(`CREATE INDEX idx_class_member_class ON class_member (class_id)`);
    await q.query(`CREATE INDEX idx_class_member_member ON class_member (member_id)`);
    await q.query(`CREATE INDEX idx_class_member_college ON class_member (college_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_class_member_open ON class_member (member_id) WHERE until IS NULL`);

    // A party group that covers a class (高年级有党小组), dated.
    await q.query(`
      CREATE TABLE class_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        class_id uuid NOT NULL REFERENCES student_class(id) ON DELETE RESTRICT,
        group_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        since date NOT NULL,
        until date,
        CHECK (until IS NULL OR until >= since)
      )`);
    await q.query(`CREATE INDEX idx_class_group_class ON class_group (class_id)`);
    await q.query(`CREATE INDEX idx_class_group_group ON class_group (group_unit_id)`);
    await q.query(`CREATE INDEX idx_class_group_college ON class_group (college_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_class_group_open ON class_group (class_id, group_unit_id) WHERE until IS NULL`);

    // ── 三联二访 ───────────────────────────────────────────────────────────────────────────────
    await q.query(`
      CREATE TABLE liaison_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        kind liaison_kind NOT NULL,
        liaison_member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        leader_name text,
        leader_title text,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        target_unit_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        target_class_id uuid REFERENCES student_class(id) ON DELETE RESTRICT,
        start_date date NOT NULL,
        end_date date,
        note text,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (liaison_member_id IS NOT NULL OR coalesce(length(btrim(leader_name)), 0) > 0),
        CHECK (kind <> 'TEACHER_TO_STUDENTS' OR liaison_member_id IS NOT NULL),
        CHECK ((kind = 'SCHOOL_LEADER_TO_COLLEGE') = (target_unit_id IS NOT NULL)),
        CHECK ((kind = 'COLLEGE_LEADER_TO_CLASS') = (target_class_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_liaison_assignment_kind ON liaison_assignment (kind)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_member ON liaison_assignment (liaison_member_id)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_unit ON liaison_assignment (unit_id)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_college ON liaison_assignment (college_id)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_target_unit ON liaison_assignment (target_unit_id)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_target_class ON liaison_assignment (target_class_id)`);
    await q.query(`CREATE INDEX idx_liaison_assignment_dates ON liaison_assignment (start_date, end_date)`);

    // The students a party-member teacher keeps in touch with: a STUDENT person or a student member.
    await q.query(`
      CREATE TABLE liaison_student (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        assignment_id uuid NOT NULL REFERENCES liaison_assignment(id) ON DELETE RESTRICT,
        person_id uuid REFERENCES person(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        CHECK ((person_id IS NULL) <> (member_id IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_liaison_student_assignment ON liaison_student (assignment_id)`);
    await q.query(`CREATE INDEX idx_liaison_student_person ON liaison_student (person_id)`);
    await q.query(`CREATE INDEX idx_liaison_student_member ON liaison_student (member_id)`);
    await q.query(`CREATE INDEX idx_liaison_student_college ON liaison_student (college_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_liaison_student ON liaison_student (assignment_id, coalesce(person_id, member_id))`);

    await q.query(`
      CREATE TABLE liaison_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        assignment_id uuid NOT NULL REFERENCES liaison_assignment(id) ON DELETE RESTRICT,
        kind visit_kind NOT NULL,
        visitor_member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        visitor_name text NOT NULL CHECK (length(btrim(visitor_name)) > 0),
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        visited_on date NOT NULL,
        place text,
        notes text,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_liaison_visit_assignment ON liaison_visit (assignment_id, visited_on)`);
    await q.query(`CREATE INDEX idx_liaison_visit_visitor ON liaison_visit (visitor_member_id)`);
    await q.query(`CREATE INDEX idx_liaison_visit_unit ON liaison_visit (unit_id)`);
    await q.query(`CREATE INDEX idx_liaison_visit_college ON liaison_visit (college_id)`);
    await q.query(`CREATE INDEX idx_liaison_visit_kind ON liaison_visit (kind)`);
    await q.query(`CREATE INDEX idx_liaison_visit_date ON liaison_visit (visited_on)`);

    await q.query(`
      CREATE TABLE visit_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        visit_id uuid NOT NULL REFERENCES liaison_visit(id) ON DELETE RESTRICT,
        person_id uuid REFERENCES person(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        position int NOT NULL DEFAULT 0,
        college_id uuid NOT NULL,
        CHECK (person_id IS NULL OR member_id IS NULL)
      )`);
    await q.query(`CREATE INDEX idx_visit_person_visit ON visit_person (visit_id)`);
    await q.query(`CREATE INDEX idx_visit_person_person ON visit_person (person_id)`);
    await q.query(`CREATE INDEX idx_visit_person_member ON visit_person (member_id)`);
    await q.query(`CREATE INDEX idx_visit_person_college ON visit_person (college_id)`);

    await q.query(`
      CREATE TABLE liaison_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        visit_id uuid NOT NULL REFERENCES liaison_visit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        content text NOT NULL CHECK (length(btrim(content)) > 0),
        position int NOT NULL DEFAULT 0,
        due_on date,
        resolved_on date,
        resolution text,
        CHECK ((resolved_on IS NULL) = (resolution IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_liaison_follow_up_visit ON liaison_follow_up (visit_id)`);
    await q.query(`CREATE INDEX idx_liaison_follow_up_college ON liaison_follow_up (college_id)`);
    await q.query(`CREATE INDEX idx_liaison_follow_up_open ON liaison_follow_up (due_on) WHERE resolved_on IS NULL`);

    // ── 设岗定责 ───────────────────────────────────────────────────────────────────────────────
    // college_id NULL = a type every college has (the three the source names); admins add their own.
    await q.query(`
      CREATE TABLE service_post_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text,
        sort_order int NOT NULL DEFAULT 0,
        archived_at timestamptz
      )`);
    await q.query(`CREATE INDEX idx_service_post_type_college ON service_post_type (college_id)`);
    await q.query(
      `CREATE UNIQUE INDEX uq_service_post_type_name ON service_post_type (coalesce(college_id, '00000000-0000-0000-0000-000000000000'::uuid), name)`,
    );
    await q.query(`
      INSERT INTO service_post_type (id, college_id, name, description, sort_order) VALUES
        ('5e1a0001-0000-4000-8000-000000000001', NULL, '政策宣传岗', '宣传党的路线方针政策和学校规章制度（四(四)5）', 1),
        ('5e1a0001-0000-4000-8000-000000000002', NULL, '学习互助岗', '组织学习互助，帮扶学业困难同学（四(四)5）', 2),
        ('5e1a0001-0000-4000-8000-000000000003', NULL, '文明监督岗', '监督和引导生活社区、学生公寓文明行为（四(四)5）', 3)`);

    await q.query(`
      CREATE TABLE service_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        type_id uuid NOT NULL REFERENCES service_post_type(id) ON DELETE RESTRICT,
        host_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        place_kind service_place_kind NOT NULL,
        place text NOT NULL CHECK (length(btrim(place)) > 0),
        duties text NOT NULL CHECK (length(btrim(duties)) > 0),
        term_start date NOT NULL,
        term_end date,
        archived_at timestamptz,
        archive_reason text,
        CHECK (term_end IS NULL OR term_end >= term_start),
        CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_service_post_type ON service_post (type_id)`);
    await q.query(`CREATE INDEX idx_service_post_host ON service_post (host_unit_id)`);
    await q.query(`CREATE INDEX idx_service_post_college ON service_post (college_id)`);
    await q.query(`CREATE INDEX idx_service_post_place_kind ON service_post (place_kind)`);
    await q.query(`CREATE INDEX idx_service_post_term ON service_post (term_start, term_end)`);

    await q.query(`
      CREATE TABLE service_post_holder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        post_id uuid NOT NULL REFERENCES service_post(id) ON DELETE RESTRICT,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        start_date date NOT NULL,
        end_date date,
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX idx_service_post_holder_post ON service_post_holder (post_id)`);
    await q.query(`CREATE INDEX idx_service_post_holder_member ON service_post_holder (member_id, start_date, end_date)`);
    await q.query(`CREATE INDEX idx_service_post_holder_college ON service_post_holder (college_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_service_post_holder_open ON service_post_holder (post_id, member_id) WHERE end_date IS NULL`);

    // ── 三亮三比三评 ───────────────────────────────────────────────────────────────────────────
    await q.query(`
      CREATE TABLE service_pledge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        service_window text NOT NULL CHECK (length(btrim(service_window)) > 0),
        standard text NOT NULL CHECK (length(btrim(standard)) > 0),
        identity text NOT NULL CHECK (length(btrim(identity)) > 0),
        pledge text NOT NULL CHECK (length(btrim(pledge)) > 0),
        pledged_on date NOT NULL,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_service_pledge_member ON service_pledge (member_id)`);
    await q.query(`CREATE INDEX idx_service_pledge_unit ON service_pledge (unit_id)`);
    await q.query(`CREATE INDEX idx_service_pledge_college ON service_pledge (college_id)`);
    await q.query(`CREATE INDEX idx_service_pledge_date ON service_pledge (pledged_on)`);

    await q.query(`
      CREATE TABLE service_evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        pledge_id uuid REFERENCES service_pledge(id) ON DELETE RESTRICT,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        evaluator_kind evaluator_kind NOT NULL,
        evaluator_label text NOT NULL CHECK (length(btrim(evaluator_label)) > 0),
        aspect evaluation_aspect,
        score int NOT NULL CHECK (score BETWEEN 0 AND 100),
        comment text,
        evaluated_on date NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_service_evaluation_pledge ON service_evaluation (pledge_id)`);
    await q.query(`CREATE INDEX idx_service_evaluation_member ON service_evaluation (member_id)`);
    await q.query(`CREATE INDEX idx_service_evaluation_unit ON service_evaluation (unit_id)`);
    await q.query(`CREATE INDEX idx_service_evaluation_college ON service_evaluation (college_id)`);
    await q.query(`CREATE INDEX idx_service_evaluation_kind ON service_evaluation (evaluator_kind)`);
    await q.query(`CREATE INDEX idx_service_evaluation_date ON service_evaluation (evaluated_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "service_evaluation",
      "service_pledge",
      "service_post_holder",
      "service_post",
      "service_post_type",
      "liaison_follow_up",
      "visit_person",
      "liaison_visit",
      "liaison_student",
      "liaison_assignment",
      "class_group",
      "class_member",
      "student_class",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of ["evaluation_aspect", "evaluator_kind", "service_place_kind", "visit_kind", "liaison_kind"]) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
