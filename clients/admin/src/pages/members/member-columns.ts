import { formatDate } from "@party/client-shared";
import type { MemberRowFragment } from "../../gql/graphql";
import { GENDER, MEMBER_CATEGORY, MEMBER_STANDING, MEMBER_STATUS, MOBILE_STATUS } from "../../enum-labels";

/** The member list as an exported sheet: the same columns, Chinese headers, labels not codes. */
export const EXPORT_COLUMNS: Array<{ header: string; value: (m: MemberRowFragment) => string | null | undefined; width?: number }> = [
  { header: "姓名", value: (m) => m.name, width: 12 },
  { header: "性别", value: (m) => GENDER[m.gender], width: 6 },
  { header: "所在支部", value: (m) => m.branch.fullName, width: 30 },
  { header: "党小组", value: (m) => m.group?.name, width: 14 },
  { header: "人员类别", value: (m) => MEMBER_CATEGORY[m.category], width: 12 },
  { header: "党员类别", value: (m) => MEMBER_STANDING[m.standing], width: 12 },
  { header: "在册状态", value: (m) => MEMBER_STATUS[m.status], width: 10 },
  { header: "流动状态", value: (m) => MOBILE_STATUS[m.mobileStatus], width: 16 },
  { header: "流动所在地", value: (m) => m.mobileLocation, width: 16 },
  { header: "部门或院系", value: (m) => m.department, width: 18 },
  { header: "班级", value: (m) => m.className, width: 14 },
  { header: "出生年月", value: (m) => m.birthMonth, width: 10 },
  { header: "入党日期", value: (m) => (m.joinedOn ? formatDate(m.joinedOn) : ""), width: 14 },
  { header: "转正日期", value: (m) => (m.fullSince ? formatDate(m.fullSince) : ""), width: 14 },
  { header: "联系电话", value: (m) => m.phone, width: 14 },
  { header: "身份证号", value: (m) => m.idNumber, width: 22 },
];
