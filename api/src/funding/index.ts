import { DuesRecord } from "./dues-record.entity";
import { FundAllocation } from "./fund-allocation.entity";
import { FundSpending } from "./fund-spending.entity";
import { FundingSetting } from "./funding-setting.entity";
import {
  DuesBatchResolver,
  DuesRebateRowResolver,
  DuesRecordResolver,
  DuesSummaryRowResolver,
  FundAllocationResolver,
  FundSpendingResolver,
  FundSummaryRowResolver,
  FundingSettingResolver,
  PartyWorkAllowanceResolver,
} from "./funding.resolver";
import { PartyWorkAllowance } from "./party-work-allowance.entity";

/**
 * Funds, dues and party-work allowances. The area's resolvers and entities, composed by
 * api/src/schema.ts and api/src/entities.ts. It has no loaders of its own.
 */
export const resolvers = [
  FundingSettingResolver,
  FundAllocationResolver,
  FundSpendingResolver,
  DuesRecordResolver,
  PartyWorkAllowanceResolver,
  FundSummaryRowResolver,
  DuesSummaryRowResolver,
  DuesRebateRowResolver,
  DuesBatchResolver,
] as const;
export const entities = [FundingSetting, FundAllocation, FundSpending, DuesRecord, PartyWorkAllowance];
