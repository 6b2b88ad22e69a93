import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";
import { Gender } from "../member/member.enums";
import { DevelopmentStage, DevelopmentTrack } from "./pipeline.enums";

/**
 * One attempt of one person to join the party (DOMAIN §8): from the written application to full
 * membership, or to where it ended. A person who withdraws and applies again gets a new case; the
 * old one is kept. The dates below are what the steps (development_step, append-only) recorded,
 * kept on the case so lists, guards and findings read one row; a correction of a step moves them.
 */
@ObjectType({ description: "发展党员档案（一人一次申请）" })
@ScopedBy<DevelopmentCase>({ unit: (c) => c.branchId }, { self: (c) => c.memberId })
@Entity("development_case")
@Index(["collegeId", "stage"])
export class DevelopmentCase extends BaseEntity {
  @Reference({ description: "接收申请的党支部" })
  branchId: string;

  @CollegeColumn()
  collegeId: string;

  @Reference({ description: "申请人（非党员人员记录）" })
  personId: string;

  @Reference({ nullable: true, description: "党总支审批接收后的党员记录" })
  memberId: string | null;

  @TextField({ description: "申请人姓名" })
  name: string;

  @Field(() => Gender)
  @Column({ type: "enum", enum: Gender, enumName: "gender" })
  gender: Gender;

  /** Sensitive (part of the ID number): read by DEV_MIN_AGE, never exposed. */
  @Column({ type: "date" })
  birthDate: string;

  @Field(() => DevelopmentTrack)
  @Column({ type: "enum", enum: DevelopmentTrack, enumName: "development_track" })
  track: DevelopmentTrack;

  @Field(() => DevelopmentStage)
  @Column({ type: "enum", enum: DevelopmentStage, enumName: "development_stage" })
  stage: DevelopmentStage;

  @DateField({ description: "进入当前阶段的日期" })
  stageSince: string;

  @DateField({ description: "递交入党申请书日期" })
  appliedOn: string;

  @DateField({ nullable: true, description: "确定为入党积极分子日期" })
  activistOn: string | null;

  @DateField({ nullable: true, description: "确定为培养考察对象日期" })
  candidateOn: string | null;

  @DateField({ nullable: true, description: "培养考察开始日期" })
  inspectionFrom: string | null;

  @DateField({ nullable: true, description: "确定为发展对象日期" })
  targetOn: string | null;

  @DateField({ nullable: true, description: "预备期开始（支部大会通过之日）" })
  probationStartsOn: string | null;

  @DateField({ nullable: true, description: "预备期满日期" })
  probationEndsOn: string | null;

  @DateField({ nullable: true, description: "提出转正申请日期" })
  conversionAppliedOn: string | null;

  @DateField({ nullable: true, description: "转为正式党员日期（转正表决之日）" })
  fullSince: string | null;

  @DateField({ nullable: true, description: "档案结束日期（转正、撤回、未被接收、取消资格）" })
  closedOn: string | null;
}
