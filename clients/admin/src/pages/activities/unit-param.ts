import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useSession } from "@party/client-shared";

/**
 * The area's filters live in the address (?unitId=…&from=…), so a finding on the compliance page can
 * link straight to the records it counted, and a reload keeps the view. The unit defaults to the
 * root of the user's scope.
 */
export function useSearchState() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unitId") ?? user.scopeUnitId ?? undefined;
  const set = useCallback(
    (patch: Record<string, string | number | null | undefined>) => setParams((prev) => patchSearch(prev, patch), { replace: true }),
    [setParams],
  );
  return { params, unitId, set };
}

/** The address's parameters with some set and some (null, undefined, "") removed. */
export function patchSearch(prev: URLSearchParams, patch: Record<string, string | number | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === "") next.delete(k);
    else next.set(k, String(v));
  }
  return next;
}

/** 1 小时 45 分 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} 小时` : "", m ? `${m} 分` : ""].filter(Boolean).join(" ") || "0 分";
}

/** A decimal string of hours as the API sends it ("2.00") → "2", "1.5". */
export function formatHours(value: string | null | undefined): string {
  if (value == null) return "—";
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : value;
}
