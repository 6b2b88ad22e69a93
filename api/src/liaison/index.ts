import { LiaisonAssignment } from "./liaison-assignment.entity";
import { LiaisonFollowUp } from "./liaison-follow-up.entity";
import { LiaisonStudent } from "./liaison-student.entity";
import { LiaisonVisit } from "./liaison-visit.entity";
import {
  LiaisonAssignmentResolver,
  LiaisonFollowUpResolver,
  LiaisonStudentResolver,
  LiaisonVisitResolver,
  VisitPersonResolver,
} from "./liaison.resolver";
import { VisitPerson } from "./visit-person.entity";

/**
 * 三联二访: liaison links, visits and their follow-ups. The area's resolvers and entities, composed by
 * api/src/schema.ts and api/src/entities.ts. Its loaders are in liaison.loaders.ts
 * (api/src/loaders.ts composes them from there).
 */
export const resolvers = [
  LiaisonAssignmentResolver,
  LiaisonStudentResolver,
  LiaisonVisitResolver,
  VisitPersonResolver,
  LiaisonFollowUpResolver,
] as const;
export const entities = [LiaisonAssignment, LiaisonStudent, LiaisonVisit, VisitPerson, LiaisonFollowUp];
