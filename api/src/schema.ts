import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { denyUndeclaredRootFields } from "./auth/deny-by-default";
import { guardRelationFields } from "./auth/field-guards";
import { validateArgs } from "./common/validate-args";
import { AuthResolver } from "./auth/auth.resolver";
import { AccountResolver } from "./auth/account.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { ComplianceResolver, FindingResolver } from "./rules/compliance.resolver";
import { CommitteeResolver } from "./org/committee.resolver";
import { OrgUnitResolver } from "./org/org-unit.resolver";
import { MemberResolver, MemberTransferResolver, RegisterEntryResolver } from "./member/member.resolver";
import { MassContactResolver, PersonResolver } from "./member/person.resolver";
import { ClassGroupResolver, ClassMemberResolver, MemberClassResolver, StudentClassResolver } from "./student-class/student-class.resolver";
import { LiaisonAssignmentResolver, LiaisonFollowUpResolver, LiaisonStudentResolver, LiaisonVisitResolver, VisitPersonResolver } from "./liaison/liaison.resolver";
import {
  ServiceEvaluationResolver,
  ServicePledgeResolver,
  ServicePostBranchCoverageResolver,
  ServicePostCoverageResolver,
  ServicePostHolderResolver,
  ServicePostResolver,
  ServicePostTypeResolver,
} from "./service-post/service-post.resolver";
import {
  DuesBatchResolver,
  DuesRebateRowResolver,
  DuesRecordResolver,
  DuesSummaryRowResolver,
  FundAllocationResolver,
  FundingSettingResolver,
  FundSpendingResolver,
  FundSummaryRowResolver,
  PartyWorkAllowanceResolver,
} from "./funding/funding.resolver";
import {
  AwardResolver,
  IntegrityRiskResolver,
  MajorDecisionResolver,
  PartyAffairsNoticeResolver,
  RecognitionResolver,
} from "./governance/governance.resolver";
import { CalendarResolver } from "./calendar/calendar.resolver";
import { ActivityAttendanceResolver, ActivityResolver, EducationHoursTotalsResolver, MemberEducationHoursResolver } from "./activity/activity.resolver";
import { StudyRecordResolver } from "./activity/study-record.resolver";
import { RecordBookHandInResolver, RecordBookResolver } from "./activity/record-book.resolver";
import { ActivityRoomUserResolver, OrgUnitRoomsResolver, RoomResolver } from "./room/room.resolver";
import { FiledDocumentResolver, MemberThoughtReportsResolver, OrgUnitFiledDocumentsResolver } from "./document/filed-document.resolver";

export const RESOLVERS: NonEmptyArray<Function> = [
  OrgUnitResolver,
  CommitteeResolver,
  MemberResolver,
  RegisterEntryResolver,
  MemberTransferResolver,
  PersonResolver,
  MassContactResolver,
  AuthResolver,
  AccountResolver,
  AuditResolver,
  ComplianceResolver,
  FindingResolver,
  StudentClassResolver,
  ClassMemberResolver,
  ClassGroupResolver,
  MemberClassResolver,
  LiaisonAssignmentResolver,
  LiaisonStudentResolver,
  LiaisonVisitResolver,
  VisitPersonResolver,
  LiaisonFollowUpResolver,
  ServicePostTypeResolver,
  ServicePostResolver,
  ServicePostHolderResolver,
  ServicePostBranchCoverageResolver,
  ServicePostCoverageResolver,
  ServicePledgeResolver,
  ServiceEvaluationResolver,
  FundingSettingResolver,
  FundAllocationResolver,
  FundSpendingResolver,
  DuesRecordResolver,
  PartyWorkAllowanceResolver,
  FundSummaryRowResolver,
  DuesSummaryRowResolver,
  DuesRebateRowResolver,
  DuesBatchResolver,
  AwardResolver,
  RecognitionResolver,
  PartyAffairsNoticeResolver,
  MajorDecisionResolver,
  IntegrityRiskResolver,
  CalendarResolver,
  ActivityResolver,
  ActivityAttendanceResolver,
  EducationHoursTotalsResolver,
  MemberEducationHoursResolver,
  StudyRecordResolver,
  RecordBookResolver,
  RecordBookHandInResolver,
  RoomResolver,
  ActivityRoomUserResolver,
  OrgUnitRoomsResolver,
  FiledDocumentResolver,
  OrgUnitFiledDocumentsResolver,
  MemberThoughtReportsResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** One schema for the server, the tests and the committed SDL. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Replaces type-graphql's own class-validator call (it runs it too), adding the checks every input needs.
    validateFn: validateArgs,
    emitSchemaFile: false,
  })
    .then(denyUndeclaredRootFields)
    .then((schema) => {
      guardRelationFields(schema);
      return schema;
    });
  return built;
}

/** Sorted SDL, so the committed file diffs only where the API changed. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema()));
}
