import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** A branch handed its 党支部活动记录册 for a semester to 组织部 (四(二)3(2)): once per branch and semester. */
@ObjectType({ description: "活动记录册上交记录" })
@ScopedBy<RecordBookHandIn>({ unit: (h) => h.branchId })
@Entity("record_book_hand_in")
export class RecordBookHandIn extends BaseEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference()
  branchId: string;

  @Reference()
  semesterId: string;

  @DateField({ description: "上交日期" })
  handedInOn: string;

  @TextField({ description: "接收人（如“组织部 王老师”）" })
  receivedBy: string;

  @TextField({ nullable: true })
  note: string | null;
}
