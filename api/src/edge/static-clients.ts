import { existsSync } from "node:fs";
import path from "node:path";
import express, { Express, NextFunction, Request, Response } from "express";

/** The browser clients the API serves, each under its own path. */
export const CLIENT_APPS = ["admin", "dashboard"] as const;

/**
 * Headers for the clients' pages: scripts only from this origin; inline styles allowed because
 * antd writes its CSS-in-JS into <style> tags; no framing (clickjacking); no sniffing.
 */
const PAGE_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
};

function pageHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set(PAGE_HEADERS);
  next();
}

/**
 * Serves each built client (`clients/<name>/dist`) at `/<name>`: hashed assets cached for a year,
 * everything else answered with index.html (history fallback, never cached) so a deep link or a
 * reload of `/admin/members/42` opens the app there. A client that was never built is skipped,
 * so the API runs without them; `/` points at the admin console when it exists.
 */
export function serveClients(app: Express, clientsDir: string): string[] {
  const served: string[] = [];
  for (const name of CLIENT_APPS) {
    const dist = path.join(clientsDir, name, "dist");
    const index = path.join(dist, "index.html");
    if (!existsSync(index)) continue;
    served.push(name);
    app.use(
      `/${name}/assets`,
      pageHeaders,
      express.static(path.join(dist, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
    );
    app.use(`/${name}`, pageHeaders, express.static(dist, { index: false, maxAge: 0 }));
    app.get(`/${name}{/*rest}`, pageHeaders, (_req, res) => {
      res.set("Cache-Control", "no-cache");
      res.sendFile(index);
    });
  }
  if (served.length) app.get("/", (_req, res) => res.redirect(`/${served[0]}/`));
  return served;
}
