import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { SemesterTerm } from "./calendar.enums";
import { ScopedBy } from "../auth/record-scope";

/**
 * A semester of the college's academic calendar (校历), maintained by 组织部. An academic year
 * (“2025-2026”) is its autumn semester plus its spring semester; days between semesters are
 * vacation. Semester rules (party lectures, record-book hand-in) count in these.
 */
@ObjectType({ description: "学期（校历）" })
@ScopedBy<Semester>({ college: (s) => s.collegeId })
@Entity("semester")
export class Semester extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "学年，如“2025-2026”" })
  @Column({ type: "text" })
  academicYear: string;

  @Field(() => SemesterTerm)
  @Column({ type: "enum", enum: SemesterTerm, enumName: "semester_term" })
  term: SemesterTerm;

  @Field(() => DateScalar, { description: "开学日期" })
  @Column({ type: "date" })
  startsOn: string;

  @Field(() => DateScalar, { description: "学期结束日期（含）" })
  @Column({ type: "date" })
  endsOn: string;
}
