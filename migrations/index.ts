import { Foundation1764136800000 } from "./1764136800000-foundation";
import { Auth1764150000000 } from "./1764150000000-auth";
import { LiaisonService1764300000000 } from "./1764300000000-liaison-service";
import { FundingGovernance1764400000000 } from "./1764400000000-funding-governance";
import { Activities1764200000000 } from "./1764200000000-activities";
import { Rules1764500000000 } from "./1764500000000-rules";
import { ChangeLog1764700000000 } from "./1764700000000-change-log";
import { FactSummaries1764600000000 } from "./1764600000000-fact-summaries";
import { MemberReportSummary1764800000000 } from "./1764800000000-member-report-summary";
import { MemberAttributesOnSummaries1764900000000 } from "./1764900000000-member-attributes-on-summaries";
import { MemberDuesFirstMonth1765000000000 } from "./1765000000000-member-dues-first-month";
import { GuestAttendanceConfirmation1765100000000 } from "./1765100000000-guest-attendance-confirmation";
import { LoginThrottle1765150000000 } from "./1765150000000-login-throttle";
import { RowLevelSecurity1765200000000 } from "./1765200000000-row-level-security";
import { AuditAppendOnlyAlways1765300000000 } from "./1765300000000-audit-append-only-always";
import { MemberDevelopment1765400000000 } from "./1765400000000-member-development";
import { Assessment1765500000000 } from "./1765500000000-assessment";

/** Every migration, in order. Listed explicitly so compiled and test (swc) builds load the same set. */
export const MIGRATIONS = [
  Foundation1764136800000,
  Auth1764150000000,
  Activities1764200000000,
  LiaisonService1764300000000,
  FundingGovernance1764400000000,
  Rules1764500000000,
  FactSummaries1764600000000,
  ChangeLog1764700000000,
  MemberReportSummary1764800000000,
  MemberAttributesOnSummaries1764900000000,
  MemberDuesFirstMonth1765000000000,
  GuestAttendanceConfirmation1765100000000,
  LoginThrottle1765150000000,
  RowLevelSecurity1765200000000,
  AuditAppendOnlyAlways1765300000000,
  MemberDevelopment1765400000000,
  Assessment1765500000000,
];
