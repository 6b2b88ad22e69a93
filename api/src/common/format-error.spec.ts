import { GraphQLError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { ValidationError } from "class-validator";
import { formatError } from "./format-error";
import { conflict } from "./errors";

const formatted = (error: GraphQLError) => formatError(error.toJSON(), error);
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["createMember"] });

describe("formatError", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("hides an unexpected error's message and stack behind INTERNAL", () => {
    const out = formatted(wrap(new Error('relation "member" does not exist at /srv/api/member.service.ts:12')));
    expect(out).toEqual({
      message: "服务器内部错误，请稍后重试",
      path: ["createMember"],
      locations: undefined,
      extensions: { code: "INTERNAL" },
    });
  });

  it("turns class-validator errors into field-level BAD_USER_INPUT, nested fields dotted", () => {
    const child = Object.assign(new ValidationError(), { property: "termEnd", constraints: { isDate: "termEnd must be a date" } });
    const error = Object.assign(new ValidationError(), {
      property: "committee",
      children: [Object.assign(new ValidationError(), { property: "0", children: [child] })],
    });
    const name = Object.assign(new ValidationError(), { property: "name", constraints: { length: "too short", other: "bad" } });
    const out = formatted(wrap(new ArgumentValidationError([name, error])));
    expect(out.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: { name: ["too short", "bad"], "committee.0.termEnd": ["termEnd must be a date"] },
    });
  });

  it("passes our coded errors through with their details", () => {
    const out = formatted(wrap(conflict("Member", "m1", 2, 3)));
    expect(out.extensions).toEqual({ code: "CONFLICT", type: "Member", id: "m1", expectedVersion: 2, actualVersion: 3 });
  });

  it("keeps Apollo's request-validation codes but drops anything else they carry", () => {
    const error = new GraphQLError("Cannot query field", { extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["x"] } });
    expect(formatted(error).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });
});
