import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { Gender, MemberCategory, MemberStanding, MemberStatus, MobileStatus } from "./member.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, Reference, TextField } from "../common/column-fields";

/** 党员. Never deleted: leaving the register sets `status = REMOVED` with a register entry. */
@ObjectType({ description: "党员" })
@ScopedBy<Member>({ unit: (m) => m.groupId ?? m.branchId }, { self: (m) => m.id })
@Entity("member")
export class Member extends BaseEntity {
  @TextField()
  name: string;

  @Field(() => Gender)
  @Column({ type: "enum", enum: Gender, enumName: "gender" })
  gender: Gender;

  /** Sensitive (its day is part of the ID number): exposed through a field resolver that can withhold it. */
  @Column({ type: "date", nullable: true })
  birthDate: string | null;

  @Field(() => MemberCategory)
  @Index()
  @Column({ type: "enum", enum: MemberCategory, enumName: "member_category" })
  category: MemberCategory;

  @Field(() => MemberStanding)
  @Index()
  @Column({ type: "enum", enum: MemberStanding, enumName: "member_standing" })
  standing: MemberStanding;

  @DateField({ nullable: true, description: "入党日期（接收为预备党员之日）" })
  joinedOn: string | null;

  @DateField({ nullable: true, description: "转正日期" })
  fullSince: string | null;

  @DateField({ nullable: true, description: "预备期满日期（预备党员）" })
  probationEndsOn: string | null;

  @Reference()
  branchId: string;

  @Reference({ nullable: true })
  groupId: string | null;

  @Reference()
  collegeId: string;

  @TextField({ nullable: true, description: "所在部门或院系" })
  department: string | null;

  @TextField({ nullable: true, description: "所在班级（学生）" })
  className: string | null;

  @Field(() => MobileStatus)
  @Index()
  @Column({ type: "enum", enum: MobileStatus, enumName: "mobile_status", default: MobileStatus.NONE })
  mobileStatus: MobileStatus;

  @TextField({ nullable: true, description: "流动所在地（实习地、挂职地等）" })
  mobileLocation: string | null;

  /** Sensitive: exposed through a field resolver so access control can mask it in one place. */
  @Column({ type: "text", nullable: true })
  idNumber: string | null;

  /** Sensitive, as idNumber. */
  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Field(() => MemberStatus)
  @Index()
  @Column({ type: "enum", enum: MemberStatus, enumName: "member_status", default: MemberStatus.ACTIVE })
  status: MemberStatus;
}
