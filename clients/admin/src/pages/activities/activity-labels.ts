import type { ActivityType, AttendanceStatus, StudyKind } from "../../gql/graphql";

/** zh-CN names of the activity enums, as the schema describes them (ActivityType, AttendanceStatus, StudyKind). */
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  ORGANISATIONAL_LIFE: "组织生活会",
  BRANCH_COMMITTEE_MEETING: "支部委员会",
  BRANCH_GENERAL_ASSEMBLY: "支部党员大会",
  GROUP_MEETING: "党小组会",
  PARTY_LECTURE: "党课",
  PARTY_DAY: "党日活动",
  DEMOCRATIC_LIFE: "民主生活会",
  MEMBER_APPRAISAL: "民主评议党员",
  THEORY_STUDY: "理论学习",
  INTEGRITY_EDUCATION: "廉政教育",
  FORUM: "师生员工座谈会",
  THOUGHT_ANALYSIS: "思想状况分析",
  ACTIVIST_REVIEW: "入党积极分子考察分析",
  JOINT_MEETING: "党政联席会议",
  PUBLIC_NOTICE: "党务公开",
  OUTREACH: "连心工程（三下乡等）",
  OTHER: "其他",
};

/** A colour per type family in lists and the calendar (三会一课 red, study blue, the rest grey-ish). */
export const ACTIVITY_TYPE_COLORS: Partial<Record<ActivityType, string>> = {
  ORGANISATIONAL_LIFE: "red",
  BRANCH_COMMITTEE_MEETING: "volcano",
  BRANCH_GENERAL_ASSEMBLY: "magenta",
  GROUP_MEETING: "orange",
  PARTY_LECTURE: "gold",
  PARTY_DAY: "green",
  DEMOCRATIC_LIFE: "purple",
  THEORY_STUDY: "blue",
  INTEGRITY_EDUCATION: "cyan",
};

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "出席",
  ABSENT: "缺席",
  EXCUSED: "请假",
};

export const STUDY_KIND_LABELS: Record<StudyKind, string> = {
  ONLINE_COURSE: "网络学习",
  PARTY_SCHOOL: "党校培训",
  SELF_STUDY: "个人自学",
  OTHER: "其他",
};

export const ACTIVITY_TYPE_OPTIONS = (Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[]).map((value) => ({
  value,
  label: ACTIVITY_TYPE_LABELS[value],
}));
