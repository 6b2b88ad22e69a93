import type { MemberFamily } from "../family.types";
import { evidenceOf, MEMBERS, ofYears } from "./member-fact-sql";

/** MEMBER_DUTIES: open mass contacts, unpaid dues months, membership of a party group. */
export const MEMBER_DUTIES: MemberFamily = {
  kind: "member",
  name: "MEMBER_DUTIES",
  subject: "MEMBER",
  variants: {
    // Open contacts at the snapshot date.
    CONTACTS: {
      joins: (inScope) => `LEFT JOIN (SELECT member_id, count(*)::int AS n FROM mass_contact, snap
                          WHERE ${inScope("member_id", "college_id")} AND since <= snap.d AND (until IS NULL OR until >= snap.d)
                          GROUP BY 1) mc ON mc.member_id = m.id`,
      sources: [...MEMBERS, "mass_contact"],
      value: `coalesce(mc.n, 0)`,
      evidence: (em, ctx, ids) =>
        evidenceOf(
          em,
          `SELECT member_id, id, '自 ' || since::text || ' 起联系' AS label FROM mass_contact
                         WHERE member_id = ANY($1::uuid[]) AND since <= $2::date AND (until IS NULL OR until >= $2::date) ORDER BY since`,
          [ids, ctx.snapshotDate],
          "CONTACT",
        ),
    },
    // Months of the year due by the evaluation date (from the member's first recorded month, kept on the member row by
    // the member-dues-first-month migration) not paid in full.
    DUES: {
      yearly: true,
      joins: () => `LEFT JOIN member_year_dues d ON ${ofYears("d")}`,
      sources: [...MEMBERS, "member_year_dues"],
      value: `greatest(0,
                greatest(0, least(snap.as_of_index, p.y * 12 + 11) - greatest(coalesce(m.dues_first_index, p.y * 12), p.y * 12) + 1)
                - bit_count((coalesce(d.paid_mask, 0) & CASE WHEN p.y * 12 + 11 <= snap.as_of_index THEN 4095
                                                             WHEN p.y * 12 > snap.as_of_index THEN 0
                                                             ELSE (1 << (snap.as_of_index - p.y * 12 + 1)) - 1 END)::bit(12)))`,
      evidence: (em, ctx, ids, period) =>
        evidenceOf(
          em,
          `SELECT member_id, id, to_char(month, 'YYYY-MM') || ' 欠交' AS label FROM dues_record
                         WHERE member_id = ANY($1::uuid[]) AND month BETWEEN $2 AND $3 AND month <= $4::date AND amount_paid_fen < amount_due_fen
                         ORDER BY month`,
          [ids, period.start, period.end, ctx.asOf],
          "DUES",
        ),
    },
    GROUPED: {
      joins: () => ``,
      sources: MEMBERS,
      value: `(m.group_id IS NOT NULL)::int`,
      evidence: (em, _ctx, ids) =>
        evidenceOf(
          em,
          `SELECT m.id AS member_id, g.id, g.name || '（所在党小组）' AS label FROM member m JOIN org_unit g ON g.id = m.group_id
                         WHERE m.id = ANY($1::uuid[])`,
          [ids],
          "CONTACT",
        ),
    },
  },
};
