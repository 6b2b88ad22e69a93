import { Entity, Index } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** What a 不合格 branch does to put things right (附件 六(二)、七(四)：制定整改措施，限期整改). */
@ObjectType({ description: "不合格党支部的整改记录" })
@ScopedBy<Rectification>({ unit: (r) => r.unitId })
@Entity("assessment_rectification")
@Index(["unitId"])
export class Rectification extends BaseEntity {
  @Reference({ description: "考核评分表" })
  sheetId: string;

  @Reference({ index: false })
  unitId: string;

  @CollegeColumn({ index: false })
  collegeId: string;

  @DateField({ description: "登记日期" })
  recordedOn: string;

  @TextField({ description: "整改措施" })
  measures: string;

  @DateField({ nullable: true, description: "整改期限" })
  dueOn: string | null;

  @DateField({ nullable: true, description: "整改完成日期" })
  completedOn: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
