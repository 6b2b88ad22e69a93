import type { EntityManager } from "typeorm";
import { today } from "../common/dates";
import { StudentClass } from "./student-class.entity";

/** The class each member is in today (or null), in one statement for any number of members. */
export async function currentClassOfMembers(em: EntityManager, memberIds: readonly string[]): Promise<Array<StudentClass | null>> {
  const { entities, raw } = await em
    .createQueryBuilder(StudentClass, "c")
    .innerJoin("class_member", "cm", "cm.class_id = c.id")
    .addSelect("cm.member_id", "member_id")
    .where("cm.member_id IN (:...ids)", { ids: memberIds })
    .andWhere("cm.since <= :on AND (cm.until IS NULL OR cm.until >= :on)", { on: today() })
    .getRawAndEntities();
  const byId = new Map(entities.map((c) => [c.id, c]));
  const byMember = new Map<string, StudentClass>();
  for (const row of raw as Array<{ c_id: string; member_id: string }>) {
    const cls = byId.get(row.c_id);
    if (cls) byMember.set(row.member_id, cls);
  }
  return memberIds.map((id) => byMember.get(id) ?? null);
}
