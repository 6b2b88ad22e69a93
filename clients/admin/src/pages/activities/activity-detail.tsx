import { useState } from "react";
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Result, Skeleton, Table, Tag, Typography } from "antd";
import { EditOutlined, InboxOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useNavigate, useParams } from "react-router";
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useSession,
} from "@party/client-shared";
import type { ActivityDetailQuery, AttendanceStatus } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { ACTIVITY_TYPE_COLORS, ACTIVITY_TYPE_LABELS, ATTENDANCE_STATUS_LABELS } from "./activity-labels";
import { placeOf } from "./activity-list";
import { ActivityDetail, ArchiveActivity } from "./operations";
import { formatHours, formatMinutes } from "./unit-param";

type AttendanceRow = NonNullable<ActivityDetailQuery["activity"]>["attendance"][number];

const STATUS_COLORS: Record<AttendanceStatus, string> = { PRESENT: "green", EXCUSED: "gold", ABSENT: "red" };

/** One activity as recorded: its details, the attendance list, and edit / archive for those who may write. */
export function ActivityDetailView() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const { data, error, isLoading, refetch } = useGql(ActivityDetail, { id });
  const [archiving, setArchiving] = useState(false);
  const a = data?.activity;
  if (isLoading) return <Skeleton active />;
  if (!a)
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result
        status="404"
        title="活动不存在或不在您的管理范围内"
        extra={<Button onClick={() => navigate("/activities")}>返回列表</Button>}
      />
    );
  const writable = can("ACTIVITY_WRITE") && !a.archivedAt;
  return (
    <PageFrame
      title={a.topic}
      subtitle={`${ACTIVITY_TYPE_LABELS[a.type]} · ${a.hostUnit.name}`}
      actions={
        <>
          <Button onClick={() => navigate(`/activities?unitId=${a.hostUnitId}`)}>返回列表</Button>
          {writable && (
            <Button icon={<InboxOutlined />} onClick={() => setArchiving(true)}>
              归档（作废）
            </Button>
          )}
          {writable && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/activities/${a.id}/edit`)}>
              编辑
            </Button>
          )}
        </>
      }
    >
      {a.archivedAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`该活动已于 ${formatDateTime(a.archivedAt)} 归档，不计入统计和学时`}
          description={a.archiveReason ? `原因：${a.archiveReason}` : undefined}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label="类型">
            <Tag color={ACTIVITY_TYPE_COLORS[a.type]}>{ACTIVITY_TYPE_LABELS[a.type]}</Tag>
            {a.forCadres && <Tag>科级以上干部参加</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="日期">{formatDate(a.heldOn)}</Descriptions.Item>
          <Descriptions.Item label="时间">
            {dayjs(a.startsAt).format("HH:mm")}–{dayjs(a.endsAt).format("HH:mm")}（{formatMinutes(a.durationMinutes)}）
          </Descriptions.Item>
          <Descriptions.Item label="主办组织">{a.hostUnit.name}</Descriptions.Item>
          <Descriptions.Item label="地点">{placeOf(a)}</Descriptions.Item>
          <Descriptions.Item label="学时">
            教育 {formatHours(a.educationHours)} 小时，其中廉政 {formatHours(a.integrityHours)} 小时
          </Descriptions.Item>
          <Descriptions.Item label="出勤">
            应到 {a.attendanceSummary.expected}，出席 {a.attendanceSummary.present}，请假 {a.attendanceSummary.excused}，缺席{" "}
            {a.attendanceSummary.absent}
            {a.attendanceSummary.guests ? `，列席 ${a.attendanceSummary.guests}` : ""}
          </Descriptions.Item>
          <Descriptions.Item label="最后修改">{formatDateTime(a.updatedAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          内容摘要 / 会议记录
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{a.summary || "（未填写）"}</Typography.Paragraph>
      </Card>
      <Card size="small" title="出勤名单">
        <Table<AttendanceRow>
          rowKey="id"
          size="small"
          dataSource={a.attendance}
          pagination={a.attendance.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          columns={[
            {
              title: "姓名",
              key: "name",
              render: (_, r) => (
                <>
                  {r.member?.name ?? "（不在您的范围内）"}
                  {r.isGuest && (
                    <Tag color="blue" style={{ marginInlineStart: 6 }}>
                      列席{r.confirmedAt ? "" : "·待确认"}
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: "出勤",
              dataIndex: "status",
              render: (s: AttendanceStatus) => <Tag color={STATUS_COLORS[s]}>{ATTENDANCE_STATUS_LABELS[s]}</Tag>,
            },
            { title: "原因", dataIndex: "reason", render: (r?: string | null) => r ?? "" },
          ]}
        />
      </Card>
      {archiving && <ArchiveDialog id={a.id} version={a.version} onClose={() => setArchiving(false)} onConflict={() => void refetch()} />}
    </PageFrame>
  );
}

function ArchiveDialog({ id, version, onClose, onConflict }: { id: string; version: number; onClose: () => void; onConflict: () => void }) {
  const feedback = useFeedback();
  const [form] = Form.useForm<{ reason: string }>();
  const archive = useGqlMutation(ArchiveActivity, (d) => unwrapResult(d.archiveActivity), [
    "ActivityList",
    "ActivityDetail",
    "RecordBook",
    "ComplianceFindings",
    "ComplianceDueSoon",
  ]);
  return (
    <Modal
      open
      title="归档（作废）活动"
      okText="归档"
      okButtonProps={{ danger: true, loading: archive.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">活动记录不会删除；归档后不再计入统计、学时和记录册。</Typography.Paragraph>
      <ErrorAlert error={archive.error} onReload={() => (onConflict(), onClose())} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ reason }) => {
          try {
            await archive.mutateAsync({ input: { id, version, reason } });
            feedback.saved("已归档");
            onClose();
          } catch {
            /* shown above */
          }
        }}
      >
        <Form.Item name="reason" label="归档原因" rules={[{ required: true, whitespace: true, message: "请填写归档原因" }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
