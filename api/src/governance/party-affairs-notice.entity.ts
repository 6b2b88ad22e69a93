import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GovernanceRecord } from "./governance-record.entity";
import { NoticeChannel } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, TextField } from "../common/column-fields";

/** 党务公开 (四(二)6; 附件 指标4): what a unit made public, where and when. */
@ObjectType({ description: "党务公开" })
@ScopedBy<PartyAffairsNotice>({ unit: (n) => n.unitId })
@Entity("party_affairs_notice")
@Index(["unitId", "publishedOn"])
@Index(["collegeId", "publishedOn"])
export class PartyAffairsNotice extends GovernanceRecord {
  @TextField()
  title: string;

  @Field(() => NoticeChannel)
  @Index()
  @Column({ type: "enum", enum: NoticeChannel, enumName: "notice_channel" })
  channel: NoticeChannel;

  @DateField()
  publishedOn: string;

  @TextField({ nullable: true, description: "内容摘要" })
  summary: string | null;
}
