import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

/**
 * Builds a valid operation for any root field from the schema: every ID argument filled with a
 * real record OF THE TYPE THE ARGUMENT NAMES, every `version` with that record's current version,
 * other inputs with values the operation accepts.
 *
 * Which type an ID argument names is worked out from the argument's own name (`memberId` → a
 * Member, `classId` → a StudentClass, `unitId` → an OrgUnit …) and, for a bare `id`, from the
 * operation's return type (`archiveAward(input: { id })` → AwardResult → an Award). Where that is
 * ambiguous the explicit tables below say which record is meant.
 */

/** Which unit of a side an OrgUnit argument names. */
export type UnitRole = "branch" | "group" | "generalBranch" | "college" | "otherBranch";
/** Which record of a type: the side's own (`primary`), a particular member of it, or one created for this attempt only (`fresh`). */
export type RecordRole = "primary" | "teacher" | "student2" | "fresh";

export interface IdTarget {
  /** The GraphQL type of the record the argument names. */
  type: string;
  unit?: UnitRole;
  role: RecordRole;
}

/** One ID the operation names: where, which type, which value. */
export interface IdSlot {
  slot: string;
  type: string;
  value: string;
  /** In a `filter` (or an optional top-level argument of a query): an out-of-scope id there narrows a list rather than naming a record. */
  inFilter: boolean;
  /** A query's `collegeId`: the calendar and college-wide settings are readable by anyone scoped inside the college. */
  collegeRead: boolean;
}

export interface BuiltOperation {
  name: string;
  kind: "query" | "mutation";
  document: string;
  variables: Record<string, unknown>;
  ids: IdSlot[];
  /** The result's shape: a page, a list, a nullable or non-null object, or a scalar. */
  result: "page" | "list" | "nullable" | "object" | "scalar";
  /** The result is `X | Refusal`. */
  refusable: boolean;
}

export interface Filler {
  /** The id of the record an ID argument names. */
  id(target: IdTarget, slot: string): Promise<string>;
  /** The current version of a record. */
  version(type: string, id: string): Promise<number>;
  /** A plain value the operation needs to succeed, where the generic one would not do (undefined: generic). */
  value(slot: string, type: GraphQLNamedType): unknown;
}

/** Stems of ID argument names (`memberId`, `studentMemberIds` …) and the record type they name. */
const STEMS: Record<string, { type: string; unit?: UnitRole }> = {
  member: { type: "Member" },
  liaisonMember: { type: "Member" },
  visitorMember: { type: "Member" },
  studentMember: { type: "Member" },
  person: { type: "Person" },
  studentPerson: { type: "Person" },
  unit: { type: "OrgUnit", unit: "branch" },
  branch: { type: "OrgUnit", unit: "branch" },
  hostUnit: { type: "OrgUnit", unit: "branch" },
  ownerUnit: { type: "OrgUnit", unit: "branch" },
  scopeUnit: { type: "OrgUnit", unit: "branch" },
  parent: { type: "OrgUnit", unit: "branch" },
  // A group is moved under a branch: the side's own branch (a move that keeps its parent still walks the whole write).
  newParent: { type: "OrgUnit", unit: "branch" },
  toBranch: { type: "OrgUnit", unit: "otherBranch" },
  under: { type: "OrgUnit", unit: "generalBranch" },
  collegeUnit: { type: "OrgUnit", unit: "generalBranch" },
  targetUnit: { type: "OrgUnit", unit: "generalBranch" },
  college: { type: "OrgUnit", unit: "college" },
  group: { type: "OrgUnit", unit: "group" },
  toGroup: { type: "OrgUnit", unit: "group" },
  groupUnit: { type: "OrgUnit", unit: "group" },
  class: { type: "StudentClass" },
  targetClass: { type: "StudentClass" },
  visit: { type: "LiaisonVisit" },
  assignment: { type: "LiaisonAssignment" },
  post: { type: "ServicePost" },
  pledge: { type: "ServicePledge" },
  room: { type: "ActivityRoom" },
  semester: { type: "Semester" },
  type: { type: "ServicePostType" },
  committeePosition: { type: "CommitteePosition" },
  activity: { type: "Activity" },
  actor: { type: "User" },
  step: { type: "DevelopmentStep" },
  introducerMember: { type: "Member" },
  document: { type: "FiledDocument" },
  round: { type: "AssessmentRound" },
  sheet: { type: "AssessmentSheet" },
  underUnit: { type: "OrgUnit", unit: "generalBranch" },
  panelUser: { type: "User" },
};

/**
 * Where the name alone does not say which record is meant (slot = operation.argument.field…,
 * list elements without an index).
 */
const EXPLICIT: Record<string, Partial<IdTarget>> = {
  // The audit filter's entity is any record: the side's member (there are entries about it).
  "auditEntries.filter.entityId": { type: "Member" },
  // A teacher liaises (TEACHER_TO_STUDENTS needs a FACULTY member) with a student; a visit is the liaison's own.
  "createLiaisonAssignment.input.liaisonMemberId": { role: "teacher" },
  "createLiaisonAssignment.input.studentMemberIds": { role: "student2" },
  "createLiaisonVisit.input.visitorMemberId": { role: "teacher" },
  "createLiaisonVisit.input.peopleMet.memberId": { role: "student2" },
  "liaisonVisits.filter.visitorMemberId": { role: "teacher" },
  "liaisonAssignments.filter.liaisonMemberId": { role: "teacher" },
  // Records an attempt uses up or changes for good: one made for that attempt alone, so that
  // every actor and side meets the record in the same state (archive, end, remove, move,
  // one-per-pair links, one hand-in per branch and semester, one step of the award workflow).
  // One live allowance per member, unit, kind of post and year: a member of its own.
  "createPartyWorkAllowance.input.memberId": { role: "fresh" },
  "archiveActivity.input.id": { role: "fresh" },
  "archiveAward.input.id": { role: "fresh" },
  "advanceAward.input.id": { role: "fresh" },
  "archiveFiledDocument.input.id": { role: "fresh" },
  "archiveFundAllocation.input.id": { role: "fresh" },
  "archiveFundSpending.input.id": { role: "fresh" },
  "archiveIntegrityRisk.input.id": { role: "fresh" },
  "archiveLiaisonVisit.input.id": { role: "fresh" },
  "archiveMajorDecision.input.id": { role: "fresh" },
  "archiveOrgUnit.input.id": { role: "fresh" },
  "archivePartyAffairsNotice.input.id": { role: "fresh" },
  "archivePartyWorkAllowance.input.id": { role: "fresh" },
  "archiveRecognition.input.id": { role: "fresh" },
  "archiveRoom.input.id": { role: "fresh" },
  "archiveServicePledge.input.id": { role: "fresh" },
  "archiveServicePost.input.id": { role: "fresh" },
  "archiveStudentClass.input.id": { role: "fresh" },
  "archiveStudyRecord.input.id": { role: "fresh" },
  "removeMember.input.id": { role: "fresh" },
  "transferMember.input.id": { role: "fresh" },
  "moveOrgUnit.input.id": { role: "fresh" },
  "endClassGroup.input.id": { role: "fresh" },
  "endClassMember.input.id": { role: "fresh" },
  "endCommitteeTerm.input.id": { role: "fresh" },
  "endLiaisonAssignment.input.id": { role: "fresh" },
  "endMassContact.input.id": { role: "fresh" },
  "endServicePostHolder.input.id": { role: "fresh" },
  "unassignRoom.input.id": { role: "fresh" },
  "revokeApiToken.id": { role: "fresh" },
  "resolveLiaisonFollowUp.input.id": { role: "fresh" },
  "addClassMember.input.memberId": { role: "fresh" },
  "addLiaisonStudents.input.memberIds": { role: "fresh" },
  "addLiaisonStudents.input.personIds": { role: "fresh" },
  "appointServicePostHolder.input.postId": { role: "fresh" },
  "linkClassGroup.input.groupUnitId": { role: "fresh" },
  "linkMassContact.input.personId": { role: "fresh" },
  "assignRoom.input.roomId": { role: "fresh" },
  "recordBookHandIn.input.semesterId": { role: "fresh" },
  // One confirmation per guest row: a row made for the attempt (a neighbour's activity with the side's member as guest).
  "confirmGuestAttendance.input.id": { role: "fresh" },
  // Member development: steps that need a case at CANDIDATE get a fresh one (the side's own case is on probation).
  "advanceDevelopmentCase.input.id": { role: "fresh" },
  "recordDevelopmentProcedure.input.id": { role: "fresh" },
  "openDevelopmentNotice.input.id": { role: "fresh" },
  "assignDevelopmentContact.input.id": { role: "fresh" },
  // A sheet the panel may still score, re-propose and answer (appealed), 不合格 (so it takes a rectification).
  "scoreAssessmentElement.input.id": { role: "fresh" },
  "advanceAssessmentSheet.input.id": { role: "fresh" },
  "reproposeAssessmentSheet.input.id": { role: "fresh" },
  "recordAssessmentRectification.input.sheetId": { role: "fresh" },
  "archiveDisciplineCase.input.id": { role: "fresh" },
};

/**
 * Optional inputs of mutations that are filled (everything required always is): the ones an
 * operation needs to succeed (a member for a personal award, a thought report's member, the
 * liaison and students of a teacher's link …). Queries fill every optional ID (filters included):
 * those are what scope narrows.
 */
const MUTATION_OPTIONALS = new Set([
  "createOrgUnit.input.parentId",
  "createActivity.input.roomId",
  "createActivity.input.attendance",
  "createActivity.input.educationHours",
  "addLiaisonStudents.input.memberIds",
  "addLiaisonStudents.input.personIds",
  "createLiaisonAssignment.input.liaisonMemberId",
  "createLiaisonAssignment.input.studentMemberIds",
  "createLiaisonAssignment.input.studentPersonIds",
  "createLiaisonVisit.input.visitorMemberId",
  "createLiaisonVisit.input.peopleMet",
  "createLiaisonVisit.input.peopleMet.memberId",
  "createLiaisonVisit.input.followUps",
  "fileDocument.input.memberId",
  "nominateAward.input.memberId",
  "recordServiceEvaluation.input.pledgeId",
  "createUser.input.memberId",
  "createSemester.input.collegeId",
  "setVacationMonths.input.collegeId",
  "setVacationMonths.input.version",
  "createPartyWorkAllowance.input.amount",
  "advanceAward.input.reviewer",
  "updateActivity.input.topic",
  "updateFiledDocument.input.title",
  "updateFundAllocation.input.note",
  "updateFundSpending.input.purpose",
  "updateIntegrityRisk.input.keyPoint",
  "updateLiaisonAssignment.input.note",
  "updateLiaisonVisit.input.notes",
  "updateMajorDecision.input.title",
  "updateMember.input.department",
  "updateOrgUnit.input.location",
  "updatePartyAffairsNotice.input.summary",
  "updatePartyWorkAllowance.input.post",
  "updateRecognition.input.title",
  "updateRoom.input.note",
  "updateSemester.input.endsOn",
  "updateServicePledge.input.pledge",
  "updateServicePost.input.duties",
  "updateStudentClass.input.major",
  "updateStudyRecord.input.title",
  "updateUser.input.displayName",
  "adjustDues.input.note",
  "applyForMembership.input.name",
  "advanceDevelopmentCase.input.note",
  "extendProbation.input.note",
  // A round of the side's branch only (not every branch of the college); the review's opinion.
  "createAssessmentRound.input.branchIds",
  "advanceAssessmentSheet.input.note",
]);

/** Enum values that make a valid input (the first listed value does for the rest). */
const ENUM_VALUES: Record<string, string> = {
  OrgUnitKind: "GROUP",
  GroupPurpose: "OTHER",
  BranchKind: "STUDENT",
  MemberCategory: "STUDENT",
  MemberStanding: "FULL",
  Gender: "FEMALE",
  MobileStatus: "NONE",
  ActivityType: "ORGANISATIONAL_LIFE",
  AttendanceStatus: "PRESENT",
  LiaisonKind: "TEACHER_TO_STUDENTS",
  VisitKind: "STUDENT_DORM_VISIT",
  AwardKind: "EXCELLENT_MEMBER",
  AwardStatus: "REVIEWED",
  DocumentKind: "THOUGHT_REPORT",
  UserRole: "MEMBER",
  Permission: "ORG_READ",
  CommitteeRole: "MEMBER",
  PartyWorkPostKind: "OTHER",
  RegisterReason: "GRADUATED",
  PersonKind: "STUDENT",
  FundSource: "SCHOOL_PARTY_BUDGET",
  RecognitionKind: "HONOUR",
  RecognitionLevel: "SCHOOL",
  NoticeChannel: "BOARD",
  DecisionCategory: "MAJOR_DECISION",
  ServicePlaceKind: "DORM",
  EvaluatorKind: "PUBLIC",
  EvaluationAspect: "SKILL",
  StudyKind: "ONLINE_COURSE",
  SemesterTerm: "AUTUMN",
  PeriodKind: "MONTH",
  MemberStatus: "ACTIVE",
  // A fresh case at CANDIDATE may withdraw, be reviewed, have its notice opened and a trainer assigned.
  DevelopmentStage: "WITHDRAWN",
  DevelopmentProcedure: "ACTIVIST_REVIEW",
  NoticePurpose: "CANDIDATE",
  ContactRole: "TRAINER",
  ProbationReportKind: "TO_BRANCH",
  AssessmentRoundKind: "SPECIAL",
  // From APPEALED (the fresh sheets' state): the panel's answer.
  AssessmentSheetStatus: "REVIEWED",
};

/** Plain values by input field name (dates in the world's autumn, before today). */
const BY_NAME: Record<string, unknown> = {
  password: "matrix-password-1",
  newPassword: "matrix-password-2",
  month: "2026-10",
  fromMonth: "2026-01",
  toMonth: "2026-12",
  year: 2026,
  cycleYear: 2026,
  gradeYear: 2023,
  score: 90,
  first: 5,
  offset: 0,
  withinDays: 14,
  days: 30,
  months: [1, 2, 7, 8],
  academicYear: "2040-2041",
  key: "SILENT_UNIT_DAYS",
  ruleCode: "ORG_LIFE_STAFF",
  value: { value: 30 },
  params: { min: 2 },
  area: "20.00",
  rebateShare: "0.5",
  workloadCredit: "5",
  hours: "1",
  educationHours: "1",
  integrityHours: "0",
  amount: "10.00",
  amountDue: "10.00",
  amountPaid: "0.00",
  since: "2026-09-01",
  startDate: "2026-09-01",
  termStart: "2026-09-01",
  from: "2026-01-01",
  to: "2026-12-01",
  until: "2026-11-01",
  endDate: "2026-11-01",
  endedOn: "2026-11-01",
  dueOn: "2026-11-30",
  startsOn: "2040-09-01",
  endsOn: "2041-01-15",
  visitedOn: "2026-10-20",
  resolvedOn: "2026-11-01",
  on: "2026-11-01",
  consultedOn: "2026-10-10",
  startsAt: "2026-10-15T06:00:00.000Z",
  endsAt: "2026-10-15T08:00:00.000Z",
  expiresAt: "2030-01-01T00:00:00.000Z",
  reviewer: "组织部",
  place: "会议室",
};

const BY_TYPE: Record<string, unknown> = {
  String: "矩阵测试",
  Int: 1,
  Float: 1.5,
  Boolean: false,
  LocalDate: "2026-10-15",
  DateTimeISO: "2026-10-15T08:00:00.000Z",
  Money: "10.00",
  Decimal: "1",
  JSONObject: {},
};

/** The record type a field returns (unwrapping lists, `X | Refusal` unions and `{ items, totalCount }` pages). */
export function recordTypeOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isUnionType(named)) return named.getTypes().find((t) => t.name !== "Refusal")!.name;
  if (isObjectType(named) && "items" in named.getFields() && "totalCount" in named.getFields())
    return getNamedType(named.getFields().items.type).name;
  return named.name;
}

/** Which record an ID argument names (see STEMS and EXPLICIT). */
export function idTarget(op: GraphQLField<unknown, unknown>, path: string[]): IdTarget {
  const slot = `${op.name}.${path.join(".")}`;
  const explicit = EXPLICIT[slot] ?? {};
  const name = path[path.length - 1];
  if (name === "id") return { type: recordTypeOf(op.type), role: "primary", ...explicit };
  const stem = STEMS[name.replace(/Ids?$/, "")];
  if (!stem && !explicit.type) throw new Error(`operation-builder: which record does ${slot} name? Add it to STEMS or EXPLICIT.`);
  return { type: explicit.type ?? stem.type, unit: stem?.unit, role: "primary", ...explicit };
}

/** The record type an ID argument's name stands for (`memberId` → Member), if the name says. */
export function stemType(name: string): string | undefined {
  return STEMS[name.replace(/Ids?$/, "")]?.type;
}

/**
 * `requiredOnly`: fill only what the operation requires (a crawl's roots: lists unfiltered,
 * reports on the caller's own records).
 */
export async function buildScopedOperation(
  schema: GraphQLSchema,
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  filler: Filler,
  options: { requiredOnly?: boolean } = {},
): Promise<BuiltOperation> {
  const ids: IdSlot[] = [];
  const isQuery = kind === "query";

  const valueFor = async (type: GraphQLInputType, path: string[]): Promise<unknown> => {
    const nullable = getNullableType(type);
    const named = getNamedType(type) as GraphQLNamedType;
    const slot = `${field.name}.${path.join(".")}`;
    const name = path[path.length - 1];
    if (named.name !== "ID") {
      const given = filler.value(slot, named);
      if (given !== undefined) return given;
      if (name in BY_NAME && (isScalarType(named) || isListType(nullable))) return BY_NAME[name];
    }
    if (isListType(nullable)) return [await valueFor(nullable.ofType as GraphQLInputType, path)];
    if (named.name === "ID") {
      const target = idTarget(field, path);
      const value = await filler.id(target, slot);
      // An id in a `filter`, or an optional top-level id of a query, narrows what is listed; a required one names a record.
      const narrows =
        path[0] === "filter" || (isQuery && path.length === 1 && !isNonNullType(field.args.find((a) => a.name === path[0])!.type));
      ids.push({ slot, type: target.type, value, inFilter: narrows, collegeRead: isQuery && target.unit === "college" });
      return value;
    }
    if (isInputObjectType(named)) return inputObject(named, path);
    if (isEnumType(named)) return ENUM_VALUES[named.name] ?? named.getValues()[0].value;
    if (isScalarType(named) && named.name === "String") return `矩阵${name}`;
    return BY_TYPE[named.name] ?? "x";
  };
  const wanted = (slot: string, type: GraphQLInputType, hasDefault: boolean): boolean => {
    const isId = getNamedType(type).name === "ID";
    if (isNonNullType(type) && !hasDefault) return true;
    if (options.requiredOnly) return false;
    if (isQuery) return isId || slot.endsWith(".filter") || slot.endsWith(".input");
    return MUTATION_OPTIONALS.has(slot);
  };
  const inputObject = async (type: GraphQLInputObjectType, path: string[]): Promise<Record<string, unknown>> => {
    const value: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    // `id` before `version`: a version is the current one of the record the id names.
    for (const f of fields.filter((f) => f.name !== "version")) {
      if (wanted(`${field.name}.${[...path, f.name].join(".")}`, f.type, f.defaultValue !== undefined))
        value[f.name] = await valueFor(f.type, [...path, f.name]);
    }
    const version = type.getFields().version;
    if (version && wanted(`${field.name}.${[...path, "version"].join(".")}`, version.type, false)) {
      const given = filler.value(`${field.name}.${[...path, "version"].join(".")}`, getNamedType(version.type));
      // The version of the record the operation changes: its `id`, or the ID naming a record of the type it returns (`activityId`).
      const recordType = recordTypeOf(field.type);
      const idField =
        "id" in value
          ? "id"
          : fields.find((f) => getNamedType(f.type).name === "ID" && idTarget(field, [...path, f.name]).type === recordType)?.name;
      if (given === undefined && !idField) throw new Error(`operation-builder: whose version is ${field.name}.${path.join(".")}.version?`);
      value.version = given !== undefined ? given : await filler.version(recordType, value[idField!] as string);
    }
    return value;
  };

  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const arg of field.args.filter((a) => a.name !== "version")) {
    const needed = wanted(`${field.name}.${arg.name}`, arg.type, arg.defaultValue !== undefined);
    if (!needed && (options.requiredOnly || !(isQuery && isInputObjectType(getNamedType(arg.type))))) continue;
    variables[arg.name] = await valueFor(arg.type, [arg.name]);
    params.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const versionArg = field.args.find((a) => a.name === "version");
  if (versionArg) {
    variables.version = await filler.version(recordTypeOf(field.type), variables.id as string);
    params.push(`$version: ${versionArg.type.toString()}`);
    args.push(`version: $version`);
  }

  const returned = getNamedType(field.type);
  const isList = isListType(getNullableType(field.type));
  const isPage = isObjectType(returned) && "totalCount" in (returned as GraphQLObjectType).getFields();
  const refusable = isUnionType(returned) && returned.getTypes().some((t) => t.name === "Refusal");
  const itemHasId =
    isPage && "id" in (getNamedType((returned as GraphQLObjectType).getFields().items.type) as GraphQLObjectType).getFields();
  const selection =
    isScalarType(returned) || isEnumType(returned)
      ? ""
      : isPage
        ? `{ __typename totalCount ${itemHasId ? "items { __typename id }" : ""} }`
        : refusable
          ? "{ __typename ... on Refusal { errorCode message } }"
          : "{ __typename }";
  const document = `${kind} Matrix${params.length ? `(${params.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection} }`;
  return {
    name: field.name,
    kind,
    document,
    variables,
    ids,
    result: isPage ? "page" : isList ? "list" : !selection ? "scalar" : isNonNullType(field.type) ? "object" : "nullable",
    refusable,
  };
}

// ── The plain builder the input fuzzer uses ────────────────────────────────────────────────────
// Syntactically valid operations whose ids are any real unit, member or person (the fuzzer puts
// a wrong value in one field and expects BAD_USER_INPUT on it: which record the ids name does not
// matter there). Kept apart from the scoped builder above.

/** The ids an operation's arguments are filled with: a member, a person and a unit of one side. */
export interface IdSet {
  unit: string;
  member: string;
  person: string;
}

export interface LegacyOperation {
  name: string;
  kind: "query" | "mutation";
  document: string;
  variables: Record<string, unknown>;
  /** Whether any argument names a record (so scope applies). */
  namesRecords: boolean;
  /** What the result is, for the leak check. */
  result: "page" | "list" | "object" | "scalar";
}

const LEGACY_SCALARS: Record<string, unknown> = {
  String: "矩阵测试",
  Int: 1,
  Float: 1.5,
  Boolean: false,
  LocalDate: "2025-10-15",
  DateTimeISO: "2025-10-15T08:00:00.000Z",
  Money: "1.00",
  Decimal: "30.00",
  JSONObject: {},
};

/** Which kind of record an ID argument names, from its own name and its operation's. */
function idFor(argName: string, operation: string, ids: IdSet): string {
  const name = argName.toLowerCase();
  if (name.includes("member")) return ids.member;
  if (name.includes("person")) return ids.person;
  if (name === "id" && /member/i.test(operation)) return ids.member;
  if (name === "id" && /person/i.test(operation)) return ids.person;
  return ids.unit;
}

/**
 * A syntactically valid operation for any root field: required arguments filled by type, every
 * ID (required or optional, at any depth of an input) pointing at the given side's records.
 */
export function buildOperation(
  schema: GraphQLSchema,
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  ids: IdSet,
): LegacyOperation {
  let namesRecords = false;
  const valueFor = (type: GraphQLInputType, argName: string, depth: number): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [valueFor(nullable.ofType, argName, depth)];
    const named = getNamedType(type) as GraphQLNamedType;
    if (named.name === "ID") {
      namesRecords = true;
      return idFor(argName, field.name, ids);
    }
    if (isScalarType(named)) {
      if (argName.toLowerCase().includes("password")) return "matrix-password-1";
      // a rule that exists: a wrong value in another field (setRuleParameters.params) is then the error said
      if (argName === "ruleCode") return "ORG_LIFE_STAFF";
      return LEGACY_SCALARS[named.name] ?? "x";
    }
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) return inputObject(named, depth + 1);
    return null;
  };
  const inputObject = (type: GraphQLInputObjectType, depth: number): Record<string, unknown> => {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const isId = getNamedType(f.type).name === "ID";
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || (isId && depth < 3)) value[f.name] = valueFor(f.type, f.name, depth);
    }
    return value;
  };

  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const isId = getNamedType(arg.type).name === "ID";
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !isId && !isInputObjectType(getNamedType(arg.type))) continue;
    variables[arg.name] = valueFor(arg.type, arg.name, 0);
    params.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }

  const returned = getNamedType(field.type);
  const isList = isListType(getNullableType(field.type));
  const isPage = isObjectType(returned) && "totalCount" in (returned as GraphQLObjectType).getFields();
  const selection = isScalarType(returned) || isEnumType(returned) ? "" : isPage ? "{ __typename totalCount }" : "{ __typename }";
  const document = `${kind} Matrix${params.length ? `(${params.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection} }`;
  return {
    name: field.name,
    kind,
    document,
    variables,
    namesRecords,
    result: isPage ? "page" : isList ? "list" : selection ? "object" : "scalar",
  };
}
