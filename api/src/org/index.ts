import { CommitteePosition } from "./committee-position.entity";
import { CommitteeResolver } from "./committee.resolver";
import { OrgUnit } from "./org-unit.entity";
import { OrgUnitResolver } from "./org-unit.resolver";

/**
 * The org tree and its committees. The area's resolvers and entities, composed by
 * api/src/schema.ts and api/src/entities.ts. Its loaders are in org.loaders.ts (api/src/loaders.ts
 * composes them from there).
 */
export const resolvers = [OrgUnitResolver, CommitteeResolver] as const;
export const entities = [OrgUnit, CommitteePosition];
