import { Entity, Index } from "typeorm";
import { ObjectType } from "type-graphql";
import { GovernanceRecord } from "./governance-record.entity";
import { ScopedBy } from "../auth/record-scope";
import { DateField, TextField } from "../common/column-fields";

/** One line of a unit's integrity risk register (廉政风险点, 四(二)5; DOMAIN §4). */
@ObjectType({ description: "廉政风险防控登记：风险点、关键点、防控措施、责任人（一岗双责）" })
@ScopedBy<IntegrityRisk>({ unit: (r) => r.unitId })
@Entity("integrity_risk")
@Index(["unitId", "reviewedOn"])
@Index(["collegeId", "reviewedOn"])
export class IntegrityRisk extends GovernanceRecord {
  @TextField({ description: "风险点" })
  riskPoint: string;

  @TextField({ description: "关键点" })
  keyPoint: string;

  @TextField({ description: "防控措施" })
  controlMeasures: string;

  @TextField({ description: "责任人（一岗双责）" })
  responsiblePerson: string;

  @DateField({ description: "最近复核日期" })
  reviewedOn: string;
}
