import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { SemesterTerm } from "./calendar.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, Reference, TextField } from "../common/column-fields";

/**
 * A semester of the college's academic calendar (校历), maintained by 组织部. An academic year
 * (“2025-2026”) is its autumn semester plus its spring semester; days between semesters are
 * vacation. Semester rules (party lectures, record-book hand-in) count in these.
 */
@ObjectType({ description: "学期（校历）" })
@ScopedBy<Semester>({ college: (s) => s.collegeId })
@Entity("semester")
export class Semester extends BaseEntity {
  @Reference()
  collegeId: string;

  @TextField({ description: "学年，如“2025-2026”" })
  academicYear: string;

  @Field(() => SemesterTerm)
  @Column({ type: "enum", enum: SemesterTerm, enumName: "semester_term" })
  term: SemesterTerm;

  @DateField({ description: "开学日期" })
  startsOn: string;

  @DateField({ description: "学期结束日期（含）" })
  endsOn: string;
}
