import DataLoader from "dataloader";
import { IsNull } from "typeorm";
import type { Page } from "./common/pagination";
import { anchorsOf } from "./auth/record-scope";
import { byId, grouped, LoaderSource, memoByArgs } from "./db/scoped-loaders";
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
 * query per row. Every loader keeps to the caller's scope (each entity's @ScopedBy): a record outside
 * it is null or absent whatever path reached it. Loaders read through the request's own connection
 * (inside a mutation, its transaction).
 */
export function createLoaders(ctx: LoaderSource) {
  const membersOfUnit = memoByArgs((first: number, offset: number, subtree: boolean) =>
    new DataLoader<string, Page<Member>>((unitIds) => pageMembersOfUnits(ctx.em, unitIds, first, offset, subtree)),
  );
  return {
    orgUnit: byId(ctx, OrgUnit),
    member: byId(ctx, Member),
    person: byId(ctx, Person),
    childrenOfUnit: grouped(ctx, OrgUnit, "parentId", { archivedAt: IsNull() }, { sortOrder: "ASC", name: "ASC" }),
    childrenOfUnitWithArchived: grouped(ctx, OrgUnit, "parentId", {}, { sortOrder: "ASC", name: "ASC" }),
    committeeOfUnit: grouped(ctx, CommitteePosition, "unitId", { endedOn: IsNull() }, { role: "ASC", termStart: "ASC" }),
    committeeHistoryOfUnit: grouped(ctx, CommitteePosition, "unitId", {}, { termStart: "DESC" }),
    committeePosition: byId(ctx, CommitteePosition),
    /** Counts and pages of a unit's register: callers ask only for units whose contents they may read. */
    memberCounts: new DataLoader<string, MemberCounts>((unitIds) => countSubtreeMembers(ctx.em, unitIds)),
    membersOfUnit,
    massContactsOfMember: grouped(ctx, MassContact, "memberId", {}, { since: "DESC" }),
    massContactsOfPerson: grouped(ctx, MassContact, "personId", {}, { since: "DESC" }),
    registerOfMember: grouped(ctx, RegisterEntry, "memberId", {}, { occurredOn: "ASC", createdAt: "ASC" }),
    transfersOfMember: grouped(ctx, MemberTransfer, "memberId", {}, { transferredOn: "ASC" }),
    // students' classes, 三联二访, 设岗定责 and 三亮三比三评
    studentClass: byId(ctx, StudentClass),
    classMembersOfClass: grouped(ctx, ClassMember, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classMembersOfClassWithEnded: grouped(ctx, ClassMember, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClass: grouped(ctx, ClassGroup, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClassWithEnded: grouped(ctx, ClassGroup, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classOfMember: new DataLoader<string, StudentClass | null>(async (memberIds) => {
      const classes = await currentClassOfMembers(ctx.em, memberIds);
      const seen = new Set(await ctx.records.visible(classes.filter((c): c is StudentClass => c !== null), anchorsOf(StudentClass)));
      return classes.map((c) => (c && seen.has(c) ? c : null));
    }),
    liaisonAssignment: byId(ctx, LiaisonAssignment),
    liaisonVisit: byId(ctx, LiaisonVisit),
    studentsOfAssignment: grouped(ctx, LiaisonStudent, "assignmentId", {}, { createdAt: "ASC", id: "ASC" }),
    visitsOfAssignment: grouped(ctx, LiaisonVisit, "assignmentId", { archivedAt: IsNull() }, { visitedOn: "DESC", createdAt: "DESC" }),
    peopleOfVisit: grouped(ctx, VisitPerson, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
    followUpsOfVisit: grouped(ctx, LiaisonFollowUp, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
    servicePostType: byId(ctx, ServicePostType),
    servicePost: byId(ctx, ServicePost),
    holdersOfPost: grouped(ctx, ServicePostHolder, "postId", { endDate: IsNull() }, { startDate: "ASC", createdAt: "ASC" }),
    holdersOfPostWithEnded: grouped(ctx, ServicePostHolder, "postId", {}, { startDate: "ASC", createdAt: "ASC" }),
    servicePledge: byId(ctx, ServicePledge),
    evaluationsOfPledge: grouped(ctx, ServiceEvaluation, "pledgeId", {}, { evaluatedOn: "ASC", createdAt: "ASC" }),
    // calendar, activities, attendance, study records, rooms
    ...createActivityLoaders(ctx),
    // filed documents (备案文件): a unit's own (optionally of one kind), a member's thought reports; archived ones left out
    filedDocumentsOfUnit: memoByArgs((kind: DocumentKind | null) =>
      grouped(ctx, FiledDocument, "unitId", kind ? { kind, archivedAt: IsNull() } : { archivedAt: IsNull() }, { filedOn: "DESC", createdAt: "DESC" }),
    ),
    thoughtReportsOfMember: grouped(ctx, FiledDocument, "memberId", { kind: DocumentKind.THOUGHT_REPORT, archivedAt: IsNull() }, { filedOn: "DESC", createdAt: "DESC" }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

