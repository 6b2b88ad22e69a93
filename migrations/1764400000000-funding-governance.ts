import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Funds and dues (DOMAIN §7 FUNDING_FLOOR, DUES_REBATE, PARTY_WORK_ALLOWANCE; §4 DUES_PAID) and the
 * governance records (awards, honours and media reports, 党务公开 notices, 三重一大 decisions,
 * integrity risk register). Money is integer fen in bigint columns; shares and workload credits
 * are exact numerics. Records are archived, never deleted; foreign keys RESTRICT deletes.
 */
export class FundingGovernance1764400000000 implements MigrationInterface {
  name = "FundingGovernance1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE fund_source AS ENUM ('SCHOOL_PARTY_BUDGET','DUES_REBATE','OTHER')`);
    await q.query(`CREATE TYPE party_work_post_kind AS ENUM ('SECRETARY','COMMITTEE_MEMBER','GROUP_LEADER','OTHER')`);
    await q.query(`CREATE TYPE award_kind AS ENUM ('ADVANCED_ORGANISATION','EXCELLENT_PARTY_WORKER','EXCELLENT_MEMBER')`);
    await q.query(`CREATE TYPE award_status AS ENUM ('NOMINATED','REVIEWED','AWARDED','NOT_AWARDED')`);
    await q.query(`CREATE TYPE recognition_kind AS ENUM ('HONOUR','MEDIA_REPORT')`);
    await q.query(`CREATE TYPE recognition_level AS ENUM ('NATIONAL','PROVINCIAL','DISTRICT','SCHOOL')`);
    await q.query(`CREATE TYPE notice_channel AS ENUM ('WEBSITE','BOARD','GROUP_CHAT','OTHER')`);
    await q.query(`CREATE TYPE decision_category AS ENUM ('MAJOR_DECISION','CADRE_APPOINTMENT','MAJOR_PROJECT','LARGE_FUND_USE')`);

    // The committee's yearly money settings, one row per college and year.
    await q.query(`
      CREATE TABLE funding_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        college_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        rebate_share numeric(5,4) CHECK (rebate_share >= 0 AND rebate_share <= 1),
        retirees_as_faculty boolean NOT NULL DEFAULT true,
        secretary_allowance_fen bigint CHECK (secretary_allowance_fen >= 0),
        committee_member_allowance_fen bigint CHECK (committee_member_allowance_fen >= 0),
        group_leader_allowance_fen bigint CHECK (group_leader_allowance_fen >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (college_id, year)
      )`);

    await q.query(`
      CREATE TABLE fund_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        source fund_source NOT NULL,
        note text,
        allocated_on date NOT NULL,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_fund_allocation_branch_year ON fund_allocation (branch_id, year)`);
    await q.query(`CREATE INDEX idx_fund_allocation_college_year ON fund_allocation (college_id, year)`);

    await q.query(`
      CREATE TABLE fund_spending (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        spent_on date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        purpose text NOT NULL CHECK (length(btrim(purpose)) > 0),
        receipt_number text,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_fund_spending_branch_on ON fund_spending (branch_id, spent_on)`);
    await q.query(`CREATE INDEX idx_fund_spending_college_on ON fund_spending (college_id, spent_on)`);

    // One row per member and month; branch_id is the member's branch when the dues were recorded,
    // so a later transfer does not move past dues between branches' books.
    await q.query(`
      CREATE TABLE dues_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        branch_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_due_fen bigint NOT NULL CHECK (amount_due_fen >= 0),
        amount_paid_fen bigint NOT NULL DEFAULT 0 CHECK (amount_paid_fen >= 0),
        paid_on date,
        collected_by text,
        note text,
        CHECK ((amount_paid_fen > 0) = (paid_on IS NOT NULL)),
        UNIQUE (member_id, month)
      )`);
    await q.query(`CREATE INDEX idx_dues_record_branch_month ON dues_record (branch_id, month)`);
    await q.query(`CREATE INDEX idx_dues_record_college_month ON dues_record (college_id, month)`);
    await q.query(`CREATE INDEX idx_dues_record_paid_on ON dues_record (paid_on)`);
    await q.query(`CREATE INDEX idx_dues_record_arrears ON dues_record (branch_id, month) WHERE amount_paid_fen < amount_due_fen`);

    await q.query(`
      CREATE TABLE party_work_allowance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        member_id uuid NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        committee_position_id uuid REFERENCES committee_position(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        post_kind party_work_post_kind NOT NULL,
        post text NOT NULL CHECK (length(btrim(post)) > 0),
        workload_credit numeric(8,2) NOT NULL CHECK (workload_credit >= 0),
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_party_work_allowance_member ON party_work_allowance (member_id)`);
    await q.query(`CREATE INDEX idx_party_work_allowance_unit_year ON party_work_allowance (unit_id, year)`);
    await q.query(`CREATE INDEX idx_party_work_allowance_position ON party_work_allowance (committee_position_id)`);
    await q.query(`CREATE INDEX idx_party_work_allowance_college_year ON party_work_allowance (college_id, year)`);
    // One live allowance per post and year.
    await q.query(
      `CREATE UNIQUE INDEX uq_party_work_allowance_post_year ON party_work_allowance (member_id, unit_id, post_kind, year) WHERE archived_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE award (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        nominee_member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        kind award_kind NOT NULL,
        cycle_year int NOT NULL CHECK (cycle_year BETWEEN 2000 AND 2100),
        status award_status NOT NULL DEFAULT 'NOMINATED',
        nominated_on date NOT NULL,
        reviewed_on date,
        decided_on date,
        reviewer text,
        note text,
        archived_at timestamptz,
        archive_reason text,
        CHECK ((kind = 'ADVANCED_ORGANISATION') = (nominee_member_id IS NULL)),
        CHECK (reviewed_on IS NULL OR reviewed_on >= nominated_on),
        CHECK (decided_on IS NULL OR (reviewed_on IS NOT NULL AND decided_on >= reviewed_on)),
        CHECK ((status IN ('REVIEWED','AWARDED','NOT_AWARDED')) = (reviewed_on IS NOT NULL)),
        CHECK ((status IN ('AWARDED','NOT_AWARDED')) = (decided_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_award_unit ON award (unit_id)`);
    await q.query(`CREATE INDEX idx_award_member ON award (nominee_member_id)`);
    await q.query(`CREATE INDEX idx_award_college_cycle ON award (college_id, cycle_year, kind)`);
    await q.query(`CREATE INDEX idx_award_status ON award (status)`);

    await q.query(`
      CREATE TABLE recognition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        kind recognition_kind NOT NULL,
        level recognition_level NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        occurred_on date NOT NULL,
        issuer text NOT NULL CHECK (length(btrim(issuer)) > 0),
        note text,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_recognition_unit_on ON recognition (unit_id, occurred_on)`);
    await q.query(`CREATE INDEX idx_recognition_college_on ON recognition (college_id, occurred_on)`);
    await q.query(`CREATE INDEX idx_recognition_kind_level ON recognition (kind, level)`);

    await q.query(`
      CREATE TABLE party_affairs_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        channel notice_channel NOT NULL,
        published_on date NOT NULL,
        summary text,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_party_affairs_notice_unit_on ON party_affairs_notice (unit_id, published_on)`);
    await q.query(`CREATE INDEX idx_party_affairs_notice_college_on ON party_affairs_notice (college_id, published_on)`);
    await q.query(`CREATE INDEX idx_party_affairs_notice_channel ON party_affairs_notice (channel)`);

    await q.query(`
      CREATE TABLE major_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        category decision_category NOT NULL,
        decided_on date NOT NULL,
        consultation text NOT NULL CHECK (length(btrim(consultation)) > 0),
        consulted_on date NOT NULL,
        consulted_with text NOT NULL CHECK (length(btrim(consulted_with)) > 0),
        archived_at timestamptz,
        archive_reason text,
        CHECK (consulted_on <= decided_on)
      )`);
    await q.query(`CREATE INDEX idx_major_decision_unit_on ON major_decision (unit_id, decided_on)`);
    await q.query(`CREATE INDEX idx_major_decision_college_on ON major_decision (college_id, decided_on)`);
    await q.query(`CREATE INDEX idx_major_decision_category ON major_decision (category)`);

    await q.query(`
      CREATE TABLE integrity_risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        risk_point text NOT NULL CHECK (length(btrim(risk_point)) > 0),
        key_point text NOT NULL CHECK (length(btrim(key_point)) > 0),
        control_measures text NOT NULL CHECK (length(btrim(control_measures)) > 0),
        responsible_person text NOT NULL CHECK (length(btrim(responsible_person)) > 0),
        reviewed_on date NOT NULL,
        archived_at timestamptz,
        archive_reason text
      )`);
    await q.query(`CREATE INDEX idx_integrity_risk_unit_on ON integrity_risk (unit_id, reviewed_on)`);
    await q.query(`CREATE INDEX idx_integrity_risk_college_on ON integrity_risk (college_id, reviewed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "integrity_risk",
      "major_decision",
      "party_affairs_notice",
      "recognition",
      "award",
      "party_work_allowance",
      "dues_record",
      "fund_spending",
      "fund_allocation",
      "funding_setting",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of [
      "decision_category",
      "notice_channel",
      "recognition_level",
      "recognition_kind",
      "award_status",
      "award_kind",
      "party_work_post_kind",
      "fund_source",
    ]) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
