import { IsNull } from "typeorm";
import { byId, grouped, LoaderSource } from "../db/scoped-loaders";
import { LiaisonAssignment } from "./liaison-assignment.entity";
import { LiaisonFollowUp } from "./liaison-follow-up.entity";
import { LiaisonStudent } from "./liaison-student.entity";
import { LiaisonVisit } from "./liaison-visit.entity";
import { VisitPerson } from "./visit-person.entity";

/** Loaders of 三联二访: links, their students, visits, the people met and what was to be followed up. */
export function createLiaisonLoaders(ctx: LoaderSource) {
  return {
    liaisonAssignment: byId(ctx, LiaisonAssignment),
    liaisonVisit: byId(ctx, LiaisonVisit),
    studentsOfAssignment: grouped(ctx, LiaisonStudent, "assignmentId", {}, { createdAt: "ASC", id: "ASC" }),
    visitsOfAssignment: grouped(ctx, LiaisonVisit, "assignmentId", { archivedAt: IsNull() }, { visitedOn: "DESC", createdAt: "DESC" }),
    peopleOfVisit: grouped(ctx, VisitPerson, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
    followUpsOfVisit: grouped(ctx, LiaisonFollowUp, "visitId", {}, { position: "ASC", createdAt: "ASC" }),
  };
}
