import { Column, Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** Something a visit left to do, until it is resolved. */
@ObjectType({ description: "走访后续事项" })
@ScopedBy<LiaisonFollowUp>({ home: "liaison_visit", id: (f) => f.visitId })
@Entity("liaison_follow_up")
export class LiaisonFollowUp extends BaseEntity {
  @Reference()
  visitId: string;

  @CollegeColumn()
  collegeId: string;

  @TextField({ description: "事项" })
  content: string;

  /** Order within the visit. */
  @Column({ type: "int", default: 0 })
  position: number;

  @DateField({ nullable: true, description: "期限" })
  dueOn: string | null;

  @DateField({ nullable: true, description: "办结日期" })
  resolvedOn: string | null;

  @TextField({ nullable: true, description: "办理结果" })
  resolution: string | null;
}
