import DataLoader from "dataloader";
import type { Page } from "../common/pagination";
import { byId, grouped, LoaderSource, memoByArgs } from "../db/scoped-loaders";
import { MassContact } from "./mass-contact.entity";
import { pageMembersOfUnits } from "./member-page.query";
import { MemberTransfer } from "./member-transfer.entity";
import { Member } from "./member.entity";
import { Person } from "./person.entity";
import { RegisterEntry } from "./register-entry.entity";

/** Loaders of members, their register and transfers, and the people they keep in touch with. */
export function createMemberLoaders(ctx: LoaderSource) {
  return {
    member: byId(ctx, Member),
    person: byId(ctx, Person),
    /** Pages of a unit's register: callers ask only for units whose contents they may read. */
    membersOfUnit: memoByArgs(
      (first: number, offset: number, subtree: boolean) =>
        new DataLoader<string, Page<Member>>((unitIds) => pageMembersOfUnits(ctx.em, unitIds, first, offset, subtree)),
    ),
    massContactsOfMember: grouped(ctx, MassContact, "memberId", {}, { since: "DESC" }),
    massContactsOfPerson: grouped(ctx, MassContact, "personId", {}, { since: "DESC" }),
    registerOfMember: grouped(ctx, RegisterEntry, "memberId", {}, { occurredOn: "ASC", createdAt: "ASC" }),
    transfersOfMember: grouped(ctx, MemberTransfer, "memberId", {}, { transferredOn: "ASC" }),
  };
}
