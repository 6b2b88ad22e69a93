import { useState } from "react";
import { Button, Checkbox, DatePicker, Flex, Input, Select, Space, Table, Tag, Typography } from "antd";
import { FileExcelOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useNavigate } from "react-router";
import {
  downloadXlsx,
  ErrorAlert,
  formatDate,
  request,
  toLocalDate,
  UnitPicker,
  useFeedback,
  useGql,
  useSession,
} from "@party/client-shared";
import type { ActivityRowFragment, ActivityType } from "../../gql/graphql";
import { ACTIVITY_TYPE_COLORS, ACTIVITY_TYPE_LABELS, ACTIVITY_TYPE_OPTIONS } from "./activity-labels";
import { ActivityList } from "./operations";
import { formatHours, formatMinutes, useSearchState } from "./unit-param";

const PAGE_SIZE = 20;

export function placeOf(a: Pick<ActivityRowFragment, "room" | "place" | "isOnline">): string {
  return a.room?.name ?? a.place ?? (a.isOnline ? "线上" : "—");
}

/** The unit's activities (its whole subtree), newest first, filtered by date range, type and topic; paged on the server. */
export function ActivityListView() {
  const { can } = useSession();
  const navigate = useNavigate();
  const { params, unitId, set } = useSearchState();
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const types = (params.get("types")?.split(",").filter(Boolean) ?? []) as ActivityType[];
  const topic = params.get("topic") ?? undefined;
  const includeArchived = params.get("archived") === "1";
  const page = Number(params.get("page") ?? 1);
  const filter = { unitId, from, to, types: types.length ? types : undefined, topicContains: topic, includeArchived };
  const { data, error, isFetching, refetch } = useGql(
    ActivityList,
    { filter, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { enabled: !!unitId, placeholderData: (prev) => prev },
  );
  const feedback = useFeedback();
  const [exporting, setExporting] = useState(false);
  // Every activity the filter finds (page by page from the API), as an .xlsx.
  const exportAll = async () => {
    setExporting(true);
    try {
      const rows: ActivityRowFragment[] = [];
      for (let offset = 0; ; offset += 100) {
        const { activities } = await request(ActivityList, { filter, first: 100, offset });
        rows.push(...activities.items);
        if (offset + 100 >= activities.totalCount) break;
      }
      await downloadXlsx(`活动列表-${toLocalDate(dayjs())}`, [
        {
          name: "活动",
          heading: [`活动列表（${rows[0]?.hostUnit.name ?? ""}${from && to ? ` ${from} 至 ${to}` : ""}）`],
          rows,
          columns: [
            { header: "日期", value: (a) => a.heldOn, width: 12 },
            { header: "时间", value: (a) => `${dayjs(a.startsAt).format("HH:mm")}-${dayjs(a.endsAt).format("HH:mm")}`, width: 12 },
            { header: "类型", value: (a) => ACTIVITY_TYPE_LABELS[a.type], width: 16 },
            { header: "主题", value: (a) => a.topic, width: 36 },
            { header: "主办组织", value: (a) => a.hostUnit.name, width: 18 },
            { header: "地点", value: (a) => placeOf(a), width: 18 },
            { header: "时长（分钟）", value: (a) => a.durationMinutes },
            { header: "教育学时", value: (a) => Number(a.educationHours) },
            { header: "廉政学时", value: (a) => Number(a.integrityHours) },
            { header: "应到", value: (a) => a.attendanceSummary.expected, width: 6 },
            { header: "出席", value: (a) => a.attendanceSummary.present, width: 6 },
            { header: "请假", value: (a) => a.attendanceSummary.excused, width: 6 },
            { header: "缺席", value: (a) => a.attendanceSummary.absent, width: 6 },
            { header: "列席", value: (a) => a.attendanceSummary.guests, width: 6 },
            { header: "已归档", value: (a) => (a.archivedAt ? "是" : ""), width: 8 },
          ],
        },
      ]);
    } catch (e) {
      feedback.failed(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} align="center">
        <UnitPicker value={unitId} onChange={(id) => set({ unitId: id, page: null })} />
        <DatePicker.RangePicker
          aria-label="活动日期"
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(range) =>
            set({ from: range?.[0] ? toLocalDate(range[0]) : null, to: range?.[1] ? toLocalDate(range[1]) : null, page: null })
          }
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="活动类型"
          aria-label="活动类型"
          style={{ minWidth: 200, maxWidth: 360 }}
          options={ACTIVITY_TYPE_OPTIONS}
          value={types}
          maxTagCount="responsive"
          onChange={(v: ActivityType[]) => set({ types: v.join(","), page: null })}
        />
        <Input.Search
          placeholder="主题"
          allowClear
          defaultValue={topic}
          style={{ width: 180 }}
          onSearch={(v) => set({ topic: v.trim(), page: null })}
        />
        <Checkbox checked={includeArchived} onChange={(e) => set({ archived: e.target.checked ? "1" : null, page: null })}>
          含已归档
        </Checkbox>
        <span style={{ flex: 1 }} />
        <Button icon={<FileExcelOutlined />} loading={exporting} disabled={!data?.activities.totalCount} onClick={() => void exportAll()}>
          导出
        </Button>
        {can("ACTIVITY_WRITE") && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() =>
              // From a period's list (a finding's "该期间活动"), the new meeting starts on that period's first day.
              navigate(`/activities/new?${new URLSearchParams({ ...(unitId ? { unitId: unitId } : {}), ...(from ? { date: from } : {}) })}`)
            }
          >
            登记活动
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<ActivityRowFragment>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.activities.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          total: data?.activities.totalCount ?? 0,
          current: page,
          pageSize: PAGE_SIZE,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 次活动`,
          onChange: (p) => set({ page: p }),
        }}
        columns={[
          {
            title: "日期",
            key: "heldOn",
            width: 150,
            render: (_, a) => (
              <div>
                {formatDate(a.heldOn)}
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  {dayjs(a.startsAt).format("HH:mm")}–{dayjs(a.endsAt).format("HH:mm")}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: "类型",
            dataIndex: "type",
            width: 150,
            render: (t: ActivityType) => <Tag color={ACTIVITY_TYPE_COLORS[t]}>{ACTIVITY_TYPE_LABELS[t]}</Tag>,
          },
          {
            title: "主题",
            dataIndex: "topic",
            render: (topic: string, a) => (
              <Space size={4}>
                <Link to={`/activities/${a.id}`}>{topic}</Link>
                {a.archivedAt && <Tag>已归档</Tag>}
              </Space>
            ),
          },
          { title: "主办组织", key: "host", width: 140, ellipsis: true, render: (_, a) => a.hostUnit.name },
          { title: "时长", dataIndex: "durationMinutes", width: 100, render: (m: number) => formatMinutes(m) },
          {
            title: "学时",
            key: "hours",
            width: 80,
            render: (_, a) => (
              <span title="教育学时（其中廉政教育学时）">
                {formatHours(a.educationHours)}
                {Number(a.integrityHours) > 0 && `（廉 ${formatHours(a.integrityHours)}）`}
              </span>
            ),
          },
          { title: "地点", key: "place", width: 130, ellipsis: true, render: (_, a) => placeOf(a) },
          {
            title: "出勤",
            key: "attendance",
            width: 130,
            render: (_, { attendanceSummary: s }) => (
              <span>
                {s.present}/{s.expected}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.excused ? ` 请假${s.excused}` : ""}
                  {s.absent ? ` 缺席${s.absent}` : ""}
                  {s.guests ? ` 列席${s.guests}` : ""}
                </Typography.Text>
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
