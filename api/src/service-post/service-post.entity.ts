import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DateScalar } from "../common/scalars";
import { ServicePlaceKind } from "./service-post.enums";
import { ScopedBy } from "../auth/record-scope";

/** 设岗定责 (四(四)5): a post for student members at a place, hosted by a branch, for a term. */
@ObjectType({ description: "大学生党员服务岗位（设岗定责）" })
@ScopedBy<ServicePost>({ unit: (p) => p.hostUnitId })
@Entity("service_post")
export class ServicePost extends ArchivableEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  typeId: string;

  @Field(() => ID, { description: "设岗的党支部" })
  @Index()
  @Column({ type: "uuid" })
  hostUnitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "岗位名称，如“学生公寓 5 栋文明监督岗”" })
  @Column({ type: "text" })
  name: string;

  @Field(() => ServicePlaceKind)
  @Index()
  @Column({ type: "enum", enum: ServicePlaceKind, enumName: "service_place_kind" })
  placeKind: ServicePlaceKind;

  @Field({ description: "地点，如“北区学生公寓 5 栋”" })
  @Column({ type: "text" })
  place: string;

  @Field({ description: "岗位职责" })
  @Column({ type: "text" })
  duties: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  termStart: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  termEnd: string | null;
}
