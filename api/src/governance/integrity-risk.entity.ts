import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { VoidableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";

/** One line of a unit's integrity risk register (廉政风险点, 四(二)5; DOMAIN §4). */
@ObjectType({ description: "廉政风险防控登记：风险点、关键点、防控措施、责任人（一岗双责）" })
@ScopedBy<IntegrityRisk>({ unit: (r) => r.unitId })
@Entity("integrity_risk")
@Index(["unitId", "reviewedOn"])
@Index(["collegeId", "reviewedOn"])
export class IntegrityRisk extends VoidableEntity {
  @Field(() => ID)
  @Column({ type: "uuid" })
  unitId: string;

  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "风险点" })
  @Column({ type: "text" })
  riskPoint: string;

  @Field({ description: "关键点" })
  @Column({ type: "text" })
  keyPoint: string;

  @Field({ description: "防控措施" })
  @Column({ type: "text" })
  controlMeasures: string;

  @Field({ description: "责任人（一岗双责）" })
  @Column({ type: "text" })
  responsiblePerson: string;

  @Field(() => DateScalar, { description: "最近复核日期" })
  @Column({ type: "date" })
  reviewedOn: string;
}
