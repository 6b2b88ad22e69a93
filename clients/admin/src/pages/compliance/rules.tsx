import { useState } from "react";
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from "antd";
import { EditOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import {
  ApiError,
  ErrorAlert,
  fieldErrorsOf,
  formatDate,
  toLocalDate,
  useFeedback,
  useGqlMutation,
  useSession,
} from "@party/client-shared";
import type { ComplianceRulesQuery } from "../../gql/graphql";
import { PERIOD_KIND_LABELS, RuleCitation, useRulebook } from "./compliance-labels";
import { SetRuleParameters } from "./operations";
import { VacationMonthsCard } from "./vacation-months";

type RuleRow = ComplianceRulesQuery["rules"][number];
type Version = RuleRow["parameters"][number];

/** The numbers in force today: the latest version whose effective date has come. */
export function inForce(rule: RuleRow): Version | undefined {
  const today = toLocalDate(dayjs());
  return [...rule.parameters]
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .filter((v) => v.effectiveFrom <= today)
    .pop();
}

const paramsText = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([k, v]) => `${k} = ${String(v)}`)
    .join("，");

/**
 * 规则库: every written rule with its citation, requirement, period and numbers (each version with
 * its effective date and source); 组织部 (RULES_WRITE) changes a rule's numbers from a date on.
 */
export function RulesView() {
  const { can } = useSession();
  const { data, error, isLoading, refetch } = useRulebook();
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const writable = can("RULES_WRITE");
  return (
    <>
      <Typography.Paragraph type="secondary">
        每条规定只在此处定义一次，检查和办理时都按生效日期取用当时的数字。
        {writable ? "调整数字时须填写生效日期，之前的期间仍按原数字检查。" : ""}
      </Typography.Paragraph>
      <VacationMonthsCard />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<RuleRow>
        data-testid="rules"
        rowKey="code"
        size="middle"
        loading={isLoading}
        dataSource={data?.rules ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 条规定` }}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (r) => (
            <Table<Version>
              size="small"
              rowKey="effectiveFrom"
              pagination={false}
              dataSource={[...r.parameters].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))}
              columns={[
                { title: "生效日期", dataIndex: "effectiveFrom", width: 140, render: (d: string) => formatDate(d) },
                { title: "参数", dataIndex: "params", render: (p: Record<string, unknown>) => paramsText(p) },
                { title: "来源", dataIndex: "source", width: 100, render: (s: string) => (s === "SOURCE" ? "原文" : "党委调整") },
                { title: "说明", dataIndex: "note", render: (n?: string | null) => n ?? "" },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: "规定",
            key: "title",
            width: 280,
            render: (_, r) => (
              <div>
                <div>
                  {r.title} {r.kind === "GUARD" && <Tag>办理前提</Tag>}
                </div>
                <RuleCitation code={r.code} citation={r.citation} title={r.title} />
              </div>
            ),
          },
          { title: "要求", dataIndex: "requirement" },
          { title: "期间", dataIndex: "periodKind", width: 110, render: (p: string) => PERIOD_KIND_LABELS[p] ?? p },
          {
            title: "现行参数",
            key: "params",
            width: 170,
            render: (_, r) => {
              const v = inForce(r);
              return v ? (
                <div>
                  <div>{paramsText(v.params)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(v.effectiveFrom)}起{v.source === "SOURCE" ? "（原文）" : "（党委调整）"}
                  </Typography.Text>
                </div>
              ) : (
                "—"
              );
            },
          },
          ...(writable
            ? [
                {
                  title: "",
                  key: "edit",
                  width: 90,
                  render: (_: unknown, r: RuleRow) =>
                    r.parameters.length ? (
                      <Button size="small" icon={<EditOutlined />} aria-label={`调整 ${r.code}`} onClick={() => setEditing(r)}>
                        调整
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {editing && <ParameterDialog rule={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function ParameterDialog({ rule, onClose }: { rule: RuleRow; onClose: () => void }) {
  const feedback = useFeedback();
  const [form] = Form.useForm<Record<string, number | Dayjs | string>>();
  const set = useGqlMutation(SetRuleParameters, (d) => d.setRuleParameters, ["ComplianceRules", "ComplianceFindings", "ComplianceDueSoon"]);
  const current = inForce(rule) ?? rule.parameters[0];
  const keys = Object.keys(current?.params ?? {});
  return (
    <Modal
      open
      title={`调整规则数字：${rule.title}`}
      okText="保存"
      okButtonProps={{ loading: set.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">
        {rule.requirement}（{rule.citation}）
      </Typography.Paragraph>
      <ErrorAlert error={set.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...current?.params, effectiveFrom: dayjs().add(1, "month").startOf("month") }}
        onFinish={async (values) => {
          const params = Object.fromEntries(keys.map((k) => [k, values[k] as number]));
          try {
            await set.mutateAsync({
              input: {
                ruleCode: rule.code,
                params,
                effectiveFrom: toLocalDate(values.effectiveFrom as Dayjs),
                note: (values.note as string | undefined)?.trim() || null,
              },
            });
            feedback.saved("规则数字已调整");
            onClose();
          } catch (e) {
            if (e instanceof ApiError) form.setFields(fieldErrorsOf(e) as Parameters<typeof form.setFields>[0]);
          }
        }}
      >
        <Flex gap={12} wrap>
          {keys.map((k) => (
            <Form.Item key={k} name={k} label={k} rules={[{ required: true, message: "请填写" }]} style={{ minWidth: 140 }}>
              <InputNumber min={0} style={{ width: "100%" }} />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: "请选择生效日期" }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="note" label="说明" extra="如“党委会 2026 年第 5 次会议决定”">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
