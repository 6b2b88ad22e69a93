import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { VoidableEntity } from "../common/archivable.entity";
import { RecognitionKind, RecognitionLevel } from "./governance.enums";
import { ScopedBy } from "../auth/record-scope";

/** An honour (附件 指标17) or a media report (指标18) a unit earned: the assessment's bonus evidence. */
@ObjectType({ description: "荣誉与媒体报道（考核加分依据，附件 指标17/18）" })
@ScopedBy<Recognition>({ unit: (r) => r.unitId })
@Entity("recognition")
@Index(["unitId", "occurredOn"])
@Index(["collegeId", "occurredOn"])
@Index(["kind", "level"])
export class Recognition extends VoidableEntity {
  @Field(() => ID)
  @Column({ type: "uuid" })
  unitId: string;

  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => RecognitionKind)
  @Column({ type: "enum", enum: RecognitionKind, enumName: "recognition_kind" })
  kind: RecognitionKind;

  @Field(() => RecognitionLevel)
  @Column({ type: "enum", enum: RecognitionLevel, enumName: "recognition_level" })
  level: RecognitionLevel;

  @Field({ description: "荣誉名称或报道标题" })
  @Column({ type: "text" })
  title: string;

  @Field(() => DateScalar, { description: "授予或报道日期" })
  @Column({ type: "date" })
  occurredOn: string;

  @Field({ description: "颁发单位或媒体" })
  @Column({ type: "text" })
  issuer: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
