import { useState } from "react";
import { AutoComplete, Button, DatePicker, Input, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { ErrorAlert, formatDateTime, useGql } from "@party/client-shared";
import type { AuditFilter, AuditLogQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { AuditDiff, changesOf } from "./audit-diff";
import { AuditLog } from "./operations";

type Entry = AuditLogQuery["auditEntries"]["items"][number];
const PAGE_SIZE = 20;

/** Names of the audited record types, for reading the log (the entry keeps the type's code). */
const ENTITY_LABELS: Record<string, string> = {
  Member: "党员",
  OrgUnit: "组织",
  CommitteePosition: "委员会职务",
  Activity: "组织生活",
  ActivityRoom: "活动阵地",
  FiledDocument: "备案文件",
  Semester: "学期",
  StudentClass: "学生班级",
  StudyRecord: "学习记录",
  User: "账号",
  ApiToken: "API 令牌",
  MassContact: "联系群众",
  Person: "人员",
  VacationMonthSetting: "假期月份",
};

/** 操作日志: who changed what and when, newest first, each entry's before and after side by side. */
export default function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useGql(AuditLog, { filter, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const change = (patch: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  return (
    <PageFrame title="操作日志" subtitle="每一次修改都留有记录：操作人、时间、修改前后的内容">
      <Space wrap style={{ marginBottom: 16 }}>
        <AutoComplete
          allowClear
          placeholder="记录类型，如 Member"
          aria-label="记录类型"
          style={{ width: 200 }}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }))}
          onChange={(v?: string) => change({ entityType: v || undefined })}
        />
        <Input.Search
          allowClear
          placeholder="操作，如 updateMember"
          aria-label="操作"
          style={{ width: 220 }}
          onSearch={(v) => change({ operation: v.trim() || undefined })}
        />
        <DatePicker.RangePicker
          aria-label="时间范围"
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            change({ from: from?.startOf("day").toISOString(), to: to?.endOf("day").toISOString() });
          }}
        />
        {filter.entityId && (
          <Tag closable onClose={() => change({ entityId: undefined })}>
            只看记录 {filter.entityId.toString().slice(0, 8)}…
          </Tag>
        )}
      </Space>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Entry>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.auditEntries.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.auditEntries.totalCount ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 条`,
          onChange: setPage,
        }}
        expandable={{
          expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} />,
          expandRowByClick: true,
        }}
        columns={[
          { title: "时间", dataIndex: "occurredAt", width: 170, render: formatDateTime },
          { title: "操作人", dataIndex: "actorLabel", width: 200 },
          { title: "操作", dataIndex: "operation", width: 180, render: (o: string) => <Typography.Text code>{o}</Typography.Text> },
          {
            title: "记录",
            key: "entity",
            width: 220,
            render: (_, e) => (
              <Space size={4}>
                <Tag>{ENTITY_LABELS[e.entityType] ?? e.entityType}</Tag>
                {e.entityId && (
                  <Button
                    type="link"
                    size="small"
                    onClick={(ev) => {
                      ev.stopPropagation();
                      change({ entityId: e.entityId });
                    }}
                  >
                    该记录的全部修改
                  </Button>
                )}
              </Space>
            ),
          },
          {
            title: "修改的字段",
            key: "fields",
            render: (_, e) => {
              const changed = changesOf(e.before, e.after).filter((c) => c.changed);
              if (!e.before && e.after) return <Typography.Text type="secondary">新建</Typography.Text>;
              return (
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
                  {changed.map((c) => c.field).join("、") || "—"}
                </Typography.Text>
              );
            },
          },
        ]}
      />
    </PageFrame>
  );
}
