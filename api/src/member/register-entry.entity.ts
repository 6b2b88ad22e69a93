import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { RegisterEntryKind, RegisterReason } from "./member.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** 党员名册增减记录: one row each time a member enters or leaves a branch's register. */
@ObjectType({ description: "党员名册增减记录" })
@ScopedBy<RegisterEntry>({ member: (e) => e.memberId })
@Entity("register_entry")
export class RegisterEntry extends BaseEntity {
  @Reference()
  memberId: string;

  @Reference({ description: "入册或出册的支部" })
  branchId: string;

  @CollegeColumn()
  collegeId: string;

  @Field(() => RegisterEntryKind)
  @Column({ type: "enum", enum: RegisterEntryKind, enumName: "register_entry_kind" })
  kind: RegisterEntryKind;

  @Field(() => RegisterReason)
  @Column({ type: "enum", enum: RegisterReason, enumName: "register_reason" })
  reason: RegisterReason;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  occurredOn: string;

  @TextField({ nullable: true, description: "转入来源或转出去向（校外组织）" })
  counterpart: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
