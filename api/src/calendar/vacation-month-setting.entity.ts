import { Column, Entity } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { BranchKind } from "../org/org-unit.enums";
import { Reference, TextField } from "../common/column-fields";

/**
 * Which calendar months count as vacation for one kind of branch: an explicit, recorded setting
 * (who set it, when, why). Monthly rules exempt these months and show this setting in their
 * findings, so an exemption is never silent.
 */
@ObjectType({ description: "假期月份设置（按支部类型）：月度规则据此豁免，并在检查结果中注明" })
@Entity("vacation_month_setting")
export class VacationMonthSetting extends BaseEntity {
  @Reference()
  collegeId: string;

  @Field(() => BranchKind)
  @Column({ type: "enum", enum: BranchKind, enumName: "branch_kind" })
  branchKind: BranchKind;

  @Field(() => [Int], { description: "假期月份（1–12），如寒假 1、2 月，暑假 7、8 月" })
  @Column({ type: "int", array: true, default: () => "'{}'" })
  months: number[];

  @TextField({ nullable: true, description: "设置说明" })
  note: string | null;

  @Column({ type: "uuid", nullable: true })
  setById: string | null;

  @TextField({ description: "设置人" })
  setByLabel: string;

  @Field(() => Date, { description: "设置时间" })
  @Column({ type: "timestamptz" })
  setAt: Date;
}
