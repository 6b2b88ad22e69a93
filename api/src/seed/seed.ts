import type { DataSource } from "typeorm";
import type { SeedMode } from "../config";
import { AuditEntry } from "../audit/audit-entry.entity";
import { generateDemoMembers } from "./demo-members";
import { generateDemoRecords } from "./demo-records";
import { seedCollegeStructure } from "./seed-structure";
import { createDemoUsers, DEMO_PASSWORD_DEFAULT } from "./demo-users";
import { seatDemoPanel } from "./demo-assessment";

/** On a database with no organisation yet: the college structure, plus demo members in demo mode. */
export async function seedIfEmpty(
  dataSource: DataSource,
  mode: SeedMode,
  demoMembers: number,
  demoPassword = DEMO_PASSWORD_DEFAULT,
): Promise<string | null> {
  if (mode === "none") return null;
  return dataSource.transaction(async (em) => {
    await em.query("LOCK TABLE org_unit IN EXCLUSIVE MODE"); // two starting replicas seed once
    const [{ count }] = await em.query("SELECT count(*)::int AS count FROM org_unit");
    if (count > 0) return null;
    const units = await seedCollegeStructure(em);
    const members = mode === "demo" ? await generateDemoMembers(em, units, { members: demoMembers }) : 0;
    if (mode === "demo") {
      await generateDemoRecords(em, units);
      await createDemoUsers(em, units, demoPassword);
      await seatDemoPanel(em, units[0].id);
    }
    await em.insert(AuditEntry, {
      actorId: null,
      actorLabel: "system",
      operation: "seed",
      entityType: "College",
      entityId: units[0].id,
      collegeId: units[0].id,
      after: { mode, units: units.length, members },
    });
    if (mode === "demo") await em.query("ANALYZE"); // fresh bulk data: give the planner its statistics now
    return (
      `seeded the college structure (${units.length} units)` +
      (members ? ` and ${members} demo members, with one demo account per role (see README)` : "")
    );
  });
}
