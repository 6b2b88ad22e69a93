import type { NextFunction, Request, Response } from "express";

/** Body-parser failures (too large, malformed JSON) answered as GraphQL-shaped JSON, not HTML. */
export function bodyErrors(error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) {
  if (error?.type === "entity.too.large") {
    return res.status(413).json({ errors: [{ message: "请求体过大", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  }
  if (error?.type === "entity.parse.failed") {
    return res.status(400).json({ errors: [{ message: "请求体不是合法的 JSON", extensions: { code: "BAD_REQUEST" } }] });
  }
  return next(error);
}
