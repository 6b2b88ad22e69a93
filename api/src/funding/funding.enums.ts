import { registerEnumType } from "type-graphql";

/** Where a branch's activity fund comes from (四(五)1). */
export enum FundSource {
  SCHOOL_PARTY_BUDGET = "SCHOOL_PARTY_BUDGET",
  DUES_REBATE = "DUES_REBATE",
  OTHER = "OTHER",
}

/** Party-work posts that count toward workload and earn an allowance (PARTY_WORK_ALLOWANCE, 四(五)1). */
export enum PartyWorkPostKind {
  SECRETARY = "SECRETARY",
  COMMITTEE_MEMBER = "COMMITTEE_MEMBER",
  GROUP_LEADER = "GROUP_LEADER",
  OTHER = "OTHER",
}

registerEnumType(FundSource, {
  name: "FundSource",
  description: "活动经费来源",
  valuesConfig: {
    SCHOOL_PARTY_BUDGET: { description: "学校党建经费" },
    DUES_REBATE: { description: "党费返还" },
    OTHER: { description: "其他" },
  },
});
registerEnumType(PartyWorkPostKind, {
  name: "PartyWorkPostKind",
  description: "党务工作岗位",
  valuesConfig: {
    SECRETARY: { description: "书记" },
    COMMITTEE_MEMBER: { description: "支委委员（含副书记）" },
    GROUP_LEADER: { description: "党小组长" },
    OTHER: { description: "其他党务岗位" },
  },
});
