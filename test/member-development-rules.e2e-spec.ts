import { branchWithMembers, CaseRef, shift, Steps } from "./support/development";
import { createMember, unitsByFullName } from "./support/fixtures";
import type { DevCaseFieldsFragment } from "./support/generated/graphql";
import {
  DevApply,
  DevCases,
  DevAdvance,
  DevApplyConversion,
  DevApproveConversion,
  DevCase,
  DevCorrect,
  DevExtendProbation,
  DevVote,
  RuleParametersSet,
} from "./support/operations";
import { accepted, expectRefusal } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

/*
 * Every guard of member development (DOMAIN §8) refuses at its boundary — just under, at, over —
 * with its rule code and citation, and a refused step writes nothing.
 */

const TABLES = [
  "development_case",
  "development_step",
  "development_notice",
  "development_contact",
  "development_vote",
  "development_vote_exclusion",
  "development_report",
  "member",
  "person",
  "register_entry",
  "audit_entry",
];

type Result = { __typename?: string } & Partial<DevCaseFieldsFragment> & {
    errorCode?: string;
    message?: string;
    ruleCode?: string | null;
    citation?: string | null;
  };

describe("member development: guards and boundaries", () => {
  let app: TestApp;
  let steps: Steps;
  let gb: string;
  /** Ten full members (0–9), then the trainer and introducers are among them. */
  let branch: { id: string; members: string[] };

  const fingerprint = async () =>
    JSON.stringify(
      (
        await app.dataSource.query(
          `SELECT ${TABLES.map((t) => `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM ${t}) AS ${t}`).join(", ")}`,
        )
      )[0],
    );

  /** Runs a step expected to be refused by `ruleCode`: the refusal names it and its citation, and nothing changed. */
  async function refused(step: () => Promise<Result>, ruleCode: string, citation: RegExp, errorCode = "RULE_NOT_MET"): Promise<Result> {
    const before = await fingerprint();
    const result = await step();
    expectRefusal(result as never, errorCode as never, { ruleCode } as never);
    expect(result.citation).toMatch(citation);
    expect(await fingerprint()).toBe(before);
    return result;
  }

  beforeAll(async () => {
    app = await startTestApp();
    steps = new Steps(app);
    gb = (await unitsByFullName(app))["财经学院党总支"].id;
    branch = await branchWithMembers(app, gb, 10);
  });
  afterAll(() => app.close());

  describe("DEV_MIN_AGE: 18 on the application date", () => {
    it("refuses the day before the 18th birthday and accepts on it", async () => {
      const r = await refused(() => steps.apply(branch.id, "未满十八", "2004-09-15", "2022-09-14"), "DEV_MIN_AGE", /四\(三\)1\(1\)/);
      expect(r.message).toMatch(/递交入党申请书时年满 18 周岁；实际 17周岁/);
      accepted(await steps.apply(branch.id, "刚满十八", "2004-09-15", "2022-09-15"));
    });

    it("counts a 29 February birthday as reached on 28 February", async () => {
      await refused(() => steps.apply(branch.id, "闰日生一", "2004-02-29", "2022-02-27"), "DEV_MIN_AGE", /四\(三\)1\(1\)/);
      accepted(await steps.apply(branch.id, "闰日生二", "2004-02-29", "2022-02-28"));
    });

    it("applies the committee's changed number from its effective date", async () => {
      await app.ok(RuleParametersSet, {
        input: { ruleCode: "DEV_MIN_AGE", effectiveFrom: "2030-01-01", params: { minAge: 20 }, note: "测试" },
      });
      await refused(() => steps.apply(branch.id, "二十岁前", "2011-01-01", "2030-06-01"), "DEV_MIN_AGE", /四\(三\)1\(1\)/);
      accepted(await steps.apply(branch.id, "二〇二九年十八", "2011-01-01", "2029-06-01"));
    });
  });

  describe("the way to candidacy and inspection", () => {
    it("refuses a stage the map does not allow, naming where the case may go", async () => {
      const c = accepted(await steps.apply(branch.id, "越级者", "2000-01-01", "2022-09-01"));
      const before = await fingerprint();
      const result = await steps.advance(c, "CANDIDATE", "2022-10-01");
      expectRefusal(result, "INVALID_TRANSITION", { allowedNext: ["ACTIVIST", "WITHDRAWN"] });
      expect(result.message).toMatch(/不能从“入党申请人”变为“培养考察对象”；可变为：入党积极分子、已撤回申请/);
      expect(await fingerprint()).toBe(before);
    });

    it("DEV_PARTY_SCHOOL: no candidacy before the party-school exam is passed (a failed one does not count)", async () => {
      let c: CaseRef = accepted(await steps.apply(branch.id, "未考试", "2000-01-01", "2022-09-01"));
      c = accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      c = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_FAILED", "2022-10-01"));
      await refused(() => steps.advance(c, "CANDIDATE", "2022-10-10"), "DEV_PARTY_SCHOOL", /四\(三\)1\(3\)/);
      c = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-11-01"));
      // The exam passed after the candidacy's date does not count for it.
      await refused(() => steps.advance(c, "CANDIDATE", "2022-10-31"), "DEV_PARTY_SCHOOL", /四\(三\)1\(3\)/);
      accepted(await steps.advance(c, "CANDIDATE", "2022-11-01"));
    });

    it("DEV_PUBLIC_NOTICE and DEV_TRAINER: inspection only after the notice ended without a sustained objection, with a trainer", async () => {
      let c: CaseRef = accepted(await steps.apply(branch.id, "待公示", "2000-01-01", "2022-09-01"));
      c = accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      c = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-10-01"));
      c = accepted(await steps.advance(c, "CANDIDATE", "2022-11-01"));
      await refused(() => steps.advance(c, "UNDER_INSPECTION", "2022-11-20"), "DEV_PUBLIC_NOTICE", /四\(三\)1/);
      c = accepted(await steps.openNotice(c, "CANDIDATE", "2022-11-02", "2022-11-08"));
      c = accepted(await steps.contact(c, "TRAINER", branch.members[0], "2022-11-03"));
      // Still running on its last day, and its outcome not yet registered.
      const r = await refused(() => steps.advance(c, "UNDER_INSPECTION", "2022-11-08"), "DEV_PUBLIC_NOTICE", /四\(三\)1/);
      expect(r.message).toMatch(/公示至 2022-11-08 结束，2022-11-09 起方可进行下一步/);
      c = accepted(await steps.closeNotice(c, "2022-11-08", "OBJECTION_SUSTAINED"));
      await refused(() => steps.advance(c, "UNDER_INSPECTION", "2022-11-09"), "DEV_PUBLIC_NOTICE", /四\(三\)1/);
      // A new notice, this time without objection: the day after it ends is the first allowed day.
      c = accepted(await steps.openNotice(c, "CANDIDATE", "2022-11-10", "2022-11-16"));
      c = accepted(await steps.closeNotice(c, "2022-11-16", "OBJECTION_DISMISSED"));
      await refused(() => steps.advance(c, "UNDER_INSPECTION", "2022-11-16"), "DEV_PUBLIC_NOTICE", /四\(三\)1/);
      accepted(await steps.advance(c, "UNDER_INSPECTION", "2022-11-17"));
    });

    it("DEV_TRAINER: refuses inspection without a trainer", async () => {
      let c: CaseRef = accepted(await steps.apply(branch.id, "无培养人", "2000-01-01", "2022-09-01"));
      c = accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      c = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-10-01"));
      c = accepted(await steps.advance(c, "CANDIDATE", "2022-11-01"));
      c = accepted(await steps.openNotice(c, "CANDIDATE", "2022-11-02", "2022-11-08"));
      c = accepted(await steps.closeNotice(c, "2022-11-08"));
      await refused(() => steps.advance(c, "UNDER_INSPECTION", "2022-11-09"), "DEV_TRAINER", /四\(三\)1\(4\)/);
    });
  });

  describe("DEV_INSPECTION_YEAR: at least a year of inspection", () => {
    const inspected = (name: string, from: string) =>
      steps.toInspection(branch.id, name, branch.members[0], { applied: shift(from, -60), inspection: from });

    it("refuses 364 days and accepts 365 (from 2024-03-10, no leap day between)", async () => {
      const c = await inspected("考察甲", "2024-03-10");
      const r = await refused(() => steps.advance(c, "DEVELOPMENT_TARGET", "2025-03-09"), "DEV_INSPECTION_YEAR", /四\(三\)1\(5\)/);
      expect(r.message).toMatch(/实际 364天/);
      accepted(await steps.advance(c, "DEVELOPMENT_TARGET", "2025-03-10"));
    });

    it("counts a year across 29 February: 365 days is not yet a year from 2023-03-10, 366 is", async () => {
      const c = await inspected("考察乙", "2023-03-10");
      const r = await refused(() => steps.advance(c, "DEVELOPMENT_TARGET", "2024-03-09"), "DEV_INSPECTION_YEAR", /四\(三\)1\(5\)/);
      expect(r.message).toMatch(/实际 365天.*2024-03-10 起方满 1 年/);
      accepted(await steps.advance(c, "DEVELOPMENT_TARGET", "2024-03-10"));
    });

    it("from 29 February, the year is complete on 28 February", async () => {
      const c = await inspected("考察丙", "2024-02-29");
      await refused(() => steps.advance(c, "DEVELOPMENT_TARGET", "2025-02-27"), "DEV_INSPECTION_YEAR", /四\(三\)1\(5\)/);
      accepted(await steps.advance(c, "DEVELOPMENT_TARGET", "2025-02-28"));
    });

    it("tells the earliest day in nextSteps", async () => {
      const c = await inspected("考察丁", "2024-05-20");
      const { developmentCase } = await app.ok(DevCase, { id: c.id });
      expect(developmentCase!.nextSteps).toContainEqual(
        expect.objectContaining({
          action: "advanceDevelopmentCase",
          toStage: "DEVELOPMENT_TARGET",
          earliestOn: "2025-05-20",
          ruleCode: "DEV_INSPECTION_YEAR",
        }),
      );
    });
  });

  describe("the admission vote", () => {
    /** A fresh branch of `size` full members, its case ready for the vote on 2024-03-20. */
    async function ready(size: number, name: string) {
      const b = await branchWithMembers(app, gb, size);
      const c = await steps.toVote(
        b.id,
        name,
        { trainer: b.members[0], introducers: [b.members[1], b.members[2]] },
        {
          applied: "2022-09-01",
          inspection: "2023-03-01",
          target: "2024-03-01",
        },
      );
      return { b, c };
    }

    it("DEV_VOTE_QUORUM at 10 who should attend: 5 present is no quorum, 6 is", async () => {
      const { c } = await ready(10, "法定甲");
      const r = await refused(() => steps.vote(c, "ADMISSION", "2024-03-20", 5, 5), "DEV_VOTE_QUORUM", /四\(三\)1\(6\)/);
      expect(r.message).toMatch(/应到会 10 人，到会 5 人/);
      const held = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 6, 6));
      const { developmentCase } = await app.ok(DevCase, { id: held.id });
      expect(developmentCase!.votes.map((v) => [v.shouldAttend, v.present, v.passed])).toEqual([[10, 6, true]]);
    });

    it("DEV_VOTE_MAJORITY at 10: 5 for fails (kept, not passed, and admission refused), 6 passes", async () => {
      const { c } = await ready(10, "多数甲");
      let held = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 10, 5));
      // The talk follows a passed vote only.
      await refused(() => steps.procedure(held, "GENERAL_BRANCH_TALK", "2024-03-21"), "DEV_VOTE_MAJORITY", /四\(三\)1\(6\)/);
      await refused(() => steps.approveAdmission(held, "2024-03-25"), "DEV_VOTE_MAJORITY", /四\(三\)1\(6\)/);
      held = accepted(await steps.vote(held, "ADMISSION", "2024-04-20", 10, 6));
      const { developmentCase } = await app.ok(DevCase, { id: held.id });
      expect(developmentCase!.votes.map((v) => [v.votesFor, v.passed])).toEqual([
        [5, false],
        [6, true],
      ]);
    });

    it("at an odd size (9 who should attend: one of ten excluded, on leave): 4 present is no quorum, 5 is; 4 for fails, 5 passes", async () => {
      const { b, c } = await ready(10, "奇数甲");
      const leave = [{ memberId: b.members[9], reason: "请假" }];
      await refused(() => steps.vote(c, "ADMISSION", "2024-03-20", 4, 4, leave), "DEV_VOTE_QUORUM", /四\(三\)1\(6\)/);
      let held = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 5, 4, leave));
      held = accepted(await steps.vote(held, "ADMISSION", "2024-03-27", 5, 5, leave));
      const { developmentCase } = await app.ok(DevCase, { id: held.id });
      expect(developmentCase!.votes.map((v) => [v.fullMembers, v.excluded, v.shouldAttend, v.present, v.votesFor, v.passed])).toEqual([
        [10, 1, 9, 5, 4, false],
        [10, 1, 9, 5, 5, true],
      ]);
      expect(developmentCase!.votes[0].exclusions).toEqual([{ reason: "请假", member: { name: expect.any(String) } }]);
    });

    it("refuses more present than should attend, and exclusions of anyone but the branch's full members, as field errors", async () => {
      const { c } = await ready(10, "人数甲");
      const tooMany = await app.gql(DevVote, {
        input: {
          id: c.id,
          version: c.version,
          purpose: "ADMISSION",
          heldOn: "2024-03-20",
          present: 11,
          votesFor: 6,
          votesAgainst: 0,
          abstentions: 0,
        },
      });
      expect(tooMany.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { present: [expect.stringMatching(/应到会人数（10）/)] },
      });
      const outsider = (await createMember(app, branch.id, { name: "外支部党员", standing: "FULL" })).id;
      const stray = await app.gql(DevVote, {
        input: {
          id: c.id,
          version: c.version,
          purpose: "ADMISSION",
          heldOn: "2024-03-20",
          present: 6,
          votesFor: 6,
          votesAgainst: 0,
          abstentions: 0,
          exclusions: [{ memberId: outsider, reason: "请假" }],
        },
      });
      expect(stray.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { exclusions: [expect.any(String)] } });
    });

    it("DEV_INTRODUCERS: an introducer who becomes full one day after the vote does not count; on the vote's day does", async () => {
      const b = await branchWithMembers(app, gb, 10);
      const late = (
        await createMember(app, b.id, { name: "晚一天转正", standing: "FULL", joinedOn: "2023-03-21", fullSince: "2024-03-21" })
      ).id;
      const onTime = (
        await createMember(app, b.id, { name: "当天转正", standing: "FULL", joinedOn: "2023-03-20", fullSince: "2024-03-20" })
      ).id;
      const early = await steps.toVote(
        b.id,
        "介绍人甲",
        { trainer: b.members[0], introducers: [b.members[1], late] },
        {
          applied: "2022-09-01",
          inspection: "2023-03-01",
          target: "2024-03-01",
        },
      );
      const r = await refused(() => steps.vote(early, "ADMISSION", "2024-03-20", 8, 8), "DEV_INTRODUCERS", /四\(三\)1\(5\)/);
      expect(r.message).toMatch(/晚一天转正在表决之日不是正式党员/);
      accepted(await steps.vote(early, "ADMISSION", "2024-03-21", 8, 8));
      const second = await steps.toVote(
        b.id,
        "介绍人乙",
        { trainer: b.members[0], introducers: [b.members[1], onTime] },
        {
          applied: "2022-09-01",
          inspection: "2023-03-01",
          target: "2024-03-01",
        },
      );
      // On 2024-03-20 the branch has eleven full members: the ten and 当天转正 (not 晚一天转正).
      const voted = accepted(await steps.vote(second, "ADMISSION", "2024-03-20", 8, 8));
      const { developmentCase } = await app.ok(DevCase, { id: voted.id });
      expect(developmentCase!.votes[0].shouldAttend).toBe(11);
    });

    it("DEV_PUBLIC_NOTICE: no vote before the development target's notice ended", async () => {
      const b = await branchWithMembers(app, gb, 10);
      let c: CaseRef = await steps.toInspection(b.id, "公示前表决", b.members[0], { applied: "2022-09-01", inspection: "2023-03-01" });
      c = accepted(await steps.advance(c, "DEVELOPMENT_TARGET", "2024-03-01"));
      c = accepted(await steps.contact(c, "INTRODUCER", b.members[1], "2024-03-02"));
      c = accepted(await steps.contact(c, "INTRODUCER", b.members[2], "2024-03-02"));
      await refused(() => steps.vote(c, "ADMISSION", "2024-03-20", 8, 8), "DEV_PUBLIC_NOTICE", /四\(三\)1/);
    });

    it("DEV_TALK: the general branch approves only after its delegate's talk", async () => {
      const { c } = await ready(10, "谈话甲");
      const held = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 8, 8));
      await refused(() => steps.approveAdmission(held, "2024-03-28"), "DEV_TALK", /四\(三\)1\(7\)/);
      const talked = accepted(await steps.procedure(held, "GENERAL_BRANCH_TALK", "2024-03-22"));
      const admitted = accepted(await steps.approveAdmission(talked, "2024-03-28"));
      expect(admitted).toMatchObject({ stage: "PROBATIONARY", probationStartsOn: "2024-03-20", probationEndsOn: "2025-03-20" });
    });
  });

  describe("probation and conversion", () => {
    async function probationer(name: string) {
      const b = await branchWithMembers(app, gb, 10);
      let c: CaseRef = await steps.toVote(
        b.id,
        name,
        { trainer: b.members[0], introducers: [b.members[1], b.members[2]] },
        {
          applied: "2022-09-01",
          inspection: "2023-03-01",
          target: "2024-03-01",
        },
      );
      c = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 8, 8));
      c = accepted(await steps.procedure(c, "GENERAL_BRANCH_TALK", "2024-03-22"));
      return accepted(await steps.approveAdmission(c, "2024-03-28"));
    }
    const applyConversion = async (c: CaseRef, on: string) =>
      (await app.ok(DevApplyConversion, { input: { id: c.id, version: c.version, on } })).applyForConversion;

    it("CONVERSION_CHAIN: each conversion step only after those before it", async () => {
      let c: CaseRef = await probationer("转正程序");
      await refused(() => steps.procedure(c, "CONVERSION_OPINIONS", "2025-02-12"), "CONVERSION_CHAIN", /四\(三\)1\(10\)/);
      c = accepted(await applyConversion(c, "2025-02-10"));
      const r = await refused(
        () => steps.procedure(c, "CONVERSION_GENERAL_BRANCH_REVIEW", "2025-02-12"),
        "CONVERSION_CHAIN",
        /四\(三\)1\(10\)/,
      );
      expect(r.message).toMatch(/尚缺：征求党内外师生意见、支委会讨论评议转正/);
      c = accepted(await steps.procedure(c, "CONVERSION_OPINIONS", "2025-02-12"));
      await refused(() => steps.openNotice(c, "CONVERSION", "2025-02-13", "2025-02-19"), "CONVERSION_CHAIN", /四\(三\)1\(10\)/);
    });

    it("PROBATION_YEAR: the conversion vote not before the probation's end (a year from the admission vote)", async () => {
      let c: CaseRef = await probationer("预备一年");
      c = accepted(await applyConversion(c, "2025-02-10"));
      for (const p of ["CONVERSION_OPINIONS", "CONVERSION_COMMITTEE", "CONVERSION_GENERAL_BRANCH_REVIEW"] as const)
        c = accepted(await steps.procedure(c, p, "2025-02-15"));
      c = accepted(await steps.openNotice(c, "CONVERSION", "2025-02-16", "2025-02-22"));
      c = accepted(await steps.closeNotice(c, "2025-02-22"));
      const r = await refused(() => steps.vote(c, "CONVERSION", "2025-03-19", 8, 8), "PROBATION_YEAR", /四\(三\)1\(9\)/);
      expect(r.message).toMatch(/预备期至 2025-03-20 期满/);
      c = accepted(await steps.vote(c, "CONVERSION", "2025-03-20", 8, 4));
      // Voted down: the approval names the majority rule.
      await refused(
        async () => (await app.ok(DevApproveConversion, { input: { id: c.id, version: c.version, on: "2025-03-25" } })).approveConversion,
        "DEV_VOTE_MAJORITY",
        /四\(三\)1\(6\)/,
      );
    });

    it("PROBATION_EXTENSION_MAX: an extension of at most a year", async () => {
      const c = await probationer("延长预备期");
      const extend = async (until: string) =>
        (await app.ok(DevExtendProbation, { input: { id: c.id, version: c.version, on: "2025-03-21", until, note: "支部大会决定延长" } }))
          .extendProbation;
      await refused(() => extend("2026-03-21"), "PROBATION_EXTENSION_MAX", /四\(三\)1\(9\)/);
      const extended = accepted(await extend("2026-03-20"));
      expect(extended).toMatchObject({ stage: "PROBATION_EXTENDED", probationEndsOn: "2026-03-20", conversionAppliedOn: null });
    });
  });

  describe("people and tracks", () => {
    it("keeps a withdrawn case and opens a new one when the person applies again; one open case per person", async () => {
      const first = accepted(await steps.apply(branch.id, "再申请", "2000-01-01", "2022-09-01"));
      const { developmentCase } = await app.ok(DevCase, { id: first.id });
      const personId = developmentCase!.personId;
      const again = async (appliedOn: string) =>
        (await app.ok(DevApply, { input: { branchId: branch.id, personId, gender: "FEMALE", birthDate: "2000-01-01", appliedOn } }))
          .applyForMembership;
      const before = await fingerprint();
      expectRefusal(await again("2022-10-01"), "ALREADY_LINKED", { field: "personId" });
      expect(await fingerprint()).toBe(before);
      accepted(await steps.advance(first, "WITHDRAWN", "2022-12-01", "本人申请撤回"));
      const second = accepted(await again("2023-09-01"));
      expect(second.id).not.toBe(first.id);
      const cases = (await app.ok(DevCases, { filter: { personId } })).developmentCases.items;
      expect(cases.map((c) => [c.stage, c.appliedOn, c.closedOn])).toEqual([
        ["APPLICANT", "2023-09-01", null],
        ["WITHDRAWN", "2022-09-01", "2022-12-01"],
      ]);
    });

    it("develops young teachers on the faculty track (四(二)4(4)): the admitted member is faculty", async () => {
      const faculty = await branchWithMembers(app, gb, 10, "FACULTY");
      let c: CaseRef = await steps.toVote(
        faculty.id,
        "青年教师",
        { trainer: faculty.members[0], introducers: [faculty.members[1], faculty.members[2]] },
        {
          applied: "2022-09-01",
          inspection: "2023-03-01",
          target: "2024-03-01",
        },
      );
      c = accepted(await steps.vote(c, "ADMISSION", "2024-03-20", 8, 8));
      c = accepted(await steps.procedure(c, "GENERAL_BRANCH_TALK", "2024-03-22"));
      const admitted = accepted(await steps.approveAdmission(c, "2024-03-28"));
      expect(admitted.track).toBe("FACULTY");
      const member = (await app.ok(DevCase, { id: admitted.id })).developmentCase!.member!;
      const [{ category }] = await app.dataSource.query(`SELECT category FROM member WHERE id = $1`, [member.id]);
      expect(category).toBe("FACULTY");
    });
  });

  describe("corrections", () => {
    it("records a correction as a new step that keeps the original, within the stage it was recorded in", async () => {
      let c: CaseRef = accepted(await steps.apply(branch.id, "更正者", "2000-01-01", "2022-09-01"));
      c = accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      c = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-10-01"));
      c = accepted(await steps.advance(c, "CANDIDATE", "2022-11-01"));
      const before = (await app.ok(DevCase, { id: c.id })).developmentCase!;
      const exam = before.steps.find((s) => s.procedure === "PARTY_SCHOOL_EXAM_PASSED")!;
      // Past the candidacy it was a precondition of: refused as a field error, nothing written.
      const late = await app.gql(DevCorrect, {
        input: { id: c.id, version: c.version, stepId: exam.id, on: "2022-11-05", reason: "日期录错" },
      });
      expect(late.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { on: [expect.stringMatching(/2022-09-10 至 2022-11-01/)] },
      });
      c = accepted(
        (await app.ok(DevCorrect, { input: { id: c.id, version: c.version, stepId: exam.id, on: "2022-10-08", reason: "考试日期录错" } }))
          .correctDevelopmentStep,
      );
      const after = (await app.ok(DevCase, { id: c.id })).developmentCase!;
      const original = after.steps.find((s) => s.id === exam.id)!;
      expect(original.occurredOn).toBe("2022-10-01");
      expect(original.corrections).toEqual([{ id: expect.any(String), occurredOn: "2022-10-08", note: "考试日期录错" }]);
      expect(after.steps.at(-1)).toMatchObject({
        kind: "CORRECTION",
        correctsStepId: exam.id,
        occurredOn: "2022-10-08",
        note: "考试日期录错",
      });
      // The database keeps steps append-only, whoever asks.
      await expect(app.dataSource.query(`UPDATE development_step SET note = 'x' WHERE id = $1`, [exam.id])).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query(`DELETE FROM development_step WHERE id = $1`, [exam.id])).rejects.toThrow(/append-only/);
    });

    it("a stale version is a CONFLICT and writes nothing", async () => {
      const c = accepted(await steps.apply(branch.id, "并发者", "2000-01-01", "2022-09-01"));
      accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      const before = await fingerprint();
      const stale = await app.gql(DevAdvance, { input: { id: c.id, version: c.version, to: "WITHDRAWN", on: "2022-09-20", note: "撤回" } });
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      expect(await fingerprint()).toBe(before);
    });

    it("a step that changes none of the case's own fields still moves its version: the second of two pages recording it gets CONFLICT", async () => {
      let c: CaseRef = accepted(await steps.apply(branch.id, "同页者", "2000-01-01", "2022-09-01"));
      c = accepted(await steps.advance(c, "ACTIVIST", "2022-09-10"));
      const first = accepted(await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-10-01"));
      expect(first.version).toBe(c.version + 1);
      const before = await fingerprint();
      const second = await steps.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", "2022-10-01").catch((error: Error) => error);
      expect(String(second)).toMatch(/CONFLICT/);
      expect(await fingerprint()).toBe(before);
    });
  });
});
