import DataLoader from "dataloader";
import { IsNull } from "typeorm";
import { byId, grouped, LoaderSource } from "../db/scoped-loaders";
import { CommitteePosition } from "./committee-position.entity";
import { OrgUnit } from "./org-unit.entity";
import { countSubtreeMembers, MemberCounts } from "./subtree-member-counts";

/** Loaders of the org tree and its committees, spread into the request's bag (api/src/loaders.ts). */
export function createOrgLoaders(ctx: LoaderSource) {
  return {
    orgUnit: byId(ctx, OrgUnit),
    childrenOfUnit: grouped(ctx, OrgUnit, "parentId", { archivedAt: IsNull() }, { sortOrder: "ASC", name: "ASC" }),
    childrenOfUnitWithArchived: grouped(ctx, OrgUnit, "parentId", {}, { sortOrder: "ASC", name: "ASC" }),
    committeeOfUnit: grouped(ctx, CommitteePosition, "unitId", { endedOn: IsNull() }, { role: "ASC", termStart: "ASC" }),
    committeeHistoryOfUnit: grouped(ctx, CommitteePosition, "unitId", {}, { termStart: "DESC" }),
    committeePosition: byId(ctx, CommitteePosition),
    /** Counts of a unit's register: callers ask only for units whose contents they may read. */
    memberCounts: new DataLoader<string, MemberCounts>((unitIds) => countSubtreeMembers(ctx.em, unitIds)),
  };
}
