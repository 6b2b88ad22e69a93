import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { DatedLinkEntity } from "../common/dated-link.entity";
import { ScopedBy } from "../auth/record-scope";
import { Reference, TextField } from "../common/column-fields";

/** A member keeps in touch with 1–3 non-party people (四(二)4(2)); a link ends, it is not deleted. */
@ObjectType({ description: "党员联系群众" })
@ScopedBy<MassContact>({ member: (c) => c.memberId }, { home: "person", id: (c) => c.personId })
@Entity("mass_contact")
export class MassContact extends DatedLinkEntity {
  @Reference()
  memberId: string;

  @Reference()
  personId: string;

  @TextField({ nullable: true })
  note: string | null;
}
