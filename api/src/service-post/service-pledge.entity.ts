import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** 三亮 at a service window (四(四)2): a member shows their standard, identity and pledge. */
@ObjectType({ description: "三亮：亮标准、亮身份、亮承诺" })
@ScopedBy<ServicePledge>({ unit: (p) => p.unitId })
@Entity("service_pledge")
export class ServicePledge extends ArchivableEntity {
  @Reference()
  memberId: string;

  @Reference({ description: "党员所在党支部（登记时）" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @TextField({ description: "服务窗口，如“财务处窗口”" })
  serviceWindow: string;

  @TextField({ description: "亮标准" })
  standard: string;

  @TextField({ description: "亮身份" })
  identity: string;

  @TextField({ description: "亮承诺" })
  pledge: string;

  @Field(() => DateScalar)
  @Index()
  @Column({ type: "date" })
  pledgedOn: string;
}
