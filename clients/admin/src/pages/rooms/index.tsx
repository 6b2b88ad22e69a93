import { useState } from "react";
import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { formatDate, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { PageFrame } from "../../page-frame";
import { PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, changedOnly, decimalText, localDate, useCanWrite, useEditing } from "../../components/record-actions";
import { RuleFindings } from "../../components/rule-findings";
import { useScopeUnit } from "../../components/scope-unit";
import type { RoomFieldsFragment } from "../../gql/graphql";
import { ArchiveRoom, AssignRoom, CreateRoom, RoomList, UnassignRoom, UpdateRoom } from "./operations";
import type { Dayjs } from "dayjs";

type Room = RoomFieldsFragment;
type RoomUser = Room["users"][number];

interface RoomValues {
  name: string;
  ownerUnitId: string;
  area: number;
  location?: string;
  facilities?: string[];
  note?: string;
}

const REFETCH = ["RoomList", "RuleFindingList"];

/** 活动阵地: rooms per unit with their area and the units that share them; the area rule is the API's (its findings below). */
export default function RoomsPage() {
  const { unitId, picker } = useScopeUnit();
  const canWrite = useCanWrite("ROOM_WRITE");
  const [nameContains, setNameContains] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const editing = useEditing<Room>();
  const [assigning, setAssigning] = useState<Room | null>(null);
  const [ending, setEnding] = useState<RoomUser | null>(null);

  const create = useGqlMutation(CreateRoom, (d) => unwrapResult(d.createRoom), REFETCH);
  const update = useGqlMutation(UpdateRoom, (d) => unwrapResult(d.updateRoom), REFETCH);
  const archive = useGqlMutation(ArchiveRoom, (d) => unwrapResult(d.archiveRoom), REFETCH);
  const assign = useGqlMutation(AssignRoom, (d) => unwrapResult(d.assignRoom), REFETCH);
  const unassign = useGqlMutation(UnassignRoom, (d) => unwrapResult(d.unassignRoom), REFETCH);

  const columns: Array<RecordColumn<Room>> = [
    {
      title: "名称",
      dataIndex: "name",
      render: (name: string, r) => (
        <Space>
          {name}
          {r.archivedAt && <Tag>已停用</Tag>}
        </Space>
      ),
    },
    { title: "位置", dataIndex: "location", render: (v: string | null) => v ?? "—" },
    { title: "面积（m²）", dataIndex: "area", align: "right", exportValue: (r) => Number(r.area) },
    { title: "管理单位", dataIndex: ["ownerUnit", "fullName"] },
    {
      title: "使用单位",
      key: "users",
      render: (_, r) => {
        const current = r.users.filter((u) => !u.until);
        return (
          <Space size={4} wrap>
            {current.map((u) => (
              <Tag key={u.id}>{u.unit.fullName}</Tag>
            ))}
            {current.length > 1 && <Tag color="blue">共用</Tag>}
          </Space>
        );
      },
      exportValue: (r) =>
        r.users
          .filter((u) => !u.until)
          .map((u) => u.unit.fullName)
          .join("、"),
    },
    { title: "设施", dataIndex: "facilities", render: (f: string[]) => (f.length ? f.join("、") : "—") },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: Room) =>
              r.archivedAt ? null : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => editing.edit(r)}>
                    编辑
                  </Button>
                  <Button type="link" size="small" onClick={() => setAssigning(r)}>
                    增加使用单位
                  </Button>
                  <ArchiveAction
                    label="停用"
                    title={`停用活动室“${r.name}”`}
                    reasonLabel="停用原因"
                    submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                  />
                </Space>
              ),
          },
        ]
      : []),
  ];

  const submitRoom = async (v: RoomValues) => {
    const fields = {
      name: v.name?.trim(),
      area: decimalText(v.area),
      location: v.location?.trim() || null,
      facilities: v.facilities ?? [],
      note: v.note?.trim() || null,
    };
    const before = editing.record;
    if (!before) {
      await create.mutateAsync({ input: { ...fields, area: fields.area ?? "", name: fields.name ?? "", ownerUnitId: v.ownerUnitId } });
    } else {
      const patch = changedOnly(fields, { ...before, area: String(Number(before.area)) });
      await update.mutateAsync({ input: { id: before.id, version: before.version, ...patch } });
    }
  };

  return (
    <PageFrame
      title="活动阵地"
      subtitle="党员活动室：面积、共用情况；是否达标由系统按规则检查"
      actions={
        <>
          {picker}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editing.create}>
              登记活动室
            </Button>
          )}
        </>
      }
    >
      <PagedRecords
        testId="rooms-table"
        document={RoomList}
        variables={{ filter: { unitId, nameContains: nameContains || undefined, includeArchived } }}
        enabled={!!unitId}
        pick={(d) => d.rooms}
        columns={columns}
        exportName="党员活动室"
        toolbar={
          <>
            <Input.Search placeholder="按名称搜索" allowClear onSearch={setNameContains} style={{ width: 220 }} />
            <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
              含已停用
            </Checkbox>
          </>
        }
        tableProps={{
          expandable: {
            rowExpandable: (r) => r.users.length > 0,
            expandedRowRender: (r) => <RoomUsers room={r} canWrite={canWrite && !r.archivedAt} onEnd={setEnding} />,
          },
        }}
      />

      <Card title="检查结果（活动室数量与面积）" size="small" style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          由系统按规则（ROOM_PRESENT、ROOM_MIN_AREA）对所选组织及其下级检查；面积标准以规则设置为准。
        </Typography.Paragraph>
        <RuleFindings unitId={unitId} ruleCodes={["ROOM_PRESENT", "ROOM_MIN_AREA"]} />
      </Card>

      <RecordForm<RoomValues>
        open={editing.open}
        title={editing.record ? `编辑活动室“${editing.record.name}”` : "登记活动室"}
        initialValues={
          editing.record
            ? {
                name: editing.record.name,
                ownerUnitId: editing.record.ownerUnitId,
                area: Number(editing.record.area),
                location: editing.record.location ?? undefined,
                facilities: editing.record.facilities,
                note: editing.record.note ?? undefined,
              }
            : { ownerUnitId: unitId ?? undefined, facilities: [] }
        }
        submit={submitRoom}
        onClose={editing.close}
        testId="room-form"
      >
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: "请填写名称" }]}>
          <Input maxLength={100} />
        </Form.Item>
        {!editing.record && (
          <Form.Item name="ownerUnitId" label="管理单位" rules={[{ required: true, message: "请选择管理单位" }]}>
            <UnitPicker />
          </Form.Item>
        )}
        <Form.Item name="area" label="面积（平方米）" rules={[{ required: true, message: "请填写面积" }]}>
          <InputNumber style={{ width: 200 }} step={1} />
        </Form.Item>
        <Form.Item name="location" label="位置">
          <Input placeholder="如：实训楼 305" maxLength={200} />
        </Form.Item>
        <Form.Item name="facilities" label="设施">
          <Select mode="tags" placeholder="输入后回车，如：投影仪、党建书架" open={false} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </RecordForm>

      <RecordForm<{ unitId: string; since: Dayjs; note?: string }>
        modal
        open={!!assigning}
        title={`增加使用单位：${assigning?.name ?? ""}`}
        submit={(v) =>
          assign.mutateAsync({
            input: { roomId: assigning!.id, unitId: v.unitId, since: localDate(v.since)!, note: v.note?.trim() || null },
          })
        }
        onClose={() => setAssigning(null)}
        testId="assign-room-form"
      >
        <Form.Item name="unitId" label="使用单位" rules={[{ required: true, message: "请选择使用单位" }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="since" label="开始使用日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </RecordForm>

      <RecordForm<{ until: Dayjs }>
        modal
        open={!!ending}
        title={`结束使用：${ending?.unit.name ?? ""}`}
        submit={(v) => unassign.mutateAsync({ input: { id: ending!.id, version: ending!.version, until: localDate(v.until)! } })}
        onClose={() => setEnding(null)}
        testId="unassign-room-form"
      >
        <Form.Item name="until" label="停止使用日期（含）" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
    </PageFrame>
  );
}

function RoomUsers({ room, canWrite, onEnd }: { room: Room; canWrite: boolean; onEnd: (u: RoomUser) => void }) {
  return (
    <Table<RoomUser>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={room.users}
      columns={[
        { title: "使用单位", dataIndex: ["unit", "fullName"] },
        { title: "开始", dataIndex: "since", render: formatDate },
        { title: "结束", dataIndex: "until", render: (v: string | null) => (v ? formatDate(v) : "使用中") },
        { title: "备注", dataIndex: "note", render: (v: string | null) => v ?? "—" },
        {
          title: "",
          key: "end",
          render: (_, u) =>
            canWrite && !u.until ? (
              <Button type="link" size="small" onClick={() => onEnd(u)}>
                结束使用
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
