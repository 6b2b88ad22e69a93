import { GraphQLField, GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { Permission } from "../api/src/auth/permissions";
import { PUBLIC_OPERATIONS } from "../api/src/auth/public-operations";
import { UserRole } from "../api/src/auth/roles";
import { buildAppSchema } from "../api/src/schema";
import { Actor, makeActor, ALL_READ_PERMISSIONS } from "./support/access-actors";
import { Oracle, ORACLE_TYPES, Viewer } from "./support/access-oracle";
import {
  AccessWorld,
  create,
  Factories,
  NOT_SCOPED_RECORDS,
  nextSerial,
  prepareSecondCollege,
  Ref,
  seedAccessWorld,
  Side,
  SIDE_NAMES,
  TABLE_OF,
} from "./support/access-world";
import { BuiltOperation, buildScopedOperation, Filler, IdSlot, IdTarget } from "./support/operation-builder";
import { startTestApp, TEST_PASSWORD, TestApp } from "./support/test-app";

/**
 * The root access matrix: every query and mutation, as every role and token kind, on every side
 * of the scope boundary, with every ID argument naming a real record of the type it names.
 *
 * Inside its scope a caller must SUCCEED (no error; a union result that is not a Refusal, but
 * for the few refusals listed below with their reason; a single-record query returns the record).
 * Outside it must get EXACTLY the scope answer (see `judge`): NOT_FOUND for a mutation or for a
 * query whose argument names the record, `null` for a nullable single-record query, a page of
 * the caller's own records only when the outside id just narrows a `filter` — and a mutation
 * outside must write nothing (every table's fingerprint unchanged). Without the permission:
 * FORBIDDEN; without credentials: UNAUTHENTICATED. Inside and outside are the oracle's word
 * (support/access-oracle.ts), not the API's.
 */

/** Operations that end the caller's sessions: tried last (logout very last), so they do not end the run. */
const SESSION_ENDING = ["changeMyPassword", "logout"];

/**
 * Inside-scope attempts that a domain rule refuses, and why (keep it short: every entry is a
 * success the matrix cannot see).
 */
const ALLOWED_REFUSALS: Record<string, { code: string; why: string }> = {
  // Member development's steps are bound to stages (their successes: test/member-development*.e2e-spec.ts).
  // The side's case is on probation, its notices closed, its conversion not yet in its chain.
  closeDevelopmentNotice: { code: "ALREADY_ENDED", why: "no notice of the case is open" },
  recordDevelopmentVote: { code: "INVALID_TRANSITION", why: "an admission vote is for development targets" },
  approveAdmission: { code: "INVALID_TRANSITION", why: "the case was admitted already" },
  approveConversion: { code: "RULE_NOT_MET", why: "CONVERSION_CHAIN: the chain before approval is not done" },
  extendProbation: { code: "RULE_NOT_MET", why: "PROBATION_EXTENSION_MAX: the generic day is more than a year past the end" },
  applyForConversion: { code: "ALREADY_RESOLVED", why: "the first attempt applies; later ones find it made" },
};

/**
 * Writes that act on the caller's own college without naming it (the rulebook's numbers and the
 * settings the source leaves open).
 */
const COLLEGE_WIDE_WRITES = new Set(["setRuleParameters", "setComplianceSetting"]);

/**
 * College-level writes refused by the caller's LEVEL: a caller inside the college reads the
 * calendar and the rulebook but changes them only from the college root — FORBIDDEN, not
 * NOT_FOUND (the record is there for the caller to see).
 */
const COLLEGE_LEVEL_WRITES = new Set(["createSemester", "updateSemester", "setVacationMonths", ...COLLEGE_WIDE_WRITES]);

/**
 * Writes made for the member a record is about, by the member's own unit: a guest's attendance at
 * another unit's activity is confirmed by the guest's secretary (the host's gets NOT_FOUND).
 */
const MEMBER_SIDE_WRITES = new Set(["confirmGuestAttendance"]);

/**
 * Bulk writes that answer every row on its own (a roster import): a row naming a unit outside the
 * scope is an error on that row and, a row being bad, nothing is written — the answer is the result
 * (type named here), not NOT_FOUND; the fingerprint still proves that nothing was written.
 */
const ROW_REPORTED_WRITES: Record<string, string> = { importMembers: "MemberImportResult" };

type Kind = "query" | "mutation";
interface Op {
  kind: Kind;
  field: GraphQLField<unknown, unknown>;
}

function declaredPermissions(): Map<string, Permission[]> {
  const map = new Map<string, Permission[]>();
  for (const f of getMetadataStorage().authorizedFields) map.set(f.fieldName, f.roles as Permission[]);
  return map;
}

function rootOperations(schema: GraphQLSchema): Op[] {
  const last = (name: string) => SESSION_ENDING.indexOf(name) + 1;
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
  ].sort((a, b) => last(a.field.name) - last(b.field.name));
}

describe("access matrix: every operation × every role × inside and outside its scope", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let world: AccessWorld;
  let factories: Factories;
  let oracle: Oracle;
  let actors: Actor[];
  let fingerprintSql: string;

  /**
   * Every table's content in one statement: row count and the sum of row versions (xmin), which
   * moves with any insert, update or delete. Sessions are left out (every request may touch
   * them); accounts and tokens are compared on their versioned columns (signing in and token use
   * stamp `last_*_at`); the change log only follows writes to the tables already compared.
   */
  const fingerprint = async (): Promise<string> => JSON.stringify((await app.dataSource.query(fingerprintSql))[0]);

  beforeAll(async () => {
    schema = await buildAppSchema();
    app = await startTestApp({ prepare: prepareSecondCollege });
    ({ world, factories } = await seedAccessWorld(app));
    oracle = await Oracle.load(app.dataSource);
    const tables: Array<{ table_name: string }> = await app.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('user_session', 'change_log', 'migrations') ORDER BY table_name`,
    );
    fingerprintSql = `SELECT ${tables
      .map(({ table_name: t }) =>
        t === "app_user" || t === "api_token"
          ? `(SELECT count(*) || ':' || coalesce(md5(string_agg(id || ':' || version, ',' ORDER BY id)), '') FROM ${t}) AS ${t}`
          : `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM ${t}) AS ${t}`,
      )
      .join(", ")}`;
    const { inside } = world.sides;
    actors = [];
    for (const spec of [
      { name: "admin", role: UserRole.ADMIN, scopeUnitId: app.collegeId },
      { name: "leadership", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId },
      { name: "gb-secretary", role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: inside.generalBranch },
      { name: "gb-committee", role: UserRole.GENERAL_BRANCH_COMMITTEE, scopeUnitId: inside.generalBranch },
      { name: "branch-secretary", role: UserRole.BRANCH_SECRETARY, scopeUnitId: inside.branch },
      { name: "branch-committee", role: UserRole.BRANCH_COMMITTEE, scopeUnitId: inside.branch },
      { name: "member", role: UserRole.MEMBER, scopeUnitId: null, memberId: inside.member },
      // An integration with every permission a token may carry, confined to the inside branch: tokens write too.
      {
        name: "token-branch",
        token: [...new Set([...ALL_READ_PERMISSIONS, ...Object.values(Permission).filter((p) => p.endsWith("_WRITE"))])],
        scopeUnitId: inside.branch,
      },
      // A read-only integration on the general branch: what it may not do is FORBIDDEN.
      {
        name: "token-read",
        token: [Permission.ORG_READ, Permission.MEMBER_READ, Permission.ACTIVITY_READ],
        scopeUnitId: inside.generalBranch,
      },
      { name: "anonymous", anonymous: true as const },
    ]) {
      actors.push(await makeActor(app, spec));
    }
  }, 120_000);
  afterAll(() => app?.close());

  it("declares a permission on every query and mutation except the ways in", () => {
    const declared = declaredPermissions();
    const undeclared = rootOperations(schema)
      .map((op) => op.field.name)
      .filter((name) => !PUBLIC_OPERATIONS.has(name) && !declared.get(name)?.length);
    expect(undeclared).toEqual([]);
  });

  it("seeds one real record of every record type on every side, and the oracle knows every type", () => {
    const withId = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && "id" in t.getFields())
      .map((t) => t.name)
      .sort();
    const missing = withId.flatMap((type) =>
      type in NOT_SCOPED_RECORDS
        ? []
        : SIDE_NAMES.filter((side) => !world.sides[side].records[type]).map((side) => `${side} has no ${type}`),
    );
    const noOracle = withId.filter((type) => !(type in NOT_SCOPED_RECORDS) && !ORACLE_TYPES.includes(type));
    const noTable = withId.filter((type) => !(type in NOT_SCOPED_RECORDS) && !(type in TABLE_OF));
    expect({ missing, noOracle, noTable }).toEqual({ missing: [], noOracle: [], noTable: [] });
  });

  it("succeeds inside, answers exactly the scope answer outside and writes nothing there, refuses without permission", async () => {
    const declared = declaredPermissions();
    const problems: string[] = [];
    const succeeded = new Set<string>();
    let tried = 0;
    for (const actor of actors) {
      for (const op of rootOperations(schema)) {
        if (PUBLIC_OPERATIONS.has(op.field.name)) continue;
        const needed = declared.get(op.field.name) ?? [];
        const viewer = actor.viewer;
        const allowed = viewer !== "anonymous" && needed.every((p) => viewer.permissions.has(p));
        if (viewer === "anonymous" || !allowed) {
          // One attempt tells a permission check apart: built on the inside side, no records used up.
          const built = await buildScopedOperation(schema, op.kind, op.field, filler(world.sides.inside, false));
          const result = await actor.client.gql(built.document, built.variables);
          tried++;
          const code = result.errors?.[0]?.extensions?.code;
          const expected = viewer === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
          if (code !== expected)
            problems.push(`${actor.name} ${op.field.name}: expected ${expected}, got ${code ?? JSON.stringify(result.data)}`);
          continue;
        }
        let insideDone = false;
        for (const sideName of SIDE_NAMES) {
          const side = world.sides[sideName];
          // Judged on the side's own records; an attempt inside then gets fresh ones where it uses records up.
          let built = await buildScopedOperation(schema, op.kind, op.field, filler(side, false));
          const verdict = await judge(built, viewer);
          // An operation naming no record is tried once; so is a side wholly inside the scope (the
          // first one): more would repeat the same success.
          if ((verdict.inside || !built.ids.length) && insideDone) continue;
          insideDone ||= verdict.inside || !built.ids.length;
          const where = `${actor.name} ${op.field.name} ${sideName}${verdict.inside ? "" : " (outside)"}`;
          if (verdict.inside) {
            try {
              built = await buildScopedOperation(schema, op.kind, op.field, filler(side, true));
            } catch (e) {
              // A record made for the attempt was refused: an earlier attempt changed what it should not have.
              problems.push(`${where}: could not prepare the attempt: ${(e as Error).message}`);
              continue;
            }
          }
          const before = !verdict.inside && op.kind === "mutation" ? await fingerprint() : null;
          const result = await actor.client.gql(built.document, built.variables);
          tried++;
          const code = result.errors?.[0]?.extensions?.code as string | undefined;
          const message = code ? `: ${result.errors![0].message}` : "";
          const value = result.data?.[op.field.name];
          if (verdict.inside) {
            if (code) problems.push(`${where}: expected success, got ${code}${message}`);
            else if (built.refusable && value?.__typename === "Refusal") {
              if (ALLOWED_REFUSALS[op.field.name]?.code !== value.errorCode)
                problems.push(`${where}: refused ${value.errorCode}: ${value.message}`);
            } else if (built.result === "nullable" && value === null) problems.push(`${where}: expected the record, got null`);
            else succeeded.add(op.field.name);
            continue;
          }
          if (verdict.expected === "in-scope items only") {
            const foreign = code ? [] : await foreignItems(value.items ?? [], viewer);
            const got = code
              ? `error ${code}`
              : foreign.length
                ? `out-of-scope items ${foreign.join(", ")}`
                : value.totalCount !== value.items.length
                  ? `a total of ${value.totalCount} for ${value.items.length} items`
                  : verdict.expected;
            if (got !== verdict.expected) problems.push(`${where}: expected ${verdict.expected}, got ${got}${message}`);
          } else {
            const got = code
              ? `error ${code}`
              : value === null
                ? "null"
                : Array.isArray(value)
                  ? `a list of ${value.length}`
                  : `data ${JSON.stringify(value).slice(0, 100)}`;
            if (got !== verdict.expected) problems.push(`${where}: expected ${verdict.expected}, got ${got}${message}`);
          }
          if (before !== null) {
            const after = await fingerprint();
            if (after !== before) problems.push(`${where}: wrote outside its scope: ${diff(before, after)}`);
          }
        }
      }
    }
    // Every operation succeeded inside for somebody: a matrix whose inside attempts all fail proves nothing outside.
    const neverSucceeded = rootOperations(schema)
      .map((op) => op.field.name)
      .filter((name) => !PUBLIC_OPERATIONS.has(name) && !succeeded.has(name) && !ALLOWED_REFUSALS[name]);
    expect({ problems, neverSucceeded }).toEqual({ problems: [], neverSucceeded: [] });
    expect(tried).toBeGreaterThan(actors.length * 60);
  }, 900_000);

  /**
   * Inside: every record the operation names is the caller's (to change, for a mutation). Else
   * the scope answer, by what the operation names and returns:
   *  - a mutation: NOT_FOUND (the record does not exist for the caller) — FORBIDDEN only for the
   *    college-level writes below, refused by the caller's level when it can see the record;
   *  - a query whose outside ids only narrow a `filter`: a page of the caller's records only;
   *  - a nullable single-record query: null;
   *  - any other query (a report on a unit, a member's hours …): NOT_FOUND.
   */
  async function judge(built: BuiltOperation, viewer: Viewer): Promise<{ inside: boolean; expected: string }> {
    const slots = [...built.ids];
    // College-wide writes that name no record act on the caller's own college.
    if (COLLEGE_WIDE_WRITES.has(built.name))
      slots.push({
        slot: `${built.name}(college)`,
        type: "OrgUnit",
        value: [...oracle.collegesOf(viewer)][0],
        inFilter: false,
        collegeRead: false,
      });
    const outside: Array<{ slot: IdSlot; readable: boolean }> = [];
    for (const slot of slots) {
      if (slot.collegeRead) {
        if (!oracle.collegesOf(viewer).has(slot.value)) outside.push({ slot, readable: false });
        continue;
      }
      let info = oracle.get(slot.type, slot.value);
      if (!info) {
        await oracle.reload();
        info = oracle.get(slot.type, slot.value);
      }
      if (!info) throw new Error(`${built.name}: ${slot.slot} names ${slot.value}, which is no ${slot.type}`);
      const standing = oracle.standing(viewer, info);
      // A write needs every unit-level record it names to be the caller's to change; a college's
      // own records (a semester, a post type) it only refers to need only be readable.
      const needsWrite =
        built.kind === "mutation" && (info.level === "unit" || slot.slot.endsWith(".id") || COLLEGE_LEVEL_WRITES.has(built.name));
      const writes =
        MEMBER_SIDE_WRITES.has(built.name) && info.about
          ? oracle.mayWrite(viewer, oracle.get("Member", info.about)!)
          : oracle.mayWrite(viewer, info);
      if (needsWrite ? !writes : standing !== "in") outside.push({ slot, readable: standing !== "out" });
    }
    if (!outside.length) return { inside: true, expected: "success" };
    if (built.kind === "mutation" && ROW_REPORTED_WRITES[built.name]) {
      return { inside: false, expected: `data {"__typename":"${ROW_REPORTED_WRITES[built.name]}"}` };
    }
    if (built.kind === "mutation") {
      return {
        inside: false,
        expected: outside.every((o) => o.readable) && COLLEGE_LEVEL_WRITES.has(built.name) ? "error FORBIDDEN" : "error NOT_FOUND",
      };
    }
    if (outside.every((o) => o.slot.inFilter) && built.result === "page") return { inside: false, expected: "in-scope items only" };
    return { inside: false, expected: built.result === "nullable" ? "null" : "error NOT_FOUND" };
  }

  /** Items of a page the viewer may not see, by the oracle. */
  async function foreignItems(items: Array<{ __typename: string; id: string }>, viewer: Viewer): Promise<string[]> {
    const foreign: string[] = [];
    // Records made by earlier attempts are new to the oracle.
    if (items.some((item) => !oracle.get(item.__typename, item.id) && !oracle.getById(item.id))) await oracle.reload();
    for (const item of items) {
      // A view (a guest's attendance to confirm) is judged as the record whose id it carries.
      const info = item.__typename in NOT_SCOPED_RECORDS ? oracle.getById(item.id) : oracle.get(item.__typename, item.id);
      if (!info || oracle.standing(viewer, info) !== "in") foreign.push(`${item.__typename} ${item.id}`);
    }
    return foreign;
  }

  /** Fills an operation from a side's records; `fresh` records are made for the attempt unless `useUp` is false. */
  function filler(side: Side, useUp: boolean): Filler {
    const n = nextSerial();
    const mine = new Map<string, number>();
    const unique = (name: string): number => {
      if (!mine.has(name)) {
        const next = (uniques.get(name) ?? -1) + 1;
        uniques.set(name, next);
        mine.set(name, next);
      }
      return mine.get(name)!;
    };
    return {
      async id(target: IdTarget) {
        if (target.role === "fresh" && useUp) return (await fresh(target.type, side)).id;
        if (target.type === "OrgUnit") return side[target.unit ?? "branch"];
        if (target.type === "Member")
          return target.role === "teacher" ? side.teacher : target.role === "student2" ? side.student2 : side.member;
        const ref = side.records[target.type];
        if (!ref) throw new Error(`the world has no ${target.type} on ${side.name}`);
        return ref.id;
      },
      version: (type, id) => factories.version(type, id),
      value: (slot) => (slot in VALUES ? VALUES[slot]({ side, n, u: unique }) : undefined),
    };
  }

  /**
   * Values an operation needs beyond the generic ones. What must not repeat takes `u(name)`, a
   * number counted per kind of value (the same within one attempt): one dues row per member and
   * month (months from 2030 on, away from the world's), one funding setting per college and year,
   * semesters that overlap no other (2040 on; fresh ones for hand-ins 1990 on), one rule change
   * per day; names take the attempt's serial `n`.
   */
  const VALUES: Record<string, (a: { side: Side; n: number; u: (name: string) => number }) => unknown> = {
    "createUser.input.username": ({ n }) => `matrix.new${n}`,
    "createServicePostType.input.name": ({ n }) => `矩阵岗位类型${n}`,
    "createStudentClass.input.name": ({ n }) => `矩阵新班${n}`,
    "recordDues.input.month": ({ u }) => month(2030, u("dues")),
    "recordBranchDues.input.month": ({ u }) => month(2040, u("branchDues")),
    "setFundingSetting.input.year": ({ u }) => 2030 + u("fundingYear"),
    "createSemester.input.academicYear": ({ u }) => semesterOf(2040 + u("semester")).academicYear,
    "createSemester.input.startsOn": ({ u }) => semesterOf(2040 + u("semester")).startsOn,
    "createSemester.input.endsOn": ({ u }) => semesterOf(2040 + u("semester")).endsOn,
    "setRuleParameters.input.effectiveFrom": ({ u }) =>
      new Date(Date.UTC(2027, 0, 1) + u("ruleDay") * 86_400_000).toISOString().slice(0, 10),
    "changeMyPassword.input.currentPassword": () => TEST_PASSWORD,
    // A sub-element every sheet has (confirming its proposal).
    "scoreAssessmentElement.input.key": () => "1.1",
    // The semester's own end: an update that changes nothing still walks the whole write.
    "updateSemester.input.endsOn": () => "2027-01-15",
    // The vacation setting of the side's college and student branches: its current version.
    "setVacationMonths.input.version": ({ side }) => side.records.VacationMonthSetting.version,
    // An applicant registered by name, born well before the generic application day.
    "applyForMembership.input.name": ({ n }) => `矩阵申请人${n}`,
    "applyForMembership.input.birthDate": () => "2000-01-01",
    // Ballots that add up (for + against + abstentions within those present).
    "recordDevelopmentVote.input.present": () => 3,
    // A branch's dues list holds members of the branch itself (not of its groups).
    "recordBranchDues.input.rows": ({ side }) => [{ memberId: side.member, amountDue: "10.00", amountPaid: "0.00" }],
  };
  const uniques = new Map<string, number>();
  function month(fromYear: number, k: number): string {
    return `${fromYear + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  }
  let freshSemesters = 0;
  function semesterOf(y: number) {
    return { academicYear: `${y}-${y + 1}`, startsOn: `${y}-09-01`, endsOn: `${y + 1}-01-15` };
  }

  /** A record made for one attempt only, on the side (by the side's administrator). */
  async function fresh(type: string, side: Side): Promise<Ref> {
    const f = factories;
    switch (type) {
      case "Activity":
        return f.activity(side, [{ memberId: side.member }]);
      case "Award":
        return f.award(side, side.member);
      case "FiledDocument":
        return f.thoughtReport(side, side.member);
      case "FundAllocation":
        return f.fundAllocation(side);
      case "FundSpending":
        return f.fundSpending(side);
      case "IntegrityRisk":
        return f.risk(side);
      case "LiaisonVisit":
        return f.liaisonVisit(side, side.records.LiaisonAssignment.id, side.teacher, []);
      case "MajorDecision":
        return f.decision(side);
      case "OrgUnit":
        return f.group(side);
      case "PartyAffairsNotice":
        return f.notice(side);
      case "PartyWorkAllowance":
        return f.partyWorkAllowance(side, (await f.member(side)).id, null);
      case "Recognition":
        return f.recognition(side);
      case "ActivityRoom":
        return f.room(side);
      case "ServicePledge":
        return f.servicePledge(side, side.member);
      case "ServicePost":
        return f.servicePost(side, side.records.ServicePostType.id);
      case "StudentClass":
        return f.studentClass(side);
      case "StudyRecord":
        return f.studyRecord(side, side.member);
      case "Member":
        return f.member(side);
      case "Person":
        return f.person(side);
      case "ClassGroup":
        return f.classGroup(side, side.records.StudentClass.id, (await f.group(side)).id);
      case "ClassMember":
        return f.classMember(side, side.records.StudentClass.id, (await f.member(side)).id);
      case "CommitteePosition":
        return f.committeePosition(side, side.member);
      case "LiaisonAssignment":
        return f.liaisonAssignment(side, side.teacher, [], []);
      case "MassContact":
        return f.massContact(side, side.member, (await f.person(side)).id);
      case "ServicePostHolder":
        return f.servicePostHolder(side, (await f.servicePost(side, side.records.ServicePostType.id)).id, side.member);
      case "ActivityRoomUser":
        return f.roomUser(side, (await f.room(side)).id, side.branch);
      case "ApiToken":
        return f.apiToken(side);
      case "LiaisonFollowUp":
        return f.followUp(side, side.records.LiaisonVisit.id);
      case "ActivityAttendance":
        return f.guestRow({ branch: side.guestHost }, side.member);
      case "DevelopmentCase":
        return f.developmentCandidate(side);
      case "AssessmentSheet":
        return f.appealedSheet(side);
      case "DisciplineCase":
        return f.disciplineCase(side, side.member);
      case "Semester": {
        // Past years of their own (1990–2019), apart from those createSemester attempts use: a record book is handed in after its semester starts.
        return create(side.admin, "createSemester", "CreateSemesterInput", "Semester", {
          collegeId: side.college,
          term: "AUTUMN",
          ...semesterOf(1990 + freshSemesters++),
        });
      }
      default:
        throw new Error(`no fresh ${type}: add a factory`);
    }
  }
});

function diff(before: string, after: string): string {
  const a = JSON.parse(before);
  const b = JSON.parse(after);
  return Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .join(", ");
}
