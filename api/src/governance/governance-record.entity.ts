import { ObjectType } from "type-graphql";
import { VoidableEntity } from "../common/archivable.entity";
import { CollegeColumn, Reference } from "../common/column-fields";

/**
 * An honour, notice, decision or risk filed under a unit: voided, never deleted. The unit is
 * indexed together with each record's date (the entity's own composite index), not on its own.
 */
@ObjectType()
export abstract class GovernanceRecord extends VoidableEntity {
  @Reference({ index: false })
  unitId: string;

  @CollegeColumn({ index: false })
  collegeId: string;
}
