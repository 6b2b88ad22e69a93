import { chineseName } from "./names";
import type { DemoRecordContext } from "./demo-records";

/**
 * 党员联系群众 (四(二)4(2)): most members of conscientious branches keep in touch with 1–3
 * non-party people, a few with more; many in lagging branches with none. Bulk inserts.
 */
export async function generateDemoContacts(ctx: DemoRecordContext): Promise<void> {
  const { em, random, collegeId, diligence } = ctx;
  const members: Array<{ id: string; branch_id: string; department: string | null }> = await em.query(
    `SELECT id, branch_id, department FROM member WHERE college_id = $1 AND status = 'ACTIVE' ORDER BY id`,
    [collegeId],
  );
  const people: Array<{ id: string; name: string; unit_id: string; department: string | null }> = [];
  const links: Array<{ member_id: string; person_id: string; since: string }> = [];
  for (const m of members) {
    const share = { EXEMPLARY: 0.95, TYPICAL: 0.75, LAGGING: 0.35 }[diligence(m.branch_id)];
    if (!random.chance(share)) continue;
    const count = random.chance(0.06) ? 4 : random.int(1, 3);
    for (let i = 0; i < count; i++) {
      const person = { id: random.uuid(), name: chineseName(random), unit_id: m.branch_id, department: m.department };
      people.push(person);
      links.push({ member_id: m.id, person_id: person.id, since: random.date("2024-09-01", ctx.from) });
    }
  }
  if (!people.length) return;
  await em.query(
    `INSERT INTO person (id, name, kind, unit_id, college_id, department)
     SELECT p.id, p.name, 'MASS', p.unit_id, $2::uuid, p.department
       FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, name text, unit_id uuid, department text)`,
    [JSON.stringify(people), collegeId],
  );
  await em.query(
    `INSERT INTO mass_contact (member_id, person_id, college_id, since)
     SELECT l.member_id, l.person_id, $2::uuid, l.since FROM jsonb_to_recordset($1::jsonb) AS l(member_id uuid, person_id uuid, since date)`,
    [JSON.stringify(links), collegeId],
  );
}
