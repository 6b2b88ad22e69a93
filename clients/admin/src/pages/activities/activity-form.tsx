import { useEffect, useMemo, useState } from "react";
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Skeleton, Space, TimePicker } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { useNavigate, useParams, useSearchParams } from "react-router";
import {
  ApiError,
  ErrorAlert,
  fieldErrorsOf,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useSession,
} from "@party/client-shared";
import type { ActivityDetailQuery, ActivityType, AttendanceInput } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { ACTIVITY_TYPE_OPTIONS } from "./activity-labels";
import { AttendanceChecklist, AttendanceMarks } from "./attendance-checklist";
import { ActivityDetail, CreateActivity, SetActivityAttendance, UnitRooms, UpdateActivity } from "./operations";

interface Values {
  hostUnitId: string;
  type: ActivityType;
  date: Dayjs;
  startTime: Dayjs;
  durationMinutes: number;
  topic: string;
  where: "room" | "place" | "online";
  roomId?: string;
  place?: string;
  educationHours?: number | null;
  integrityHours?: number | null;
  forCadres?: boolean;
  summary?: string;
}

/** The API's field names → this form's (the time is entered as a start and a duration). */
const FIELD_OF: Record<string, keyof Values> = { startsAt: "startTime", endsAt: "durationMinutes", isOnline: "where" };
const FORM_FIELDS = new Set<string>([
  "hostUnitId",
  "type",
  "date",
  "startTime",
  "durationMinutes",
  "topic",
  "where",
  "roomId",
  "place",
  "educationHours",
  "integrityHours",
  "forCadres",
  "summary",
]);

const INVALIDATES = ["ActivityList", "ActivityDetail", "RecordBook", "ComplianceFindings", "ComplianceDueSoon"];

function toInput(v: Values) {
  const startsAt = v.date.hour(v.startTime.hour()).minute(v.startTime.minute()).second(0).millisecond(0);
  return {
    type: v.type,
    startsAt: startsAt.toISOString(),
    endsAt: startsAt.add(v.durationMinutes, "minute").toISOString(),
    topic: v.topic,
    roomId: v.where === "room" ? (v.roomId ?? null) : null,
    place: v.where === "place" ? (v.place ?? null) : null,
    isOnline: v.where === "online",
    educationHours: v.educationHours == null ? "0" : String(v.educationHours),
    integrityHours: v.integrityHours == null ? "0" : String(v.integrityHours),
    forCadres: v.type === "DEMOCRATIC_LIFE" ? !!v.forCadres : false,
    summary: v.summary?.trim() ? v.summary : null,
  };
}

function attendanceInput(marks: AttendanceMarks): AttendanceInput[] {
  return Object.entries(marks)
    .filter(([, m]) => m.status)
    .map(([memberId, m]) => ({ memberId, status: m.status!, reason: m.reason?.trim() || null, isGuest: m.isGuest }));
}

/** Records a meeting (/activities/new?unitId=&date=&type=) or edits one (/activities/:id/edit), with its attendance checklist. */
export function ActivityForm() {
  const { id } = useParams();
  const editing = !!id;
  const { data: existing, isLoading, refetch } = useGql(ActivityDetail, { id: id ?? "" }, { enabled: editing });
  const activity = existing?.activity;
  if (editing && (isLoading || !activity)) {
    return (
      <PageFrame title="编辑活动">
        <Skeleton active />
      </PageFrame>
    );
  }
  return (
    <ActivityFormBody
      key={activity ? `${activity.id}:${activity.version}` : "new"}
      activity={activity ?? undefined}
      reload={() => void refetch()}
    />
  );
}

type Existing = NonNullable<ActivityDetailQuery["activity"]>;

function ActivityFormBody({ activity, reload }: { activity?: Existing; reload: () => void }) {
  const navigate = useNavigate();
  const feedback = useFeedback();
  const { user } = useSession();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [attendanceErrors, setAttendanceErrors] = useState<Record<string, string[]>>({});
  const initialMarks = useMemo<AttendanceMarks>(
    () =>
      Object.fromEntries(
        (activity?.attendance ?? []).map((r) => [
          r.memberId,
          { name: r.member?.name ?? "（不在您的范围内）", status: r.status, reason: r.reason ?? undefined, isGuest: r.isGuest },
        ]),
      ),
    [activity],
  );
  const [marks, setMarks] = useState<AttendanceMarks>(initialMarks);
  const chosenHost = Form.useWatch("hostUnitId", form);
  const hostUnitId: string | undefined = activity?.hostUnitId ?? chosenHost;
  const where = Form.useWatch("where", form);
  const type = Form.useWatch("type", form);
  const rooms = useGql(UnitRooms, { unitId: hostUnitId ?? "" }, { enabled: !!hostUnitId });

  const create = useGqlMutation(CreateActivity, (d) => unwrapResult(d.createActivity), INVALIDATES);
  const update = useGqlMutation(UpdateActivity, (d) => unwrapResult(d.updateActivity), INVALIDATES);
  const setAttendance = useGqlMutation(SetActivityAttendance, (d) => unwrapResult(d.setActivityAttendance), INVALIDATES);
  const saving = create.isPending || update.isPending || setAttendance.isPending;

  const initialValues: Partial<Values> = activity
    ? {
        hostUnitId: activity.hostUnitId,
        type: activity.type,
        date: dayjs(activity.startsAt),
        startTime: dayjs(activity.startsAt),
        durationMinutes: activity.durationMinutes,
        topic: activity.topic,
        where: activity.roomId ? "room" : activity.place ? "place" : "online",
        roomId: activity.roomId ?? undefined,
        place: activity.place ?? undefined,
        educationHours: Number(activity.educationHours),
        integrityHours: Number(activity.integrityHours),
        forCadres: activity.forCadres,
        summary: activity.summary ?? undefined,
      }
    : {
        hostUnitId: search.get("unitId") ?? user.scopeUnitId ?? undefined,
        type: (search.get("type") as ActivityType | null) ?? undefined,
        date: search.get("date") ? dayjs(search.get("date")) : undefined,
        startTime: dayjs().hour(14).minute(30),
        durationMinutes: 120,
        where: "room",
        educationHours: 2,
        integrityHours: 0,
      };

  const [listedFor, setListedFor] = useState(activity?.hostUnitId);
  useEffect(() => {
    // Another host unit, another list: marks of the previous unit's members go, guests stay.
    if (!hostUnitId || hostUnitId === listedFor) return;
    if (listedFor) setMarks((prev) => Object.fromEntries(Object.entries(prev).filter(([, m]) => m.isGuest)));
    setListedFor(hostUnitId);
  }, [hostUnitId, listedFor]);

  useEffect(() => {
    // The unit's own room is the usual place: pick it when there is exactly one.
    const items = rooms.data?.rooms.items;
    if (!activity && where === "room" && items?.length === 1 && !form.getFieldValue("roomId")) form.setFieldValue("roomId", items[0].id);
  }, [rooms.data, where, activity, form]);

  const showError = (e: unknown) => {
    setError(e);
    if (!(e instanceof ApiError)) return;
    // "attendance.3.reason" belongs to the fourth member sent; the rest to the form's own fields.
    const list = attendanceInput(marks);
    const perMember: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(e.fields)) {
      const m = /attendance\.(\d+)\./.exec(path);
      if (m && list[Number(m[1])]) perMember[list[Number(m[1])].memberId] = messages;
    }
    setAttendanceErrors(perMember);
    const fields = fieldErrorsOf(e)
      .map((f) => ({ name: FIELD_OF[f.name] ?? f.name, errors: f.errors }))
      .filter((f) => FORM_FIELDS.has(f.name));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
  };

  const submit = async (values: Values) => {
    setError(null);
    setAttendanceErrors({});
    const attendance = attendanceInput(marks);
    try {
      if (!activity) {
        const created = await create.mutateAsync({ input: { hostUnitId: values.hostUnitId, ...toInput(values), attendance } });
        feedback.saved("活动已登记");
        navigate(`/activities/${created.id}`);
        return;
      }
      const updated = await update.mutateAsync({ input: { id: activity.id, version: activity.version, ...toInput(values) } });
      if (JSON.stringify(attendanceInput(initialMarks)) !== JSON.stringify(attendance)) {
        await setAttendance.mutateAsync({ input: { activityId: activity.id, version: updated.version, attendance } });
      }
      feedback.saved("活动已保存");
      navigate(`/activities/${activity.id}`);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <PageFrame
      title={activity ? "编辑活动" : "登记活动"}
      subtitle={activity ? activity.topic : "记录一次会议或活动及出勤"}
      actions={<Button onClick={() => navigate(-1)}>返回</Button>}
    >
      <ErrorAlert error={error} onReload={reload} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
        requiredMark="optional"
      >
        <Card size="small" title="会议信息" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              {activity ? (
                // The host is fixed once recorded (the API edits everything else).
                <Form.Item label="主办组织">
                  <Input value={activity.hostUnit.name} disabled />
                </Form.Item>
              ) : (
                <Form.Item name="hostUnitId" label="主办组织" rules={[{ required: true, message: "请选择主办组织" }]}>
                  <UnitPicker style={{ width: "100%" }} />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="type" label="活动类型" rules={[{ required: true, message: "请选择活动类型" }]}>
                <Select options={ACTIVITY_TYPE_OPTIONS} placeholder="选择类型" showSearch={{ optionFilterProp: "label" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              {type === "DEMOCRATIC_LIFE" && (
                <Form.Item name="forCadres" valuePropName="checked" label=" ">
                  <Checkbox>科级以上（含教研室主任）干部参加</Checkbox>
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="date" label="日期" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="startTime" label="开始时间" rules={[{ required: true, message: "请选择开始时间" }]}>
                <TimePicker format="HH:mm" minuteStep={5} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="durationMinutes" label="时长（分钟）" rules={[{ required: true, message: "请填写时长" }]}>
                <InputNumber min={1} step={15} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="topic" label="主题" rules={[{ required: true, whitespace: true, message: "请填写主题" }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="where" label="地点">
                <Radio.Group
                  options={[
                    { value: "room", label: "活动室" },
                    { value: "place", label: "其他地点" },
                    { value: "online", label: "线上" },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              {where === "room" && (
                <Form.Item name="roomId" label="活动室" rules={[{ required: true, message: "请选择活动室" }]}>
                  <Select
                    placeholder="本组织可用的活动室"
                    loading={rooms.isLoading}
                    options={(rooms.data?.rooms.items ?? []).map((r) => ({
                      value: r.id,
                      label: r.location ? `${r.name}（${r.location}）` : r.name,
                    }))}
                  />
                </Form.Item>
              )}
              {where === "place" && (
                <Form.Item name="place" label="其他地点" rules={[{ required: true, whitespace: true, message: "请填写地点" }]}>
                  <Input maxLength={200} />
                </Form.Item>
              )}
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="educationHours" label="计入教育学时" extra="不超过活动时长">
                <InputNumber min={0} step={0.5} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="integrityHours" label="其中廉政教育学时">
                <InputNumber min={0} step={0.5} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="summary" label="内容摘要 / 会议记录">
                <Input.TextArea rows={4} maxLength={5000} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="出勤登记" style={{ marginBottom: 16 }}>
          <AttendanceChecklist unitId={hostUnitId} value={marks} onChange={setMarks} errors={attendanceErrors} />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </PageFrame>
  );
}
