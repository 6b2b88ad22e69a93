import { useMemo, useState } from "react";
import { Alert, Button, Flex, Input, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { CheckOutlined, UserAddOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { request, useGql } from "@party/client-shared";
import type { AttendanceStatus } from "../../gql/graphql";
import { ATTENDANCE_STATUS_LABELS } from "./activity-labels";
import { MemberSearch, UnitMembers } from "./operations";

export interface AttendanceMark {
  name: string;
  status?: AttendanceStatus;
  reason?: string;
  isGuest: boolean;
}

/** memberId → mark; a member without a status is not on the list (not counted as expected). */
export type AttendanceMarks = Record<string, AttendanceMark>;

interface Row extends AttendanceMark {
  memberId: string;
  groupName?: string;
}

/** Every active member of the unit's subtree (a branch is a few dozen; read every page). */
export function useUnitMembers(unitId: string | undefined) {
  return useQuery({
    queryKey: ["UnitMembers", unitId],
    enabled: !!unitId,
    staleTime: 60_000,
    queryFn: async () => {
      const all: Array<{ id: string; name: string; groupName?: string }> = [];
      for (let offset = 0; ; offset += 100) {
        const { members } = await request(UnitMembers, { unitId: unitId!, offset });
        all.push(...members.items.map((m) => ({ id: m.id, name: m.name, groupName: m.group?.name })));
        if (offset + 100 >= members.totalCount) break;
      }
      return all;
    },
  });
}

/**
 * The attendance checklist: each member of the host unit present / absent / excused (a reason is
 * asked for an excuse, the API insists), an "all present" shortcut, and guests (列席) from
 * elsewhere in the user's scope. Errors from the API arrive per member.
 */
export function AttendanceChecklist({
  unitId,
  value,
  onChange,
  errors = {},
}: {
  unitId: string | undefined;
  value: AttendanceMarks;
  onChange: (next: AttendanceMarks) => void;
  errors?: Record<string, string[]>;
}) {
  const { data: members, isLoading } = useUnitMembers(unitId);
  const rows: Row[] = useMemo(() => {
    const list: Row[] = (members ?? []).map((m) => ({
      memberId: m.id,
      groupName: m.groupName,
      ...(value[m.id] ?? { name: m.name, isGuest: false }),
    }));
    const listed = new Set(list.map((r) => r.memberId));
    for (const [memberId, mark] of Object.entries(value)) if (!listed.has(memberId)) list.push({ memberId, ...mark });
    return list;
  }, [members, value]);
  const unmarked = rows.filter((r) => !r.status).length;
  const mark = (row: Row, patch: Partial<AttendanceMark>) =>
    onChange({ ...value, [row.memberId]: { name: row.name, isGuest: row.isGuest, status: row.status, reason: row.reason, ...patch } });
  const allPresent = () => {
    const next = { ...value };
    for (const r of rows) if (!r.isGuest) next[r.memberId] = { name: r.name, isGuest: false, status: "PRESENT" };
    onChange(next);
  };
  const counts = (status: AttendanceStatus) => rows.filter((r) => r.status === status).length;

  return (
    <div data-testid="attendance-checklist">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Button icon={<CheckOutlined />} onClick={allPresent} disabled={!rows.length}>
          全部出席
        </Button>
        <GuestPicker
          exclude={new Set(rows.map((r) => r.memberId))}
          onPick={(id, name) => mark({ memberId: id, name, isGuest: true }, { status: "PRESENT" })}
        />
        <Typography.Text type="secondary">
          应到 {rows.filter((r) => r.status && !r.isGuest).length} · 出席 {counts("PRESENT")} · 请假 {counts("EXCUSED")} · 缺席{" "}
          {counts("ABSENT")}
        </Typography.Text>
      </Flex>
      {unmarked > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`尚有 ${unmarked} 人未登记出勤；未登记的不在出勤名单内，不计入应到人数`}
        />
      )}
      <Table<Row>
        rowKey="memberId"
        size="small"
        loading={isLoading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            title: "姓名",
            dataIndex: "name",
            width: 160,
            render: (name: string, r) => (
              <Space size={4}>
                {name}
                {r.isGuest && <Tag color="blue">列席</Tag>}
              </Space>
            ),
          },
          { title: "党小组", dataIndex: "groupName", width: 150, render: (g?: string) => g ?? "—" },
          {
            title: "出勤",
            key: "status",
            width: 230,
            render: (_, r) => (
              <Radio.Group
                aria-label={`${r.name}的出勤`}
                optionType="button"
                size="small"
                value={r.status}
                onChange={(e) => mark(r, { status: e.target.value as AttendanceStatus })}
                options={(["PRESENT", "EXCUSED", "ABSENT"] as AttendanceStatus[]).map((s) => ({
                  value: s,
                  label: ATTENDANCE_STATUS_LABELS[s],
                }))}
              />
            ),
          },
          {
            title: "原因",
            key: "reason",
            render: (_, r) =>
              r.status === "EXCUSED" || r.status === "ABSENT" ? (
                <div>
                  <Input
                    size="small"
                    aria-label={`${r.name}的请假或缺席原因`}
                    placeholder={r.status === "EXCUSED" ? "请假原因（必填）" : "缺席原因"}
                    status={errors[r.memberId] ? "error" : undefined}
                    value={r.reason}
                    onChange={(e) => mark(r, { reason: e.target.value })}
                  />
                  {errors[r.memberId] && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {errors[r.memberId].join("；")}
                    </Typography.Text>
                  )}
                </div>
              ) : null,
          },
          {
            title: "",
            key: "remove",
            width: 60,
            render: (_, r) =>
              r.status ? (
                <Button type="link" size="small" onClick={() => mark(r, { status: undefined, reason: undefined })}>
                  {r.isGuest ? "移除" : "清除"}
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  );
}

/** Finds a member of the user's scope by name to add as a guest (列席). */
function GuestPicker({ exclude, onPick }: { exclude: Set<string>; onPick: (id: string, name: string) => void }) {
  const [name, setName] = useState("");
  const { data, isFetching } = useGql(MemberSearch, { name }, { enabled: name.trim().length > 0 });
  return (
    <Select<string | null, { value: string; label: string; name: string }>
      showSearch={{ filterOption: false, onSearch: setName }}
      value={null}
      placeholder={
        <span>
          <UserAddOutlined /> 添加列席人员
        </span>
      }
      aria-label="添加列席人员"
      style={{ width: 220 }}
      loading={isFetching}
      notFoundContent={name ? "没有找到" : "输入姓名搜索"}
      options={(data?.members.items ?? [])
        .filter((m) => !exclude.has(m.id))
        .map((m) => ({ value: m.id, label: `${m.name}（${m.branch.name}）`, name: m.name }))}
      onSelect={(id, option) => {
        if (id) onPick(id, option.name);
        setName("");
      }}
    />
  );
}
