import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DateScalar } from "../common/scalars";
import { VisitKind } from "./liaison.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * A visit fulfilling a liaison assignment. `visitedOn` is a plain date next to `assignmentId`, so
 * visits per assignment per month / quarter / semester are one GROUP BY for the rules engine.
 */
@ObjectType({ description: "走访记录（联系走访、师情家访、生情宿访）" })
@ScopedBy<LiaisonVisit>({ unit: (v) => v.unitId })
@Entity("liaison_visit")
export class LiaisonVisit extends ArchivableEntity {
  @Reference()
  assignmentId: string;

  @Field(() => VisitKind)
  @Index()
  @Column({ type: "enum", enum: VisitKind, enumName: "visit_kind" })
  kind: VisitKind;

  @Reference({ nullable: true })
  visitorMemberId: string | null;

  @TextField({ description: "走访人姓名" })
  visitorName: string;

  @Reference({ description: "所属组织（同联系安排）" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  visitedOn: string;

  @TextField({ nullable: true, description: "地点，如“学生公寓 5 栋 312 室”" })
  place: string | null;

  @TextField({ nullable: true })
  notes: string | null;
}
