import { Column, Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** Someone met on a visit: a tracked person, a member, or just a name. */
@ObjectType({ description: "走访对象" })
@ScopedBy<VisitPerson>({ home: "liaison_visit", id: (p) => p.visitId })
@Entity("visit_person")
export class VisitPerson extends BaseEntity {
  @Reference()
  visitId: string;

  @Reference({ nullable: true })
  personId: string | null;

  @Reference({ nullable: true })
  memberId: string | null;

  @TextField({ description: "姓名（登记时的姓名）" })
  name: string;

  /** Order as entered. */
  @Column({ type: "int", default: 0 })
  position: number;

  @CollegeColumn()
  collegeId: string;
}
