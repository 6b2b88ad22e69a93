import { Field, ID, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../common/decimal";
import { DateScalar } from "../common/scalars";
import { ActivityType, EducationSource, StudyKind } from "./activity.enums";
import { MemberCategory } from "../member/member.enums";

@ObjectType()
export abstract class EducationHoursFigures {
  @Field(() => ID)
  memberId: string;

  @Field(() => DecimalScalar, { description: "教育学时合计（出席活动 + 个人学习）" })
  totalHours: string;

  @Field(() => DecimalScalar, { description: "其中廉政教育学时" })
  integrityHours: string;

  @Field(() => DecimalScalar, { description: "出席活动的学时" })
  activityHours: string;

  @Field(() => DecimalScalar)
  activityIntegrityHours: string;

  @Field(() => DecimalScalar, { description: "个人学习记录的学时" })
  studyHours: string;

  @Field(() => DecimalScalar)
  studyIntegrityHours: string;

  @Field(() => Int, { description: "计入的活动次数（出席）" })
  activityCount: number;

  @Field(() => Int, { description: "计入的学习记录条数" })
  studyCount: number;
}

@ObjectType({ description: "一名党员在期间内的教育学时合计" })
export class EducationHoursTotals extends EducationHoursFigures {}

@ObjectType({ description: "一条计入学时的记录" })
export class EducationCredit {
  @Field(() => EducationSource)
  source: EducationSource;

  @Field(() => ID, { description: "活动或学习记录的 id" })
  id: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  title: string;

  @Field(() => ActivityType, { nullable: true })
  activityType: ActivityType | null;

  @Field(() => StudyKind, { nullable: true })
  studyKind: StudyKind | null;

  @Field(() => DecimalScalar)
  hours: string;

  @Field(() => DecimalScalar)
  integrityHours: string;
}

@ObjectType({ description: "一名党员在期间内的教育学时及明细" })
export class MemberEducationHours extends EducationHoursFigures {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => [EducationCredit], { description: "明细：出席的活动和个人学习记录，按日期" })
  items: EducationCredit[];
}

@ObjectType({ description: "教育学时分布：某党总支（直属党委的支部为其本身）某类党员按学时分段的人数" })
export class EducationHoursDistribution {
  @Field(() => ID, { description: "党总支（直属党委的党支部、或所查的党支部本身，为其自身）" })
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => MemberCategory)
  category: MemberCategory;

  @Field(() => Int, { description: "在册党员人数" })
  members: number;

  @Field(() => [Int], { description: "教育学时合计的分段人数：第 i 段为 [i×binHours, (i+1)×binHours)，最后一段不设上限" })
  totalBins: number[];

  @Field(() => [Int], { description: "廉政教育学时的分段人数（同样分段）" })
  integrityBins: number[];
}
