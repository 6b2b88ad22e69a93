import { registerEnumType } from "type-graphql";

export enum MemberCategory {
  FACULTY = "FACULTY",
  STUDENT = "STUDENT",
  RETIRED = "RETIRED",
}

export enum MemberStanding {
  FULL = "FULL",
  PROBATIONARY = "PROBATIONARY",
}

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
}

/** 流动党员 situations (四(一)3, 四(三)2(3)); NONE for members at their post. */
export enum MobileStatus {
  NONE = "NONE",
  PLACEMENT = "PLACEMENT",
  SECONDMENT = "SECONDMENT",
  STUDY_ABROAD = "STUDY_ABROAD",
  RETAINED_AFTER_GRADUATION = "RETAINED_AFTER_GRADUATION",
  TRANSFERRING = "TRANSFERRING",
}

export enum MemberStatus {
  ACTIVE = "ACTIVE",
  REMOVED = "REMOVED",
}

export enum RegisterEntryKind {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
}

/** Why a member entered or left a branch's register (党员名册). */
export enum RegisterReason {
  INITIAL_IMPORT = "INITIAL_IMPORT",
  DEVELOPED = "DEVELOPED",
  TRANSFER_IN = "TRANSFER_IN",
  TRANSFER_OUT = "TRANSFER_OUT",
  INTERNAL_TRANSFER = "INTERNAL_TRANSFER",
  GRADUATED = "GRADUATED",
  DEATH = "DEATH",
  WITHDRAWAL = "WITHDRAWAL",
  EXPULSION = "EXPULSION",
  OTHER = "OTHER",
}

export const ADDITION_REASONS = [RegisterReason.INITIAL_IMPORT, RegisterReason.DEVELOPED, RegisterReason.TRANSFER_IN, RegisterReason.OTHER];
export const REMOVAL_REASONS = [
  RegisterReason.TRANSFER_OUT,
  RegisterReason.GRADUATED,
  RegisterReason.DEATH,
  RegisterReason.WITHDRAWAL,
  RegisterReason.EXPULSION,
  RegisterReason.OTHER,
];

export enum PersonKind {
  MASS = "MASS",
  STUDENT = "STUDENT",
  TEACHER = "TEACHER",
  OTHER = "OTHER",
}

registerEnumType(MemberCategory, {
  name: "MemberCategory",
  valuesConfig: { FACULTY: { description: "在职教职工" }, STUDENT: { description: "学生" }, RETIRED: { description: "离退休" } },
});
registerEnumType(MemberStanding, {
  name: "MemberStanding",
  valuesConfig: { FULL: { description: "正式党员" }, PROBATIONARY: { description: "预备党员" } },
});
registerEnumType(Gender, { name: "Gender", valuesConfig: { MALE: { description: "男" }, FEMALE: { description: "女" } } });
registerEnumType(MobileStatus, {
  name: "MobileStatus",
  valuesConfig: {
    NONE: { description: "在岗/在校" },
    PLACEMENT: { description: "顶岗实习" },
    SECONDMENT: { description: "挂职、学习、支教" },
    STUDY_ABROAD: { description: "出国（境）学习" },
    RETAINED_AFTER_GRADUATION: { description: "毕业后组织关系保留" },
    TRANSFERRING: { description: "组织关系接转中" },
  },
});
registerEnumType(MemberStatus, {
  name: "MemberStatus",
  valuesConfig: { ACTIVE: { description: "在册" }, REMOVED: { description: "已出册" } },
});
registerEnumType(RegisterEntryKind, {
  name: "RegisterEntryKind",
  valuesConfig: { ADDED: { description: "入册" }, REMOVED: { description: "出册" } },
});
registerEnumType(RegisterReason, {
  name: "RegisterReason",
  valuesConfig: {
    INITIAL_IMPORT: { description: "初始建档" },
    DEVELOPED: { description: "发展入党" },
    TRANSFER_IN: { description: "组织关系转入" },
    TRANSFER_OUT: { description: "组织关系转出" },
    INTERNAL_TRANSFER: { description: "校内支部间转接" },
    GRADUATED: { description: "毕业离校" },
    DEATH: { description: "去世" },
    WITHDRAWAL: { description: "退党/除名" },
    EXPULSION: { description: "开除党籍" },
    OTHER: { description: "其他" },
  },
});
registerEnumType(PersonKind, {
  name: "PersonKind",
  valuesConfig: {
    MASS: { description: "党外群众" },
    STUDENT: { description: "学生" },
    TEACHER: { description: "教师" },
    OTHER: { description: "其他" },
  },
});
