import DataLoader from "dataloader";
import { EntityManager, In, IsNull, ObjectLiteral, EntityTarget } from "typeorm";
import type { Page } from "./common/pagination";
import { OrgUnit } from "./org/org-unit.entity";
import { CommitteePosition } from "./org/committee-position.entity";
import { Member } from "./member/member.entity";
import { MassContact } from "./member/mass-contact.entity";
import { RegisterEntry } from "./member/register-entry.entity";
import { MemberTransfer } from "./member/member-transfer.entity";
import { Person } from "./member/person.entity";
import { countSubtreeMembers, MemberCounts } from "./org/member-counts";
import { pageMembersOfUnits } from "./member/member-page.query";

/**
 * The typed bag of loaders built fresh for every request (Twenty's dataloader service): every
 * relation field goes through one, so a nested query costs one `= ANY($1)` per type, not one
 * query per row.
 */
export function createLoaders(em: EntityManager) {
  const membersOfUnit = memoByArgs((first: number, offset: number, subtree: boolean) =>
    new DataLoader<string, Page<Member>>((unitIds) => pageMembersOfUnits(em, unitIds, first, offset, subtree)),
  );
  return {
    orgUnit: byId(em, OrgUnit),
    member: byId(em, Member),
    person: byId(em, Person),
    childrenOfUnit: grouped(em, OrgUnit, "parentId", { archivedAt: IsNull() }, { sortOrder: "ASC", name: "ASC" }),
    childrenOfUnitWithArchived: grouped(em, OrgUnit, "parentId", {}, { sortOrder: "ASC", name: "ASC" }),
    committeeOfUnit: grouped(em, CommitteePosition, "unitId", { endedOn: IsNull() }, { role: "ASC", termStart: "ASC" }),
    committeeHistoryOfUnit: grouped(em, CommitteePosition, "unitId", {}, { termStart: "DESC" }),
    memberCounts: new DataLoader<string, MemberCounts>((unitIds) => countSubtreeMembers(em, unitIds)),
    membersOfUnit,
    massContactsOfMember: grouped(em, MassContact, "memberId", {}, { since: "DESC" }),
    massContactsOfPerson: grouped(em, MassContact, "personId", {}, { since: "DESC" }),
    registerOfMember: grouped(em, RegisterEntry, "memberId", {}, { occurredOn: "ASC", createdAt: "ASC" }),
    transfersOfMember: grouped(em, MemberTransfer, "memberId", {}, { transferredOn: "ASC" }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<T extends ObjectLiteral & { id: string }>(em: EntityManager, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  where: Partial<Record<keyof T, unknown>>,
  order: Partial<Record<keyof T, "ASC" | "DESC">>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { where: { ...where, [key]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** One loader per distinct argument list, so `members(first: 5)` and `members(first: 10)` batch separately. */
function memoByArgs<A extends unknown[], L>(make: (...args: A) => L): (...args: A) => L {
  const cache = new Map<string, L>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(...args)));
    return loader;
  };
}
