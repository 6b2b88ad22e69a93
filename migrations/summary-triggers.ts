/**
 * SQL for summaries kept by statement-level triggers (see the fact-summaries migration): a summary
 * table holds additive values per two keys; a trigger adds the signed contributions of the rows a
 * statement changed (−old, +new). Shared by the migrations that create summaries: what a released
 * migration generated must not change, so change these only by adding.
 */

export interface Summary {
  table: string;
  keys: [string, string];
  /** Additive columns. */
  values: string[];
  /** Where college_id comes from, joined on the first key. */
  owner: "member" | "org_unit";
}

/**
 * A summary's table: its keys (the first referencing the owner, whose deletion takes the rows
 * along; sources RESTRICT it, so only rows back at zero can go that way), college_id, and each
 * value of the given type, starting at 0; indexed by college and year.
 */
export function summaryTable(s: Summary, valueTypes: Record<string, string>): string[] {
  const [k1, k2] = s.keys;
  const values = s.values.map((v) => {
    if (!valueTypes[v]) throw new Error(`${s.table}.${v}: no column type`);
    return `${v} ${valueTypes[v]} NOT NULL DEFAULT 0,`;
  });
  return [
    `CREATE TABLE ${s.table} (
        ${k1} uuid NOT NULL REFERENCES ${s.owner}(id) ON DELETE CASCADE,
        ${k2} smallint NOT NULL,
        college_id uuid NOT NULL,
        ${values.join("\n        ")}
        PRIMARY KEY (${k1}, ${k2})
      )`,
    `CREATE INDEX idx_${s.table}_college ON ${s.table} (college_id, ${k2})`,
  ];
}

/** −contribution of `old` + contribution of `neu` (either may be absent), as one row set. */
export function signedRows(s: Summary, contribution: (rows: string) => string, old: string | null, neu: string | null): string {
  const side = (rows: string, sign: string) =>
    `SELECT ${s.keys.join(", ")}, ${s.values.map((v) => `${sign}${v} AS ${v}`).join(", ")} FROM (${contribution(rows)}) c`;
  return [old && side(old, "-"), neu && side(neu, "")].filter(Boolean).join(" UNION ALL ");
}

/**
 * The old and new versions of updated rows whose `columns` changed (pairing by id; a row whose id
 * changed counts as changed), so updates of other columns cost no aggregation.
 */
export function changedRows(columns: string[]): string {
  const differ = `(${columns.map((c) => `o.${c}`).join(", ")}) IS DISTINCT FROM (${columns.map((c) => `n.${c}`).join(", ")})`;
  return `old_changed AS (SELECT o.* FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id WHERE n.id IS NULL OR ${differ}),
          new_changed AS (SELECT n.* FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id WHERE o.id IS NULL OR ${differ})`;
}

/** One upsert of the summed deltas per key, in key order (a stable lock order between concurrent writers). */
export function applyDeltas(s: Summary, signed: string, ctes = ""): string {
  const [k1, k2] = s.keys;
  return `
    ${ctes ? `WITH ${ctes}` : ""}
    INSERT INTO ${s.table} AS t (${k1}, ${k2}, college_id, ${s.values.join(", ")})
    SELECT d.${k1}, d.${k2}, o.college_id, ${s.values.map((v) => `d.${v}`).join(", ")}
      FROM (SELECT ${k1}, ${k2}, ${s.values.map((v) => `sum(${v}) AS ${v}`).join(", ")} FROM (${signed}) x GROUP BY ${k1}, ${k2}) d
      JOIN ${s.owner} o ON o.id = d.${k1}
     WHERE ${s.values.map((v) => `d.${v} <> 0`).join(" OR ")}
     ORDER BY d.${k1}, d.${k2}
    ON CONFLICT (${k1}, ${k2}) DO UPDATE SET ${s.values.map((v) => `${v} = t.${v} + EXCLUDED.${v}`).join(", ")};`;
}

/** The summary rebuilt from its view. */
export function refresh(s: Summary): string {
  const columns = [...s.keys, "college_id", ...s.values].join(", ");
  return `DELETE FROM ${s.table}; INSERT INTO ${s.table} (${columns}) SELECT ${columns} FROM ${s.table}_source ORDER BY ${s.keys.join(", ")};`;
}

export function triggerFunction(name: string, branches: Partial<Record<"INSERT" | "UPDATE" | "DELETE", string>>): string {
  const cases = Object.entries(branches).map(([op, body], i) => `${i ? "ELSIF" : "IF"} TG_OP = '${op}' THEN ${body}`);
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      ${cases.join("\n      ")}
      END IF;
      RETURN NULL;
    END $fn$`;
}

export function refreshFunction(name: string, summaries: Summary[]): string {
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      ${summaries.map(refresh).join("\n      ")}
      RETURN NULL;
    END $fn$`;
}

/**
 * Statement-level AFTER triggers `<prefix>_insert|update|delete` on `table` running `fn` with the
 * statement's transition tables (new_rows / old_rows). Transition tables allow one event per
 * trigger (and no column list on UPDATE).
 */
export function transitionTriggers(table: string, prefix: string, fn: string, events = ["INSERT", "UPDATE", "DELETE"]): string[] {
  const referencing: Record<string, string> = {
    INSERT: "NEW TABLE AS new_rows",
    UPDATE: "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    DELETE: "OLD TABLE AS old_rows",
  };
  return events.map(
    (event) => `CREATE TRIGGER ${prefix}_${event.toLowerCase()} AFTER ${event} ON ${table}
           REFERENCING ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );
}
