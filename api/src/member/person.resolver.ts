import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { sensitive } from "../auth/mask";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { OrgUnit } from "../org/org-unit.entity";
import { MassContact } from "./mass-contact.entity";
import { Member } from "./member.entity";
import { Person } from "./person.entity";
import * as PersonService from "./person.service";
import { CreatePersonInput, EndMassContactInput, LinkMassContactInput, PersonFilter } from "./inputs/person.inputs";

const PersonPage = PageType(Person);
export const MassContactResult = resultUnion("MassContactResult", MassContact);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonPage, { description: "非党员人员（联系群众、学生、教师）" })
  @Authorized(Permission.MEMBER_READ)
  people(@Ctx() ctx: RequestContext, @Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter, @Args() page: PageArgs) {
    return PersonService.list(ctx, filter ?? {}, page);
  }

  @Query(() => Person, { nullable: true })
  @Authorized(Permission.MEMBER_READ)
  person(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return PersonService.findOne(ctx, id);
  }

  @Mutation(() => Person)
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  createPerson(@Ctx() ctx: RequestContext, @Arg("input") input: CreatePersonInput) {
    return PersonService.create(ctx, input);
  }

  @Mutation(() => MassContactResult, { description: "建立党员与群众的联系" })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  linkMassContact(@Ctx() ctx: RequestContext, @Arg("input") input: LinkMassContactInput) {
    return PersonService.linkMassContact(ctx, input);
  }

  @Mutation(() => MassContactResult, { description: "结束联系（记录保留）" })
  @Authorized(Permission.MEMBER_WRITE)
  @Transaction()
  endMassContact(@Ctx() ctx: RequestContext, @Arg("input") input: EndMassContactInput) {
    return PersonService.endMassContact(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return ctx.loaders.orgUnit.load(person.unitId);
  }

  @FieldResolver(() => String, { nullable: true, description: "联系电话（敏感：无 MEMBER_SENSITIVE_READ 权限时只显示后 4 位）" })
  phone(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return sensitive(ctx, person.phone);
  }

  @FieldResolver(() => [MassContact])
  contacts(@Ctx() ctx: RequestContext, @Root() person: Person) {
    return ctx.loaders.massContactsOfPerson.load(person.id);
  }
}

@Resolver(() => MassContact)
export class MassContactResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() link: MassContact) {
    return ctx.loaders.member.load(link.memberId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() link: MassContact) {
    return ctx.loaders.person.load(link.personId);
  }
}
