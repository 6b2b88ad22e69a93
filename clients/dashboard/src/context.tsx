import { createContext, useContext } from "react";
import type { UnitTreeNodeFragment } from "@party/client-shared/src/gql/graphql";
import type { Period, SemesterOption } from "./period";

export interface RuleInfo {
  code: string;
  title: string;
  citation: string;
  /** The rule engine's family (ACTIVITIES, EDUCATION_HOURS …); null for guards. */
  family: string | null;
  periodKind: string;
  subject: string;
  /** The numbers in force today (the latest version that has begun). */
  params: Record<string, unknown>;
}

/** What every section reads: the chosen unit and period, the rulebook, the scope's tree, refresh. */
export interface DashboardState {
  unitId: string;
  period: Period;
  semesters: SemesterOption[];
  rules: Map<string, RuleInfo>;
  units: Map<string, UnitTreeNodeFragment>;
  /** Milliseconds between refreshes in large-screen mode; false otherwise. */
  refetchInterval: number | false;
  large: boolean;
}

export const DashboardContext = createContext<DashboardState | null>(null);

export function useDashboard(): DashboardState {
  const state = useContext(DashboardContext);
  if (!state) throw new Error("useDashboard outside the dashboard");
  return state;
}

/**
 * The unit a figure is grouped under, one level below the chosen unit: at the college a branch
 * counts under its general branch, at a general branch under itself. Units outside the tree
 * (or the chosen unit itself) group as the chosen unit.
 */
export function groupUnder(state: Pick<DashboardState, "unitId" | "units">, unitId: string): string {
  let current = state.units.get(unitId);
  while (current && current.parentId && current.parentId !== state.unitId) current = state.units.get(current.parentId);
  return current && current.parentId === state.unitId ? current.id : state.unitId;
}

/** A unit's name for charts: 财经学院 · 学生支部 (the group's name without 党总支, then the unit's). */
export function unitLabel(state: Pick<DashboardState, "unitId" | "units">, unitId: string, fallback = ""): string {
  const unit = state.units.get(unitId);
  if (!unit) return fallback;
  const parent = unit.parentId ? state.units.get(unit.parentId) : undefined;
  if (unit.kind === "BRANCH" && parent?.kind === "GENERAL_BRANCH") return `${parent.name.replace(/党总支$/, "")} · ${unit.name}`;
  return unit.name;
}

/** The scope's units depth-first from the chosen unit, each group before its branches (按层级、原文顺序 within a level). */
export function treeOrder(state: Pick<DashboardState, "unitId" | "units">): string[] {
  const children = new Map<string, string[]>();
  for (const u of state.units.values()) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const ordered: string[] = [];
  const visit = (id: string) => {
    ordered.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(state.unitId);
  return ordered;
}

/** The rule codes of a family, from the rulebook. */
export function codesOf(rules: Map<string, RuleInfo>, family: string): string[] {
  return [...rules.values()].filter((r) => r.family === family).map((r) => r.code);
}
