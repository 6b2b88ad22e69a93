import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { VoidableEntity } from "../common/archivable.entity";
import { NoticeChannel } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";

/** 党务公开 (四(二)6; 附件 指标4): what a unit made public, where and when. */
@ObjectType({ description: "党务公开" })
@ScopedBy<PartyAffairsNotice>({ unit: (n) => n.unitId })
@Entity("party_affairs_notice")
@Index(["unitId", "publishedOn"])
@Index(["collegeId", "publishedOn"])
export class PartyAffairsNotice extends VoidableEntity {
  @Field(() => ID)
  @Column({ type: "uuid" })
  unitId: string;

  @Column({ type: "uuid" })
  collegeId: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => NoticeChannel)
  @Index()
  @Column({ type: "enum", enum: NoticeChannel, enumName: "notice_channel" })
  channel: NoticeChannel;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  publishedOn: string;

  @Field(() => String, { nullable: true, description: "内容摘要" })
  @Column({ type: "text", nullable: true })
  summary: string | null;
}
