import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GovernanceRecord } from "./governance-record.entity";
import { RecognitionKind, RecognitionLevel } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";
import { DateField, TextField } from "../common/column-fields";

/** An honour (附件 指标17) or a media report (指标18) a unit earned: the assessment's bonus evidence. */
@ObjectType({ description: "荣誉与媒体报道（考核加分依据，附件 指标17/18）" })
@ScopedBy<Recognition>({ unit: (r) => r.unitId })
@Entity("recognition")
@Index(["unitId", "occurredOn"])
@Index(["collegeId", "occurredOn"])
@Index(["kind", "level"])
export class Recognition extends GovernanceRecord {
  @Field(() => RecognitionKind)
  @Column({ type: "enum", enum: RecognitionKind, enumName: "recognition_kind" })
  kind: RecognitionKind;

  @Field(() => RecognitionLevel)
  @Column({ type: "enum", enum: RecognitionLevel, enumName: "recognition_level" })
  level: RecognitionLevel;

  @TextField({ description: "荣誉名称或报道标题" })
  title: string;

  @DateField({ description: "授予或报道日期" })
  occurredOn: string;

  @TextField({ description: "颁发单位或媒体" })
  issuer: string;

  @TextField({ nullable: true })
  note: string | null;
}
