import { EntityManager, In } from "typeorm";
import type { Page } from "../common/pagination";
import { Member } from "./member.entity";

/**
 * One page of active members for each of many units, in two statements whatever the number of
 * units: a windowed query picks the page's ids and each unit's total, then the rows are loaded.
 * The first row of every unit is always returned so its total is known even past the last page.
 */
export async function pageMembersOfUnits(
  em: EntityManager,
  unitIds: readonly string[],
  first: number,
  offset: number,
  subtree: boolean,
): Promise<Page<Member>[]> {
  const membership = subtree
    ? `JOIN org_unit ou ON ou.path @> ARRAY[u.id] JOIN member m ON ou.id = coalesce(m.group_id, m.branch_id)`
    : `JOIN member m ON (m.branch_id = u.id OR m.group_id = u.id)`;
  const picked: Array<{ unit_id: string; member_id: string; rn: string; total: string }> = await em.query(
    `SELECT unit_id, member_id, rn, total FROM (
        SELECT u.id AS unit_id, m.id AS member_id,
               row_number() OVER (PARTITION BY u.id ORDER BY m.name, m.id) AS rn,
               count(*) OVER (PARTITION BY u.id) AS total
          FROM unnest($1::uuid[]) AS u(id) ${membership}
         WHERE m.status = 'ACTIVE'
      ) ranked
      WHERE (rn > $2 AND rn <= $2 + $3) OR rn = 1`,
    [unitIds, offset, first],
  );
  const inPage = picked.filter((p) => Number(p.rn) > offset && Number(p.rn) <= offset + first);
  const members = inPage.length ? await em.find(Member, { where: { id: In(inPage.map((p) => p.member_id)) } }) : [];
  const byId = new Map(members.map((m) => [m.id, m]));

  const pages = new Map<string, Page<Member>>(unitIds.map((id) => [id, { items: [], totalCount: 0 }]));
  for (const p of picked) pages.get(p.unit_id)!.totalCount = Number(p.total);
  for (const p of inPage.sort((a, b) => Number(a.rn) - Number(b.rn))) {
    const member = byId.get(p.member_id);
    if (member) pages.get(p.unit_id)!.items.push(member);
  }
  return unitIds.map((id) => pages.get(id)!);
}
