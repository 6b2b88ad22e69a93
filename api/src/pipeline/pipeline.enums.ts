import { registerEnumType } from "type-graphql";

/** Where a development case stands (DOMAIN §8; source 四(三)1). */
export enum DevelopmentStage {
  APPLICANT = "APPLICANT",
  ACTIVIST = "ACTIVIST",
  CANDIDATE = "CANDIDATE",
  UNDER_INSPECTION = "UNDER_INSPECTION",
  DEVELOPMENT_TARGET = "DEVELOPMENT_TARGET",
  PROBATIONARY = "PROBATIONARY",
  PROBATION_EXTENDED = "PROBATION_EXTENDED",
  FULL = "FULL",
  WITHDRAWN = "WITHDRAWN",
  NOT_ADMITTED = "NOT_ADMITTED",
  PROBATION_CANCELLED = "PROBATION_CANCELLED",
}

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

/** Stages in which a case is still open (the final ones close it). */
export const OPEN_STAGES = [
  DevelopmentStage.APPLICANT,
  DevelopmentStage.ACTIVIST,
  DevelopmentStage.CANDIDATE,
  DevelopmentStage.UNDER_INSPECTION,
  DevelopmentStage.DEVELOPMENT_TARGET,
  DevelopmentStage.PROBATIONARY,
  DevelopmentStage.PROBATION_EXTENDED,
];

/** The faculty track follows the same stages (四(二)4(4): young teachers especially). */
export enum DevelopmentTrack {
  STUDENT = "STUDENT",
  FACULTY = "FACULTY",
}

/** What a recorded step is: every mutation of the workflow writes one. */
export enum DevelopmentStepKind {
  APPLICATION = "APPLICATION",
  STAGE_CHANGE = "STAGE_CHANGE",
  PROCEDURE = "PROCEDURE",
  NOTICE_OPENED = "NOTICE_OPENED",
  NOTICE_CLOSED = "NOTICE_CLOSED",
  CONTACT_ASSIGNED = "CONTACT_ASSIGNED",
  VOTE = "VOTE",
  ADMISSION_APPROVED = "ADMISSION_APPROVED",
  PROBATION_REPORT = "PROBATION_REPORT",
  CONVERSION_APPLIED = "CONVERSION_APPLIED",
  CONVERSION_APPROVED = "CONVERSION_APPROVED",
  PROBATION_EXTENDED = "PROBATION_EXTENDED",
  CORRECTION = "CORRECTION",
}

/** Procedural steps that move no stage but are part of the record (some are preconditions of later steps). */
export enum DevelopmentProcedure {
  /** 党校考试合格 (DEV_PARTY_SCHOOL). */
  PARTY_SCHOOL_EXAM_PASSED = "PARTY_SCHOOL_EXAM_PASSED",
  PARTY_SCHOOL_EXAM_FAILED = "PARTY_SCHOOL_EXAM_FAILED",
  /** 入党积极分子培训（必训，REQUIRED_TRAINING_ACTIVIST）. */
  PARTY_SCHOOL_TRAINING = "PARTY_SCHOOL_TRAINING",
  /** 每半年对入党积极分子的全面考察分析（ACTIVIST_REVIEW_PERSONAL）. */
  ACTIVIST_REVIEW = "ACTIVIST_REVIEW",
  /** 民主推荐和评议. */
  DEMOCRATIC_RECOMMENDATION = "DEMOCRATIC_RECOMMENDATION",
  /** 支委会集体讨论. */
  COMMITTEE_DISCUSSION = "COMMITTEE_DISCUSSION",
  /** 党总支审议. */
  GENERAL_BRANCH_REVIEW = "GENERAL_BRANCH_REVIEW",
  /** 党总支指派专人谈话、审核《入党志愿书》 (DEV_TALK). */
  GENERAL_BRANCH_TALK = "GENERAL_BRANCH_TALK",
  /** Conversion chain: 征求党内外意见 → 支委会讨论 → 党总支审查 (→ 公示 → 表决 → 审批) → 组织部备案 → 公布. */
  CONVERSION_OPINIONS = "CONVERSION_OPINIONS",
  CONVERSION_COMMITTEE = "CONVERSION_COMMITTEE",
  CONVERSION_GENERAL_BRANCH_REVIEW = "CONVERSION_GENERAL_BRANCH_REVIEW",
  CONVERSION_FILED = "CONVERSION_FILED",
  CONVERSION_ANNOUNCED = "CONVERSION_ANNOUNCED",
}

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

/** Which of the three public notices (公示). */
export enum NoticePurpose {
  CANDIDATE = "CANDIDATE",
  DEVELOPMENT_TARGET = "DEVELOPMENT_TARGET",
  CONVERSION = "CONVERSION",
}

export enum NoticeOutcome {
  /** 无异议. */
  NO_OBJECTION = "NO_OBJECTION",
  /** 有异议，经核实不成立. */
  OBJECTION_DISMISSED = "OBJECTION_DISMISSED",
  /** 有异议，经核实成立. */
  OBJECTION_SUSTAINED = "OBJECTION_SUSTAINED",
}

export enum ContactRole {
  TRAINER = "TRAINER",
  INTRODUCER = "INTRODUCER",
}

export enum VotePurpose {
  ADMISSION = "ADMISSION",
  CONVERSION = "CONVERSION",
}

export enum ProbationReportKind {
  /** 每两个月主动找入党介绍人汇报. */
  TO_INTRODUCER = "TO_INTRODUCER",
  /** 每季度向党支部书面汇报. */
  TO_BRANCH = "TO_BRANCH",
}

registerEnumType(DevelopmentStage, {
  name: "DevelopmentStage",
  description: "发展党员阶段",
  valuesConfig: Object.fromEntries(Object.entries(STAGE_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(DevelopmentTrack, {
  name: "DevelopmentTrack",
  valuesConfig: { STUDENT: { description: "学生" }, FACULTY: { description: "教职工" } },
});
registerEnumType(DevelopmentStepKind, { name: "DevelopmentStepKind", description: "发展党员记录的种类" });
registerEnumType(DevelopmentProcedure, {
  name: "DevelopmentProcedure",
  description: "不改变阶段的程序性步骤",
  valuesConfig: Object.fromEntries(Object.entries(PROCEDURE_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(NoticePurpose, {
  name: "NoticePurpose",
  valuesConfig: {
    CANDIDATE: { description: "培养考察对象公示" },
    DEVELOPMENT_TARGET: { description: "发展对象公示" },
    CONVERSION: { description: "转正公示" },
  },
});
registerEnumType(NoticeOutcome, {
  name: "NoticeOutcome",
  valuesConfig: {
    NO_OBJECTION: { description: "无异议" },
    OBJECTION_DISMISSED: { description: "有异议，经核实不成立" },
    OBJECTION_SUSTAINED: { description: "有异议，经核实成立" },
  },
});
registerEnumType(ContactRole, {
  name: "ContactRole",
  valuesConfig: { TRAINER: { description: "培养人" }, INTRODUCER: { description: "入党介绍人" } },
});
registerEnumType(VotePurpose, {
  name: "VotePurpose",
  valuesConfig: { ADMISSION: { description: "接收预备党员" }, CONVERSION: { description: "预备党员转正" } },
});
registerEnumType(ProbationReportKind, {
  name: "ProbationReportKind",
  valuesConfig: { TO_INTRODUCER: { description: "向入党介绍人汇报" }, TO_BRANCH: { description: "向党支部书面汇报" } },
});
