import { registerEnumType } from "type-graphql";
import { OrgUnitKind } from "../org/org-unit.enums";

/** Written documents a unit or a member files with the organisation (DOMAIN §3–§4). */
export enum DocumentKind {
  GB_ANNUAL_REPORT = "GB_ANNUAL_REPORT",
  JOINT_MEETING_RULES = "JOINT_MEETING_RULES",
  DEV_PLAN = "DEV_PLAN",
  COMMITTEE_STUDY = "COMMITTEE_STUDY",
  THOUGHT_REPORT = "THOUGHT_REPORT",
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  GB_ANNUAL_REPORT: "党总支年度工作报告",
  JOINT_MEETING_RULES: "党政联席会议议事规则",
  DEV_PLAN: "党支部培养发展计划",
  COMMITTEE_STUDY: "党委专题研究基层党建工作",
  THOUGHT_REPORT: "党员思想汇报",
};

/** Which kind of unit files each document (the service refuses any other, field by field). */
export const DOCUMENT_UNIT_KIND: Record<DocumentKind, OrgUnitKind> = {
  GB_ANNUAL_REPORT: OrgUnitKind.GENERAL_BRANCH,
  JOINT_MEETING_RULES: OrgUnitKind.GENERAL_BRANCH,
  DEV_PLAN: OrgUnitKind.BRANCH,
  COMMITTEE_STUDY: OrgUnitKind.PARTY_COMMITTEE,
  THOUGHT_REPORT: OrgUnitKind.BRANCH,
};

/** The rule (DOMAIN §3–§4 rule code) each kind of document is evidence for. */
export const DOCUMENT_RULE_CODES: Record<DocumentKind, string> = {
  GB_ANNUAL_REPORT: "GB_ANNUAL_REPORT",
  JOINT_MEETING_RULES: "JOINT_MEETING_RULES",
  DEV_PLAN: "DEV_PLAN_ACADEMIC_YEAR",
  COMMITTEE_STUDY: "COMMITTEE_YEARLY_STUDY",
  THOUGHT_REPORT: "MEMBER_REPORTS",
};

registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "备案文件类型",
  valuesConfig: {
    GB_ANNUAL_REPORT: { description: "党总支年度工作报告：每年向党委书面报告工作（四(二)7）" },
    JOINT_MEETING_RULES: { description: "党政联席会议议事规则：二级学院党总支的书面议事规则（四(二)2）" },
    DEV_PLAN: { description: "党支部培养发展计划：每学年初制定并报组织部备案（四(二)4(4)）" },
    COMMITTEE_STUDY: { description: "党委专题研究基层党建工作：每年一次（四(六)1）" },
    THOUGHT_REPORT: { description: "党员思想汇报：向组织汇报思想、工作和学习情况（四(二)4(1)）" },
  },
});
