import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";

@ObjectType({ description: "某党支部的设岗定责覆盖情况" })
export class ServicePostBranchCoverage {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int, { description: "在册学生党员" })
  studentMembers: number;

  @Field(() => Int, { description: "当日在岗的学生党员（一人多岗计一次）" })
  holders: number;

  @Field(() => Float, { description: "在岗比例 0–1（保留四位小数；无学生党员时为 0）" })
  share: number;
}

/** Coverage = share of student members who hold a post (DOMAIN §6), for a unit's subtree on a day. */
@ObjectType({ description: "设岗定责覆盖情况" })
export class ServicePostCoverage extends ServicePostBranchCoverage {
  @Field(() => DateScalar)
  on: string;

  @Field(() => [ServicePostBranchCoverage], { description: "子树内各学生党员所在支部" })
  branches: ServicePostBranchCoverage[];
}
