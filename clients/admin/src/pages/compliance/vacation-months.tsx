import { useState } from "react";
import { Button, Card, Form, Input, Modal, Select, Table, Typography } from "antd";
import { EditOutlined } from "@ant-design/icons";
import { ApiError, ErrorAlert, fieldErrorsOf, formatDateTime, useFeedback, useGql, useGqlMutation, useSession } from "@party/client-shared";
import type { BranchKind, ComplianceVacationMonthsQuery } from "../../gql/graphql";
import { ComplianceVacationMonths, SetVacationMonths } from "./operations";

type Setting = ComplianceVacationMonthsQuery["vacationMonths"][number];

const BRANCH_KIND_LABELS: Record<BranchKind, string> = {
  STUDENT: "学生支部",
  FACULTY: "二级学院教工支部",
  STAFF: "机关、教辅教职工支部",
  RETIRED: "离退休支部",
};
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));

/**
 * 假期月份: the setting the monthly meeting rules read (VACATION_MONTHS) — in these months a branch
 * of the kind is exempt. Shown to all who read compliance; changed with CALENDAR_WRITE, with version.
 */
export function VacationMonthsCard() {
  const { can } = useSession();
  const { data, error, refetch } = useGql(ComplianceVacationMonths, {});
  const [editing, setEditing] = useState<Setting | null>(null);
  return (
    <Card
      size="small"
      title="假期月份（按月检查的组织生活、委员会例会在这些月份免检）"
      style={{ marginBottom: 16 }}
      data-testid="vacation-months"
    >
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Setting>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.vacationMonths ?? []}
        columns={[
          { title: "支部类别", dataIndex: "branchKind", width: 200, render: (k: BranchKind) => BRANCH_KIND_LABELS[k] },
          { title: "假期月份", dataIndex: "months", render: (m: number[]) => (m.length ? m.map((n) => `${n}月`).join("、") : "不设假期") },
          {
            title: "设置",
            key: "set",
            width: 260,
            render: (_, s) => (
              <Typography.Text type="secondary">
                {s.setByLabel} · {formatDateTime(s.setAt)}
                {s.note ? ` · ${s.note}` : ""}
              </Typography.Text>
            ),
          },
          ...(can("CALENDAR_WRITE")
            ? [
                {
                  title: "",
                  key: "edit",
                  width: 90,
                  render: (_: unknown, s: Setting) => (
                    <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <VacationDialog setting={editing} onClose={() => setEditing(null)} reload={() => void refetch()} />}
    </Card>
  );
}

function VacationDialog({ setting, onClose, reload }: { setting: Setting; onClose: () => void; reload: () => void }) {
  const feedback = useFeedback();
  const [form] = Form.useForm<{ months: number[]; note?: string }>();
  const save = useGqlMutation(SetVacationMonths, (d) => d.setVacationMonths, [
    "ComplianceVacationMonths",
    "ComplianceFindings",
    "ComplianceDueSoon",
  ]);
  return (
    <Modal
      open
      title={`假期月份：${BRANCH_KIND_LABELS[setting.branchKind]}`}
      okText="保存"
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ErrorAlert error={save.error} onReload={() => (reload(), onClose())} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ months: setting.months, note: setting.note ?? undefined }}
        onFinish={async (v) => {
          try {
            await save.mutateAsync({
              input: {
                branchKind: setting.branchKind,
                months: [...v.months].sort((a, b) => a - b),
                note: v.note?.trim() || null,
                version: setting.version,
              },
            });
            feedback.saved("假期月份已保存");
            onClose();
          } catch (e) {
            if (e instanceof ApiError) form.setFields(fieldErrorsOf(e) as Parameters<typeof form.setFields>[0]);
          }
        }}
      >
        <Form.Item name="months" label="假期月份" extra="不选表示不设假期">
          <Select mode="multiple" options={MONTHS} allowClear />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
