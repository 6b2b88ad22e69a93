import DataLoader from "dataloader";
import { IsNull } from "typeorm";
import { anchorsOf } from "../auth/record-scope";
import { byId, grouped, LoaderSource } from "../db/scoped-loaders";
import { ClassGroup } from "./class-group.entity";
import { ClassMember } from "./class-member.entity";
import { currentClassOfMembers } from "./class-of-member.query";
import { StudentClass } from "./student-class.entity";

/** Loaders of students' classes, their members and the party groups that cover them. */
export function createStudentClassLoaders(ctx: LoaderSource) {
  return {
    studentClass: byId(ctx, StudentClass),
    classMembersOfClass: grouped(ctx, ClassMember, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classMembersOfClassWithEnded: grouped(ctx, ClassMember, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClass: grouped(ctx, ClassGroup, "classId", { until: IsNull() }, { since: "ASC", createdAt: "ASC" }),
    classGroupsOfClassWithEnded: grouped(ctx, ClassGroup, "classId", {}, { since: "ASC", createdAt: "ASC" }),
    classOfMember: new DataLoader<string, StudentClass | null>(async (memberIds) => {
      const classes = await currentClassOfMembers(ctx.em, memberIds);
      const seen = new Set(
        await ctx.records.visible(
          classes.filter((c): c is StudentClass => c !== null),
          anchorsOf(StudentClass),
        ),
      );
      return classes.map((c) => (c && seen.has(c) ? c : null));
    }),
  };
}
