import { registerEnumType } from "type-graphql";

/** Activity types of DOMAIN §3 (source 四(二)); the first four are 三会一课. */
export enum ActivityType {
  BRANCH_GENERAL_ASSEMBLY = "BRANCH_GENERAL_ASSEMBLY",
  BRANCH_COMMITTEE_MEETING = "BRANCH_COMMITTEE_MEETING",
  GROUP_MEETING = "GROUP_MEETING",
  PARTY_LECTURE = "PARTY_LECTURE",
  ORGANISATIONAL_LIFE = "ORGANISATIONAL_LIFE",
  DEMOCRATIC_LIFE = "DEMOCRATIC_LIFE",
  MEMBER_APPRAISAL = "MEMBER_APPRAISAL",
  PARTY_DAY = "PARTY_DAY",
  FORUM = "FORUM",
  THOUGHT_ANALYSIS = "THOUGHT_ANALYSIS",
  ACTIVIST_REVIEW = "ACTIVIST_REVIEW",
  JOINT_MEETING = "JOINT_MEETING",
  THEORY_STUDY = "THEORY_STUDY",
  INTEGRITY_EDUCATION = "INTEGRITY_EDUCATION",
  OUTREACH = "OUTREACH",
  PUBLIC_NOTICE = "PUBLIC_NOTICE",
  OTHER = "OTHER",
}

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  BRANCH_GENERAL_ASSEMBLY: "支部党员大会",
  BRANCH_COMMITTEE_MEETING: "支部委员会",
  GROUP_MEETING: "党小组会",
  PARTY_LECTURE: "党课",
  ORGANISATIONAL_LIFE: "组织生活会",
  DEMOCRATIC_LIFE: "民主生活会",
  MEMBER_APPRAISAL: "民主评议党员",
  PARTY_DAY: "党日活动",
  FORUM: "师生员工座谈会",
  THOUGHT_ANALYSIS: "思想状况分析",
  ACTIVIST_REVIEW: "入党积极分子考察分析",
  JOINT_MEETING: "党政联席会议",
  THEORY_STUDY: "理论学习",
  INTEGRITY_EDUCATION: "廉政教育",
  OUTREACH: "连心工程（三下乡等）",
  PUBLIC_NOTICE: "党务公开",
  OTHER: "其他",
};

export enum AttendanceStatus {
  PRESENT = "PRESENT",
  ABSENT = "ABSENT",
  EXCUSED = "EXCUSED",
}

export enum StudyKind {
  ONLINE_COURSE = "ONLINE_COURSE",
  PARTY_SCHOOL = "PARTY_SCHOOL",
  SELF_STUDY = "SELF_STUDY",
  OTHER = "OTHER",
}

export enum EducationSource {
  ACTIVITY = "ACTIVITY",
  STUDY = "STUDY",
}

registerEnumType(ActivityType, {
  name: "ActivityType",
  description: "活动类型（三会一课等）",
  valuesConfig: Object.fromEntries(Object.entries(ACTIVITY_TYPE_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(AttendanceStatus, {
  name: "AttendanceStatus",
  valuesConfig: { PRESENT: { description: "出席" }, ABSENT: { description: "缺席" }, EXCUSED: { description: "请假（须注明原因）" } },
});
registerEnumType(StudyKind, {
  name: "StudyKind",
  valuesConfig: {
    ONLINE_COURSE: { description: "网络学习（在线课程）" },
    PARTY_SCHOOL: { description: "党校培训" },
    SELF_STUDY: { description: "个人自学" },
    OTHER: { description: "其他" },
  },
});
registerEnumType(EducationSource, {
  name: "EducationSource",
  valuesConfig: { ACTIVITY: { description: "参加活动" }, STUDY: { description: "个人学习记录" } },
});
