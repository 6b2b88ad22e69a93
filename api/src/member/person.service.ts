import { IsNull } from "typeorm";
import type { RequestContext } from "../context";
import { notFound } from "../common/errors";
import { isId } from "../common/ids";
import type { Page, PageArgs } from "../common/pagination";
import { Refusal, RefusalCode } from "../common/refusal";
import { pathInScope, unitIdInScope } from "../common/scope";
import { escapeLike } from "../common/sql";
import { lockMemberInScope, lockUnitInScope } from "../common/locks";
import { createRecord, endRecord, pageOf, rowsInScope, type RecordKind } from "../common/record-life-cycle";
import { MassContact } from "./mass-contact.entity";
import { MemberStatus } from "./member.enums";
import { Person } from "./person.entity";
import type { CreatePersonInput, EndMassContactInput, LinkMassContactInput, PersonFilter } from "./inputs/person.inputs";

/** A person outside the party is their unit's. */
const PERSON: RecordKind<Person> = {
  entity: Person,
  typeName: "Person",
  inScope: (ctx, p) => unitIdInScope(ctx, p.unitId),
};

/** A contact is the person's record: in scope when the person is. */
const MASS_CONTACT: RecordKind<MassContact> = {
  entity: MassContact,
  typeName: "MassContact",
  inScope: async (ctx, link) => Boolean(await findOne(ctx, link.personId)),
};

export async function findOne(ctx: RequestContext, id: string): Promise<Person | null> {
  if (!isId(id)) return null;
  const person = await ctx.loaders.person.load(id);
  if (!person) return null;
  const unit = await ctx.loaders.orgUnit.load(person.unitId);
  return unit && pathInScope(ctx, unit.path) ? person : null;
}

export async function list(ctx: RequestContext, filter: PersonFilter = {}, page: PageArgs): Promise<Page<Person>> {
  const qb = rowsInScope(ctx, Person, "p", "u.id = p.unit_id", filter.unitId);
  if (filter.kind) qb.andWhere("p.kind = :kind", { kind: filter.kind });
  if (filter.nameContains) qb.andWhere("p.name ILIKE :name", { name: `%${escapeLike(filter.nameContains)}%` });
  qb.orderBy("p.name", "ASC").addOrderBy("p.id", "ASC");
  return pageOf(qb, page);
}

export async function create(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
  const unit = await lockUnitInScope(ctx, input.unitId);
  return createRecord(ctx, PERSON, "createPerson", {
    name: input.name.trim(),
    kind: input.kind,
    unitId: unit.id,
    collegeId: unit.collegeId,
    gender: input.gender ?? null,
    department: input.department ?? null,
    className: input.className ?? null,
    phone: input.phone ?? null,
    note: input.note ?? null,
  });
}

/** 党员联系群众: one open link per pair; more than three is allowed (the rule only notes it). */
export async function linkMassContact(ctx: RequestContext, input: LinkMassContactInput): Promise<MassContact | Refusal> {
  const member = await lockMemberInScope(ctx, input.memberId);
  if (member.status !== MemberStatus.ACTIVE) {
    return Refusal.of(RefusalCode.MEMBER_NOT_ACTIVE, `${member.name}已出册`, { field: "memberId" });
  }
  const person = await findOne(ctx, input.personId);
  if (!person) throw notFound("Person", input.personId);
  const open = await ctx.em.findOne(MassContact, { where: { memberId: member.id, personId: person.id, until: IsNull() } });
  if (open) {
    return Refusal.of(RefusalCode.ALREADY_LINKED, `${member.name}已在联系${person.name}（自 ${open.since}）`);
  }
  return createRecord(ctx, MASS_CONTACT, "linkMassContact", {
    memberId: member.id,
    personId: person.id,
    collegeId: member.collegeId,
    since: input.since,
    until: null,
    note: input.note ?? null,
  });
}

export function endMassContact(ctx: RequestContext, input: EndMassContactInput): Promise<MassContact | Refusal> {
  return endRecord(ctx, MASS_CONTACT, "endMassContact", input, { start: "since", end: "until", called: "该联系" });
}
