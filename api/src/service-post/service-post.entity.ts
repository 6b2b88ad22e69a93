import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { ServicePlaceKind } from "./service-post.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** 设岗定责 (四(四)5): a post for student members at a place, hosted by a branch, for a term. */
@ObjectType({ description: "大学生党员服务岗位（设岗定责）" })
@ScopedBy<ServicePost>({ unit: (p) => p.hostUnitId })
@Entity("service_post")
export class ServicePost extends ArchivableEntity {
  @Reference()
  typeId: string;

  @Reference({ description: "设岗的党支部" })
  hostUnitId: string;

  @CollegeColumn()
  collegeId: string;

  @TextField({ description: "岗位名称，如“学生公寓 5 栋文明监督岗”" })
  name: string;

  @Field(() => ServicePlaceKind)
  @Index()
  @Column({ type: "enum", enum: ServicePlaceKind, enumName: "service_place_kind" })
  placeKind: ServicePlaceKind;

  @TextField({ description: "地点，如“北区学生公寓 5 栋”" })
  place: string;

  @TextField({ description: "岗位职责" })
  duties: string;

  @DateField()
  termStart: string;

  @DateField({ nullable: true })
  termEnd: string | null;
}
