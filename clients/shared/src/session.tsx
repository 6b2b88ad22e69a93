import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { Spin } from "antd";
import { request, useTokenSource } from "./graphql-client";
import { RenewSession, SessionMe, SignIn, SignOut } from "./session-operations";
import type { Permission, SessionUserFragment } from "./gql/graphql";

export type SessionUser = SessionUserFragment;

export type SignInOutcome = { ok: true } | { ok: false; message: string };

interface SessionState {
  user: SessionUser;
  /** Whether the signed-in role holds this permission (menus and buttons hide what it cannot do). */
  can(permission: Permission): boolean;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user; only inside <RequireSession>. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside <SessionProvider>");
  return session;
}

/**
 * The access token lives in memory only; the refresh token is held by the browser as an httpOnly
 * cookie the API sets (never readable by scripts), so a reload renews the session without storing
 * a credential in localStorage.
 */
let accessToken: string | null = null;

/**
 * Whether this browser signed in and did not sign out: no credential, only a hint, so that a page
 * opened without a session shows the sign-in form at once instead of asking the API (which would
 * answer 401 for the missing cookie).
 */
const SIGNED_IN_HINT = "party.signedIn";
const hint = {
  get: () => window.localStorage.getItem(SIGNED_IN_HINT) === "1",
  set: (on: boolean) => (on ? window.localStorage.setItem(SIGNED_IN_HINT, "1") : window.localStorage.removeItem(SIGNED_IN_HINT)),
};

async function whoAmI(): Promise<SessionUser> {
  const { me } = await request(SessionMe, {});
  if (!me) throw new Error("signed in, but the API does not know the account");
  return me;
}

/** Trades the refresh cookie for a new access token (the cookie rotates); null when there is no session. */
async function renew(): Promise<SessionUser | null> {
  if (!hint.get()) return null;
  try {
    const { refreshBrowserSession } = await request(RenewSession, {}, { anonymous: true });
    accessToken = refreshBrowserSession.accessToken;
    return await whoAmI();
  } catch {
    accessToken = null;
    hint.set(false);
    return null;
  }
}

export async function signIn(username: string, password: string): Promise<SignInOutcome & { user?: SessionUser }> {
  const { browserLogin } = await request(SignIn, { input: { username, password } }, { anonymous: true });
  if (browserLogin.__typename === "LoginRefused") return { ok: false, message: browserLogin.message };
  accessToken = browserLogin.accessToken;
  hint.set(true);
  return { ok: true, user: await whoAmI() };
}

/** Renders `signedOut` (the sign-in page) until there is a session, then the app with the user in context. */
export function SessionProvider({
  children,
  signedOut,
}: {
  children: ReactNode;
  signedOut: (onSignedIn: (u: SessionUser) => void) => ReactNode;
}) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [restoring, setRestoring] = useState(true);

  useEffect(() => {
    useTokenSource({
      accessToken: () => accessToken,
      renew: async () => {
        const renewed = await renew();
        if (!renewed) setUser(null);
        return renewed !== null;
      },
    });
    renew().then((restored) => {
      setUser(restored);
      setRestoring(false);
    });
  }, []);

  const signOut = useCallback(async () => {
    await request(SignOut).catch(() => undefined);
    accessToken = null;
    hint.set(false);
    setUser(null);
  }, []);

  const state = useMemo<SessionState | null>(
    () => (user ? { user, can: (p) => user.permissions.includes(p), signOut } : null),
    [user, signOut],
  );

  if (restoring) return <Spin fullscreen description="正在恢复登录状态…" />;
  if (!state) return <>{signedOut(setUser)}</>;
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}
