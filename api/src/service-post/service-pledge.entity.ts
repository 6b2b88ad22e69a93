import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** 三亮 at a service window (四(四)2): a member shows their standard, identity and pledge. */
@ObjectType({ description: "三亮：亮标准、亮身份、亮承诺" })
@ScopedBy<ServicePledge>({ unit: (p) => p.unitId })
@Entity("service_pledge")
export class ServicePledge extends ArchivableEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Field(() => ID, { description: "党员所在党支部（登记时）" })
  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "服务窗口，如“财务处窗口”" })
  @Column({ type: "text" })
  serviceWindow: string;

  @Field({ description: "亮标准" })
  @Column({ type: "text" })
  standard: string;

  @Field({ description: "亮身份" })
  @Column({ type: "text" })
  identity: string;

  @Field({ description: "亮承诺" })
  @Column({ type: "text" })
  pledge: string;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  pledgedOn: string;
}
