import { ObjectType } from "type-graphql";
import { BaseEntity } from "./base.entity";
import { CollegeColumn, DateField } from "./column-fields";

/** A link that holds from `since` until `until` (open while empty): ended, never deleted (endRecord). */
@ObjectType()
export abstract class DatedLinkEntity extends BaseEntity {
  @CollegeColumn()
  collegeId: string;

  @DateField()
  since: string;

  @DateField({ nullable: true })
  until: string | null;
}
