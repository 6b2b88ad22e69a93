import { Field, ID, Int, ObjectType } from "type-graphql";
import { Semester } from "../calendar/semester.entity";
import { Activity } from "./activity.entity";
import { RecordBookHandIn } from "./record-book-hand-in.entity";

@ObjectType({ description: "党支部活动记录册（一个学期）：本支部及其党小组的活动，按时间顺序" })
export class RecordBook {
  @Field(() => ID)
  branchId: string;

  @Field(() => Semester)
  semester: Semester;

  @Field(() => [Activity], { description: "学期内的活动（不含已归档），按开始时间" })
  activities: Activity[];

  @Field(() => Int)
  activityCount: number;

  @Field({ description: "是否已上交组织部" })
  handedIn: boolean;

  @Field(() => RecordBookHandIn, { nullable: true, description: "上交记录" })
  handIn: RecordBookHandIn | null;
}
