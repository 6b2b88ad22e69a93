import { AWARD_WORKFLOW } from "../governance/award-workflow";
import { AwardStatus } from "../governance/governance.enums";
import type { Award } from "../governance/award.entity";
import { Refusal, RefusalCode } from "./refusal";
import { StateMachine } from "./state-machine";

type Step = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED";

/** A small workflow with a guard that wants a reviewer before approval. */
const review = new StateMachine<Step, { reviewer?: string }>({
  subject: "申请状态",
  transitions: {
    DRAFT: { to: ["SUBMITTED"] },
    SUBMITTED: { to: ["APPROVED", "REJECTED", "DRAFT"] },
    APPROVED: { to: [] },
    REJECTED: { to: ["DRAFT"] },
  },
  labels: { DRAFT: "草稿", SUBMITTED: "已提交", APPROVED: "已批准", REJECTED: "已退回" },
  guards: [
    (_from, to, data) => (to === "APPROVED" && !data.reviewer ? { message: "批准须有审核人", ruleCode: "REVIEW_NEEDED" } : undefined),
    async (from, to) => (from === "SUBMITTED" && to === "DRAFT" ? "已提交的申请不能退回草稿" : undefined),
    // a rulebook guard answers with its own typed refusal (rules/guard.ts)
    (from, to, data) =>
      from === "REJECTED" && data.reviewer === "规则"
        ? Refusal.of(RefusalCode.RULE_NOT_MET, "未满足规定", { ruleCode: "SOME_RULE", citation: "四(一)1", field: "on" })
        : undefined,
  ],
});

describe("StateMachine", () => {
  it("allows exactly the steps of its map", async () => {
    expect(await review.check("DRAFT", "SUBMITTED", {})).toBeNull();
    expect(await review.check("REJECTED", "DRAFT", {})).toBeNull();
    expect(await review.check("DRAFT", "APPROVED", {})).toEqual({ from: "DRAFT", to: "APPROVED", allowedNext: ["SUBMITTED"] });
    expect(await review.check("APPROVED", "DRAFT", {})).toEqual({ from: "APPROVED", to: "DRAFT", allowedNext: [] });
  });

  it("knows final states and the states reachable next", () => {
    expect(review.isFinal("APPROVED")).toBe(true);
    expect(review.isFinal("REJECTED")).toBe(false);
    expect(review.allowedNext("SUBMITTED")).toEqual(["APPROVED", "REJECTED", "DRAFT"]);
  });

  it("asks the guards only about steps the map allows, in order, and keeps the allowed next states", async () => {
    expect(await review.check("SUBMITTED", "APPROVED", { reviewer: "张老师" })).toBeNull();
    expect(await review.check("SUBMITTED", "APPROVED", {})).toEqual({
      from: "SUBMITTED",
      to: "APPROVED",
      allowedNext: ["APPROVED", "REJECTED", "DRAFT"],
      guard: { message: "批准须有审核人", ruleCode: "REVIEW_NEEDED" },
    });
    expect((await review.check("SUBMITTED", "DRAFT", {}))?.guard).toEqual({ message: "已提交的申请不能退回草稿" });
  });

  it("answers a refused step as a typed refusal carrying the allowed next states as data", async () => {
    const wrongTurn = await review.refusal("DRAFT", "APPROVED", {}, { field: "to", ruleCode: "REVIEW_FLOW" });
    expect(wrongTurn).toMatchObject({
      errorCode: RefusalCode.INVALID_TRANSITION,
      message: "申请状态不能从“草稿”变为“已批准”；可变为：已提交",
      field: "to",
      ruleCode: "REVIEW_FLOW",
      allowedNext: ["SUBMITTED"],
    });
    const guarded = await review.refusal("SUBMITTED", "APPROVED", {}, { field: "to", ruleCode: "REVIEW_FLOW" });
    expect(guarded).toMatchObject({ message: "批准须有审核人", ruleCode: "REVIEW_NEEDED", allowedNext: ["APPROVED", "REJECTED", "DRAFT"] });
    expect(await review.refusal("DRAFT", "SUBMITTED", {})).toBeNull();
  });

  it("passes a guard's own typed refusal through, with the allowed next states added", async () => {
    const ruled = await review.refusal("REJECTED", "DRAFT", { reviewer: "规则" }, { field: "to", ruleCode: "REVIEW_FLOW" });
    expect(ruled).toBeInstanceOf(Refusal);
    expect({ ...ruled }).toEqual({
      errorCode: RefusalCode.RULE_NOT_MET,
      message: "未满足规定",
      ruleCode: "SOME_RULE",
      citation: "四(一)1",
      field: "on",
      allowedNext: ["DRAFT"],
    });
  });
});

describe("the award workflow", () => {
  const award = {} as Award;
  const steps: Array<[AwardStatus, AwardStatus[]]> = [
    [AwardStatus.NOMINATED, [AwardStatus.REVIEWED]],
    [AwardStatus.REVIEWED, [AwardStatus.AWARDED, AwardStatus.NOT_AWARDED]],
    [AwardStatus.AWARDED, []],
    [AwardStatus.NOT_AWARDED, []],
  ];

  it.each(steps)("from %s goes only to %j", async (from, next) => {
    for (const to of Object.values(AwardStatus)) {
      const refused = await AWARD_WORKFLOW.check(from, to, award);
      expect(refused === null).toBe(next.includes(to));
      if (refused) expect(refused.allowedNext).toEqual(next);
    }
  });

  it("says where a nomination may go, and that a final state goes nowhere", async () => {
    expect((await AWARD_WORKFLOW.refusal(AwardStatus.NOMINATED, AwardStatus.AWARDED, award))?.message).toBe(
      "评选状态不能从“已推荐”变为“已表彰”；可变为：已审核",
    );
    expect((await AWARD_WORKFLOW.refusal(AwardStatus.AWARDED, AwardStatus.REVIEWED, award))?.message).toBe(
      "评选状态不能从“已表彰”变为“已审核”；可变为：无（已是最终状态）",
    );
  });
});
