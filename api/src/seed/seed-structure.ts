import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { seedAcademicCalendar } from "../calendar/seed-calendar";
import { OrgUnitKind } from "../org/org-unit.enums";
import { COLLEGE_COMMITTEE_NAME, GENERAL_BRANCHES } from "./college-structure";

export interface SeededUnit {
  id: string;
  kind: OrgUnitKind;
  name: string;
  path: string[];
  branchKind: string | null;
  covers: string[];
  parentName: string | null;
}

/** Inserts the college's committee, general branches and branches in one statement, and its academic calendar. */
export async function seedCollegeStructure(em: EntityManager, makeId: () => string = randomUUID): Promise<SeededUnit[]> {
  const root: SeededUnit = {
    id: makeId(),
    kind: OrgUnitKind.PARTY_COMMITTEE,
    name: COLLEGE_COMMITTEE_NAME,
    path: [],
    branchKind: null,
    covers: [],
    parentName: null,
  };
  root.path = [root.id];
  const units: SeededUnit[] = [root];
  const order = new Map<string, number>([[root.id, 0]]);
  GENERAL_BRANCHES.forEach((gb, i) => {
    const gbId = makeId();
    const general: SeededUnit = {
      id: gbId,
      kind: OrgUnitKind.GENERAL_BRANCH,
      name: gb.name,
      path: [root.id, gbId],
      branchKind: null,
      covers: [],
      parentName: root.name,
    };
    units.push(general);
    order.set(gbId, i + 1);
    gb.branches.forEach((b, j) => {
      const id = makeId();
      units.push({
        id,
        kind: OrgUnitKind.BRANCH,
        name: b.name,
        path: [root.id, gbId, id],
        branchKind: b.kind,
        covers: b.covers,
        parentName: gb.name,
      });
      order.set(id, j + 1);
    });
  });

  await em.query(
    `INSERT INTO org_unit (id, kind, name, parent_id, college_id, path, sort_order, branch_kind, covers)
     SELECT u.id, u.kind::org_unit_kind, u.name, u.path[cardinality(u.path) - 1], $2::uuid, u.path, u.sort_order,
            u.branch_kind::branch_kind, u.covers
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, kind text, name text, path uuid[], sort_order int, branch_kind text, covers text[])`,
    [
      JSON.stringify(
        units.map((u) => ({
          id: u.id,
          kind: u.kind,
          name: u.name,
          path: u.path,
          sort_order: order.get(u.id),
          branch_kind: u.branchKind,
          covers: u.covers,
        })),
      ),
      root.id,
    ],
  );
  // Semester-based rules need a calendar even without demo data.
  await seedAcademicCalendar(em, root.id);
  return units;
}
