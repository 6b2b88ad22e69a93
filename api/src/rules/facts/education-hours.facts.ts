import type { MemberFamily } from "../family.types";
import { CREDIT, CREDIT_SUMMARY, MEMBERS, recordsOfKind } from "./member-fact-sql";

/**
 * EDUCATION_HOURS: members' hours and party-school sessions in a calendar year, from the yearly
 * credit summary the database keeps per member (migration fact-summaries).
 */
export const EDUCATION_HOURS: MemberFamily = {
  kind: "member",
  name: "EDUCATION_HOURS",
  subject: "MEMBER",
  variants: {
    TOTAL: {
      yearly: true,
      summary: CREDIT_SUMMARY,
      joins: CREDIT,
      sources: [...MEMBERS, "member_year_credit"],
      value: `coalesce(c.activity_hours + c.study_hours, 0)::numeric(9,2)`,
      evidence: async (em, _ctx, ids, period) => {
        const rows: Array<{ member_id: string; activity: number; study: number }> = await em.query(
          `SELECT member_id, activity_hours::float8 AS activity, study_hours::float8 AS study
             FROM member_year_credit WHERE member_id = ANY($1::uuid[]) AND year = $2`,
          [ids, Number(period.start.slice(0, 4))],
        );
        return new Map(
          rows.map((r) => [
            r.member_id,
            [{ kind: "ATTENDANCE", id: r.member_id, label: `活动 ${r.activity} 学时 + 个人学习 ${r.study} 学时` }],
          ]),
        );
      },
    },
    INTEGRITY: {
      yearly: true,
      summary: CREDIT_SUMMARY,
      joins: CREDIT,
      sources: [...MEMBERS, "member_year_credit"],
      value: `coalesce(c.integrity_hours, 0)::numeric(9,2)`,
    },
    PARTY_SCHOOL: {
      yearly: true,
      summary: CREDIT_SUMMARY,
      joins: CREDIT,
      sources: [...MEMBERS, "member_year_credit"],
      value: `coalesce(c.party_school_sessions, 0)`,
      evidence: recordsOfKind("study_record", "studied_on", "PARTY_SCHOOL", "STUDY"),
    },
  },
};
