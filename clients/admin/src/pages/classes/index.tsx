import { useState } from "react";
import { Button, DatePicker, Flex, Form, Input, InputNumber, Space, Table, Tabs, Tag } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { ErrorAlert, formatDate, UnitPicker, unwrapResult, useGql, useGqlMutation } from "@party/client-shared";
import { PageFrame } from "../../page-frame";
import { ExportRowsButton, PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { RecordTab } from "../../components/record-tab";
import { changedOnly, localDate, MemberSelect, useCanWrite } from "../../components/record-actions";
import { useScopeUnit } from "../../components/scope-unit";
import type {
  ClassCoverageListQuery,
  ClassFieldsFragment,
  ClassListQuery,
  ClassListQueryVariables,
  GroupListQuery,
  GroupListQueryVariables,
  GroupPurpose,
} from "../../gql/graphql";
import { GROUP_PURPOSE_LABELS } from "../../labels-records";
import {
  AddToClass,
  ArchiveClass,
  ClassCoverageList,
  ClassList,
  CreateClass,
  EndClassMembership,
  EndGroupLink,
  GroupList,
  LinkGroup,
  UpdateClass,
} from "./operations";

type StudentClass = ClassFieldsFragment;
type Link = { id: string; version: number; label: string; kind: "member" | "group" };
const REFETCH = ["ClassList", "ClassCoverageList"];

interface ClassValues {
  collegeUnitId: string;
  name: string;
  major: string;
  gradeYear: number;
  headTeacher?: string;
}

/** 班级与党小组: the colleges' student classes with their student members and party groups, the groups, and class coverage. */
export default function ClassesPage() {
  const { unitId, picker, scopeKind } = useScopeUnit();
  // a branch's own view starts at its groups: classes belong to the college (党总支) above it
  const [chosen, setTab] = useState<string | null>(null);
  const tab = chosen ?? (scopeKind === "BRANCH" || scopeKind === "GROUP" ? "groups" : "classes");
  return (
    <PageFrame title="班级与党小组" subtitle="学生班级、班级党小组对应、班级党小组覆盖" actions={picker}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: "classes", label: "班级", children: <ClassesTab unitId={unitId} /> },
          { key: "groups", label: "党小组", children: <GroupsTab unitId={unitId} /> },
          { key: "coverage", label: "班级覆盖", children: <CoverageTab unitId={unitId} /> },
        ]}
      />
    </PageFrame>
  );
}

function ClassesTab({ unitId }: { unitId: string | null }) {
  const canWrite = useCanWrite("LIAISON_WRITE");
  const [nameContains, setNameContains] = useState("");
  const [gradeYear, setGradeYear] = useState<number | null>(null);
  const [linking, setLinking] = useState<{ cls: StudentClass; kind: "member" | "group" } | null>(null);
  const [ending, setEnding] = useState<Link | null>(null);
  const create = useGqlMutation(CreateClass, (d) => unwrapResult(d.createStudentClass), REFETCH);
  const update = useGqlMutation(UpdateClass, (d) => unwrapResult(d.updateStudentClass), REFETCH);
  const archive = useGqlMutation(ArchiveClass, (d) => unwrapResult(d.archiveStudentClass), REFETCH);
  const linkGroup = useGqlMutation(LinkGroup, (d) => unwrapResult(d.linkClassGroup), REFETCH);
  const addMember = useGqlMutation(AddToClass, (d) => unwrapResult(d.addClassMember), REFETCH);
  const endGroup = useGqlMutation(EndGroupLink, (d) => unwrapResult(d.endClassGroup), REFETCH);
  const endMember = useGqlMutation(EndClassMembership, (d) => unwrapResult(d.endClassMember), REFETCH);
  const fieldsOf = (v: ClassValues) => ({
    name: v.name?.trim(),
    major: v.major?.trim(),
    gradeYear: v.gradeYear,
    headTeacher: v.headTeacher?.trim() || null,
  });

  return (
    <>
      <RecordTab<ClassListQuery, ClassListQueryVariables, StudentClass, ClassValues>
        noun="班级"
        permission="LIAISON_WRITE"
        testId="classes-table"
        document={ClassList}
        variables={{ filter: { collegeUnitId: unitId, nameContains: nameContains || undefined, gradeYear: gradeYear ?? undefined } }}
        enabled={!!unitId}
        pick={(d) => d.studentClasses}
        exportName="学生班级"
        toolbar={
          <>
            <Input.Search placeholder="按班级名称搜索" allowClear onSearch={setNameContains} style={{ width: 200 }} />
            <InputNumber placeholder="年级（入学年份）" value={gradeYear} onChange={setGradeYear} style={{ width: 150 }} />
          </>
        }
        columns={[
          { title: "班级", dataIndex: "name" },
          { title: "专业", dataIndex: "major" },
          { title: "年级", dataIndex: "gradeYear" },
          { title: "班主任", dataIndex: "headTeacher", render: (v: string | null) => v ?? "—" },
          { title: "二级学院", dataIndex: ["collegeUnit", "fullName"] },
          {
            title: "在班学生党员",
            key: "members",
            align: "right",
            render: (_, r) => r.members.length,
            exportValue: (r) => r.members.length,
          },
          {
            title: "党小组",
            key: "groups",
            render: (_, r) =>
              r.partyGroups.length ? r.partyGroups.map((g) => <Tag key={g.id}>{g.group.name}</Tag>) : <Tag color="warning">未覆盖</Tag>,
            exportValue: (r) => r.partyGroups.map((g) => g.group.name).join("、"),
          },
        ]}
        tableProps={{
          expandable: {
            rowExpandable: (r) => r.members.length + r.partyGroups.length > 0,
            expandedRowRender: (r) => <ClassLinks cls={r} canWrite={canWrite && !r.archivedAt} onEnd={setEnding} />,
          },
        }}
        rowActions={(r) => (
          <>
            <Button type="link" size="small" onClick={() => setLinking({ cls: r, kind: "group" })}>
              对应党小组
            </Button>
            <Button type="link" size="small" onClick={() => setLinking({ cls: r, kind: "member" })}>
              编入党员
            </Button>
          </>
        )}
        initialValues={(r) =>
          r
            ? { name: r.name, major: r.major, gradeYear: r.gradeYear, headTeacher: r.headTeacher ?? undefined }
            : { collegeUnitId: unitId ?? undefined, gradeYear: dayjs().year() }
        }
        fields={(r) => (
          <>
            {!r && (
              <Form.Item name="collegeUnitId" label="二级学院（党总支）" rules={[{ required: true, message: "请选择二级学院" }]}>
                <UnitPicker kinds={["GENERAL_BRANCH"]} />
              </Form.Item>
            )}
            <Form.Item name="name" label="班级名称" rules={[{ required: true, whitespace: true, message: "请填写班级名称" }]}>
              <Input placeholder="如：会计2301班" maxLength={50} />
            </Form.Item>
            <Form.Item name="major" label="专业" rules={[{ required: true, whitespace: true, message: "请填写专业" }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="gradeYear" label="年级（入学年份）" rules={[{ required: true, message: "请填写年级" }]}>
              <InputNumber style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="headTeacher" label="班主任">
              <Input maxLength={50} />
            </Form.Item>
          </>
        )}
        create={(v: ClassValues) => {
          const f = fieldsOf(v);
          return create.mutateAsync({ input: { ...f, name: f.name ?? "", major: f.major ?? "", collegeUnitId: v.collegeUnitId } });
        }}
        update={(r, v: ClassValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
        archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
      />
      <RecordForm<{ groupUnitId?: string; memberId?: string; since: Dayjs }>
        modal
        open={!!linking}
        title={linking ? `${linking.kind === "group" ? "对应党小组" : "编入学生党员"}：${linking.cls.name}` : ""}
        initialValues={{ since: dayjs() }}
        submit={(v) =>
          linking!.kind === "group"
            ? linkGroup.mutateAsync({ input: { classId: linking!.cls.id, groupUnitId: v.groupUnitId!, since: localDate(v.since)! } })
            : addMember.mutateAsync({ input: { classId: linking!.cls.id, memberId: v.memberId!, since: localDate(v.since)! } })
        }
        onClose={() => setLinking(null)}
        testId="class-link-form"
      >
        {linking?.kind === "group" ? (
          <Form.Item name="groupUnitId" label="党小组" rules={[{ required: true, message: "请选择党小组" }]}>
            <UnitPicker kinds={["GROUP"]} />
          </Form.Item>
        ) : (
          <Form.Item name="memberId" label="学生党员" rules={[{ required: true, message: "请选择党员" }]}>
            <MemberSelect unitId={linking?.cls.collegeUnitId} category="STUDENT" />
          </Form.Item>
        )}
        <Form.Item name="since" label="自何日起" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
      <RecordForm<{ until: Dayjs }>
        modal
        open={!!ending}
        title={`结束：${ending?.label ?? ""}`}
        initialValues={{ until: dayjs() }}
        submit={(v) =>
          (ending!.kind === "group" ? endGroup : endMember).mutateAsync({
            input: { id: ending!.id, version: ending!.version, until: localDate(v.until)! },
          })
        }
        onClose={() => setEnding(null)}
        testId="end-class-link-form"
      >
        <Form.Item name="until" label="结束日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
    </>
  );
}

function ClassLinks({ cls, canWrite, onEnd }: { cls: StudentClass; canWrite: boolean; onEnd: (l: Link) => void }) {
  const rows: Array<Link & { since: string }> = [
    ...cls.partyGroups.map((g) => ({ id: g.id, version: g.version, label: g.group.name, kind: "group" as const, since: g.since })),
    ...cls.members.map((m) => ({ id: m.id, version: m.version, label: m.member?.name ?? "—", kind: "member" as const, since: m.since })),
  ];
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: "类别", dataIndex: "kind", render: (k: string) => (k === "group" ? "党小组" : "学生党员") },
        { title: "名称", dataIndex: "label" },
        { title: "自", dataIndex: "since", render: formatDate },
        {
          title: "",
          key: "end",
          render: (_, l) =>
            canWrite ? (
              <Button type="link" size="small" onClick={() => onEnd(l)}>
                结束
              </Button>
            ) : null,
        },
      ]}
    />
  );
}

type Group = GroupListQuery["orgUnits"]["items"][number];

function GroupsTab({ unitId }: { unitId: string | null }) {
  const [nameContains, setNameContains] = useState("");
  return (
    <PagedRecords<GroupListQuery, GroupListQueryVariables, Group>
      testId="groups-table"
      document={GroupList}
      variables={{ underId: unitId, nameContains: nameContains || undefined }}
      enabled={!!unitId}
      pick={(d) => d.orgUnits}
      exportName="党小组"
      toolbar={<Input.Search placeholder="按名称搜索" allowClear onSearch={setNameContains} style={{ width: 200 }} />}
      columns={[
        { title: "党小组", dataIndex: "name" },
        { title: "所属党支部", dataIndex: ["parent", "fullName"] },
        {
          title: "设立依据",
          dataIndex: "groupPurpose",
          render: (p: GroupPurpose | null) => (p ? GROUP_PURPOSE_LABELS[p] : "按班级或专业"),
          exportValue: (r) => (r.groupPurpose ? GROUP_PURPOSE_LABELS[r.groupPurpose] : "按班级或专业"),
        },
        { title: "所在地", dataIndex: "location", render: (v: string | null) => v ?? "—" },
        {
          title: "党员",
          key: "total",
          align: "right",
          render: (_, r) => r.memberCounts?.total ?? "—",
          exportValue: (r) => r.memberCounts?.total,
        },
        {
          title: "其中学生",
          key: "student",
          align: "right",
          render: (_, r) => r.memberCounts?.student ?? "—",
          exportValue: (r) => r.memberCounts?.student,
        },
      ]}
    />
  );
}

type Coverage = ClassCoverageListQuery["classCoverage"][number];

function CoverageTab({ unitId }: { unitId: string | null }) {
  const query = useGql(ClassCoverageList, { collegeUnitId: unitId ?? "" }, { enabled: !!unitId });
  const rows = query.data?.classCoverage ?? [];
  const covered = rows.filter((r) => r.hasPartyGroup).length;
  const columns: Array<RecordColumn<Coverage>> = [
    { title: "班级", dataIndex: ["studentClass", "name"] },
    { title: "专业", dataIndex: ["studentClass", "major"] },
    { title: "年级", dataIndex: "gradeYear" },
    { title: "二级学院", dataIndex: ["studentClass", "collegeUnit", "fullName"] },
    { title: "在班学生党员", dataIndex: "studentMembers", align: "right" },
    { title: "党小组", dataIndex: "partyGroups", align: "right" },
    {
      title: "覆盖",
      dataIndex: "hasPartyGroup",
      render: (ok: boolean) => (ok ? <Tag color="success">已覆盖</Tag> : <Tag color="warning">未覆盖</Tag>),
      exportValue: (r) => (r.hasPartyGroup ? "已覆盖" : "未覆盖"),
    },
  ];
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Flex gap={16} align="center" style={{ marginBottom: 12 }}>
        <Space>
          班级 <b>{rows.length}</b>
        </Space>
        <Space>
          有党小组覆盖 <b>{covered}</b>
        </Space>
        <Space>
          未覆盖 <b>{rows.length - covered}</b>
        </Space>
        <span style={{ flex: 1 }} />
        <ExportRowsButton exportName="班级党小组覆盖" columns={columns} rows={rows} />
      </Flex>
      <Table<Coverage>
        data-testid="class-coverage-table"
        size="middle"
        rowKey="classId"
        loading={query.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个班级` }}
        columns={columns}
      />
    </>
  );
}
