import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** 校内组织关系接转: a dated move of a member from one branch to another. */
@ObjectType({ description: "校内组织关系接转记录" })
@ScopedBy<MemberTransfer>({ member: (t) => t.memberId })
@Entity("member_transfer")
export class MemberTransfer extends BaseEntity {
  @Reference()
  memberId: string;

  @Reference()
  fromBranchId: string;

  @Reference()
  toBranchId: string;

  @CollegeColumn()
  collegeId: string;

  @DateField()
  transferredOn: string;

  @TextField({ nullable: true })
  note: string | null;
}
