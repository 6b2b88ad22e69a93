import type { EntityManager } from "typeorm";
import { seedIfEmpty } from "../../api/src/seed/seed";
import { startTestApp, TestApp, TestAppOptions } from "./test-app";

/** The demo year the compliance tests evaluate, judged as of the day after it. */
export const DEMO_RANGE = { from: "2025-09-01", to: "2026-08-31", asOf: "2026-11-26" } as const;

export interface DemoCollege {
  app: TestApp;
  em: EntityManager;
  collegeId: string;
}

/** A test server on a small generated demo college (activities, attendance, dues, contacts, documents …). */
export async function startDemoCollege(members = 200, options: Omit<TestAppOptions, "seed" | "prepare"> = {}): Promise<DemoCollege> {
  const app = await startTestApp({ ...options, seed: "empty", prepare: (ds) => seedIfEmpty(ds, "demo", members) });
  const em = app.dataSource.manager;
  const [{ id: collegeId }] = await em.query(`SELECT id FROM org_unit WHERE kind = 'PARTY_COMMITTEE'`);
  return { app, em, collegeId };
}

/** Registers the suite's demo college (started before, closed after); its fields are set once the suite starts. */
export function useDemoCollege(members = 200): DemoCollege {
  const demo = {} as DemoCollege;
  beforeAll(async () => {
    Object.assign(demo, await startDemoCollege(members));
  }, 120_000);
  afterAll(() => demo.app?.close());
  return demo;
}
