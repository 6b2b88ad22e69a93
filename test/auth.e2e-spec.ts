import { AUTH_POLICY } from "../api/src/auth/auth-policy";
import { ensureAdministrator } from "../api/src/auth/bootstrap";
import { UserRole } from "../api/src/auth/roles";
import { createMember, Unit, unitsByFullName } from "./support/fixtures";
import type { AuthChangePasswordMutation, AuthLoginMutation } from "./support/generated/graphql";
import {
  AuditEntriesOfMember,
  AuditEntriesTotal,
  AuthChangePassword,
  AuthLogin,
  CheckCreateMember,
  CheckMemberAndUnit,
  CheckMemberMasked,
  CheckMembersBranches,
  CheckMembersInUnit,
  CheckMembersMasked,
  CheckMembersTotal,
  CheckMutationNames,
  CheckOrgUnitFullNames,
  CheckOrgUnitsAndMembersTotals,
  CheckOrgUnitsTotal,
  CheckOrgUnitsTotalFirst100,
  CheckRenameOrgUnit,
  CheckUpdateMember,
  MeMemberRecord,
  MeUsername,
  MeUsernameRole,
  SessionLogout,
  SessionRefresh,
  TokenCreate,
  TokenCreateTokenOnly,
  TokenRevoke,
} from "./support/operations";
import { accepted } from "./support/refusal";
import { Client, httpClient, startTestApp, TestApp, TEST_PASSWORD } from "./support/test-app";

type LoginAnswer = AuthLoginMutation["login"];
type ChangePasswordAnswer = AuthChangePasswordMutation["changeMyPassword"];

/** The session a login answered; a refusal fails the test with its code. */
function signedIn(answer: LoginAnswer) {
  if (answer.__typename !== "AuthSession") throw new Error(`login refused: ${answer.errorCode} ${answer.message}`);
  return answer;
}

/** The refusal code of a login answer (none for a session). */
function errorCodeOf(answer: LoginAnswer) {
  return answer.__typename === "LoginRefused" ? answer.errorCode : undefined;
}

const LOCKED_15_MINUTES = {
  __typename: "LoginRefused",
  errorCode: "ACCOUNT_LOCKED",
  message: "密码错误次数过多，请 15 分钟后再试",
  retryAfterSeconds: 900,
};

/**
 * A client calling from `address`: the tests talk to 127.0.0.1, a trusted proxy
 * (`trust proxy loopback`), so the server takes the caller's address from X-Forwarded-For.
 */
function clientAt(app: TestApp, address: string, token?: string): Client {
  return httpClient(app.url, { "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) });
}

/** A locked answer some seconds into its lock: the same code, and the message names the minutes left. */
function expectLockedLater(answer: LoginAnswer | ChangePasswordAnswer) {
  expect(answer.__typename).toBe("LoginRefused");
  if (answer.__typename !== "LoginRefused") return;
  expect(answer.errorCode).toBe("ACCOUNT_LOCKED");
  expect(answer.retryAfterSeconds).toBeGreaterThan(0);
  expect(answer.retryAfterSeconds).toBeLessThanOrEqual(900);
  expect(answer.message).toBe(`密码错误次数过多，请 ${Math.ceil((answer.retryAfterSeconds ?? 0) / 60)} 分钟后再试`);
}

describe("accounts, sessions and scopes", () => {
  let app: TestApp;
  let units: Record<string, Unit>;
  let ownMember: { id: string; version: number };
  let otherMember: { id: string; version: number };

  beforeAll(async () => {
    app = await startTestApp();
    units = await unitsByFullName(app);
    ownMember = await createMember(app, units["财经学院学生支部"].id, { birthDate: "2000-01-01" });
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
        const session = await fresh.client().ok(AuthLogin, { i: { username: "admin", password: created!.password } });
        expect(signedIn(session.login).user).toEqual({ username: "admin", role: "ADMIN" });
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
      const wrong = await app.client().ok(AuthLogin, { i: { username: "wrong.pw", password: "not-the-password" } });
      const unknown = await app.client().ok(AuthLogin, { i: { username: "nobody.here", password: "not-the-password" } });
      expect(wrong.login).toEqual({
        __typename: "LoginRefused",
        errorCode: "INVALID_CREDENTIALS",
        message: "用户名或密码错误",
        retryAfterSeconds: null,
      });
      expect(unknown.login).toEqual(wrong.login);
    });

    it("stops one address after 5 wrong passwords for a name, while the right password from another address still signs in", async () => {
      await app.clientFor({ username: "locked.out", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const attacker = clientAt(app, "198.51.100.1");
      const attempt = async (client: Client, password: string) =>
        (await client.ok(AuthLogin, { i: { username: "locked.out", password } })).login;
      for (let i = 0; i < 4; i++) {
        expect(await attempt(attacker, "bad-password")).toEqual({
          __typename: "LoginRefused",
          errorCode: "INVALID_CREDENTIALS",
          message: "用户名或密码错误",
          retryAfterSeconds: null,
        });
      }
      expect(await attempt(attacker, "bad-password")).toEqual(LOCKED_15_MINUTES);
      expectLockedLater(await attempt(attacker, TEST_PASSWORD));

      const owner = await attempt(clientAt(app, "203.0.113.7"), TEST_PASSWORD);
      expect(owner.__typename).toBe("AuthSession");
      expect(signedIn(owner).user).toEqual({ username: "locked.out", role: "LEADERSHIP" });
      // …and signing in elsewhere does not lift the attacker's lock.
      expectLockedLater(await attempt(attacker, TEST_PASSWORD));

      const audit = await app.dataSource.query(`SELECT operation FROM audit_entry WHERE actor_label = 'login:locked.out' ORDER BY id`);
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        "loginFailed",
        "loginFailed",
        "loginFailed",
        "loginFailed",
        "loginLocked",
      ]);
      const throttle = await app.dataSource.query(
        `SELECT kind, subject, failures FROM login_throttle WHERE subject LIKE 'locked.out|%' ORDER BY subject`,
      );
      expect(throttle).toEqual([{ kind: "ACCOUNT_ADDRESS", subject: "locked.out|198.51.100.1", failures: 7 }]);
    });

    it("answers an unknown name exactly like a real one, wrong and locked alike", async () => {
      await app.clientFor({ username: "real.name", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const answers = async (username: string) => {
        const client = clientAt(app, "198.51.100.20");
        const seen = [];
        for (let i = 0; i < 6; i++) seen.push((await client.ok(AuthLogin, { i: { username, password: "bad-password" } })).login);
        return seen;
      };
      const real = await answers("real.name");
      const unknown = await answers("no.such.name");
      const wrong = { __typename: "LoginRefused", errorCode: "INVALID_CREDENTIALS", message: "用户名或密码错误", retryAfterSeconds: null };
      expect(real.slice(0, 5)).toEqual([wrong, wrong, wrong, wrong, LOCKED_15_MINUTES]);
      expect(unknown.slice(0, 5)).toEqual(real.slice(0, 5));
      expectLockedLater(real[5]);
      expectLockedLater(unknown[5]);
      expect({ ...unknown[5], retryAfterSeconds: 0, message: "" }).toEqual({ ...real[5], retryAfterSeconds: 0, message: "" });
    });

    it("checks exactly 5 passwords of 10 sent at once for one name from one address", async () => {
      await app.clientFor({ username: "parallel", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const client = clientAt(app, "198.51.100.30");
      const results = await Promise.all(
        Array.from({ length: 10 }, () => client.ok(AuthLogin, { i: { username: "parallel", password: "bad-password" } })),
      );
      const codes = results.map((r) => errorCodeOf(r.login)).sort();
      expect(codes).toEqual([...Array(6).fill("ACCOUNT_LOCKED"), ...Array(4).fill("INVALID_CREDENTIALS")]);
      const audit = await app.dataSource.query(`SELECT operation FROM audit_entry WHERE actor_label = 'login:parallel' ORDER BY operation`);
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        "loginFailed",
        "loginFailed",
        "loginFailed",
        "loginFailed",
        "loginLocked",
      ]);
    });

    it(`stops an address after ${AUTH_POLICY.maxFailedLoginsPerAddress} wrong passwords for any names; other addresses are not affected`, async () => {
      await app.clientFor({ username: "sprayed", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const sprayer = clientAt(app, "2001:db8:5:6:1::1");
      const answers: (string | undefined)[] = [];
      for (let i = 0; i < AUTH_POLICY.maxFailedLoginsPerAddress; i++) {
        answers.push(errorCodeOf((await sprayer.ok(AuthLogin, { i: { username: `guess.${i % 10}`, password: "bad-password" } })).login));
      }
      expect(answers).toEqual([...Array(AUTH_POLICY.maxFailedLoginsPerAddress - 1).fill("INVALID_CREDENTIALS"), "ACCOUNT_LOCKED"]);
      // The whole /64 is one address for throttling: the next host in it is as stopped.
      expectLockedLater(
        (await clientAt(app, "2001:db8:5:6:ffff::2").ok(AuthLogin, { i: { username: "sprayed", password: TEST_PASSWORD } })).login,
      );
      expect(
        (await clientAt(app, "2001:db8:5:7::1").ok(AuthLogin, { i: { username: "sprayed", password: TEST_PASSWORD } })).login.__typename,
      ).toBe("AuthSession");
      const [address] = await app.dataSource.query(
        `SELECT failures, locked_until > now() AS locked FROM login_throttle WHERE kind = 'ADDRESS' AND subject = '2001:db8:5:6::/64'`,
      );
      expect(address).toEqual({ failures: AUTH_POLICY.maxFailedLoginsPerAddress + 1, locked: true });
    });

    it("counts wrong current passwords in changeMyPassword with the failed logins, and refuses it like login once locked", async () => {
      await app.clientFor({ username: "oracle", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const address = "198.51.100.40";
      const guessing = clientAt(app, address);
      const session = signedIn(
        (await clientAt(app, "203.0.113.40").ok(AuthLogin, { i: { username: "oracle", password: TEST_PASSWORD } })).login,
      ).accessToken;
      const stolen = clientAt(app, address, session);
      const change = async (currentPassword: string) =>
        (await stolen.ok(AuthChangePassword, { i: { currentPassword, newPassword: "a-new-password-1" } })).changeMyPassword;
      const wrongCurrent = {
        __typename: "LoginRefused",
        errorCode: "INVALID_CREDENTIALS",
        message: "当前密码不正确",
        retryAfterSeconds: null,
      };

      for (let i = 0; i < 2; i++)
        expect(errorCodeOf((await guessing.ok(AuthLogin, { i: { username: "oracle", password: "bad-password" } })).login)).toBe(
          "INVALID_CREDENTIALS",
        );
      expect(await change("guess-1")).toEqual(wrongCurrent);
      expect(await change("guess-2")).toEqual(wrongCurrent);
      expect(await change("guess-3")).toEqual(LOCKED_15_MINUTES);
      expectLockedLater(await change(TEST_PASSWORD));
      expectLockedLater((await guessing.ok(AuthLogin, { i: { username: "oracle", password: TEST_PASSWORD } })).login);

      const [user] = await app.dataSource.query(`SELECT id, locked_until > now() AS shown_locked FROM app_user WHERE username = 'oracle'`);
      expect(user.shown_locked).toBe(true);
      const audit = await app.dataSource.query(
        `SELECT operation FROM audit_entry WHERE entity_id = $1 AND operation NOT IN ('createUser', 'login') ORDER BY id`,
        [user.id],
      );
      expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
        "loginFailed",
        "loginFailed",
        "changePasswordFailed",
        "changePasswordFailed",
        "changePasswordLocked",
      ]);
      // Nothing changed: the password is the old one, from an address that is not locked.
      expect(
        (await clientAt(app, "203.0.113.41").ok(AuthLogin, { i: { username: "oracle", password: TEST_PASSWORD } })).login.__typename,
      ).toBe("AuthSession");
    });

    it("changes the password with the right current one and ends the other sessions", async () => {
      await app.clientFor({ username: "changer", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const other = signedIn((await app.client().ok(AuthLogin, { i: { username: "changer", password: TEST_PASSWORD } })).login).accessToken;
      const current = signedIn(
        (await app.client().ok(AuthLogin, { i: { username: "changer", password: TEST_PASSWORD } })).login,
      ).accessToken;
      const changed = await app
        .client(current)
        .ok(AuthChangePassword, { i: { currentPassword: TEST_PASSWORD, newPassword: "a-new-password-2" } });
      expect(changed.changeMyPassword).toEqual({ __typename: "User", username: "changer" });
      expect((await app.client(other).gql(MeUsername)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client(current).ok(MeUsername)).me).toEqual({ username: "changer" });
      expect((await app.client().ok(AuthLogin, { i: { username: "changer", password: "a-new-password-2" } })).login.__typename).toBe(
        "AuthSession",
      );
    });

    it("rotates tokens on refresh and ends the session on logout", async () => {
      await app.clientFor({ username: "rotating", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const first = signedIn((await app.client().ok(AuthLogin, { i: { username: "rotating", password: TEST_PASSWORD } })).login);
      const second = (await app.client().ok(SessionRefresh, { t: first.refreshToken })).refreshSession;
      expect(second.accessToken).not.toBe(first.accessToken);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await app.client(first.accessToken).gql(MeUsername)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

      const session = app.client(second.accessToken);
      expect((await session.ok(MeUsernameRole)).me).toEqual({ username: "rotating", role: "LEADERSHIP" });
      expect((await session.ok(SessionLogout)).logout).toBe(true);
      expect((await session.gql(MeUsername)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client().gql(SessionRefresh, { t: second.refreshToken })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("revokes every session refreshed from a login when one of its rotated refresh tokens is used again", async () => {
      await app.clientFor({ username: "replayed", role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const first = signedIn((await app.client().ok(AuthLogin, { i: { username: "replayed", password: TEST_PASSWORD } })).login);
      const elsewhere = signedIn((await app.client().ok(AuthLogin, { i: { username: "replayed", password: TEST_PASSWORD } })).login);
      const second = (await app.client().ok(SessionRefresh, { t: first.refreshToken })).refreshSession;
      const third = (await app.client().ok(SessionRefresh, { t: second.refreshToken })).refreshSession;
      expect((await app.client(third.accessToken).ok(MeUsername)).me).toEqual({ username: "replayed" });

      const replay = await app.client().gql(SessionRefresh, { t: first.refreshToken });
      expect(replay.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(replay.data).toBeNull();
      expect((await app.client(third.accessToken).gql(MeUsername)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client().gql(SessionRefresh, { t: third.refreshToken })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      // Another login of the same account is another family: untouched.
      expect((await app.client(elsewhere.accessToken).ok(MeUsername)).me).toEqual({ username: "replayed" });

      const sessions = await app.dataSource.query(
        `SELECT count(*)::int AS sessions, count(*) FILTER (WHERE revoked_at IS NULL)::int AS live, count(DISTINCT family_id)::int AS families
           FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE username = 'replayed')`,
      );
      // clientFor's own login, `elsewhere`, and the revoked family of three.
      expect(sessions).toEqual([{ sessions: 5, live: 2, families: 3 }]);
      const audit = await app.dataSource.query(`SELECT operation, actor_label FROM audit_entry WHERE operation = 'refreshTokenReused'`);
      expect(audit).toEqual([{ operation: "refreshTokenReused", actor_label: "refresh:replayed" }]);
    });

    it("answers UNAUTHENTICATED to no token and to a forged one, and never runs the operation", async () => {
      expect((await app.client().gql(CheckOrgUnitsTotal)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client("pa_forged").gql(CheckOrgUnitsTotal)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await app.client("something-else").gql(CheckOrgUnitsTotal)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("scopes", () => {
    it("confines a branch secretary to their branch: other branches' units and members do not exist for them", async () => {
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["财经学院学生支部"].id });
      const list = await secretary.ok(CheckMembersBranches);
      expect(list.members.items.map((m: { branch: { id: string } }) => m.branch.id)).toEqual(
        list.members.items.map(() => units["财经学院学生支部"].id),
      );
      expect(list.members.items.map((m: { id: string }) => m.id)).toContain(ownMember.id);
      const lookups = await secretary.ok(CheckMemberAndUnit, {
        m: otherMember.id,
        u: units["信息工程学院学生支部"].id,
      });
      expect(lookups).toEqual({ member: null, orgUnit: null });
      const filtered = await secretary.ok(CheckMembersInUnit, {
        u: units["信息工程学院学生支部"].id,
      });
      expect(filtered.members.totalCount).toBe(0);
      const units2 = await secretary.ok(CheckOrgUnitFullNames);
      expect(units2.orgUnits.items.map((u: { fullName: string }) => u.fullName)).toEqual(["财经学院学生支部"]);

      const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
      const edit = await secretary.gql(CheckUpdateMember, {
        i: { id: otherMember.id, version: otherMember.version, name: "越权修改" },
      });
      expect(edit.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const add = await secretary.gql(CheckCreateMember, {
        i: { name: "越权新增", gender: "MALE", category: "STUDENT", standing: "FULL", branchId: units["信息工程学院学生支部"].id },
      });
      expect(add.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
    });

    it("lets a general-branch secretary see every branch of their general branch and nothing else", async () => {
      const gb = await app.clientFor({ role: UserRole.GENERAL_BRANCH_SECRETARY, scopeUnitId: units["财经学院党总支"].id });
      const seen = await gb.ok(CheckOrgUnitFullNames);
      expect(seen.orgUnits.items.map((u: { fullName: string }) => u.fullName).sort()).toEqual(
        ["财经学院党总支", "财经学院学生支部", "财经学院教工一支部", "财经学院教工二支部"].sort(),
      );
    });

    it("gives leadership every record to read and nothing to change", async () => {
      const leader = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      const seen = await leader.ok(CheckOrgUnitsAndMembersTotals);
      expect(seen.orgUnits.totalCount).toBe(52);
      // Every member of the college: the ones this file created so far, counted where they are stored.
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM member WHERE status = 'ACTIVE' AND college_id = $1`, [
        app.collegeId,
      ]);
      expect(seen.members.totalCount).toBe(n);
      const change = await leader.gql(CheckRenameOrgUnit, {
        i: { id: units["机关一支部"].id, version: units["机关一支部"].version, name: "改名" },
      });
      expect(change.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("shows a member their own record, unmasked, and nobody else's", async () => {
      const self = await app.clientFor({ role: UserRole.MEMBER, memberId: ownMember.id });
      const me = await self.ok(MeMemberRecord);
      expect(me.me).toEqual({
        role: "MEMBER",
        member: {
          id: ownMember.id,
          phone: "13912345678",
          idNumber: "500101200001011234",
          birthDate: "2000-01-01",
          birthMonth: "2000-01",
          branch: { name: "学生支部" },
        },
      });
      expect((await self.gql(CheckMembersTotal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((await self.gql(CheckOrgUnitsTotal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("masks ID numbers and phones for committee members and shows them to the secretary", async () => {
      const query = CheckMemberMasked;
      const committee = await app.clientFor({ role: UserRole.BRANCH_COMMITTEE, scopeUnitId: units["财经学院学生支部"].id });
      const secretary = await app.clientFor({ role: UserRole.BRANCH_SECRETARY, scopeUnitId: units["财经学院学生支部"].id });
      // Only the last 4 and the birth month: the region and the day of birth stay unknown.
      expect((await committee.ok(query, { id: ownMember.id })).member).toEqual({
        idNumber: "**************1234",
        phone: "*******5678",
        birthDate: null,
        birthMonth: "2000-01",
      });
      expect((await committee.ok(CheckMembersMasked)).members.items).toContainEqual({
        id: ownMember.id,
        idNumber: "**************1234",
        birthDate: null,
      });
      expect((await secretary.ok(query, { id: ownMember.id })).member).toEqual({
        idNumber: "500101200001011234",
        phone: "13912345678",
        birthDate: "2000-01-01",
        birthMonth: "2000-01",
      });
    });
  });

  describe("integration tokens", () => {
    it("reads within its scope and permissions, is stored only as a hash, records its use, and stops when revoked", async () => {
      const created = await app.ok(TokenCreate, {
        i: { name: "迎新系统", permissions: ["ORG_READ"], scopeUnitId: units["财经学院党总支"].id },
      });
      const { token, apiToken } = created.createApiToken;
      expect(token).toMatch(/^pt_/);
      expect(apiToken).toMatchObject({ tokenPrefix: token.slice(0, 10), permissions: ["ORG_READ"], lastUsedAt: null });
      const stored = await app.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
      expect(stored[0].token_hash).not.toContain(token.slice(3));

      const integration = app.client(token);
      const seen = await integration.ok(CheckOrgUnitsTotalFirst100);
      expect(seen.orgUnits.totalCount).toBe(4);
      expect((await integration.gql(CheckMembersTotal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const used = await app.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [apiToken.id]);
      expect(used[0].last_used_at).not.toBeNull();

      const revoked = await app.ok(TokenRevoke, {
        id: apiToken.id,
        v: apiToken.version,
      });
      expect(accepted(revoked.revokeApiToken).revokedAt).toBeTruthy();
      expect((await integration.gql(CheckOrgUnitsTotal)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("cannot be given account administration", async () => {
      const result = await app.gql(TokenCreateTokenOnly, {
        i: { name: "越权", permissions: ["ACCOUNT_ADMIN"], scopeUnitId: app.collegeId! },
      });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { permissions: [expect.stringContaining("ACCOUNT_ADMIN")] },
      });
    });
  });

  describe("audit", () => {
    it("is queryable by administrators with filters, newest first, and by nobody else", async () => {
      const entries = await app.ok(AuditEntriesOfMember, {
        id: ownMember.id,
      });
      expect(entries.auditEntries.totalCount).toBe(1);
      expect(entries.auditEntries.items[0]).toMatchObject({ operation: "createMember", actorLabel: "test.admin (test.admin)" });
      const leader = await app.clientFor({ role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
      expect((await leader.gql(AuditEntriesTotal)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    it("has no operation that edits or deletes an audit entry, and never records a password hash", async () => {
      const schema = await app.ok(CheckMutationNames);
      const mutations = schema.__schema.mutationType!.fields!.map((f) => f.name);
      expect(mutations.filter((name: string) => /audit/i.test(name))).toEqual([]);
      const leaked = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE before::text LIKE '%argon2%' OR after::text LIKE '%argon2%'`,
      );
      expect(leaked[0].n).toBe(0);
    });
  });
});
