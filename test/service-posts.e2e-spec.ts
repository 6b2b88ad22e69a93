import { generateDemoLiaison } from "../api/src/seed/demo-liaison";
import { generateDemoMembers } from "../api/src/seed/demo-members";
import { DEMO_FROM, DEMO_UNTIL, Diligence } from "../api/src/seed/demo-records";
import { generateDemoServicePosts } from "../api/src/seed/demo-service-posts";
import { Random } from "../api/src/seed/random";
import { seedCollegeStructure } from "../api/src/seed/seed-structure";
import { createMember, unitsByFullName, Unit } from "./support/fixtures";
import type { CreateServicePostInput, RecordServiceEvaluationInput, ServicePostFilter } from "./support/generated/graphql";
import {
  AppointServicePostHolder,
  CreateServicePost,
  EvaluationRecord,
  EvaluationScores,
  OrgUnits,
  PledgeArchive,
  PledgeCreate,
  PledgeEvaluations,
  PledgeTexts,
  PledgeUpdate,
  ServicePostArchive,
  ServicePostCoverage,
  ServicePostDemoTotals,
  ServicePostHolderEnd,
  ServicePostHolders,
  ServicePostNames,
  ServicePostTree,
  ServicePostTypeCreate,
  ServicePostTypes,
  ServicePostUpdate,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { startTestApp, TestApp } from "./support/test-app";

describe("service posts (设岗定责) and 三亮三比三评", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let types: Record<string, string>;
  let students: string[];
  let outsider: string;
  let faculty: string;
  let clerk: string;

  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM service_post)::int AS posts, (SELECT count(*) FROM service_post_holder)::int AS holders,
                (SELECT count(*) FROM service_pledge)::int AS pledges, (SELECT count(*) FROM service_evaluation)::int AS evaluations,
                (SELECT count(*) FROM service_post_type)::int AS types, (SELECT count(*) FROM audit_entry)::int AS audits`,
      )
    )[0];
  const createPost = (input: CreateServicePostInput) => app.gql(CreateServicePost, { input });
  const appoint = (postId: string, memberId: string, startDate = "2025-09-15") =>
    app.ok(AppointServicePostHolder, { input: { postId, memberId, startDate } }).then((d) => d.appointServicePostHolder);

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    const data = await app.ok(ServicePostTypes);
    types = Object.fromEntries(data.servicePostTypes.map((t) => [t.name, t.id]));
    students = [];
    for (const name of ["学生一", "学生二", "学生三", "学生四"])
      students.push((await createMember(app, units["自动化学院学生支部"].id, { name })).id);
    outsider = (await createMember(app, units["车辆工程学院学生支部"].id, { name: "外院学生" })).id;
    faculty = (await createMember(app, units["自动化学院教工支部"].id, { name: "自动化教师", category: "FACULTY" })).id;
    clerk = (await createMember(app, units["机关三支部"].id, { name: "财务处会计", category: "FACULTY" })).id;
  });
  afterAll(() => app.close());

  it("has the three post types the source names, and lets the college add more", async () => {
    expect(Object.keys(types)).toEqual(["政策宣传岗", "学习互助岗", "文明监督岗"]);
    const added = await app.ok(ServicePostTypeCreate, {
      input: { collegeId: app.collegeId!, name: "心理关爱岗", description: "关注同学心理健康" },
    });
    expect(added.createServicePostType).toEqual({ name: "心理关爱岗", builtIn: false });
    const twice = await app.gql(ServicePostTypeCreate, {
      input: { collegeId: app.collegeId!, name: "文明监督岗" },
    });
    expect(twice.errors?.[0].extensions?.fields).toHaveProperty("name");
    const all = await app.ok(ServicePostTypes);
    expect(all.servicePostTypes.map((t) => t.name)).toEqual(["政策宣传岗", "学习互助岗", "文明监督岗", "心理关爱岗"]);
  });

  describe("posts and holders", () => {
    let dormPost: { id: string; version: number };
    let studyPost: { id: string; version: number };

    beforeAll(async () => {
      dormPost = accepted(
        (
          await createPost({
            typeId: types["文明监督岗"],
            hostUnitId: units["自动化学院学生支部"].id,
            name: "北区 5 栋文明监督岗",
            placeKind: "DORM",
            place: "北区学生公寓 5 栋",
            duties: "督促寝室卫生与安全，劝导不文明行为",
            termStart: "2025-09-01",
            termEnd: "2026-07-15",
          })
        ).data!.createServicePost,
      );
      studyPost = accepted(
        (
          await createPost({
            typeId: types["学习互助岗"],
            hostUnitId: units["自动化学院学生支部"].id,
            name: "图书馆学习互助岗",
            placeKind: "CAMPUS",
            place: "图书馆三楼",
            duties: "组织学习小组",
            termStart: "2025-09-01",
          })
        ).data!.createServicePost,
      );
      await createPost({
        typeId: types["政策宣传岗"],
        hostUnitId: units["车辆工程学院学生支部"].id,
        name: "南区社区政策宣传岗",
        placeKind: "RESIDENCE_COMMUNITY",
        place: "南区生活社区",
        duties: "宣讲",
        termStart: "2025-09-01",
      });
    });

    it("sets up posts in a student branch and lists them by subtree, type, place and term, a page at a time", async () => {
      expect(dormPost).toMatchObject({
        __typename: "ServicePost",
        type: { name: "文明监督岗", builtIn: true },
        hostUnit: { name: "学生支部" },
        placeKind: "DORM",
      });
      const q = (filter: ServicePostFilter, first = 20, offset = 0) =>
        app.ok(ServicePostNames, { filter, first, offset }).then((d) => d.servicePosts);
      expect((await q({})).totalCount).toBe(3);
      expect((await q({ unitId: units["自动化学院党总支"].id })).totalCount).toBe(2);
      expect((await q({ typeId: types["政策宣传岗"] })).items).toEqual([{ name: "南区社区政策宣传岗" }]);
      expect((await q({ placeKind: "CAMPUS" })).items).toEqual([{ name: "图书馆学习互助岗" }]);
      expect((await q({ activeOn: "2026-09-01", unitId: units["自动化学院党总支"].id })).items).toEqual([{ name: "图书馆学习互助岗" }]);
      const page = await q({ unitId: units["自动化学院党总支"].id }, 1, 1);
      expect(page.totalCount).toBe(2);
      expect(page.items).toHaveLength(1);
    });

    it("refuses bad posts field by field and writes nothing", async () => {
      const before = await counts();
      const bad = await createPost({
        typeId: "x",
        hostUnitId: units["自动化学院学生支部"].id,
        name: "",
        placeKind: "DORM",
        place: "",
        duties: "d",
        termStart: "2025-09-01",
      });
      expect(Object.keys(bad.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(["name", "place", "typeId"]);
      const staffBranch = await createPost({
        typeId: types["文明监督岗"],
        hostUnitId: units["机关三支部"].id,
        name: "岗",
        placeKind: "CAMPUS",
        place: "行政楼",
        duties: "d",
        termStart: "2025-09-01",
      });
      expect(staffBranch.errors?.[0].extensions?.fields).toHaveProperty("hostUnitId");
      const dates = await createPost({
        typeId: types["文明监督岗"],
        hostUnitId: units["自动化学院学生支部"].id,
        name: "岗",
        placeKind: "CAMPUS",
        place: "操场",
        duties: "d",
        termStart: "2025-09-01",
        termEnd: "2025-08-01",
      });
      expect(dates.errors?.[0].extensions?.fields).toHaveProperty("termEnd");
      expect(await counts()).toEqual(before);
    });

    it("puts student members of the host branch on posts and refuses anyone else", async () => {
      expect(await appoint(dormPost.id, students[0])).toMatchObject({ __typename: "ServicePostHolder", member: { name: "学生一" } });
      expect(await appoint(studyPost.id, students[0])).toMatchObject({ __typename: "ServicePostHolder" });
      expect(await appoint(studyPost.id, students[1])).toMatchObject({ __typename: "ServicePostHolder" });
      const before = await counts();
      expect(await appoint(dormPost.id, faculty)).toMatchObject({ __typename: "Refusal", errorCode: "NOT_A_STUDENT", field: "memberId" });
      expect(await appoint(dormPost.id, outsider)).toMatchObject({
        __typename: "Refusal",
        errorCode: "MEMBER_NOT_IN_UNIT",
        field: "memberId",
      });
      expect(await appoint(dormPost.id, students[0])).toMatchObject({ __typename: "Refusal", errorCode: "ALREADY_LINKED" });
      const early = await app.gql(AppointServicePostHolder, {
        input: { postId: dormPost.id, memberId: students[2], startDate: "2025-08-01" },
      });
      expect(early.errors?.[0].extensions?.fields).toHaveProperty("startDate");
      expect(await counts()).toEqual(before);
      const post = await app.ok(ServicePostHolders, { id: studyPost.id });
      expect(post.servicePost!.holders.map((h) => h.member!.name).sort()).toEqual(["学生一", "学生二"]);
    });

    it("measures coverage as the share of student members holding a post on a day", async () => {
      const q = (unitId: string, on: string) => app.ok(ServicePostCoverage, { unitId, on }).then((d) => d.servicePostCoverage);
      const gb = await q(units["自动化学院党总支"].id, "2025-10-01");
      expect(gb).toEqual({
        studentMembers: 4,
        holders: 2,
        share: 0.5,
        unit: { name: "自动化学院党总支" },
        branches: [{ unit: { name: "学生支部" }, studentMembers: 4, holders: 2, share: 0.5 }],
      });
      expect((await q(units["自动化学院党总支"].id, "2025-09-01")).holders).toBe(0);
      expect(await q(units["机关三支部"].id, "2025-10-01")).toEqual({
        studentMembers: 0,
        holders: 0,
        share: 0,
        unit: { name: "机关三支部" },
        branches: [],
      });
      const college = await q(app.collegeId!, "2025-10-01");
      expect(college).toMatchObject({ studentMembers: 5, holders: 2, share: 0.4 });
    });

    it("ends a holding and withdraws a post with its holders, keeping the history; edits need the current version", async () => {
      const holder = (await app.ok(ServicePostHolders, { id: studyPost.id })).servicePost!.holders.find(
        (h) => h.member!.name === "学生二",
      )!;
      const ended = await app.ok(ServicePostHolderEnd, {
        input: { id: holder.id, version: holder.version, endDate: "2025-12-31" },
      });
      expect(ended.endServicePostHolder).toEqual({ __typename: "ServicePostHolder", endDate: "2025-12-31" });

      const update = (version: number) =>
        app.gql(ServicePostUpdate, {
          input: { id: dormPost.id, version, duties: "督促寝室卫生" },
        });
      expect((await update(dormPost.version)).data!.updateServicePost).toMatchObject({
        duties: "督促寝室卫生",
        version: dormPost.version + 1,
      });
      expect((await update(dormPost.version)).errors?.[0].extensions?.code).toBe("CONFLICT");

      const archived = await app.ok(ServicePostArchive, {
        input: { id: dormPost.id, version: dormPost.version + 1, reason: "宿舍楼改造" },
      });
      const archivedPost = accepted(archived.archiveServicePost);
      expect(archivedPost.archivedAt).toBeTruthy();
      expect(archivedPost.holders.every((h) => h.endDate !== null)).toBe(true);
      const audit = await app.dataSource.query(`SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [dormPost.id]);
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        "createServicePost",
        "updateServicePost",
        "archiveServicePost",
      ]);
      const coverage = await app.ok(ServicePostCoverage, {
        on: "2026-01-15",
        unitId: units["自动化学院党总支"].id,
      });
      expect(coverage.servicePostCoverage.holders).toBe(1);
    });
  });

  describe("三亮三比三评", () => {
    let pledge: { id: string; version: number };

    it("records a pledge at a service window and evaluations by the public, peers and leaders", async () => {
      const made = await app.ok(PledgeCreate, {
        input: {
          memberId: clerk,
          serviceWindow: "财务处窗口",
          standard: "报销材料一次性告知",
          identity: "共产党员 · 会计",
          pledge: "热情服务，限时办结",
          pledgedOn: "2025-09-10",
        },
      });
      expect(made.createServicePledge).toMatchObject({
        __typename: "ServicePledge",
        serviceWindow: "财务处窗口",
        member: { name: "财务处会计" },
        unit: { name: "机关三支部" },
      });
      pledge = accepted(made.createServicePledge);
      const evaluate = (input: RecordServiceEvaluationInput) => app.gql(EvaluationRecord, { input });
      for (const [kind, score, aspect] of [
        ["PUBLIC", 95, "CONDUCT"],
        ["PEER", 88, "SKILL"],
        ["LEADER", 90, "RESULTS"],
      ] as const) {
        const result = await evaluate({
          pledgeId: pledge.id,
          evaluatorKind: kind,
          evaluatorLabel: kind === "LEADER" ? "财务处处长" : "服务对象",
          aspect,
          score,
          evaluatedOn: "2025-12-20",
        });
        expect(result.data!.recordServiceEvaluation).toMatchObject({
          __typename: "ServiceEvaluation",
          evaluatorKind: kind,
          score,
          member: { name: "财务处会计" },
          pledge: { serviceWindow: "财务处窗口" },
        });
      }
      const direct = await evaluate({
        memberId: clerk,
        evaluatorKind: "PUBLIC",
        evaluatorLabel: "教师",
        score: 80,
        evaluatedOn: "2025-12-21",
      });
      expect(direct.data!.recordServiceEvaluation).toMatchObject({ __typename: "ServiceEvaluation", pledge: null });

      const before = await counts();
      const bad = await evaluate({
        pledgeId: pledge.id,
        evaluatorKind: "PUBLIC",
        evaluatorLabel: "",
        score: 101,
        evaluatedOn: "2025-12-20",
      });
      expect(Object.keys(bad.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(["evaluatorLabel", "score"]);
      const early = await evaluate({
        pledgeId: pledge.id,
        evaluatorKind: "PUBLIC",
        evaluatorLabel: "服务对象",
        score: 90,
        evaluatedOn: "2025-09-01",
      });
      expect(early.errors?.[0].extensions?.fields).toHaveProperty("evaluatedOn");
      const nobody = await evaluate({ evaluatorKind: "PUBLIC", evaluatorLabel: "服务对象", score: 90, evaluatedOn: "2025-12-01" });
      expect(nobody.errors?.[0].extensions?.fields).toHaveProperty("memberId");
      expect(await counts()).toEqual(before);

      const detail = await app.ok(PledgeEvaluations, {
        id: pledge.id,
      });
      expect(detail.servicePledge).toEqual({
        averageScore: 91,
        evaluations: [{ evaluatorKind: "PUBLIC" }, { evaluatorKind: "PEER" }, { evaluatorKind: "LEADER" }],
      });
      const list = await app.ok(EvaluationScores, { filter: { unitId: units["机关党总支"].id, evaluatorKind: "PUBLIC" }, first: 1 });
      expect(list.serviceEvaluations).toEqual({ totalCount: 2, items: [{ score: 80 }] });
      const pledges = await app.ok(PledgeTexts, { filter: { serviceWindow: "财务" } });
      expect(pledges.servicePledges).toEqual({ totalCount: 1, items: [{ pledge: "热情服务，限时办结" }] });
    });

    it("withdraws a pledge, after which it takes no more evaluations", async () => {
      const update = (version: number) => app.gql(PledgeUpdate, { input: { id: pledge.id, version, pledge: "微笑服务" } });
      expect((await update(pledge.version)).data!.updateServicePledge).toMatchObject({ pledge: "微笑服务" });
      expect((await update(pledge.version)).errors?.[0].extensions?.code).toBe("CONFLICT");
      await app.ok(PledgeArchive, {
        input: { id: pledge.id, version: pledge.version + 1, reason: "调岗" },
      });
      const refused = await app.ok(EvaluationRecord, {
        input: { pledgeId: pledge.id, evaluatorKind: "PEER", evaluatorLabel: "同事", score: 90, evaluatedOn: "2026-01-05" },
      });
      expect(refused.recordServiceEvaluation).toMatchObject({ __typename: "Refusal", errorCode: "RECORD_ARCHIVED" });
    });
  });

  it("loads posts → holders → member → branch in a constant number of statements", async () => {
    const measure = async () => {
      const before = app.queries.count;
      const data = await app.ok(ServicePostTree);
      return {
        statements: app.queries.count - before,
        holders: data.servicePosts.items.reduce((n, p) => n + p.holders.length, 0),
      };
    };
    const few = await measure();
    await app.dataSource.query(
      `WITH posts AS (
         INSERT INTO service_post (type_id, host_unit_id, college_id, name, place_kind, place, duties, term_start)
         SELECT '5e1a0001-0000-4000-8000-000000000003', $1, $2, '岗' || g, 'DORM', '公寓', '职责', '2025-09-01' FROM generate_series(1, 30) g RETURNING id
       ), members AS (
         INSERT INTO member (name, gender, category, standing, branch_id, college_id)
         SELECT '学生' || g, 'MALE', 'STUDENT', 'FULL', $1, $2 FROM generate_series(1, 30) g RETURNING id
       )
       INSERT INTO service_post_holder (post_id, member_id, college_id, start_date)
       SELECT p.id, m.id, $2, '2025-09-01' FROM posts p CROSS JOIN members m`,
      [units["自动化学院学生支部"].id, app.collegeId],
    );
    const many = await measure();
    // 30 more posts with the same 30 holders each, all on the one page of 100 posts.
    expect(many.holders).toBe(few.holders + 30 * 30);
    expect(many.statements).toBe(few.statements);
  });
});

describe("demo service posts and liaison", () => {
  let app: TestApp;
  const diligence = (id: string): Diligence => (ranks.get(id)! % 3 === 0 ? "EXEMPLARY" : ranks.get(id)! % 3 === 1 ? "TYPICAL" : "LAGGING");
  const ranks = new Map<string, number>();

  beforeAll(async () => {
    app = await startTestApp({
      seed: "empty",
      prepare: (dataSource) =>
        dataSource.transaction(async (em) => {
          const units = await seedCollegeStructure(em);
          units.forEach((u, i) => ranks.set(u.id, i));
          await generateDemoMembers(em, units, { members: 1500 });
          const base = { em, units, collegeId: units[0].id, from: DEMO_FROM, until: DEMO_UNTIL, diligence };
          await generateDemoLiaison({ ...base, random: new Random(1) });
          await generateDemoServicePosts({ ...base, random: new Random(2) });
        }),
    });
  });
  afterAll(() => app.close());

  it("makes diligent units visibly comply while lagging ones fall short", async () => {
    // Teachers' links: share of months with at least one dorm visit, by the diligence of the teacher's branch.
    const months = await app.dataSource.query(
      `SELECT a.unit_id, count(DISTINCT date_trunc('month', v.visited_on))::int AS months
         FROM liaison_assignment a LEFT JOIN liaison_visit v ON v.assignment_id = a.id AND v.kind = 'STUDENT_DORM_VISIT'
        WHERE a.kind = 'TEACHER_TO_STUDENTS' GROUP BY a.id, a.unit_id`,
    );
    const byDiligence = (d: Diligence) =>
      months.filter((r: { unit_id: string }) => diligence(r.unit_id) === d).map((r: { months: number }) => r.months);
    expect(byDiligence("EXEMPLARY").length).toBeGreaterThan(0);
    expect(Math.min(...byDiligence("EXEMPLARY"))).toBe(15);
    expect(Math.max(...byDiligence("LAGGING"))).toBeLessThan(12);

    const coverage = await app.ok(OrgUnits, { filter: { branchKind: "STUDENT" }, first: 100 });
    const shares = new Map<Diligence, number[]>();
    for (const { id } of coverage.orgUnits.items) {
      const c = (await app.ok(ServicePostCoverage, { unitId: id, on: "2026-03-01" })).servicePostCoverage;
      shares.set(diligence(id), [...(shares.get(diligence(id)) ?? []), c.share]);
    }
    expect(Math.min(...(shares.get("EXEMPLARY") ?? [1]))).toBeGreaterThan(0.4);
    expect(Math.max(...(shares.get("LAGGING") ?? [0]))).toBeLessThan(0.15);

    const classes = await app.ok(ServicePostDemoTotals);
    expect(classes.studentClasses.totalCount).toBeGreaterThanOrEqual(9 * 3 * 2);
    expect(classes.liaisonAssignments.totalCount).toBeGreaterThan(12);
    expect(classes.servicePledges.totalCount).toBeGreaterThan(0);
    expect(classes.serviceEvaluations.totalCount).toBeGreaterThan(classes.servicePledges.totalCount);
    const followUps = await app.dataSource.query(`SELECT count(*)::int AS all, count(resolved_on)::int AS resolved FROM liaison_follow_up`);
    expect(followUps[0].resolved).toBeGreaterThan(0);
    expect(followUps[0].resolved).toBeLessThan(followUps[0].all);
  });
});
