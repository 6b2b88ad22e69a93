import { Column, Entity, Index } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, TextField } from "../common/column-fields";
import { AssessmentRoundKind } from "./assessment.enums";

/**
 * A round of branch assessment (附件 三、五): a year, REGULAR (every two years) or SPECIAL, the
 * panel's accounts, the period assessed, the deadline (15 December by default: 12月中旬前), and the
 * score-sheet version in force when it began. Its branches are its sheets, one each.
 */
@ObjectType({ description: "党支部工作目标管理考核轮次" })
@ScopedBy<AssessmentRound>({ college: (r) => r.collegeId })
@Entity("assessment_round")
@Index(["collegeId", "year"])
export class AssessmentRound extends BaseEntity {
  @CollegeColumn({ index: false })
  collegeId: string;

  @Field(() => Int, { description: "考核年度" })
  @Column({ type: "int" })
  year: number;

  @Field(() => AssessmentRoundKind)
  @Column({ type: "enum", enum: AssessmentRoundKind, enumName: "assessment_round_kind" })
  kind: AssessmentRoundKind;

  @TextField()
  name: string;

  @TextField({ description: "所用评分表版本（轮次开始时有效的版本）" })
  sheetVersion: string;

  @DateField({ description: "考核期间起" })
  periodFrom: string;

  @DateField({ description: "考核期间止" })
  periodTo: string;

  @DateField({ description: "完成期限（默认考核年度 12 月 15 日，附件 五）" })
  deadline: string;

  @Field(() => [ID], { description: "考核领导小组成员的账号" })
  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  panelUserIds: string[];

  @TextField({ nullable: true })
  note: string | null;
}
