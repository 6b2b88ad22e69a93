import { Table, Typography } from "antd";

/** One field of an audited record before and after the change. */
interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt"]);

function show(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "（空）";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function changesOf(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const b = before?.[field];
    const a = after?.[field];
    return { field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

/** Before and after side by side, changed fields first and marked; unchanged ones below in grey. */
export function AuditDiff({ before, after }: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null }) {
  // Changed fields first, the bookkeeping ones (version, timestamps) after the real changes.
  const weight = (c: FieldChange) => (c.changed ? (BOOKKEEPING.has(c.field) ? 1 : 0) : 2);
  const rows = changesOf(before, after).sort((x, y) => weight(x) - weight(y));
  const created = !before && !!after;
  const removed = !!before && !after;
  return (
    <Table<FieldChange>
      data-testid="audit-diff"
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.changed ? "audit-changed" : "audit-same")}
      columns={[
        {
          title: "字段",
          dataIndex: "field",
          width: 200,
          render: (f: string, r) =>
            r.changed ? <Typography.Text strong>{f}</Typography.Text> : <Typography.Text type="secondary">{f}</Typography.Text>,
        },
        {
          title: created ? "修改前（新建）" : "修改前",
          key: "before",
          render: (_, r) =>
            r.changed && !created ? (
              <Typography.Text delete type="danger" style={{ wordBreak: "break-all" }}>
                {show(r.before)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary" style={{ wordBreak: "break-all" }}>
                {show(r.before)}
              </Typography.Text>
            ),
        },
        {
          title: removed ? "修改后（删除）" : "修改后",
          key: "after",
          render: (_, r) =>
            r.changed ? (
              <Typography.Text type="success" strong style={{ wordBreak: "break-all" }}>
                {show(r.after)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary" style={{ wordBreak: "break-all" }}>
                {show(r.after)}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
