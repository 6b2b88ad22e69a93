import type { Request, Response } from "express";

/**
 * The HTTP exchange a browser session needs, kept behind a small interface so services never see
 * express: the refresh token of a browser session lives in an httpOnly cookie, never in the page's
 * JavaScript (no localStorage), and travels only to /graphql.
 */
export interface WebExchange {
  /** The request came over HTTPS (directly, or through a trusted proxy's X-Forwarded-Proto). */
  readonly secure: boolean;
  /** The value of a cookie the browser sent, if any. */
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, expires: Date): void;
  clearCookie(name: string): void;
}

/** The browser session's refresh token. */
export const REFRESH_COOKIE = "party_refresh";

/**
 * httpOnly: page scripts cannot read it. SameSite=Strict: a browser never sends it on a request
 * started by another site (with Apollo's CSRF prevention, which refuses simple requests, a
 * cross-site page cannot make a refresh happen). Path: only the API receives it. Secure on HTTPS
 * (plain HTTP on localhost in development would otherwise drop it).
 */
const COOKIE_PATH = "/graphql";

export function expressExchange(req: Request, res: Response): WebExchange {
  const secure = req.secure;
  const base = { httpOnly: true, sameSite: "strict" as const, secure, path: COOKIE_PATH };
  return {
    secure,
    cookie: (name) => readCookie(req.headers.cookie, name),
    setCookie: (name, value, expires) => void res.cookie(name, value, { ...base, expires }),
    clearCookie: (name) => void res.clearCookie(name, base),
  };
}

/** One cookie's value from a Cookie header (RFC 6265 pairs; our values are base64url, never quoted). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}
