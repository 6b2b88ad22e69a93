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
import { StudentClass } from "./student-class/student-class.entity";
import { ClassMember } from "./student-class/class-member.entity";
import { ClassGroup } from "./student-class/class-group.entity";
import { currentClassOfMembers } from "./student-class/class-of-member.query";
import { LiaisonAssignment } from "./liaison/liaison-assignment.entity";
import { LiaisonStudent } from "./liaison/liaison-student.entity";
import { LiaisonVisit } from "./liaison/liaison-visit.entity";
import { VisitPerson } from "./liaison/visit-person.entity";
import { LiaisonFollowUp } from "./liaison/liaison-follow-up.entity";
import { ServicePostType } from "./service-post/service-post-type.entity";
import { ServicePost } from "./service-post/service-post.entity";
import { ServicePostHolder } from "./service-post/service-post-holder.entity";
import { ServicePledge } from "./service-post/service-pledge.entity";
import { ServiceEvaluation } from "./service-post/service-evaluation.entity";
import { createActivityLoaders } from "./activity/activity.loaders";
import { FiledDocument } from "./document/filed-document.entity";
import { DocumentKind } from "./document/document.enums";

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
    committeePosition: byId(em, CommitteePosition),
    memberCounts: new DataLoader<string, MemberCounts>((unitIds) => countSubtreeMembers(em, unitIds)),
    membersOfUnit,
    massContactsOfMember: grouped(em, MassContact, "memberId", {}, { since: "DESC" }),
    massContactsOfPerson: grouped(em, MassContact, "personId", {}, { since: "DESC" }),
    registerOfMember: grouped(em, RegisterEntry, "memberId", {}, { occurredOn: "ASC", createdAt: "ASC" }),
    transfersOfMember: grouped(em, MemberTransfer, "memberId", {}, { transferredOn: "ASC" }),
    // students' classes, 三联二访, 设岗定责 and 三亮三比三评
    studentClass: byId(em, StudentClass),
    classMembersOfClass: grouped(em, ClassMember, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classMembersOfClassWithEnded: grouped(em, ClassMember, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClass: grouped(em, ClassGroup, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClassWithEnded: grouped(em, ClassGroup, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classOfMember: new DataLoader<string, StudentClass | null>((memberIds) => currentClassOfMembers(em, memberIds)),
    liaisonAssignment: byId(em, LiaisonAssignment),
    liaisonVisit: byId(em, LiaisonVisit),
    studentsOfAssignment: grouped(em, LiaisonStudent, "assignmentId", {}, { createdAt: "ASC", id: "ASC" }),
    visitsOfAssignment: grouped(em, LiaisonVisit, "assignmentId", { archivedAt: IsNull() }, { visitedOn: "DESC", createdAt: "DESC" }),
    peopleOfVisit: grouped(em, VisitPerson, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
    followUpsOfVisit: grouped(em, LiaisonFollowUp, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
    servicePostType: byId(em, ServicePostType),
    servicePost: byId(em, ServicePost),
    holdersOfPost: grouped(em, ServicePostHolder, "postId", { endDate: IsNull() }, { startDate: "ASC", createdAt: "ASC" }),
    holdersOfPostWithEnded: grouped(em, ServicePostHolder, "postId", {}, { startDate: "ASC", createdAt: "ASC" }),
    servicePledge: byId(em, ServicePledge),
    evaluationsOfPledge: grouped(em, ServiceEvaluation, "pledgeId", {}, { evaluatedOn: "ASC", createdAt: "ASC" }),
    // calendar, activities, attendance, study records, rooms
    ...createActivityLoaders(em),
    // filed documents (备案文件): a unit's own (optionally of one kind), a member's thought reports; archived ones left out
    filedDocumentsOfUnit: memoByArgs((kind: DocumentKind | null) =>
      grouped(em, FiledDocument, "unitId", kind ? { kind, archivedAt: IsNull() } : { archivedAt: IsNull() }, { filedOn: "DESC", createdAt: "DESC" }),
    ),
    thoughtReportsOfMember: grouped(em, FiledDocument, "memberId", { kind: DocumentKind.THOUGHT_REPORT, archivedAt: IsNull() }, { filedOn: "DESC", createdAt: "DESC" }),
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
