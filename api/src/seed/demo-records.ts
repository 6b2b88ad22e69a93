import type { EntityManager } from "typeorm";
import { generateDemoContacts } from "./demo-contacts";
import { Random } from "./random";
import type { SeededUnit } from "./seed-structure";
import { generateDemoActivities } from "./demo-activities";
import { generateDemoLiaison } from "./demo-liaison";
import { generateDemoServicePosts } from "./demo-service-posts";
import { generateDemoFunding, generateDemoGovernance } from "./demo-funding";
import { generateDemoDocuments } from "./demo-documents";
import { generateDemoDevelopment } from "./demo-development";
import { generateDemoAssessment } from "./demo-assessment";

/**
 * What every demo record generator receives. Records span one full academic year and the
 * current semester up to `until`, so compliance shows MET, UNMET and PENDING side by side.
 */
export interface DemoRecordContext {
  em: EntityManager;
  /** The college structure as seeded (committee first, then general branches and branches). */
  units: SeededUnit[];
  collegeId: string;
  /** Each generator gets its own stream, so adding one never changes another's data. */
  random: Random;
  from: string;
  until: string;
  /** How conscientious a unit is in the demo: the same answer in every area. */
  diligence(unitId: string): Diligence;
}

export type Diligence = "EXEMPLARY" | "TYPICAL" | "LAGGING";

export type DemoRecordGenerator = (ctx: DemoRecordContext) => Promise<void>;

/** The record areas' generators, run in this order after the members exist. */
export const DEMO_RECORD_GENERATORS: Array<{ name: string; generate: DemoRecordGenerator }> = [
  { name: "activities", generate: generateDemoActivities },
  { name: "liaison", generate: generateDemoLiaison },
  { name: "service-posts", generate: generateDemoServicePosts },
  { name: "funding", generate: generateDemoFunding },
  { name: "governance", generate: generateDemoGovernance },
  { name: "documents", generate: generateDemoDocuments },
  { name: "contacts", generate: generateDemoContacts },
  { name: "development", generate: generateDemoDevelopment },
  { name: "assessment", generate: generateDemoAssessment },
];

/** Every fifth unit lags, every third is exemplary, the rest are typical: a stable, visible mix. */
export function demoDiligence(units: ReadonlyArray<{ id: string }>): (unitId: string) => Diligence {
  const ordinal = new Map(units.map((u, i) => [u.id, i]));
  return (unitId) => {
    const i = ordinal.get(unitId) ?? 0;
    return i % 5 === 2 ? "LAGGING" : i % 3 === 0 ? "EXEMPLARY" : "TYPICAL";
  };
}

export const DEMO_FROM = "2025-09-01";
export const DEMO_UNTIL = "2026-11-25";

export async function generateDemoRecords(em: EntityManager, units: SeededUnit[], seed = 2014): Promise<void> {
  const collegeId = units[0].path[0];
  const diligence = demoDiligence(units);
  for (const [i, { generate }] of DEMO_RECORD_GENERATORS.entries()) {
    await generate({ em, units, collegeId, random: new Random(seed * 31 + i), from: DEMO_FROM, until: DEMO_UNTIL, diligence });
  }
}
