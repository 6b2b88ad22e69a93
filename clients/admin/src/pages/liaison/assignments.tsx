import { useState } from "react";
import { Button, DatePicker, Form, Input, Select, Tag } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { RecordTab } from "../../components/record-tab";
import { RecordForm } from "../../components/record-form";
import { ClassSelect } from "../../components/class-select";
import { changedOnly, localDate, MemberSelect } from "../../components/record-actions";
import type { AssignmentFieldsFragment, AssignmentListQuery, AssignmentListQueryVariables, LiaisonKind } from "../../gql/graphql";
import { LIAISON_KIND_LABELS, optionsOf } from "../../labels-records";
import { AssignmentList, CreateAssignment, EndAssignment, UpdateAssignment } from "./operations";

export type Assignment = AssignmentFieldsFragment;

/** Who or what the liaison keeps in touch with: a college, a class, or students. */
export function targetOf(a: Pick<Assignment, "targetUnit" | "targetClass"> & { students?: Assignment["students"] }): string {
  if (a.targetUnit) return a.targetUnit.fullName;
  if (a.targetClass) return a.targetClass.name;
  const names = (a.students ?? []).map((s) => s.member?.name ?? s.person?.name ?? "").filter(Boolean);
  return names.length ? `学生：${names.join("、")}` : "—";
}

interface AssignmentValues {
  kind: LiaisonKind;
  startDate: Dayjs;
  endDate?: Dayjs;
  liaisonMemberId?: string;
  leaderName?: string;
  leaderTitle?: string;
  targetUnitId?: string;
  targetClassId?: string;
  studentMemberIds?: string[];
  note?: string;
}

/** 联系安排: school leaders → colleges, college leaders → classes, member teachers → students. */
export function AssignmentsTab({ unitId, onRecordVisit }: { unitId: string | null; onRecordVisit: (a: Assignment) => void }) {
  const [kind, setKind] = useState<LiaisonKind>();
  const [activeOnly, setActiveOnly] = useState(true);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const refetch = ["AssignmentList", "AssignmentOptions"];
  const create = useGqlMutation(CreateAssignment, (d) => unwrapResult(d.createLiaisonAssignment), refetch);
  const update = useGqlMutation(UpdateAssignment, (d) => d.updateLiaisonAssignment, refetch);
  const end = useGqlMutation(EndAssignment, (d) => unwrapResult(d.endLiaisonAssignment), refetch);

  return (
    <>
      <RecordTab<AssignmentListQuery, AssignmentListQueryVariables, Assignment, AssignmentValues>
        noun="联系安排"
        permission="LIAISON_WRITE"
        testId="assignments-table"
        document={AssignmentList}
        variables={{ filter: { unitId, kind, activeOn: activeOnly ? dayjs().format("YYYY-MM-DD") : undefined } }}
        enabled={!!unitId}
        pick={(d) => d.liaisonAssignments}
        exportName="三联二访联系安排"
        toolbar={
          <>
            <Select
              allowClear
              placeholder="联系类型"
              value={kind}
              onChange={setKind}
              options={optionsOf(LIAISON_KIND_LABELS)}
              style={{ width: 200 }}
            />
            <Select
              value={activeOnly}
              onChange={setActiveOnly}
              style={{ width: 120 }}
              options={[
                { value: true, label: "当前有效" },
                { value: false, label: "全部" },
              ]}
            />
          </>
        }
        columns={[
          {
            title: "联系类型",
            dataIndex: "kind",
            render: (k: LiaisonKind) => LIAISON_KIND_LABELS[k],
            exportValue: (r) => LIAISON_KIND_LABELS[r.kind],
          },
          {
            title: "联系人",
            dataIndex: "liaisonName",
            render: (name: string, r) => (r.leaderTitle ? `${name}（${r.leaderTitle}）` : name),
          },
          { title: "联系对象", key: "target", render: (_, r) => targetOf(r), exportValue: targetOf, width: 260 },
          { title: "所属组织", dataIndex: ["unit", "fullName"] },
          { title: "开始", dataIndex: "startDate", render: formatDate, exportValue: (r) => r.startDate },
          {
            title: "结束",
            dataIndex: "endDate",
            render: (d: string | null) => (d ? formatDate(d) : <Tag color="green">有效</Tag>),
            exportValue: (r) => r.endDate,
          },
        ]}
        rowActions={(r) =>
          r.endDate ? null : (
            <>
              <Button type="link" size="small" onClick={() => onRecordVisit(r)}>
                记录走访
              </Button>
              <Button type="link" size="small" onClick={() => setEnding(r)}>
                结束
              </Button>
            </>
          )
        }
        initialValues={(r) =>
          r ? { leaderTitle: r.leaderTitle ?? undefined, note: r.note ?? undefined } : { kind: "TEACHER_TO_STUDENTS", startDate: dayjs() }
        }
        fields={(r, form) =>
          r ? (
            <>
              <Form.Item name="leaderTitle" label="职务">
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="note" label="备注">
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="kind" label="联系类型" rules={[{ required: true }]}>
                <Select options={optionsOf(LIAISON_KIND_LABELS)} />
              </Form.Item>
              <Form.Item name="liaisonMemberId" label="联系人（党员）" extra="党员教师必填；领导为党员时填写">
                <MemberSelect unitId={null} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
                {() => {
                  const k = form.getFieldValue("kind") as LiaisonKind;
                  return (
                    <>
                      {k !== "TEACHER_TO_STUDENTS" && (
                        <>
                          <Form.Item name="leaderName" label="领导姓名" extra="非党员领导时必填">
                            <Input maxLength={50} />
                          </Form.Item>
                          <Form.Item name="leaderTitle" label="职务">
                            <Input placeholder="如：副校长、院长" maxLength={50} />
                          </Form.Item>
                        </>
                      )}
                      {k === "SCHOOL_LEADER_TO_COLLEGE" && (
                        <Form.Item
                          name="targetUnitId"
                          label="联系的二级学院（党总支）"
                          rules={[{ required: true, message: "请选择二级学院" }]}
                        >
                          <UnitPicker kinds={["GENERAL_BRANCH"]} />
                        </Form.Item>
                      )}
                      {k === "COLLEGE_LEADER_TO_CLASS" && (
                        <Form.Item name="targetClassId" label="联系的班级" rules={[{ required: true, message: "请选择班级" }]}>
                          <ClassSelect collegeUnitId={unitId} />
                        </Form.Item>
                      )}
                      {k === "TEACHER_TO_STUDENTS" && (
                        <Form.Item name="studentMemberIds" label="联系的学生党员">
                          <MemberSelect multiple category="STUDENT" unitId={null} />
                        </Form.Item>
                      )}
                    </>
                  );
                }}
              </Form.Item>
              <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="endDate" label="结束日期">
                <DatePicker />
              </Form.Item>
              <Form.Item name="note" label="备注">
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </>
          )
        }
        create={(v: AssignmentValues) =>
          create.mutateAsync({
            input: {
              kind: v.kind,
              startDate: localDate(v.startDate)!,
              endDate: localDate(v.endDate) ?? null,
              liaisonMemberId: v.liaisonMemberId ?? null,
              leaderName: v.leaderName?.trim() || null,
              leaderTitle: v.leaderTitle?.trim() || null,
              targetUnitId: v.kind === "SCHOOL_LEADER_TO_COLLEGE" ? v.targetUnitId : null,
              targetClassId: v.kind === "COLLEGE_LEADER_TO_CLASS" ? v.targetClassId : null,
              studentMemberIds: v.kind === "TEACHER_TO_STUDENTS" ? (v.studentMemberIds ?? []) : null,
              note: v.note?.trim() || null,
            },
          })
        }
        update={(r, v: AssignmentValues) =>
          update.mutateAsync({
            input: {
              id: r.id,
              version: r.version,
              ...changedOnly({ leaderTitle: v.leaderTitle?.trim() || null, note: v.note?.trim() || null }, r),
            },
          })
        }
      />
      <RecordForm<{ endDate: Dayjs }>
        modal
        open={!!ending}
        title={`结束联系安排：${ending?.liaisonName ?? ""}`}
        initialValues={{ endDate: dayjs() }}
        submit={(v) => end.mutateAsync({ input: { id: ending!.id, version: ending!.version, endDate: localDate(v.endDate)! } })}
        onClose={() => setEnding(null)}
        testId="end-assignment-form"
      >
        <Form.Item name="endDate" label="结束日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
    </>
  );
}
