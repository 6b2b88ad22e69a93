import type {
  BranchKind,
  CommitteeRole,
  FindingStatus,
  Gender,
  GroupPurpose,
  MemberCategory,
  MemberStanding,
  MemberStatus,
  MobileStatus,
  OrgUnitKind,
  PersonKind,
  RegisterReason,
} from "./gql/graphql";

/** zh-CN names of the API's enums, copied from the schema's descriptions (one place for the console). */
export const MEMBER_CATEGORY: Record<MemberCategory, string> = { FACULTY: "在职教职工", RETIRED: "离退休", STUDENT: "学生" };
export const MEMBER_STANDING: Record<MemberStanding, string> = { FULL: "正式党员", PROBATIONARY: "预备党员" };
export const MEMBER_STATUS: Record<MemberStatus, string> = { ACTIVE: "在册", REMOVED: "已出册" };
export const GENDER: Record<Gender, string> = { MALE: "男", FEMALE: "女" };
export const MOBILE_STATUS: Record<MobileStatus, string> = {
  NONE: "在岗/在校",
  PLACEMENT: "顶岗实习",
  RETAINED_AFTER_GRADUATION: "毕业后组织关系保留",
  SECONDMENT: "挂职、学习、支教",
  STUDY_ABROAD: "出国（境）学习",
  TRANSFERRING: "组织关系接转中",
};
export const REGISTER_REASON: Record<RegisterReason, string> = {
  INITIAL_IMPORT: "初始建档",
  DEVELOPED: "发展入党",
  TRANSFER_IN: "组织关系转入",
  TRANSFER_OUT: "组织关系转出",
  INTERNAL_TRANSFER: "校内支部间转接",
  GRADUATED: "毕业离校",
  DEATH: "去世",
  EXPULSION: "开除党籍",
  WITHDRAWAL: "退党/除名",
  OTHER: "其他",
};
/** Reasons a member joins the register (入册) and leaves it (出册). */
export const ADD_REASONS: RegisterReason[] = ["INITIAL_IMPORT", "DEVELOPED", "TRANSFER_IN", "OTHER"];
export const REMOVE_REASONS: RegisterReason[] = ["TRANSFER_OUT", "GRADUATED", "DEATH", "EXPULSION", "WITHDRAWAL", "OTHER"];

export const ORG_UNIT_KIND: Record<OrgUnitKind, string> = {
  PARTY_COMMITTEE: "党委",
  GENERAL_BRANCH: "党总支",
  BRANCH: "党支部",
  GROUP: "党小组",
};
export const BRANCH_KIND: Record<BranchKind, string> = {
  FACULTY: "二级学院教工支部",
  STAFF: "机关、教辅教职工支部",
  STUDENT: "学生支部",
  RETIRED: "离退休支部",
};
export const GROUP_PURPOSE: Record<GroupPurpose, string> = {
  PLACEMENT: "顶岗实习（按实习地）",
  SECONDMENT: "挂职、学习、支教（按工作地）",
  RESIDENCE: "离退休（按居住地）",
  OTHER: "其他",
};
export const COMMITTEE_ROLE: Record<CommitteeRole, string> = { SECRETARY: "书记", DEPUTY_SECRETARY: "副书记", MEMBER: "委员" };
export const PERSON_KIND: Record<PersonKind, string> = { MASS: "党外群众", STUDENT: "学生", TEACHER: "教师", OTHER: "其他" };
export const FINDING_STATUS: Record<FindingStatus, string> = { MET: "已达标", UNMET: "未达标", PENDING: "进行中", EXEMPT: "免于检查" };

/** antd Select options from a label map. */
export function optionsOf<K extends string>(labels: Record<K, string>, only?: K[]): Array<{ value: K; label: string }> {
  return (only ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}
