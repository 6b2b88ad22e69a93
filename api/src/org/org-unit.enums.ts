import { registerEnumType } from "type-graphql";

/** 党委 → 党总支 → 党支部 → 党小组 (DOMAIN §1, source 四(一)). */
export enum OrgUnitKind {
  PARTY_COMMITTEE = "PARTY_COMMITTEE",
  GENERAL_BRANCH = "GENERAL_BRANCH",
  BRANCH = "BRANCH",
  GROUP = "GROUP",
}

/** Decides which cadence rules bind a branch; STAFF and FACULTY are both 在职教职工党支部. */
export enum BranchKind {
  STAFF = "STAFF",
  FACULTY = "FACULTY",
  STUDENT = "STUDENT",
  RETIRED = "RETIRED",
}

/** Why a party group exists (source 四(一)3): placement, secondment/study/support-teaching, residence. */
export enum GroupPurpose {
  PLACEMENT = "PLACEMENT",
  SECONDMENT = "SECONDMENT",
  RESIDENCE = "RESIDENCE",
  OTHER = "OTHER",
}

export enum CommitteeRole {
  SECRETARY = "SECRETARY",
  DEPUTY_SECRETARY = "DEPUTY_SECRETARY",
  MEMBER = "MEMBER",
}

registerEnumType(OrgUnitKind, {
  name: "OrgUnitKind",
  valuesConfig: {
    PARTY_COMMITTEE: { description: "党委" },
    GENERAL_BRANCH: { description: "党总支" },
    BRANCH: { description: "党支部" },
    GROUP: { description: "党小组" },
  },
});
registerEnumType(BranchKind, {
  name: "BranchKind",
  valuesConfig: {
    STAFF: { description: "机关、教辅教职工支部" },
    FACULTY: { description: "二级学院教工支部" },
    STUDENT: { description: "学生支部" },
    RETIRED: { description: "离退休支部" },
  },
});
registerEnumType(GroupPurpose, {
  name: "GroupPurpose",
  valuesConfig: {
    PLACEMENT: { description: "顶岗实习（按实习地）" },
    SECONDMENT: { description: "挂职、学习、支教（按工作地）" },
    RESIDENCE: { description: "离退休（按居住地）" },
    OTHER: { description: "其他" },
  },
});
registerEnumType(CommitteeRole, {
  name: "CommitteeRole",
  valuesConfig: {
    SECRETARY: { description: "书记" },
    DEPUTY_SECRETARY: { description: "副书记" },
    MEMBER: { description: "委员" },
  },
});

/** Which kinds may sit directly under which: the shape of the tree, in one place. */
export const ALLOWED_PARENT_KINDS: Record<OrgUnitKind, OrgUnitKind[]> = {
  [OrgUnitKind.PARTY_COMMITTEE]: [],
  [OrgUnitKind.GENERAL_BRANCH]: [OrgUnitKind.PARTY_COMMITTEE],
  // A branch directly under the committee (直属党支部) is common elsewhere, so it is allowed.
  [OrgUnitKind.BRANCH]: [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.PARTY_COMMITTEE],
  [OrgUnitKind.GROUP]: [OrgUnitKind.BRANCH],
};

export const KIND_LABELS: Record<OrgUnitKind, string> = {
  PARTY_COMMITTEE: "党委",
  GENERAL_BRANCH: "党总支",
  BRANCH: "党支部",
  GROUP: "党小组",
};
