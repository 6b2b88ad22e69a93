import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { DatedLinkEntity } from "../common/dated-link.entity";
import { ScopedBy } from "../auth/record-scope";
import { Reference } from "../common/column-fields";

/** A party group covering a class (高年级有党小组, 四(三)2(2)), dated. */
@ObjectType({ description: "班级与党小组的对应（含起止日期）" })
@ScopedBy<ClassGroup>({ home: "student_class", id: (g) => g.classId })
@Entity("class_group")
export class ClassGroup extends DatedLinkEntity {
  @Reference()
  classId: string;

  @Reference()
  groupUnitId: string;
}
