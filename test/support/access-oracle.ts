import type { DataSource } from "typeorm";
import { Permission } from "../../api/src/auth/permissions";

/**
 * Where every record lives, from SQL written here and nowhere else (independent of the API's
 * services and loaders, which are what the access matrices test).
 *
 * Per GraphQL type: the record's HOME UNITS (a record is inside a caller's scope when any home
 * unit lies in the caller's subtree), the member it is ABOUT (a member account sees only records
 * about its own member), and its LEVEL: `unit` records belong to org units; `college` records
 * (the calendar, the yearly funding settings, a college's own service-post types) belong to a
 * whole college and are readable by anyone scoped inside it; `global` ones (the source's built-in
 * post types) by everyone.
 *
 * Records linking two others count as the home of either side — an attendance row is the host
 * activity's and the attending member's; a dues row is the collecting branch's and the member's
 * — because both legitimately list it (the activity's attendance, the member's history). What
 * the link then LEADS to is checked on its own: the foreign activity or member behind it must
 * not come back.
 */
const MEMBER_HOME = "coalesce(m.group_id, m.branch_id)";
const HOME_SQL: Record<string, string> = {
  OrgUnit: `SELECT id::text, ARRAY[id] AS homes, NULL::uuid AS about, college_id AS college, 'unit' AS level FROM org_unit`,
  Member: `SELECT m.id::text, ARRAY[${MEMBER_HOME}], m.id, m.college_id, 'unit' FROM member m`,
  Person: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM person`,
  MassContact: `SELECT x.id::text, ARRAY[${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM mass_contact x JOIN member m ON m.id = x.member_id`,
  RegisterEntry: `SELECT x.id::text, ARRAY[${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM register_entry x JOIN member m ON m.id = x.member_id`,
  MemberTransfer: `SELECT x.id::text, ARRAY[${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM member_transfer x JOIN member m ON m.id = x.member_id`,
  CommitteePosition: `SELECT id::text, ARRAY[unit_id], member_id, college_id, 'unit' FROM committee_position`,
  Activity: `SELECT id::text, ARRAY[host_unit_id], NULL::uuid, college_id, 'unit' FROM activity`,
  ActivityAttendance: `SELECT x.id::text, ARRAY[a.host_unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit'
                         FROM activity_attendance x JOIN activity a ON a.id = x.activity_id JOIN member m ON m.id = x.member_id`,
  StudyRecord: `SELECT x.id::text, ARRAY[${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM study_record x JOIN member m ON m.id = x.member_id`,
  // A room is its owner's and every unit's that uses or used it (a shared room is listed by its users).
  ActivityRoom: `SELECT r.id::text, ARRAY[r.owner_unit_id] || coalesce((SELECT array_agg(ru.unit_id) FROM activity_room_user ru WHERE ru.room_id = r.id), '{}'),
                        NULL::uuid, r.college_id, 'unit' FROM activity_room r`,
  ActivityRoomUser: `SELECT x.id::text, ARRAY[x.unit_id, r.owner_unit_id], NULL::uuid, x.college_id, 'unit' FROM activity_room_user x JOIN activity_room r ON r.id = x.room_id`,
  RecordBookHandIn: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM record_book_hand_in`,
  StudentClass: `SELECT id::text, ARRAY[college_unit_id], NULL::uuid, college_id, 'unit' FROM student_class`,
  ClassMember: `SELECT x.id::text, ARRAY[c.college_unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit'
                  FROM class_member x JOIN student_class c ON c.id = x.class_id JOIN member m ON m.id = x.member_id`,
  ClassGroup: `SELECT x.id::text, ARRAY[c.college_unit_id, x.group_unit_id], NULL::uuid, x.college_id, 'unit' FROM class_group x JOIN student_class c ON c.id = x.class_id`,
  LiaisonAssignment: `SELECT id::text, ARRAY[unit_id], liaison_member_id, college_id, 'unit' FROM liaison_assignment`,
  LiaisonStudent: `SELECT x.id::text, array_remove(ARRAY[a.unit_id, coalesce(${MEMBER_HOME}, p.unit_id)], NULL), x.member_id, x.college_id, 'unit'
                     FROM liaison_student x JOIN liaison_assignment a ON a.id = x.assignment_id
                     LEFT JOIN member m ON m.id = x.member_id LEFT JOIN person p ON p.id = x.person_id`,
  LiaisonVisit: `SELECT id::text, ARRAY[unit_id], visitor_member_id, college_id, 'unit' FROM liaison_visit`,
  VisitPerson: `SELECT x.id::text, array_remove(ARRAY[v.unit_id, coalesce(${MEMBER_HOME}, p.unit_id)], NULL), x.member_id, x.college_id, 'unit'
                  FROM visit_person x JOIN liaison_visit v ON v.id = x.visit_id
                  LEFT JOIN member m ON m.id = x.member_id LEFT JOIN person p ON p.id = x.person_id`,
  LiaisonFollowUp: `SELECT x.id::text, ARRAY[v.unit_id], NULL::uuid, x.college_id, 'unit' FROM liaison_follow_up x JOIN liaison_visit v ON v.id = x.visit_id`,
  ServicePostType: `SELECT id::text, '{}'::uuid[], NULL::uuid, college_id, CASE WHEN college_id IS NULL THEN 'global' ELSE 'college' END FROM service_post_type`,
  ServicePost: `SELECT id::text, ARRAY[host_unit_id], NULL::uuid, college_id, 'unit' FROM service_post`,
  ServicePostHolder: `SELECT x.id::text, ARRAY[p.host_unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit'
                        FROM service_post_holder x JOIN service_post p ON p.id = x.post_id JOIN member m ON m.id = x.member_id`,
  ServicePledge: `SELECT x.id::text, ARRAY[x.unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM service_pledge x JOIN member m ON m.id = x.member_id`,
  ServiceEvaluation: `SELECT x.id::text, ARRAY[x.unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM service_evaluation x JOIN member m ON m.id = x.member_id`,
  FundingSetting: `SELECT id::text, '{}'::uuid[], NULL::uuid, college_id, 'college' FROM funding_setting`,
  FundAllocation: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM fund_allocation`,
  FundSpending: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM fund_spending`,
  DuesRecord: `SELECT x.id::text, ARRAY[x.branch_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM dues_record x JOIN member m ON m.id = x.member_id`,
  PartyWorkAllowance: `SELECT x.id::text, ARRAY[x.unit_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit' FROM party_work_allowance x JOIN member m ON m.id = x.member_id`,
  Award: `SELECT x.id::text, array_remove(ARRAY[x.unit_id, ${MEMBER_HOME}], NULL), x.nominee_member_id, x.college_id, 'unit'
            FROM award x LEFT JOIN member m ON m.id = x.nominee_member_id`,
  Recognition: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM recognition`,
  PartyAffairsNotice: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM party_affairs_notice`,
  MajorDecision: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM major_decision`,
  IntegrityRisk: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM integrity_risk`,
  FiledDocument: `SELECT x.id::text, array_remove(ARRAY[x.unit_id, ${MEMBER_HOME}], NULL), x.member_id, x.college_id, 'unit'
                    FROM filed_document x LEFT JOIN member m ON m.id = x.member_id`,
  // An account lives where its scope is (a member's own account: where the member is).
  User: `SELECT x.id::text, array_remove(ARRAY[coalesce(x.scope_unit_id, ${MEMBER_HOME})], NULL), x.member_id, x.college_id, 'unit'
           FROM app_user x LEFT JOIN member m ON m.id = x.member_id`,
  ApiToken: `SELECT id::text, ARRAY[scope_unit_id], NULL::uuid, college_id, 'unit' FROM api_token`,
  // A round is its college's; a sheet, its lines and rectifications their branch's; a discipline case its branch's and about its member.
  AssessmentRound: `SELECT id::text, '{}'::uuid[], NULL::uuid, college_id, 'college' FROM assessment_round`,
  AssessmentSheet: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM assessment_sheet`,
  AssessmentScore: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM assessment_score`,
  Rectification: `SELECT id::text, ARRAY[unit_id], NULL::uuid, college_id, 'unit' FROM assessment_rectification`,
  DisciplineCase: `SELECT id::text, ARRAY[unit_id], member_id, college_id, 'unit' FROM discipline_case`,
  Semester: `SELECT id::text, '{}'::uuid[], NULL::uuid, college_id, 'college' FROM semester`,
  // Member development: a case and its records are its branch's; a contact's, an exclusion's and a
  // report's also their member's (@ScopedBy), and a case is about its admitted member.
  DevelopmentCase: `SELECT id::text, ARRAY[branch_id], member_id, college_id, 'unit' FROM development_case`,
  DevelopmentStep: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM development_step`,
  DevelopmentNotice: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM development_notice`,
  DevelopmentVote: `SELECT id::text, ARRAY[branch_id], NULL::uuid, college_id, 'unit' FROM development_vote`,
  DevelopmentContact: `SELECT x.id::text, ARRAY[x.branch_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit'
                         FROM development_contact x JOIN member m ON m.id = x.member_id`,
  DevelopmentReport: `SELECT x.id::text, ARRAY[x.branch_id, ${MEMBER_HOME}], x.member_id, x.college_id, 'unit'
                        FROM development_report x JOIN member m ON m.id = x.member_id`,
  VacationMonthSetting: `SELECT id::text, '{}'::uuid[], NULL::uuid, college_id, 'college' FROM vacation_month_setting`,
};

export type Level = "unit" | "college" | "global";

export interface RecordInfo {
  type: string;
  id: string;
  homes: string[];
  about: string | null;
  college: string | null;
  level: Level;
}

/** Who is looking: the org subtrees they are confined to, or a member account's own member. */
export interface Viewer {
  label: string;
  /** Scope roots (a unit and everything under it); a member account has none. */
  roots: string[];
  /** A member account: the member it is, and its own account. */
  member?: string;
  user?: string;
  permissions: ReadonlySet<Permission>;
}

export type Standing = "in" | "above" | "out";

/** The types whose records the oracle knows (every record type of the schema but the audit, which is derived). */
export const ORACLE_TYPES = [...Object.keys(HOME_SQL), "AuditEntry"];

export class Oracle {
  private readonly byKey = new Map<string, RecordInfo>();
  private readonly byId = new Map<string, RecordInfo>();
  private readonly paths = new Map<string, string[]>();

  private constructor(private readonly ds: DataSource) {}

  static async load(ds: DataSource): Promise<Oracle> {
    const oracle = new Oracle(ds);
    await oracle.reload();
    return oracle;
  }

  /** Reads every record's home again (after writes that create records or move members). */
  async reload(): Promise<void> {
    this.byKey.clear();
    this.byId.clear();
    this.paths.clear();
    for (const row of await this.ds.query(`SELECT id::text, path::text[] AS path FROM org_unit`)) this.paths.set(row.id, row.path);
    const union = Object.entries(HOME_SQL)
      .map(([type, sql]) => `SELECT '${type}' AS type, t.* FROM (${sql}) AS t(id, homes, about, college, level)`)
      .join("\nUNION ALL\n");
    const rows: Array<{ type: string; id: string; homes: string[]; about: string | null; college: string | null; level: Level }> =
      await this.ds.query(
        `SELECT type, id, homes::text[] AS homes, about::text AS about, college::text AS college, level FROM (${union}) AS everything`,
      );
    for (const row of rows) this.add(row);
    // An audit entry belongs where its record belonged when it was written — the unit its snapshot
    // names (a member's group, else branch; a record's own unit column) — so a branch keeps the
    // history of what it recorded about a member who later moved. A snapshot naming no unit: where
    // the record is now; one about nothing the oracle knows: its college as a whole.
    const audits: Array<{ id: string; entity_id: string | null; college_id: string | null; unit_then: string | null }> =
      await this.ds.query(
        `SELECT id::text, entity_id::text, college_id::text,
              (SELECT coalesce(s->>'groupId', s->>'branchId', s->>'unitId', s->>'hostUnitId', s->>'ownerUnitId', s->>'collegeUnitId', s->>'scopeUnitId')
                 FROM (SELECT coalesce(after, before) AS s) snap) AS unit_then
         FROM audit_entry`,
      );
    for (const a of audits) {
      const about = a.entity_id ? this.byId.get(a.entity_id) : undefined;
      const then = a.unit_then ?? (about?.type === "OrgUnit" ? a.entity_id : null);
      this.add({
        type: "AuditEntry",
        id: a.id,
        homes: then ? [then] : about ? about.homes : a.college_id ? [a.college_id] : [],
        about: about?.about ?? null,
        college: about?.college ?? a.college_id,
        level: about?.level ?? "unit",
      });
    }
  }

  private add(info: RecordInfo): void {
    this.byKey.set(`${info.type}:${info.id}`, info);
    if (info.type !== "AuditEntry") this.byId.set(info.id, info);
  }

  get(type: string, id: string): RecordInfo | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  /** Any record by its id alone (ids are UUIDs, unique across tables; audit entries excepted). */
  getById(id: string): RecordInfo | undefined {
    return this.byId.get(id);
  }

  pathOf(unitId: string): string[] {
    const path = this.paths.get(unitId);
    if (!path) throw new Error(`oracle: no unit ${unitId}`);
    return path;
  }

  /** Every record of a type the viewer may see (for the bounds on page totals). */
  countVisible(viewer: Viewer, type: string, where: (info: RecordInfo) => boolean = () => true): number {
    let n = 0;
    for (const info of this.byKey.values()) if (info.type === type && where(info) && this.standing(viewer, info) === "in") n++;
    return n;
  }

  /** Whether a unit lies in the viewer's subtrees. */
  unitInScope(viewer: Viewer, unitId: string): boolean {
    return this.pathOf(unitId).some((id) => viewer.roots.includes(id));
  }

  /** The units above a viewer's scope (or, for a member account, its member's branch, group and their parents). */
  aboveUnits(viewer: Viewer): Set<string> {
    if (viewer.member) {
      const member = this.get("Member", viewer.member);
      return new Set(member ? this.pathOf(member.homes[0]) : []);
    }
    return new Set(viewer.roots.flatMap((root) => this.pathOf(root).slice(0, -1)));
  }

  /** The colleges a viewer's scope lies in. */
  collegesOf(viewer: Viewer): Set<string> {
    if (viewer.member) return new Set([this.get("Member", viewer.member)?.college ?? ""]);
    return new Set(viewer.roots.map((root) => this.pathOf(root)[0]));
  }

  /**
   * Whether the viewer may CHANGE the record: every home unit in its scope (a link between two
   * units' records is changed by whoever holds both), a college's own records only by a caller
   * scoped at that college's root.
   */
  mayWrite(viewer: Viewer, info: RecordInfo): boolean {
    if (viewer.member) return false;
    if (info.level === "global") return false;
    if (info.level === "college") return info.college !== null && viewer.roots.includes(info.college);
    return info.homes.length > 0 && info.homes.every((home) => this.unitInScope(viewer, home));
  }

  /**
   * `in`: the viewer may see the record; `above`: an org unit above the viewer's scope (names
   * only); `out`: outside the scope.
   */
  standing(viewer: Viewer, info: RecordInfo): Standing {
    if (viewer.member) {
      if (info.type === "User") return info.id === viewer.user ? "in" : "out";
      if (info.about === viewer.member && info.type !== "AuditEntry") return "in";
      return info.type === "OrgUnit" && this.aboveUnits(viewer).has(info.id) ? "above" : "out";
    }
    if (info.level === "global") return "in";
    if (info.level === "college") return info.college !== null && this.collegesOf(viewer).has(info.college) ? "in" : "out";
    if (info.homes.some((home) => this.unitInScope(viewer, home))) return "in";
    return info.type === "OrgUnit" && this.aboveUnits(viewer).has(info.id) ? "above" : "out";
  }
}

/**
 * The permission a record's kind needs to be read (a field that reveals another kind of resource
 * needs that kind's permission): the permission of the root queries that list that kind.
 */
export const READ_PERMISSION: Record<string, Permission> = {
  OrgUnit: Permission.ORG_READ,
  CommitteePosition: Permission.ORG_READ,
  Member: Permission.MEMBER_READ,
  Person: Permission.MEMBER_READ,
  MassContact: Permission.MEMBER_READ,
  RegisterEntry: Permission.MEMBER_READ,
  MemberTransfer: Permission.MEMBER_READ,
  Activity: Permission.ACTIVITY_READ,
  ActivityAttendance: Permission.ACTIVITY_READ,
  StudyRecord: Permission.ACTIVITY_READ,
  Semester: Permission.ACTIVITY_READ,
  VacationMonthSetting: Permission.ACTIVITY_READ,
  RecordBookHandIn: Permission.ACTIVITY_READ,
  EducationCredit: Permission.ACTIVITY_READ,
  GuestAttendance: Permission.ACTIVITY_READ,
  ActivityRoom: Permission.ROOM_READ,
  ActivityRoomUser: Permission.ROOM_READ,
  StudentClass: Permission.LIAISON_READ,
  ClassMember: Permission.LIAISON_READ,
  ClassGroup: Permission.LIAISON_READ,
  LiaisonAssignment: Permission.LIAISON_READ,
  LiaisonStudent: Permission.LIAISON_READ,
  LiaisonVisit: Permission.LIAISON_READ,
  VisitPerson: Permission.LIAISON_READ,
  LiaisonFollowUp: Permission.LIAISON_READ,
  ServicePostType: Permission.SERVICE_READ,
  ServicePost: Permission.SERVICE_READ,
  ServicePostHolder: Permission.SERVICE_READ,
  ServicePledge: Permission.SERVICE_READ,
  ServiceEvaluation: Permission.SERVICE_READ,
  FundingSetting: Permission.FUNDING_READ,
  FundAllocation: Permission.FUNDING_READ,
  FundSpending: Permission.FUNDING_READ,
  DuesRecord: Permission.FUNDING_READ,
  PartyWorkAllowance: Permission.FUNDING_READ,
  Award: Permission.GOVERNANCE_READ,
  Recognition: Permission.GOVERNANCE_READ,
  PartyAffairsNotice: Permission.GOVERNANCE_READ,
  MajorDecision: Permission.GOVERNANCE_READ,
  IntegrityRisk: Permission.GOVERNANCE_READ,
  FiledDocument: Permission.GOVERNANCE_READ,
  AssessmentRound: Permission.ASSESSMENT_READ,
  AssessmentSheet: Permission.ASSESSMENT_READ,
  AssessmentScore: Permission.ASSESSMENT_READ,
  Rectification: Permission.ASSESSMENT_READ,
  DisciplineCase: Permission.ASSESSMENT_READ,
  EvidenceRef: Permission.COMPLIANCE_READ,
  AuditEntry: Permission.AUDIT_READ,
  User: Permission.ACCOUNT_ADMIN,
  ApiToken: Permission.ACCOUNT_ADMIN,
  DevelopmentCase: Permission.PIPELINE_READ,
  DevelopmentStep: Permission.PIPELINE_READ,
  DevelopmentNotice: Permission.PIPELINE_READ,
  DevelopmentContact: Permission.PIPELINE_READ,
  DevelopmentVote: Permission.PIPELINE_READ,
  DevelopmentVoteExclusion: Permission.PIPELINE_READ,
  DevelopmentReport: Permission.PIPELINE_READ,
};
