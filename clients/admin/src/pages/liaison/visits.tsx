import { useState } from "react";
import { Button, DatePicker, Flex, Form, Input, Select, Space, Table, Tag } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, unwrapResult, useGql, useGqlMutation } from "@party/client-shared";
import { PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, changedOnly, localDate, useCanWrite, useEditing } from "../../components/record-actions";
import type { VisitFieldsFragment, VisitKind } from "../../gql/graphql";
import { LIAISON_KIND_LABELS, optionsOf, VISIT_KIND_LABELS } from "../../labels-records";
import { Assignment, targetOf } from "./assignments";
import { AddFollowUp, ArchiveVisit, AssignmentOptions, CreateVisit, ResolveFollowUp, UpdateVisit, VisitList } from "./operations";

type Visit = VisitFieldsFragment;
type FollowUp = Visit["followUps"][number];
const REFETCH = ["VisitList", "AssignmentList", "RuleFindingList"];

/** A follow-up is overdue when its date has passed and it is not resolved (display only). */
const overdue = (f: FollowUp) => !f.resolvedOn && !!f.dueOn && dayjs(f.dueOn).isBefore(dayjs(), "day");

/** 走访记录 with their follow-ups; the form to record one lives on the page (also opened from an assignment). */
export function VisitsTab({ unitId, onRecordVisit }: { unitId: string | null; onRecordVisit: () => void }) {
  const canWrite = useCanWrite("LIAISON_WRITE");
  const [kind, setKind] = useState<VisitKind>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const editing = useEditing<Visit>();
  const [resolving, setResolving] = useState<FollowUp | null>(null);
  const [adding, setAdding] = useState<Visit | null>(null);
  const update = useGqlMutation(UpdateVisit, (d) => unwrapResult(d.updateLiaisonVisit), REFETCH);
  const archive = useGqlMutation(ArchiveVisit, (d) => unwrapResult(d.archiveLiaisonVisit), REFETCH);
  const resolve = useGqlMutation(ResolveFollowUp, (d) => unwrapResult(d.resolveLiaisonFollowUp), REFETCH);
  const addFollowUp = useGqlMutation(AddFollowUp, (d) => unwrapResult(d.addLiaisonFollowUp), REFETCH);

  const columns: Array<RecordColumn<Visit>> = [
    { title: "走访日期", dataIndex: "visitedOn", render: formatDate, exportValue: (r) => r.visitedOn },
    { title: "类型", dataIndex: "kind", render: (k: VisitKind) => VISIT_KIND_LABELS[k], exportValue: (r) => VISIT_KIND_LABELS[r.kind] },
    { title: "走访人", dataIndex: "visitorName" },
    { title: "联系对象", key: "target", render: (_, r) => targetOf(r.assignment), exportValue: (r) => targetOf(r.assignment) },
    { title: "地点", dataIndex: "place", render: (v: string | null) => v ?? "—" },
    {
      title: "走访对象",
      key: "peopleMet",
      render: (_, r) => r.peopleMet.map((p) => p.name).join("、") || "—",
      exportValue: (r) => r.peopleMet.map((p) => p.name).join("、"),
    },
    {
      title: "后续事项",
      key: "followUps",
      render: (_, r) => {
        const open = r.followUps.filter((f) => !f.resolvedOn);
        if (!r.followUps.length) return "—";
        return (
          <Space size={4}>
            {open.length ? <Tag color="processing">待办 {open.length}</Tag> : <Tag color="success">已办结</Tag>}
            {open.some(overdue) && <Tag color="error">逾期</Tag>}
          </Space>
        );
      },
      exportValue: (r) => r.followUps.map((f) => `${f.content}${f.resolvedOn ? "（已办结）" : ""}`).join("；"),
    },
    { title: "所属组织", dataIndex: ["unit", "fullName"] },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: Visit) =>
              r.archivedAt ? null : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => editing.edit(r)}>
                    编辑
                  </Button>
                  <Button type="link" size="small" onClick={() => setAdding(r)}>
                    添加后续事项
                  </Button>
                  <ArchiveAction
                    title="作废走访记录"
                    submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                  />
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PagedRecords
        testId="visits-table"
        document={VisitList}
        variables={{ filter: { unitId, kind, from: range ? localDate(range[0]) : undefined, to: range ? localDate(range[1]) : undefined } }}
        enabled={!!unitId}
        pick={(d) => d.liaisonVisits}
        columns={columns}
        exportName="三联二访走访记录"
        toolbar={
          <>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={onRecordVisit}>
                记录走访
              </Button>
            )}
            <Select
              allowClear
              placeholder="走访类型"
              value={kind}
              onChange={setKind}
              options={optionsOf(VISIT_KIND_LABELS)}
              style={{ width: 140 }}
            />
            <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
          </>
        }
        tableProps={{
          expandable: {
            rowExpandable: (r) => r.followUps.length > 0 || !!r.notes,
            expandedRowRender: (r) => <FollowUps visit={r} canWrite={canWrite && !r.archivedAt} onResolve={setResolving} />,
          },
        }}
      />
      <RecordForm<{ place?: string; notes?: string }>
        open={editing.open}
        title="编辑走访记录"
        initialValues={{ place: editing.record?.place ?? undefined, notes: editing.record?.notes ?? undefined }}
        submit={(v) =>
          update.mutateAsync({
            input: {
              id: editing.record!.id,
              version: editing.record!.version,
              ...changedOnly({ place: v.place?.trim() || null, notes: v.notes?.trim() || null }, editing.record!),
            },
          })
        }
        onClose={editing.close}
        testId="edit-visit-form"
      >
        <Form.Item name="place" label="地点">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="notes" label="走访情况">
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </RecordForm>
      <RecordForm<{ resolution: string; resolvedOn: Dayjs }>
        modal
        open={!!resolving}
        title={`办结后续事项：${resolving?.content ?? ""}`}
        initialValues={{ resolvedOn: dayjs() }}
        submit={(v) =>
          resolve.mutateAsync({
            input: {
              id: resolving!.id,
              version: resolving!.version,
              resolution: v.resolution.trim(),
              resolvedOn: localDate(v.resolvedOn)!,
            },
          })
        }
        onClose={() => setResolving(null)}
        testId="resolve-follow-up-form"
      >
        <Form.Item name="resolution" label="办理结果" rules={[{ required: true, whitespace: true, message: "请填写办理结果" }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="resolvedOn" label="办结日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
      <RecordForm<{ content: string; dueOn?: Dayjs }>
        modal
        open={!!adding}
        title="添加后续事项"
        submit={(v) =>
          addFollowUp.mutateAsync({ input: { visitId: adding!.id, content: v.content.trim(), dueOn: localDate(v.dueOn) ?? null } })
        }
        onClose={() => setAdding(null)}
        testId="add-follow-up-form"
      >
        <Form.Item name="content" label="事项" rules={[{ required: true, whitespace: true, message: "请填写事项" }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="dueOn" label="期限">
          <DatePicker />
        </Form.Item>
      </RecordForm>
    </>
  );
}

function FollowUps({ visit, canWrite, onResolve }: { visit: Visit; canWrite: boolean; onResolve: (f: FollowUp) => void }) {
  return (
    <div>
      {visit.notes && <p style={{ whiteSpace: "pre-wrap" }}>走访情况：{visit.notes}</p>}
      {visit.followUps.length > 0 && (
        <Table<FollowUp>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={visit.followUps}
          columns={[
            { title: "后续事项", dataIndex: "content" },
            {
              title: "期限",
              dataIndex: "dueOn",
              render: (d: string | null, f) => (
                <Space size={4}>
                  {formatDate(d)}
                  {overdue(f) && <Tag color="error">已逾期</Tag>}
                </Space>
              ),
            },
            { title: "办理结果", dataIndex: "resolution", render: (v: string | null) => v ?? "—" },
            { title: "办结日期", dataIndex: "resolvedOn", render: formatDate },
            {
              title: "",
              key: "resolve",
              render: (_, f) =>
                canWrite && !f.resolvedOn ? (
                  <Button type="link" size="small" onClick={() => onResolve(f)}>
                    办结
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </div>
  );
}

interface VisitValues {
  assignmentId: string;
  kind: VisitKind;
  visitedOn: Dayjs;
  visitorName?: string;
  place?: string;
  notes?: string;
  peopleMet?: string[];
  followUps?: Array<{ content: string; dueOn?: Dayjs }>;
}

/** Records a visit under one of the unit's current assignments, with the people met and follow-ups. */
export function VisitForm({
  open,
  assignment,
  unitId,
  onClose,
}: {
  open: boolean;
  assignment: Assignment | null;
  unitId: string | null;
  onClose: () => void;
}) {
  const options = useGql(AssignmentOptions, { unitId, activeOn: dayjs().format("YYYY-MM-DD") }, { enabled: open && !!unitId });
  const assignments = options.data?.liaisonAssignments.items ?? [];
  const create = useGqlMutation(CreateVisit, (d) => unwrapResult(d.createLiaisonVisit), REFETCH);
  const find = (id: string | undefined) => assignments.find((a) => a.id === id) ?? (assignment?.id === id ? assignment : undefined);

  return (
    <RecordForm<VisitValues>
      open={open}
      title="记录走访"
      width={640}
      initialValues={{
        assignmentId: assignment?.id,
        kind: assignment?.kind === "TEACHER_TO_STUDENTS" ? "STUDENT_DORM_VISIT" : "LIAISON_VISIT",
        visitedOn: dayjs(),
        visitorName: assignment && !assignment.liaisonMemberId ? assignment.liaisonName : undefined,
        followUps: [],
      }}
      submit={(v) => {
        const a = find(v.assignmentId);
        return create.mutateAsync({
          input: {
            assignmentId: v.assignmentId,
            kind: v.kind,
            visitedOn: localDate(v.visitedOn)!,
            visitorMemberId: a?.liaisonMemberId ?? null,
            visitorName: a?.liaisonMemberId ? null : v.visitorName?.trim() || null,
            place: v.place?.trim() || null,
            notes: v.notes?.trim() || null,
            peopleMet: (v.peopleMet ?? []).map((name) => ({ name: name.trim() })).filter((p) => p.name),
            followUps: (v.followUps ?? []).map((f) => ({ content: f.content?.trim() ?? "", dueOn: localDate(f.dueOn) ?? null })),
          },
        });
      }}
      onClose={onClose}
      testId="visit-form"
    >
      {(form) => (
        <>
          <Form.Item name="assignmentId" label="联系安排" rules={[{ required: true, message: "请选择联系安排" }]}>
            <Select
              loading={options.isFetching}
              showSearch={{ optionFilterProp: "label" }}
              placeholder="选择联系安排"
              onChange={(id: string) => {
                const a = find(id);
                form.setFieldsValue({ visitorName: a && !a.liaisonMemberId ? a.liaisonName : undefined });
              }}
              options={[...(assignment && !assignments.some((a) => a.id === assignment.id) ? [assignment] : []), ...assignments].map(
                (a) => ({
                  value: a.id,
                  label: `${a.liaisonName} → ${targetOf(a)}（${LIAISON_KIND_LABELS[a.kind]}）`,
                }),
              )}
            />
          </Form.Item>
          <Form.Item name="kind" label="走访类型" rules={[{ required: true }]}>
            <Select options={optionsOf(VISIT_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="visitedOn" label="走访日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.assignmentId !== b.assignmentId}>
            {() => {
              const a = find(form.getFieldValue("assignmentId"));
              return a?.liaisonMemberId ? (
                <Form.Item label="走访人">
                  <Input value={a.liaisonName} disabled />
                </Form.Item>
              ) : (
                <Form.Item name="visitorName" label="走访人姓名" extra="非党员领导走访时填写">
                  <Input maxLength={50} />
                </Form.Item>
              );
            }}
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input placeholder="如：学生公寓 5 栋 312 室" maxLength={200} />
          </Form.Item>
          <Form.Item name="peopleMet" label="走访对象">
            <Select mode="tags" placeholder="输入姓名后回车" open={false} />
          </Form.Item>
          <Form.Item name="notes" label="走访情况">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.List name="followUps">
            {(items, { add, remove }) => (
              <Form.Item label="后续事项">
                {items.map((item) => (
                  <Flex key={item.key} gap={8} align="baseline">
                    <Form.Item
                      name={[item.name, "content"]}
                      rules={[{ required: true, whitespace: true, message: "请填写事项" }]}
                      style={{ flex: 1 }}
                    >
                      <Input placeholder="事项" />
                    </Form.Item>
                    <Form.Item name={[item.name, "dueOn"]}>
                      <DatePicker placeholder="期限" />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(item.name)} aria-label="删除事项" />
                  </Flex>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                  添加后续事项
                </Button>
              </Form.Item>
            )}
          </Form.List>
        </>
      )}
    </RecordForm>
  );
}
