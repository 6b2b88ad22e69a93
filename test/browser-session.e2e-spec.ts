import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { UserRole } from "../api/src/auth/roles";
import { AUTH_POLICY } from "../api/src/auth/auth-policy";
import { BrowserRefresh, BrowserSignIn, MeUsername, SessionLogout } from "./support/operations";
import { operationText, startTestApp, TestApp, TEST_PASSWORD } from "./support/test-app";

/** One POST to /graphql as a browser page would send it; the answer with its Set-Cookie lines. */
async function post(
  app: TestApp,
  operation: TypedDocumentNode<any, any>,
  options: { cookie?: string; token?: string; headers?: Record<string, string>; variables?: unknown; contentType?: string } = {},
) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: operationText(operation), variables: options.variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: safeJson(text), setCookie: response.headers.getSetCookie() };
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The `name=value` of the refresh cookie set by an answer (what the browser sends back), or undefined. */
function refreshCookie(setCookie: string[]): string | undefined {
  const line = setCookie.find((l) => l.startsWith("party_refresh="));
  return line?.split(";")[0];
}

describe("browser sessions: the refresh token in an httpOnly cookie", () => {
  let app: TestApp;
  const signIn = (username: string, headers: Record<string, string> = {}) =>
    post(app, BrowserSignIn, { variables: { i: { username, password: TEST_PASSWORD } }, headers });

  beforeAll(async () => {
    app = await startTestApp();
    for (const username of ["browser.a", "browser.b", "browser.c", "browser.d", "browser.e", "browser.f"]) {
      await app.clientFor({ username, role: UserRole.LEADERSHIP, scopeUnitId: app.collegeId });
    }
  });
  afterAll(() => app.close());

  it("signs in with the refresh token only in an httpOnly, SameSite=Strict cookie limited to /graphql", async () => {
    const answer = await signIn("browser.a");
    expect(answer.status).toBe(200);
    const session = answer.body.data.browserLogin;
    expect(session).toMatchObject({ __typename: "BrowserSession", user: { username: "browser.a" } });
    expect(answer.text).not.toContain("pr_");
    expect(answer.setCookie).toHaveLength(1);
    const attributes = answer.setCookie[0].split(";").map((a) => a.trim());
    expect(attributes[0]).toMatch(/^party_refresh=pr_[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(expect.arrayContaining(["Path=/graphql", "HttpOnly", "SameSite=Strict"]));
    // plain HTTP (development on localhost): not Secure, or the browser would drop it
    expect(attributes).not.toContain("Secure");
    const expires = new Date(attributes.find((a) => a.startsWith("Expires="))!.slice("Expires=".length));
    expect(Math.abs(expires.getTime() - new Date(session.refreshExpiresAt).getTime())).toBeLessThan(1000);
    expect(expires.getTime() - Date.now()).toBeGreaterThan((AUTH_POLICY.refreshTtlDays * 86_400 - 60) * 1000);
    expect((await app.client(session.accessToken).ok(MeUsername)).me).toEqual({ username: "browser.a" });
  });

  it("marks the cookie Secure when the request came over HTTPS (a trusted proxy's X-Forwarded-Proto)", async () => {
    const answer = await signIn("browser.b", { "x-forwarded-proto": "https" });
    expect(answer.setCookie[0].split(";").map((a) => a.trim())).toContain("Secure");
  });

  it("refreshes from the cookie and rotates it; a replayed cookie ends the whole family and is cleared", async () => {
    const first = refreshCookie((await signIn("browser.c")).setCookie)!;
    const refreshed = await post(app, BrowserRefresh, { cookie: first });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.data.refreshBrowserSession.user).toEqual({ username: "browser.c" });
    expect(refreshed.text).not.toContain("pr_");
    const second = refreshCookie(refreshed.setCookie)!;
    expect(second).toMatch(/^party_refresh=pr_/);
    expect(second).not.toBe(first);
    const access = refreshed.body.data.refreshBrowserSession.accessToken;
    expect((await app.client(access).ok(MeUsername)).me).toEqual({ username: "browser.c" });

    // The first cookie again (copied by a thief): refused, cleared, and the rotated session dies too.
    const replay = await post(app, BrowserRefresh, { cookie: first });
    expect(replay.status).toBe(401);
    expect(replay.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(replay.setCookie).toHaveLength(1);
    expect(replay.setCookie[0]).toMatch(/^party_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect((await post(app, BrowserRefresh, { cookie: second })).status).toBe(401);
    expect((await app.client(access).gql(MeUsername)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const [reused] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'refreshTokenReused' AND actor_label = 'refresh:browser.c'`,
    );
    expect(reused.n).toBe(1);
  });

  it("answers a refresh without a cookie, or with a token that is no refresh token, UNAUTHENTICATED", async () => {
    const none = await post(app, BrowserRefresh);
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const forged = await post(app, BrowserRefresh, { cookie: "other=1; party_refresh=pr_forged" });
    expect(forged.status).toBe(401);
    expect(forged.setCookie[0]).toMatch(/^party_refresh=;/);
  });

  it("logs out: the session ends, the cookie is cleared and no longer refreshes", async () => {
    const answer = await signIn("browser.d");
    const cookie = refreshCookie(answer.setCookie)!;
    const out = await post(app, SessionLogout, { cookie, token: answer.body.data.browserLogin.accessToken });
    expect(out.body.data).toEqual({ logout: true });
    expect(out.setCookie[0]).toMatch(/^party_refresh=;.*Path=\/graphql.*Expires=Thu, 01 Jan 1970/);
    expect((await post(app, BrowserRefresh, { cookie })).status).toBe(401);
  });

  it("refuses a cross-site simple request carrying the cookie (CSRF prevention), and the cookie stays valid", async () => {
    const cookie = refreshCookie((await signIn("browser.e")).setCookie)!;
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE u.username = 'browser.e'`);
    // A form post or a text/plain fetch without preflight: what a page on another site can send.
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const refused = await post(app, BrowserRefresh, { cookie, contentType, headers: { origin: "https://evil.example" } });
      expect(refused.status).toBe(400);
      expect(refused.text).not.toContain("accessToken");
      expect(refused.setCookie).toEqual([]);
    }
    // A GET cannot run a mutation at all.
    const get = await fetch(
      `${app.url}?query=${encodeURIComponent(operationText(BrowserRefresh as TypedDocumentNode<unknown, unknown>))}`,
      { headers: { cookie } },
    );
    expect(get.status).toBe(400);
    expect(get.headers.getSetCookie()).toEqual([]);
    const after = await app.dataSource.query(`SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE u.username = 'browser.e'`);
    expect(after).toEqual(before);
    expect((await post(app, BrowserRefresh, { cookie })).status).toBe(200);
  });

  it("answers a wrong password as login does, setting no cookie", async () => {
    const answer = await post(app, BrowserSignIn, { variables: { i: { username: "browser.f", password: "wrong-password" } } });
    expect(answer.body.data.browserLogin).toEqual({
      __typename: "LoginRefused",
      errorCode: "INVALID_CREDENTIALS",
      message: "用户名或密码错误",
    });
    expect(answer.setCookie).toEqual([]);
  });
});
