import { ensureAdministrator } from "../api/src/auth/bootstrap";
import { UserRole } from "../api/src/auth/roles";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import { startTestApp, TestApp, TEST_PASSWORD } from "./support/test-app";

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) {
  __typename
  ... on AuthSession { accessToken refreshToken user { username role } }
  ... on LoginRefused { errorCode message retryAfterSeconds } } }`;

describe("accounts, sessions and scopes", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let ownMember: { id: string; version: number };
  let otherMember: { id: string; version: number };

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    ownMember = await createMember(app, units["财经学院学生支部"].id);
    otherMember = await createMember(app, units["信息工程学院学生支部"].id);
  });
  afterAll(() => app.close());

  describe("first start", () => {
    it("creates one administrator, with a generated password shown once, that can sign in", async () => {
      let created: Awaited<ReturnType<typeof ensureAdministrator>> = null;
      const fresh = await startTestApp({ prepare: async (ds) => (created = await ensureAdministrator(ds)) });
      try {
        expect(created).toMatchObject({ username: "admin", generated: true });
        expect(created!.password).toMatch(/^[A-Za-z2-9]{16}$/);
        expect(await ensureAdministrator(fresh.dataSource)).toBeNull();
        const session = await fresh.client().ok(LOGIN, { i: { username: "admin", password: created!.password } });
        expect(session.login.user).toEqual({ username: "admin", role: "ADMIN" });
        const [stored] = await fresh.dataSource.query(`SELECT password_hash FROM app_user WHERE username = 'admin'`);
        expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      } finally {
        await fresh.close();
      }
    });
  });

  describe("login", () => {
    it("refuses a wrong password and an unknown user with the same answer", async () => {
      await app.clientFor({ username: "wrong.pw", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const wrong = await app.client().ok(LOGIN, { i: { username: "wrong.pw", password: "not-the-password" } });
      const unknown = await app.client().ok(LOGIN, { i: { username: "nobody.here", password: "not-the-password" } });
      expect(wrong.login).toEqual({ __typename: "LoginRefused", errorCode: "INVALID_CREDENTIALS", message: "用户名或密码错误", retryAfterSeconds: null });
      expect(unknown.login).toEqual(wrong.login);
    });

    it("locks the account for 15 minutes after 5 failures in a row, even against the right password", async () => {
      await app.clientFor({ username: "locked.out", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const attempt = (password: string) => app.client().ok(LOGIN, { i: { username: "locked.out", password } });
      for (let i = 0; i < 4; i++) expect((await attempt("bad-password")).login.errorCode).toBe("INVALID_CREDENTIALS");
      const fifth = await attempt("bad-password");
      expect(fifth.login).toMatchObject({ errorCode: "ACCOUNT_LOCKED", retryAfterSeconds: 900 });
      const right = await attempt(TEST_PASSWORD);
      expect(right.login.errorCode).toBe("ACCOUNT_LOCKED");
      expect(right.login.retryAfterSeconds).toBeGreaterThan(890);
      const audit = await app.dataSource.query(`SELECT operation FROM audit_entry WHERE actor_label = 'login:locked.out' ORDER BY id`);
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual(["loginFailed", "loginFailed", "loginFailed", "loginFailed", "loginLocked"]);
    });

    it("rotates tokens on refresh and ends the session on logout", async () => {
      await app.clientFor({ username: "rotating", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const first = (await app.client().ok(LOGIN, { i: { username: "rotating", password: TEST_PASSWORD } })).login;
      const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
      const second = (await app.client().ok(REFRESH, { t: first.refreshToken })).refreshSession;
      expect(second.accessToken).not.toBe(first.accessToken);
      const reused = await app.client().gql(REFRESH, { t: first.refreshToken });
      expect(reused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client(first.accessToken).gql(`{ me { username } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

      const session = app.client(second.accessToken);
      expect((await session.ok(`{ me { username role } }`)).me).toEqual({ username: "rotating", role: "LEADERSHIP" });
      expect((await session.ok(`mutation { logout }`)).logout).toBe(true);
      expect((await session.gql(`{ me { username } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("answers UNAUTHENTICATED to no token and to a forged one, and never runs the operation", async () => {
      expect((await app.client().gql(`{ orgUnits { totalCount } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client("pa_forged").gql(`{ orgUnits { totalCount } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client("something-else").gql(`{ orgUnits { totalCount } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("scopes", () => {
    it("confines a branch secretary to their branch: other branches' units and members do not exist for them", async () => {
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["财经学院学生支部"].id });
      const list = await secretary.ok(`{ members(first: 100) { totalCount items { id branch { id } } } }`);
      expect(list.members.items.map((m: { branch: { id: string } }) => m.branch.id)).toEqual(
        list.members.items.map(() => units["财经学院学生支部"].id),
      );
      expect(list.members.items.map((m: { id: string }) => m.id)).toContain(ownMember.id);
      const lookups = await secretary.ok(`query($m: ID!, $u: ID!) { member(id: $m) { id } orgUnit(id: $u) { id } }`, {
        m: otherMember.id, u: units["信息工程学院学生支部"].id,
      });
      expect(lookups).toEqual({ member: null, orgUnit: null });
      const filtered = await secretary.ok(`query($u: ID!) { members(filter: { unitId: $u }) { totalCount } }`, { u: units["信息工程学院学生支部"].id });
      expect(filtered.members.totalCount).toBe(0);
      const units2 = await secretary.ok(`{ orgUnits(first: 100) { items { fullName } } }`);
      expect(units2.orgUnits.items.map((u: { fullName: string }) => u.fullName)).toEqual(["财经学院学生支部"]);

      const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
      const edit = await secretary.gql(`mutation($i: UpdateMemberInput!) { updateMember(input: $i) { __typename } }`, {
        i: { id: otherMember.id, version: otherMember.version, name: "越权修改" },
      });
      expect(edit.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const add = await secretary.gql(`mutation($i: CreateMemberInput!) { createMember(input: $i) { __typename } }`, {
        i: { name: "越权新增", gender: "MALE", category: "STUDENT", standing: "FULL", branchId: units["信息工程学院学生支部"].id },
      });
      expect(add.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
    });

    it("lets a general-branch secretary see every branch of their general branch and nothing else", async () => {
      const gb = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: units["财经学院党总支"].id });
      const seen = await gb.ok(`{ orgUnits(first: 100) { items { fullName } } }`);
      expect(seen.orgUnits.items.map((u: { fullName: string }) => u.fullName).sort()).toEqual(
        ["财经学院党总支", "财经学院学生支部", "财经学院教工一支部", "财经学院教工二支部"].sort(),
      );
    });

    it("gives leadership every record to read and nothing to change", async () => {
      const leader = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const seen = await leader.ok(`{ orgUnits(first: 100) { totalCount } members { totalCount } }`);
      expect(seen.orgUnits.totalCount).toBe(52);
      expect(seen.members.totalCount).toBeGreaterThanOrEqual(2);
      const change = await leader.gql(`mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { __typename } }`, {
        i: { id: units["机关一支部"].id, version: units["机关一支部"].version, name: "改名" },
      });
      expect(change.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("shows a member their own record, unmasked, and nobody else's", async () => {
      const self = await app.clientFor({ role: UserRole.MEMBER, memberId: ownMember.id });
      const me = await self.ok(`{ me { role member { id phone idNumber branch { name } } } }`);
      expect(me.me).toEqual({ role: "MEMBER", member: { id: ownMember.id, phone: "13912345678", idNumber: "500101200001011234", branch: { name: "学生支部" } } });
      expect((await self.gql(`{ members { totalCount } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((await self.gql(`{ orgUnits { totalCount } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("masks ID numbers and phones for committee members and shows them to the secretary", async () => {
      const query = `query($id: ID!) { member(id: $id) { idNumber phone } }`;
      const committee = await app.clientFor({ role: UserRole.BRANCH_COMMITTEE, scopeUnitId: units["财经学院学生支部"].id });
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["财经学院学生支部"].id });
      expect((await committee.ok(query, { id: ownMember.id })).member).toEqual({ idNumber: "500***********1234", phone: "139****5678" });
      expect((await secretary.ok(query, { id: ownMember.id })).member).toEqual({ idNumber: "500101200001011234", phone: "13912345678" });
    });
  });

  describe("integration tokens", () => {
    it("reads within its scope and permissions, is stored only as a hash, records its use, and stops when revoked", async () => {
      const created = await app.ok(
        `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id version tokenPrefix permissions lastUsedAt } } }`,
        { i: { name: "迎新系统", permissions: ["ORG_READ"], scopeUnitId: units["财经学院党总支"].id } },
      );
      const { token, apiToken } = created.createApiToken;
      expect(token).toMatch(/^pt_/);
      expect(apiToken).toMatchObject({ tokenPrefix: token.slice(0, 10), permissions: ["ORG_READ"], lastUsedAt: null });
      const stored = await app.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
      expect(stored[0].token_hash).not.toContain(token.slice(3));

      const integration = app.client(token);
      const seen = await integration.ok(`{ orgUnits(first: 100) { totalCount } }`);
      expect(seen.orgUnits.totalCount).toBe(4);
      expect((await integration.gql(`{ members { totalCount } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const used = await app.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [apiToken.id]);
      expect(used[0].last_used_at).not.toBeNull();

      const revoked = await app.ok(`mutation($id: ID!, $v: Int!) { revokeApiToken(id: $id, version: $v) { __typename ... on ApiToken { revokedAt } } }`, {
        id: apiToken.id, v: apiToken.version,
      });
      expect(revoked.revokeApiToken.revokedAt).toBeTruthy();
      expect((await integration.gql(`{ orgUnits { totalCount } }`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("cannot be given account administration", async () => {
      const result = await app.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
        i: { name: "越权", permissions: ["ACCOUNT_ADMIN"], scopeUnitId: app.collegeId },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { permissions: [expect.stringContaining("ACCOUNT_ADMIN")] } });
    });
  });

  describe("audit", () => {
    it("is queryable by administrators with filters, newest first, and by nobody else", async () => {
      const entries = await app.ok(`query($id: ID!) { auditEntries(filter: { entityType: "Member", entityId: $id }) { totalCount items { operation actorLabel after } } }`, {
        id: ownMember.id,
      });
      expect(entries.auditEntries.totalCount).toBe(1);
      expect(entries.auditEntries.items[0]).toMatchObject({ operation: "createMember", actorLabel: "test.admin (test.admin)" });
      const leader = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      expect((await leader.gql(`{ auditEntries { totalCount } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("has no operation that edits or deletes an audit entry, and never records a password hash", async () => {
      const schema = await app.ok(`{ __schema { mutationType { fields { name } } } }`);
      const mutations = schema.__schema.mutationType.fields.map((f: { name: string }) => f.name);
      expect(mutations.filter((name: string) => /audit/i.test(name))).toEqual([]);
      const leaked = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE before::text LIKE '%argon2%' OR after::text LIKE '%argon2%'`);
      expect(leaked[0].n).toBe(0);
    });
  });
});
