import { EntityManager } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "子树内在册党员人数（含下级组织）" })
export class MemberCounts {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: "在职教职工" }) faculty: number;
  @Field(() => Int, { description: "学生" }) student: number;
  @Field(() => Int, { description: "离退休" }) retired: number;
  @Field(() => Int, { description: "正式党员" }) full: number;
  @Field(() => Int, { description: "预备党员" }) probationary: number;
  @Field(() => Int, { description: "流动党员（实习、挂职、出国等）" }) mobile: number;
}

/**
 * Active members in each unit's subtree, by category, in one grouped query. A member belongs to
 * the subtree of its group if it has one, else of its branch (a group sits under its branch, so
 * this never counts anyone twice).
 */
export async function countSubtreeMembers(em: EntityManager, unitIds: readonly string[]): Promise<MemberCounts[]> {
  const rows: Array<Record<string, string>> = await em.query(
    `SELECT u.id AS unit_id,
            count(m.id) AS total,
            count(m.id) FILTER (WHERE m.category = 'FACULTY') AS faculty,
            count(m.id) FILTER (WHERE m.category = 'STUDENT') AS student,
            count(m.id) FILTER (WHERE m.category = 'RETIRED') AS retired,
            count(m.id) FILTER (WHERE m.standing = 'FULL') AS full,
            count(m.id) FILTER (WHERE m.standing = 'PROBATIONARY') AS probationary,
            count(m.id) FILTER (WHERE m.mobile_status <> 'NONE') AS mobile
       FROM unnest($1::uuid[]) AS u(id)
       LEFT JOIN org_unit ou ON ou.path @> ARRAY[u.id]
       LEFT JOIN member m ON m.status = 'ACTIVE' AND ou.id = coalesce(m.group_id, m.branch_id)
      GROUP BY u.id`,
    [unitIds],
  );
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]));
  return unitIds.map((id) => {
    const row = byUnit.get(id);
    const n = (key: string) => Number(row?.[key] ?? 0);
    return Object.assign(new MemberCounts(), {
      total: n("total"),
      faculty: n("faculty"),
      student: n("student"),
      retired: n("retired"),
      full: n("full"),
      probationary: n("probationary"),
      mobile: n("mobile"),
    });
  });
}
