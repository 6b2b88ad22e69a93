import { MassContact } from "./mass-contact.entity";
import { MemberTransfer } from "./member-transfer.entity";
import { Member } from "./member.entity";
import { MemberResolver, MemberTransferResolver, RegisterEntryResolver } from "./member.resolver";
import { MemberImportResolver } from "./member-import.resolver";
import { Person } from "./person.entity";
import { MassContactResolver, PersonResolver } from "./person.resolver";
import { RegisterEntry } from "./register-entry.entity";

/**
 * Members, their register and transfers, and the people outside the party they keep in touch with.
 * The area's resolvers and entities, composed by api/src/schema.ts and api/src/entities.ts. Its
 * loaders are in member.loaders.ts (api/src/loaders.ts composes them from there).
 */
export const resolvers = [
  MemberResolver,
  RegisterEntryResolver,
  MemberTransferResolver,
  PersonResolver,
  MassContactResolver,
  MemberImportResolver,
] as const;
export const entities = [Member, RegisterEntry, MemberTransfer, Person, MassContact];
