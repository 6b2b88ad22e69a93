import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A second wall in the database: PostgreSQL row-level security on the tables holding people and
 * their records, so a request that slips past a service's scope check still reads and writes only
 * the rows of its own subtree.
 *
 * The application role `party_app` (NOLOGIN, NOSUPERUSER, NOBYPASSRLS, owns nothing) is what every
 * API request runs as: its transaction starts with `SET LOCAL ROLE party_app` and
 *   SELECT set_config('app.unit_ids', $1, true), set_config('app.member_id', $2, true)
 * where app.unit_ids is `*` (unrestricted: the system) or an array literal of EVERY unit id the
 * caller's scope covers, subtrees already expanded (`{uuid1,uuid2}`, `{}` for none), and
 * app.member_id is the caller's own member id or ''. Unset or empty settings show nothing (the
 * helpers below fail closed). Migrations, the seed, the compliance fact cache and authentication
 * run as the connecting owner (a superuser, or a role with BYPASSRLS: up() requires one) and are
 * not filtered. FORCE is set on every table, so owning a table exempts no role by itself: only
 * superusers and BYPASSRLS roles read past the policies.
 *
 * Policies (all `TO party_app`, so any other role without BYPASSRLS sees nothing): per table a
 * `read` condition for SELECT and a `write` condition for INSERT … WITH CHECK, UPDATE USING / WITH
 * CHECK and DELETE USING. A row's units are the org units it belongs to; its members are the
 * members it is about.
 *   read  = all OR one of its units in scope OR one of its members visible (member's own policy,
 *           which includes a MEMBER account's own record)
 *   write = all OR one of its units in scope OR one of its members' home unit in scope
 * so a MEMBER account (`{}` units, its own member id) reads its own record and the records about
 * it but writes nothing, and read ⊇ write (PostgreSQL requires an UPDATE's and an INSERT …
 * RETURNING's new row to pass the SELECT policy too). Settings are read through scalar sub-selects,
 * i.e. once per statement as InitPlans, and `*` short-circuits the rest.
 *
 * Tables under RLS, and why (every table with a column naming a member or a person is here; the
 * test fails for a new one that is not):
 *   member                 the people: home unit coalesce(group_id, branch_id); self
 *   person                 non-members (masses, students): unit_id; or a visible member's mass contact
 *   mass_contact           a member's link to a person: the member
 *   register_entry         the register: the branch it was entered at, or the member
 *   member_transfer        from and to branch, or the member
 *   committee_position     who sits on a committee: the committee's unit, or the member
 *   activity_attendance    who was at a meeting: the activity's host unit, or the member
 *   study_record           a member's individual study: the member
 *   class_member           a student's class: the class's secondary college, or the member
 *   liaison_assignment     三联二访 links (a named teacher/leader): unit_id, or the liaison member
 *   liaison_student        the students of a teacher's link: the link (as read), or the member
 *   liaison_visit          visits (notes about families and dorms): unit_id, or the visiting member
 *   visit_person           people met on a visit: the visit (as read), or the member
 *   liaison_follow_up      what was promised on a visit: the visit (as read)
 *   service_post_holder    who holds a service post: the post's host unit, or the member
 *   service_pledge         a member's 三亮 pledge: unit_id, or the member
 *   service_evaluation     a member's evaluation scores: unit_id, or the member
 *   dues_record            a member's monthly dues: the branch it was recorded for, or the member
 *   party_work_allowance   money paid to a member: unit_id, or the member
 *   award                  nominations of members (and units): unit_id, or the nominee
 *   filed_document         documents incl. members' thought reports: unit_id, or the member
 *   audit_entry            before/after snapshots of all the above: SELECT by unit_id (new column, the
 *                          audited record's home unit, filled by the API); a NULL unit_id is visible
 *                          to `*` and to callers whose set holds the entry's college root
 *                          (college_id); NULL college too: `*` only. INSERT always allowed (any
 *                          request writes its audit entry); no UPDATE/DELETE policy or grant, and
 *                          the append-only trigger stays.
 *   member_year_credit, member_year_dues, member_year_reports
 *                          per-member hours, dues months and reports: SELECT by the member only; no
 *                          write policy, so party_app cannot write them directly — only the
 *                          triggers do (SECURITY DEFINER, below)
 *   branch_year_dues       dues collected per branch: SELECT by branch_id; written only by triggers
 * Not under RLS (no person's data; the API's scope checks guard them): the org tree, calendar and
 * settings, rooms, activities (a unit's meeting; attendance is the personal
 * part, and a member's attendance of another unit's meeting must still show its activity), record
 * book hand-ins, classes and class groups, service posts and types, funds, recognitions, notices,
 * decisions, integrity risks, rule parameters, the change log, sessions and API tokens (read by
 * authentication, which runs as the owner), and accounts (app_user, UNGUARDED_PEOPLE_TABLES below):
 * signing in reads an account by name before there is any scope, and a MEMBER account's own
 * password change writes its row; accounts are read and written only by sign-in and by account
 * administration (ACCOUNT_ADMIN, scoped in its service), and hold no party records.
 *
 * member_homes(ids): the college and home-unit path of members, and nothing else, for any member of
 * any scope (SECURITY DEFINER). Recording a guest from another branch at one's own meeting must
 * know the guest's college and unit (to keep the attendance unconfirmed until the guest's own unit
 * confirms it) without the guest's record being readable.
 *
 * Views: the summaries' `*_source` views are made security_invoker, so party_app reading them is
 * filtered by the tables' policies instead of reading as the view's owner.
 *
 * Trigger functions: the statement-level trigger functions that read or write tables (the
 * summaries, the change log, the member attributes and the first dues month) become SECURITY
 * DEFINER with a fixed search_path. Run as party_app they would otherwise read RLS-filtered rows (a
 * guest from another branch at one of the caller's activities: the member join drops the guest and
 * the hours are lost without an error) or be refused writing the summary tables party_app may not
 * write. As their owner (the migrating role, which bypasses RLS) they see every row. Two need not:
 *   audit_entry_append_only      reads no table, only raises;
 *   member_summary_attributes    BEFORE INSERT, per row, on member_year_credit / member_year_reports,
 *                                which party_app cannot insert into (no INSERT policy): every insert
 *                                there comes from a summary trigger function running as the owner,
 *                                and a trigger runs as the user of the statement that fired it. Left
 *                                as it is, it costs no per-row search_path switch on bulk writes.
 *
 * Down revokes party_app's privileges in this database and removes the policies, helpers and the
 * column; it never drops the role, which is cluster-wide and may be used by other databases.
 */
export class RowLevelSecurity1765200000000 implements MigrationInterface {
  name = "RowLevelSecurity1765200000000";

  async up(q: QueryRunner): Promise<void> {
    // FORCE and SECURITY DEFINER rely on the owner bypassing RLS: refuse to half-install otherwise.
    await q.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
          RAISE EXCEPTION 'row-level security: the migrating role % must be a superuser or have BYPASSRLS (ALTER ROLE % BYPASSRLS), '
                          'since migrations, the seed, the compliance cache and the summary triggers must see every row', current_user, current_user;
        END IF;
      END $$`);
    // The role is cluster-wide: created once, whichever database migrates first (a concurrent
    // migration of another database may create it between the check and the CREATE).
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
          BEGIN
            CREATE ROLE ${ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
          EXCEPTION WHEN duplicate_object THEN NULL;
          END;
        END IF;
        -- The wall is only as good as these two attributes: restore them if someone changed them.
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}' AND (rolsuper OR rolbypassrls)) THEN
          ALTER ROLE ${ROLE} NOSUPERUSER NOBYPASSRLS;
        END IF;
        -- SET ROLE needs membership unless the session is a superuser.
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, '${ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${ROLE} TO %I', current_user);
        END IF;
      END $$`);

    await q.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ROLE}`);
    await q.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${ROLE}`);
    // Tables, sequences and functions later migrations create (as this same role) are granted too.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${ROLE}`);
    // Narrower than "all tables" where the API never needs more: history is append-only, and the
    // migrations ledger is the migrator's.
    await q.query(`REVOKE UPDATE, DELETE ON audit_entry FROM ${ROLE}`);
    await q.query(`REVOKE ALL ON migrations FROM ${ROLE}`);

    // Fail-closed helpers: an unset setting (NULL) or an empty one ('' — what a pooled connection
    // holds after an earlier transaction's SET LOCAL) means nothing is in scope. STABLE SQL
    // functions, read inside scalar sub-selects by the policies: one evaluation per statement.
    await q.query(`
      CREATE FUNCTION app_scope_all() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(current_setting('app.unit_ids', true) = '*', false)
      $$`);
    await q.query(`
      CREATE FUNCTION app_scope_units() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN coalesce(current_setting('app.unit_ids', true), '') IN ('', '*') THEN '{}'::uuid[]
                    ELSE current_setting('app.unit_ids', true)::uuid[] END
      $$`);
    await q.query(`
      CREATE FUNCTION app_self_member() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT nullif(current_setting('app.member_id', true), '')::uuid
      $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_scope_all(), app_scope_units(), app_self_member() TO ${ROLE}`);

    await q.query(`ALTER TABLE audit_entry ADD COLUMN unit_id uuid`);
    await q.query(`CREATE INDEX idx_audit_entry_unit ON audit_entry (unit_id)`);

    for (const t of GUARDED) {
      await q.query(`ALTER TABLE ${t.table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t.table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${ROLE}_select ON ${t.table} FOR SELECT TO ${ROLE} USING (${t.read})`);
      if (t.insert) await q.query(`CREATE POLICY ${ROLE}_insert ON ${t.table} FOR INSERT TO ${ROLE} WITH CHECK (${t.insert})`);
      if (t.write) {
        await q.query(`CREATE POLICY ${ROLE}_update ON ${t.table} FOR UPDATE TO ${ROLE} USING (${t.write}) WITH CHECK (${t.write})`);
        await q.query(`CREATE POLICY ${ROLE}_delete ON ${t.table} FOR DELETE TO ${ROLE} USING (${t.write})`);
      }
    }

    for (const view of SOURCE_VIEWS) await q.query(`ALTER VIEW ${view} SET (security_invoker = true)`);
    for (const fn of DEFINER_TRIGGER_FUNCTIONS) await q.query(`ALTER FUNCTION ${fn}() SECURITY DEFINER SET search_path = public, pg_temp`);
    await q.query(`
      CREATE FUNCTION member_homes(ids uuid[]) RETURNS TABLE (id uuid, college_id uuid, path uuid[])
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.id, m.college_id, u.path FROM member m JOIN org_unit u ON u.id = coalesce(m.group_id, m.branch_id) WHERE m.id = ANY(ids)
      $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION member_homes(uuid[]) TO ${ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION member_homes(uuid[])`);
    for (const fn of DEFINER_TRIGGER_FUNCTIONS) await q.query(`ALTER FUNCTION ${fn}() SECURITY INVOKER RESET search_path`);
    for (const view of SOURCE_VIEWS) await q.query(`ALTER VIEW ${view} RESET (security_invoker)`);
    for (const t of [...GUARDED].reverse()) {
      for (const command of ["select", "insert", "update", "delete"])
        await q.query(`DROP POLICY IF EXISTS ${ROLE}_${command} ON ${t.table}`);
      await q.query(`ALTER TABLE ${t.table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t.table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP INDEX idx_audit_entry_unit`);
    await q.query(`ALTER TABLE audit_entry DROP COLUMN unit_id`);
    await q.query(`DROP FUNCTION app_self_member()`);
    await q.query(`DROP FUNCTION app_scope_units()`);
    await q.query(`DROP FUNCTION app_scope_all()`);
    // Only this database's privileges: the role stays (other databases of the cluster may use it).
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM ${ROLE};
          REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM ${ROLE};
          REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ROLE};
          REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ROLE};
          REVOKE ALL ON SCHEMA public FROM ${ROLE};
        END IF;
      END $$`);
  }
}

const ROLE = "party_app";

/* Policy building blocks. Settings only inside scalar sub-selects (InitPlans: once per statement). */
const ALL = `(SELECT app_scope_all())`;
// The cast makes it a scalar: `= ANY ((SELECT …))` alone parses as `= ANY (subquery)`, comparing with each row (an array).
const UNITS = `(SELECT app_scope_units())::uuid[]`;
const SELF = `(SELECT app_self_member())`;
const HOME = (m: string) => `coalesce(${m}.group_id, ${m}.branch_id)`;
const unitIn = (column: string) => `${column} = ANY (${UNITS})`;
/** The member is visible: member's own SELECT policy applies inside the sub-select (scope or self). */
const memberVisible = (column: string) => `EXISTS (SELECT 1 FROM member m WHERE m.id = ${column})`;
/** The member's home unit is in scope (writes: never through a MEMBER account's self). */
const memberInScope = (column: string) => `EXISTS (SELECT 1 FROM member m WHERE m.id = ${column} AND ${unitIn(HOME("m"))})`;
const anyOf = (...arms: string[]) => [ALL, ...arms].join("\n           OR ");

interface Guarded {
  table: string;
  /** SELECT USING. */
  read: string;
  /** INSERT WITH CHECK; null: party_app may not insert. */
  insert: string | null;
  /** UPDATE USING / WITH CHECK and DELETE USING; null: party_app may not update or delete. */
  write: string | null;
}

/** A unit condition of a row of `table`: its own column, or a parent's unit (a parent not under RLS). */
type UnitOf = (table: string) => string;
const own =
  (column: string): UnitOf =>
  (table) =>
    unitIn(`${table}.${column}`);
const via =
  (fk: string, parent: string, parentUnit: string): UnitOf =>
  (table) =>
    `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${table}.${fk} AND ${unitIn(`p.${parentUnit}`)})`;

/**
 * A record about members: read when one of its units is in scope or one of its members is visible,
 * written when one of its units or one of its members' homes is in scope.
 */
function record(table: string, units: UnitOf[], members: string[], extraRead: string[] = []): Guarded {
  const unitArms = units.map((u) => u(table));
  const write = anyOf(...unitArms, ...members.map((m) => memberInScope(`${table}.${m}`)));
  const read = anyOf(...unitArms, ...extraRead, ...members.map((m) => memberVisible(`${table}.${m}`)));
  return { table, read, insert: write, write };
}

/**
 * A record belonging to a parent under RLS: read when the parent is readable (the parent's policy
 * applies inside the sub-select), written when the parent's unit is in scope; or by its member.
 */
function childOf(table: string, fk: string, parent: string, parentUnit: string, members: string[]): Guarded {
  const write = anyOf(via(fk, parent, parentUnit)(table), ...members.map((m) => memberInScope(`${table}.${m}`)));
  const read = anyOf(
    `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${table}.${fk})`,
    ...members.map((m) => memberVisible(`${table}.${m}`)),
  );
  return { table, read, insert: write, write };
}

/** Read-only for party_app: written only by the (SECURITY DEFINER) summary triggers. */
const summary = (table: string, read: string): Guarded => ({ table, read: anyOf(read), insert: null, write: null });

const memberWrite = anyOf(unitIn(HOME("member")));

/** Every table under RLS (see the header for why each is here). */
export const GUARDED: Guarded[] = [
  { table: "member", read: anyOf(unitIn(HOME("member")), `member.id = ${SELF}`), insert: memberWrite, write: memberWrite },
  record("person", [own("unit_id")], [], [`EXISTS (SELECT 1 FROM mass_contact c WHERE c.person_id = person.id)`]),
  record("mass_contact", [], ["member_id"]),
  record("register_entry", [own("branch_id")], ["member_id"]),
  record("member_transfer", [own("from_branch_id"), own("to_branch_id")], ["member_id"]),
  record("committee_position", [own("unit_id")], ["member_id"]),
  record("activity_attendance", [via("activity_id", "activity", "host_unit_id")], ["member_id"]),
  record("study_record", [], ["member_id"]),
  record("class_member", [via("class_id", "student_class", "college_unit_id")], ["member_id"]),
  record("liaison_assignment", [own("unit_id")], ["liaison_member_id"]),
  childOf("liaison_student", "assignment_id", "liaison_assignment", "unit_id", ["member_id"]),
  record("liaison_visit", [own("unit_id")], ["visitor_member_id"]),
  childOf("visit_person", "visit_id", "liaison_visit", "unit_id", ["member_id"]),
  childOf("liaison_follow_up", "visit_id", "liaison_visit", "unit_id", []),
  record("service_post_holder", [via("post_id", "service_post", "host_unit_id")], ["member_id"]),
  record("service_pledge", [own("unit_id")], ["member_id"]),
  record("service_evaluation", [own("unit_id")], ["member_id"]),
  record("dues_record", [own("branch_id")], ["member_id"]),
  record("party_work_allowance", [own("unit_id")], ["member_id"]),
  record("award", [own("unit_id")], ["nominee_member_id"]),
  record("filed_document", [own("unit_id")], ["member_id"]),
  {
    table: "audit_entry",
    read: anyOf(unitIn("audit_entry.unit_id"), `(audit_entry.unit_id IS NULL AND ${unitIn("audit_entry.college_id")})`),
    insert: "true",
    write: null,
  },
  summary("member_year_credit", memberVisible("member_year_credit.member_id")),
  summary("member_year_dues", memberVisible("member_year_dues.member_id")),
  summary("member_year_reports", memberVisible("member_year_reports.member_id")),
  summary("branch_year_dues", unitIn("branch_year_dues.branch_id")),
];

/** Tables naming a member or person that are deliberately not under RLS, and why (the test checks the rest are). */
export const UNGUARDED_PEOPLE_TABLES: Record<string, string> = {
  app_user: "accounts: read by name at sign-in before any scope exists; guarded by ACCOUNT_ADMIN and scope in the account service",
};

const SOURCE_VIEWS = ["member_year_credit_source", "member_year_dues_source", "branch_year_dues_source", "member_year_reports_source"];

/** Trigger functions that read or write tables: run as their owner, who sees every row. */
export const DEFINER_TRIGGER_FUNCTIONS = [
  "fact_summaries_from_activity_attendance",
  "fact_summaries_from_activity",
  "fact_summaries_from_study_record",
  "fact_summaries_from_dues_record",
  "fact_summaries_refresh_credit",
  "fact_summaries_refresh_dues",
  "fact_summaries_from_filed_document",
  "fact_summaries_refresh_reports",
  "log_change",
  "log_member_fact_units",
  "log_member_units",
  "log_activity_units",
  "member_attributes_to_summaries",
  "member_dues_first_month",
];
