import type {
  ContactRole,
  DevelopmentProcedure,
  DevelopmentStage,
  DevelopmentStepKind,
  DevelopmentTrack,
  NoticeOutcome,
  NoticePurpose,
  ProbationReportKind,
  VotePurpose,
} from "../../gql/graphql";

/** The development area's enum labels (the schema's zh-CN descriptions). */

export const STAGE_LABELS: Record<DevelopmentStage, string> = {
  APPLICANT: "入党申请人",
  ACTIVIST: "入党积极分子",
  CANDIDATE: "培养考察对象",
  UNDER_INSPECTION: "培养考察中",
  DEVELOPMENT_TARGET: "发展对象",
  PROBATIONARY: "预备党员",
  PROBATION_EXTENDED: "延长预备期",
  FULL: "正式党员",
  WITHDRAWN: "已撤回申请",
  NOT_ADMITTED: "未被接收",
  PROBATION_CANCELLED: "取消预备党员资格",
};

/** The stages in the order a case passes them (the closing ones last). */
export const STAGE_ORDER = Object.keys(STAGE_LABELS) as DevelopmentStage[];

export const STAGE_COLORS: Record<DevelopmentStage, string> = {
  APPLICANT: "default",
  ACTIVIST: "blue",
  CANDIDATE: "cyan",
  UNDER_INSPECTION: "geekblue",
  DEVELOPMENT_TARGET: "purple",
  PROBATIONARY: "orange",
  PROBATION_EXTENDED: "gold",
  FULL: "red",
  WITHDRAWN: "default",
  NOT_ADMITTED: "default",
  PROBATION_CANCELLED: "default",
};

export const TRACK_LABELS: Record<DevelopmentTrack, string> = { STUDENT: "学生", FACULTY: "教职工" };

export const STEP_KIND_LABELS: Record<DevelopmentStepKind, string> = {
  APPLICATION: "递交入党申请书",
  STAGE_CHANGE: "阶段变更",
  PROCEDURE: "程序性步骤",
  NOTICE_OPENED: "开始公示",
  NOTICE_CLOSED: "登记公示结果",
  CONTACT_ASSIGNED: "指定培养人/介绍人",
  VOTE: "支部党员大会表决",
  ADMISSION_APPROVED: "党总支审批接收预备党员",
  PROBATION_REPORT: "预备期汇报",
  CONVERSION_APPLIED: "提出书面转正申请",
  CONVERSION_APPROVED: "党总支审批转正",
  PROBATION_EXTENDED: "延长预备期",
  CORRECTION: "更正",
};

export const PROCEDURE_LABELS: Record<DevelopmentProcedure, string> = {
  PARTY_SCHOOL_EXAM_PASSED: "党校考试合格",
  PARTY_SCHOOL_EXAM_FAILED: "党校考试不合格",
  PARTY_SCHOOL_TRAINING: "参加党校培训",
  ACTIVIST_REVIEW: "全面考察分析",
  DEMOCRATIC_RECOMMENDATION: "民主推荐和评议",
  COMMITTEE_DISCUSSION: "支委会集体讨论",
  GENERAL_BRANCH_REVIEW: "党总支审议",
  GENERAL_BRANCH_TALK: "党总支指派专人谈话",
  CONVERSION_OPINIONS: "征求党内外师生意见",
  CONVERSION_COMMITTEE: "支委会讨论评议转正",
  CONVERSION_GENERAL_BRANCH_REVIEW: "党总支审查转正",
  CONVERSION_FILED: "报党委组织部审核备案",
  CONVERSION_ANNOUNCED: "公布转正",
};

export const NOTICE_PURPOSE_LABELS: Record<NoticePurpose, string> = {
  CANDIDATE: "培养考察对象公示",
  DEVELOPMENT_TARGET: "发展对象公示",
  CONVERSION: "转正公示",
};

export const NOTICE_OUTCOME_LABELS: Record<NoticeOutcome, string> = {
  NO_OBJECTION: "无异议",
  OBJECTION_DISMISSED: "有异议，经核实不成立",
  OBJECTION_SUSTAINED: "有异议，经核实成立",
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = { TRAINER: "培养人", INTRODUCER: "入党介绍人" };

export const VOTE_PURPOSE_LABELS: Record<VotePurpose, string> = { ADMISSION: "接收预备党员", CONVERSION: "预备党员转正" };

export const REPORT_KIND_LABELS: Record<ProbationReportKind, string> = {
  TO_INTRODUCER: "向入党介绍人汇报",
  TO_BRANCH: "向党支部书面汇报",
};

/** Every step a secretary may record on a case: the API's mutation names, in the order of the procedure. */
export const STEP_ACTIONS = {
  advanceDevelopmentCase: "阶段变更（积极分子、培养考察对象、考察、发展对象、撤回等）",
  recordDevelopmentProcedure: "程序性步骤（党校考试、考察分析、推荐、讨论、谈话、转正程序）",
  openDevelopmentNotice: "开始公示",
  closeDevelopmentNotice: "登记公示结果",
  assignDevelopmentContact: "指定培养人或入党介绍人",
  recordDevelopmentVote: "支部党员大会表决",
  approveAdmission: "党总支审批接收预备党员",
  recordProbationReport: "预备期汇报",
  applyForConversion: "提出书面转正申请",
  approveConversion: "党总支审批转正",
  extendProbation: "延长预备期",
} as const;

export type StepAction = keyof typeof STEP_ACTIONS | "correctDevelopmentStep";
