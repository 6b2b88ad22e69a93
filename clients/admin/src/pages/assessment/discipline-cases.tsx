import { useState } from "react";
import { Button, DatePicker, Form, Input, Select, Space, Switch, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { ErrorAlert, formatDate, unwrapResult, useGql, useGqlMutation, useSession } from "@party/client-shared";
import type { DisciplineCaseListQuery, DisciplineLevel } from "../../gql/graphql";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, localDate, MemberSelect, useEditing } from "../../components/record-actions";
import { ArchiveDisciplineCase, DisciplineCaseList, RecordDisciplineCase } from "./admin-operations";

type Row = DisciplineCaseListQuery["disciplineCases"]["items"][number];

/** The schema's zh-CN names of the five measures. */
const LEVEL_LABELS: Record<DisciplineLevel, string> = {
  WARNING: "警告",
  SERIOUS_WARNING: "严重警告",
  REMOVAL_FROM_POST: "撤销党内职务",
  PROBATION: "留党察看",
  EXPULSION: "开除党籍",
};

const REFETCH = ["DisciplineCaseList", "AssessmentRoundList", "AssessmentRoundDetail", "AssessmentSheetPage"];

/** 纪律处分: members' disciplinary decisions, the veto's input (附件 六(二)); level, document and reason only with MEMBER_SENSITIVE_READ (the API masks them). */
export function DisciplineCasesTab() {
  const { can } = useSession();
  const [offset, setOffset] = useState(0);
  const [includeArchived, setIncludeArchived] = useState(false);
  const editing = useEditing<never>();
  const { data, error, isFetching, refetch } = useGql(DisciplineCaseList, { filter: { includeArchived }, offset });
  const record = useGqlMutation(RecordDisciplineCase, (d) => d.recordDisciplineCase, REFETCH);
  const archive = useGqlMutation(ArchiveDisciplineCase, (d) => unwrapResult(d.archiveDisciplineCase), REFETCH);
  const writer = can("ASSESSMENT_WRITE");
  const masked = !can("MEMBER_SENSITIVE_READ");
  const withheld = <Typography.Text type="secondary">（无权查看）</Typography.Text>;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {writer && (
          <Button type="primary" onClick={editing.create}>
            登记纪律处分
          </Button>
        )}
        <Switch checked={includeArchived} onChange={setIncludeArchived} /> 包含已作废
        <Typography.Text type="secondary">
          考核期内本支部党员受党纪处分的，该支部考核一票否决（附件 六(二)）
          {masked ? "；处分种类、文件与事由仅限有敏感信息权限者查看" : ""}
        </Typography.Text>
      </Space>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Row>
        size="small"
        rowKey="id"
        data-testid="discipline-cases"
        loading={isFetching}
        dataSource={data?.disciplineCases.items ?? []}
        locale={{ emptyText: "没有党纪处分记录" }}
        pagination={{
          current: offset / 20 + 1,
          pageSize: 20,
          total: data?.disciplineCases.totalCount ?? 0,
          showSizeChanger: false,
          onChange: (p) => setOffset((p - 1) * 20),
        }}
        columns={[
          { title: "党员", key: "member", render: (_, r) => r.member?.name ?? "—" },
          { title: "所在党支部", key: "unit", render: (_, r) => r.unit?.name ?? "—" },
          { title: "决定日期", dataIndex: "decidedOn", render: (d: string) => formatDate(d) },
          { title: "处分种类", key: "level", render: (_, r) => (r.level ? (r.levelLabel ?? LEVEL_LABELS[r.level]) : withheld) },
          { title: "处分决定文件", key: "doc", render: (_, r) => r.decisionDocument ?? withheld },
          { title: "处分事由", key: "reason", render: (_, r) => r.reason ?? (masked ? withheld : "—") },
          {
            title: "状态",
            key: "archived",
            render: (_, r) => (r.archivedAt ? <Tag title={r.archiveReason ?? undefined}>已作废</Tag> : <Tag color="red">计入考核</Tag>),
          },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "actions",
                  render: (_: unknown, r: Row) =>
                    r.archivedAt ? null : (
                      <ArchiveAction
                        title={`作废 ${r.member?.name ?? ""} 的处分记录`}
                        reasonLabel="作废原因"
                        submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                      />
                    ),
                },
              ]
            : []),
        ]}
      />
      <RecordForm<{ memberId: string; decidedOn: Dayjs; level: DisciplineLevel; decisionDocument: string; reason?: string }>
        open={editing.open}
        title="登记党纪处分"
        testId="discipline-form"
        onClose={editing.close}
        savedText="已登记"
        submit={(v) =>
          record.mutateAsync({
            input: {
              memberId: v.memberId,
              decidedOn: localDate(v.decidedOn)!,
              level: v.level,
              decisionDocument: v.decisionDocument.trim(),
              reason: v.reason?.trim() || undefined,
            },
          })
        }
      >
        <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
          <MemberSelect />
        </Form.Item>
        <Form.Item name="decidedOn" label="处分决定日期" rules={[{ required: true, message: "请选择处分决定日期" }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="level" label="处分种类" rules={[{ required: true, message: "请选择处分种类" }]}>
          <Select options={(Object.keys(LEVEL_LABELS) as DisciplineLevel[]).map((k) => ({ value: k, label: LEVEL_LABELS[k] }))} />
        </Form.Item>
        <Form.Item
          name="decisionDocument"
          label="处分决定文件（文号）"
          rules={[{ required: true, whitespace: true, message: "请填写处分决定文件" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reason" label="处分事由">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </RecordForm>
    </>
  );
}
