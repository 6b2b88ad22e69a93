import { useState } from "react";
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import {
  ApiError,
  ErrorAlert,
  fieldErrorsOf,
  formatDate,
  toLocalDate,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useSession,
} from "@party/client-shared";
import type { StudyKind, StudyRecordListQuery } from "../../gql/graphql";
import { STUDY_KIND_LABELS } from "./activity-labels";
import { useUnitMembers } from "./attendance-checklist";
import { ArchiveStudyRecord, CreateStudyRecord, StudyRecordList } from "./operations";
import { formatHours, useSearchState } from "./unit-param";

type StudyRow = StudyRecordListQuery["studyRecords"]["items"][number];
const PAGE_SIZE = 20;
const KIND_OPTIONS = (Object.keys(STUDY_KIND_LABELS) as StudyKind[]).map((value) => ({ value, label: STUDY_KIND_LABELS[value] }));

/** 学习记录: members' own study (online courses, party school, self-study) in the unit's subtree; it counts towards education hours. */
export function StudyRecordsView() {
  const { can } = useSession();
  const feedback = useFeedback();
  const { params, unitId, set } = useSearchState();
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const kind = (params.get("kind") as StudyKind | null) ?? undefined;
  const page = Number(params.get("page") ?? 1);
  const [creating, setCreating] = useState(false);
  const [archiving, setArchiving] = useState<StudyRow | null>(null);
  const { data, error, isFetching, refetch } = useGql(
    StudyRecordList,
    { filter: { unitId, from, to, kind }, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { enabled: !!unitId, placeholderData: (prev) => prev },
  );
  const archive = useGqlMutation(ArchiveStudyRecord, (d) => unwrapResult(d.archiveStudyRecord), ["StudyRecordList"]);
  const [reason, setReason] = useState("");

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <UnitPicker value={unitId} onChange={(id) => set({ unitId: id, page: null })} />
        <DatePicker.RangePicker
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) => set({ from: r?.[0] ? toLocalDate(r[0]) : null, to: r?.[1] ? toLocalDate(r[1]) : null, page: null })}
        />
        <Select
          allowClear
          placeholder="学习类型"
          style={{ width: 140 }}
          options={KIND_OPTIONS}
          value={kind}
          onChange={(v) => set({ kind: v, page: null })}
        />
        <span style={{ flex: 1 }} />
        {can("ACTIVITY_WRITE") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记学习
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<StudyRow>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.studyRecords.items ?? []}
        pagination={{
          total: data?.studyRecords.totalCount ?? 0,
          current: page,
          pageSize: PAGE_SIZE,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (p) => set({ page: p }),
        }}
        columns={[
          { title: "日期", dataIndex: "studiedOn", width: 140, render: (d: string) => formatDate(d) },
          { title: "党员", key: "member", width: 110, render: (_, r) => r.member.name },
          { title: "类型", dataIndex: "kind", width: 110, render: (k: StudyKind) => <Tag>{STUDY_KIND_LABELS[k]}</Tag> },
          { title: "课程或学习内容", dataIndex: "title", ellipsis: true },
          { title: "提供方", dataIndex: "provider", width: 150, render: (p?: string | null) => p ?? "—" },
          {
            title: "学时",
            key: "hours",
            width: 110,
            render: (_, r) => `${formatHours(r.hours)}${Number(r.integrityHours) > 0 ? `（廉 ${formatHours(r.integrityHours)}）` : ""}`,
          },
          ...(can("ACTIVITY_WRITE")
            ? [
                {
                  title: "",
                  key: "actions",
                  width: 70,
                  render: (_: unknown, r: StudyRow) => (
                    <Button type="link" size="small" onClick={() => (setReason(""), setArchiving(r))}>
                      归档
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {creating && unitId && (
        <StudyRecordDialog
          unitId={unitId}
          onClose={(saved) => {
            setCreating(false);
            if (saved) feedback.saved("学习记录已登记");
          }}
        />
      )}
      <Modal
        open={!!archiving}
        title={`归档学习记录“${archiving?.title ?? ""}”`}
        okText="归档"
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: archive.isPending }}
        onCancel={() => setArchiving(null)}
        onOk={async () => {
          try {
            await archive.mutateAsync({ input: { id: archiving!.id, version: archiving!.version, reason } });
            feedback.saved("已归档");
            setArchiving(null);
          } catch (e) {
            feedback.failed(e);
          }
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder="归档原因（必填）"
          aria-label="归档原因"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

interface StudyValues {
  memberId: string;
  kind: StudyKind;
  title: string;
  studiedOn: Dayjs;
  hours: number;
  integrityHours?: number | null;
  provider?: string;
  note?: string;
}

function StudyRecordDialog({ unitId, onClose }: { unitId: string; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<StudyValues>();
  const members = useUnitMembers(unitId);
  const create = useGqlMutation(CreateStudyRecord, (d) => d.createStudyRecord, ["StudyRecordList"]);
  return (
    <Modal
      open
      width={560}
      title="登记个人学习"
      okText="保存"
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <ErrorAlert error={create.error} />
      <Form<StudyValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: "ONLINE_COURSE", studiedOn: dayjs(), hours: 1, integrityHours: 0 }}
        onFinish={async (v) => {
          try {
            await create.mutateAsync({
              input: {
                memberId: v.memberId,
                kind: v.kind,
                title: v.title,
                studiedOn: toLocalDate(v.studiedOn),
                hours: String(v.hours),
                integrityHours: v.integrityHours == null ? null : String(v.integrityHours),
                provider: v.provider?.trim() || null,
                note: v.note?.trim() || null,
              },
            });
            onClose(true);
          } catch (e) {
            if (e instanceof ApiError) form.setFields(fieldErrorsOf(e) as Parameters<typeof form.setFields>[0]);
          }
        }}
      >
        <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={members.isLoading}
            options={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="kind" label="学习类型" style={{ flex: 1 }} rules={[{ required: true }]}>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
          <Form.Item name="studiedOn" label="完成日期" style={{ flex: 1 }} rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label="课程或学习内容" rules={[{ required: true, whitespace: true, message: "请填写学习内容" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="hours" label="学时" style={{ flex: 1 }} rules={[{ required: true, message: "请填写学时" }]}>
            <InputNumber min={0} step={0.5} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="integrityHours" label="其中廉政教育学时" style={{ flex: 1 }}>
            <InputNumber min={0} step={0.5} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="provider" label="提供方" extra="如“党员网络学院”“校党校”">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
