import type { MemberFamily } from "../family.types";
import { MEMBERS, recordsOfKind, REPORTS } from "./member-fact-sql";

/** THOUGHT_REPORTS: the thought reports each member filed in a calendar year (summary member_year_reports). */
export const THOUGHT_REPORTS: MemberFamily = {
  kind: "member",
  name: "THOUGHT_REPORTS",
  subject: "MEMBER",
  variants: {
    // Thought reports a member filed in the year.
    THOUGHT_REPORT: {
      yearly: true,
      summary: { table: "member_year_reports", alias: "r" },
      joins: REPORTS,
      sources: [...MEMBERS, "member_year_reports"],
      value: `coalesce(r.thought_reports, 0)`,
      evidence: recordsOfKind("filed_document", "filed_on", "THOUGHT_REPORT", "DOCUMENT"),
    },
  },
};
