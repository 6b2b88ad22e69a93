import type {
  AwardKind,
  AwardStatus,
  DecisionCategory,
  DocumentKind,
  EvaluationAspect,
  EvaluatorKind,
  FindingStatus,
  FundSource,
  GroupPurpose,
  LiaisonKind,
  NoticeChannel,
  PartyWorkPostKind,
  RecognitionKind,
  RecognitionLevel,
  ServicePlaceKind,
  VisitKind,
} from "./gql/graphql";

/** zh-CN names of the record areas' enums (from the schema's descriptions), kept in one place. */
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  MET: "已达标",
  UNMET: "未达标",
  PENDING: "进行中",
  EXEMPT: "免于检查",
};
export const FINDING_STATUS_COLORS: Record<FindingStatus, string> = {
  MET: "success",
  UNMET: "error",
  PENDING: "processing",
  EXEMPT: "default",
};

export const LIAISON_KIND_LABELS: Record<LiaisonKind, string> = {
  SCHOOL_LEADER_TO_COLLEGE: "校领导联系二级学院",
  COLLEGE_LEADER_TO_CLASS: "二级学院领导联系班级",
  TEACHER_TO_STUDENTS: "党员教师联系学生",
};
export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  LIAISON_VISIT: "联系走访",
  STUDENT_DORM_VISIT: "生情宿访",
  TEACHER_HOME_VISIT: "师情家访",
};
export const PLACE_KIND_LABELS: Record<ServicePlaceKind, string> = {
  CAMPUS: "校园场所",
  DORM: "学生公寓",
  RESIDENCE_COMMUNITY: "生活社区",
};
export const ASPECT_LABELS: Record<EvaluationAspect, string> = { SKILL: "比技能", CONDUCT: "比作风", RESULTS: "比业绩" };
export const EVALUATOR_KIND_LABELS: Record<EvaluatorKind, string> = { PUBLIC: "群众评议", PEER: "党员互评", LEADER: "领导点评" };
export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  SCHOOL_PARTY_BUDGET: "学校党建经费",
  DUES_REBATE: "党费返还",
  OTHER: "其他",
};
export const POST_KIND_LABELS: Record<PartyWorkPostKind, string> = {
  SECRETARY: "书记",
  COMMITTEE_MEMBER: "支委委员",
  GROUP_LEADER: "党小组长",
  OTHER: "其他党务岗位",
};
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  ADVANCED_ORGANISATION: "先进基层党组织",
  EXCELLENT_PARTY_WORKER: "优秀党务工作者",
  EXCELLENT_MEMBER: "优秀共产党员",
};
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  NOMINATED: "已推荐",
  REVIEWED: "已审核",
  AWARDED: "已表彰",
  NOT_AWARDED: "未获表彰",
};
export const AWARD_STATUS_COLORS: Record<AwardStatus, string> = {
  NOMINATED: "processing",
  REVIEWED: "warning",
  AWARDED: "success",
  NOT_AWARDED: "default",
};
export const RECOGNITION_KIND_LABELS: Record<RecognitionKind, string> = { HONOUR: "荣誉", MEDIA_REPORT: "媒体报道" };
export const RECOGNITION_LEVEL_LABELS: Record<RecognitionLevel, string> = {
  NATIONAL: "国家级",
  PROVINCIAL: "省部级",
  DISTRICT: "区县级",
  SCHOOL: "校级",
};
export const NOTICE_CHANNEL_LABELS: Record<NoticeChannel, string> = {
  BOARD: "公开栏",
  WEBSITE: "网站",
  GROUP_CHAT: "微信群/QQ群",
  OTHER: "其他",
};
export const DECISION_CATEGORY_LABELS: Record<DecisionCategory, string> = {
  MAJOR_DECISION: "重大决策",
  CADRE_APPOINTMENT: "重要人事任免",
  MAJOR_PROJECT: "重大项目安排",
  LARGE_FUND_USE: "大额资金使用",
};
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  GB_ANNUAL_REPORT: "党总支年度工作报告",
  JOINT_MEETING_RULES: "党政联席会议议事规则",
  DEV_PLAN: "党支部培养发展计划",
  COMMITTEE_STUDY: "党委专题研究基层党建",
  THOUGHT_REPORT: "党员思想汇报",
};
export const GROUP_PURPOSE_LABELS: Record<GroupPurpose, string> = {
  PLACEMENT: "顶岗实习",
  SECONDMENT: "挂职、学习、支教",
  RESIDENCE: "离退休（居住地）",
  OTHER: "其他",
};

/** antd Select options from a label map. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
