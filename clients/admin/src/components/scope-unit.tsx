import { useState } from "react";
import { UnitPicker, useScopeUnits, useSession } from "@party/client-shared";

/**
 * The unit a record page shows (its subtree): the user's scope to start with, any unit of the
 * scope by the picker. Returns the id and the picker to put in the page's title row.
 */
export function useScopeUnit(kinds?: string[]) {
  const { user } = useSession();
  const [unitId, setUnitId] = useState<string | null>(user.scopeUnitId ?? null);
  const picker = (
    <UnitPicker
      value={unitId}
      onChange={(id) => setUnitId(id ?? user.scopeUnitId ?? null)}
      kinds={kinds}
      placeholder="选择组织（含下级）"
    />
  );
  // the kind of the user's scope unit (the session's own scopeUnit may be absent right after sign-in)
  const units = useScopeUnits();
  const scopeKind = user.scopeUnit?.kind ?? units.data?.find((u) => u.id === user.scopeUnitId)?.kind ?? null;
  return { unitId, setUnitId, picker, scopeKind };
}
