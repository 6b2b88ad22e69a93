import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference } from "../common/column-fields";
import { ContactRole } from "./pipeline.enums";

/** A trainer (培养人, DEV_TRAINER) or an introducer (入党介绍人, DEV_INTRODUCERS) of a case: a member, from a day. */
@ObjectType({ description: "培养人或入党介绍人" })
@ScopedBy<DevelopmentContact>({ unit: (c) => c.branchId }, { member: (c) => c.memberId })
@Entity("development_contact")
export class DevelopmentContact extends BaseEntity {
  @Reference()
  caseId: string;

  @Reference()
  branchId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => ContactRole)
  @Column({ type: "enum", enum: ContactRole, enumName: "development_contact_role" })
  role: ContactRole;

  @Reference()
  memberId: string;

  @DateField()
  since: string;
}
