import { registerEnumType } from "type-graphql";

/** AWARDS_BIENNIAL (四(五)3(1)): what is awarded every two years. */
export enum AwardKind {
  ADVANCED_ORGANISATION = "ADVANCED_ORGANISATION",
  EXCELLENT_PARTY_WORKER = "EXCELLENT_PARTY_WORKER",
  EXCELLENT_MEMBER = "EXCELLENT_MEMBER",
}

export enum AwardStatus {
  NOMINATED = "NOMINATED",
  REVIEWED = "REVIEWED",
  AWARDED = "AWARDED",
  NOT_AWARDED = "NOT_AWARDED",
}

/** 附件 指标17 (honours) and 指标18 (media reports). */
export enum RecognitionKind {
  HONOUR = "HONOUR",
  MEDIA_REPORT = "MEDIA_REPORT",
}

export enum RecognitionLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  DISTRICT = "DISTRICT",
  SCHOOL = "SCHOOL",
}

/** Where a 党务公开 notice was made public. */
export enum NoticeChannel {
  WEBSITE = "WEBSITE",
  BOARD = "BOARD",
  GROUP_CHAT = "GROUP_CHAT",
  OTHER = "OTHER",
}

/** 三重一大: the four kinds of matter that need collective decision after consultation. */
export enum DecisionCategory {
  MAJOR_DECISION = "MAJOR_DECISION",
  CADRE_APPOINTMENT = "CADRE_APPOINTMENT",
  MAJOR_PROJECT = "MAJOR_PROJECT",
  LARGE_FUND_USE = "LARGE_FUND_USE",
}

registerEnumType(AwardKind, {
  name: "AwardKind",
  description: "两年一度的评选表彰（四(五)3(1)）",
  valuesConfig: {
    ADVANCED_ORGANISATION: { description: "先进基层党组织" },
    EXCELLENT_PARTY_WORKER: { description: "优秀党务工作者" },
    EXCELLENT_MEMBER: { description: "优秀共产党员" },
  },
});
/** The schema's and the award workflow's words for each status. */
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  NOMINATED: "已推荐",
  REVIEWED: "已审核",
  AWARDED: "已表彰",
  NOT_AWARDED: "未获表彰",
};

registerEnumType(AwardStatus, {
  name: "AwardStatus",
  valuesConfig: Object.fromEntries(Object.entries(AWARD_STATUS_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(RecognitionKind, {
  name: "RecognitionKind",
  valuesConfig: { HONOUR: { description: "荣誉（附件 指标17）" }, MEDIA_REPORT: { description: "媒体报道（附件 指标18）" } },
});
registerEnumType(RecognitionLevel, {
  name: "RecognitionLevel",
  valuesConfig: {
    NATIONAL: { description: "国家级" },
    PROVINCIAL: { description: "省部级" },
    DISTRICT: { description: "区县级" },
    SCHOOL: { description: "校级" },
  },
});
registerEnumType(NoticeChannel, {
  name: "NoticeChannel",
  valuesConfig: {
    WEBSITE: { description: "网站" },
    BOARD: { description: "公开栏" },
    GROUP_CHAT: { description: "微信群/QQ群" },
    OTHER: { description: "其他" },
  },
});
registerEnumType(DecisionCategory, {
  name: "DecisionCategory",
  description: "三重一大事项类别",
  valuesConfig: {
    MAJOR_DECISION: { description: "重大决策" },
    CADRE_APPOINTMENT: { description: "重要人事任免" },
    MAJOR_PROJECT: { description: "重大项目安排" },
    LARGE_FUND_USE: { description: "大额资金使用" },
  },
});
