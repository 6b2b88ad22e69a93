import { registerEnumType } from "type-graphql";

/** Where a student member's post is (四(四)5: 生活社区、学生公寓等场所). */
export enum ServicePlaceKind {
  RESIDENCE_COMMUNITY = "RESIDENCE_COMMUNITY",
  DORM = "DORM",
  CAMPUS = "CAMPUS",
}

/** 三评: 群众评议、党员互评、领导点评 (四(四)2). */
export enum EvaluatorKind {
  PUBLIC = "PUBLIC",
  PEER = "PEER",
  LEADER = "LEADER",
}

/** 三比: 比技能、比作风、比业绩 (四(四)2). */
export enum EvaluationAspect {
  SKILL = "SKILL",
  CONDUCT = "CONDUCT",
  RESULTS = "RESULTS",
}

registerEnumType(ServicePlaceKind, {
  name: "ServicePlaceKind",
  valuesConfig: {
    RESIDENCE_COMMUNITY: { description: "生活社区" },
    DORM: { description: "学生公寓" },
    CAMPUS: { description: "校园场所" },
  },
});
registerEnumType(EvaluatorKind, {
  name: "EvaluatorKind",
  valuesConfig: { PUBLIC: { description: "群众评议" }, PEER: { description: "党员互评" }, LEADER: { description: "领导点评" } },
});
registerEnumType(EvaluationAspect, {
  name: "EvaluationAspect",
  valuesConfig: { SKILL: { description: "比技能" }, CONDUCT: { description: "比作风" }, RESULTS: { description: "比业绩" } },
});
