import type { LoaderSource } from "./db/scoped-loaders";
import { createActivityLoaders } from "./activity/activity.loaders";
import { createAssessmentLoaders } from "./assessment/assessment.loaders";
import { createCalendarLoaders } from "./calendar/calendar.loaders";
import { createDocumentLoaders } from "./document/document.loaders";
import { createLiaisonLoaders } from "./liaison/liaison.loaders";
import { createMemberLoaders } from "./member/member.loaders";
import { createOrgLoaders } from "./org/org.loaders";
import { createPipelineLoaders } from "./pipeline/pipeline.loaders";
import { createRoomLoaders } from "./room/room.loaders";
import { createServicePostLoaders } from "./service-post/service-post.loaders";
import { createStudentClassLoaders } from "./student-class/student-class.loaders";

/**
 * The typed bag of loaders built fresh for every request (Twenty's dataloader service), composed
 * of each area's `<area>.loaders.ts`: every relation field goes through one, so a nested query costs
 * one `= ANY($1)` per type, not one query per row. Every loader keeps to the caller's scope (each
 * entity's @ScopedBy): a record outside it is null or absent whatever path reached it. Loaders read
 * through the request's own connection (inside a mutation, its transaction).
 *
 * Read from the areas' loader files, not their index.ts: the resolvers an index exports reach this
 * file through @Transaction(), and importing them here would close that circle.
 */
export function createLoaders(ctx: LoaderSource) {
  return {
    ...createOrgLoaders(ctx),
    ...createMemberLoaders(ctx),
    ...createStudentClassLoaders(ctx),
    ...createLiaisonLoaders(ctx),
    ...createServicePostLoaders(ctx),
    ...createCalendarLoaders(ctx),
    ...createActivityLoaders(ctx),
    ...createRoomLoaders(ctx),
    ...createDocumentLoaders(ctx),
    ...createPipelineLoaders(ctx),
    ...createAssessmentLoaders(ctx),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
