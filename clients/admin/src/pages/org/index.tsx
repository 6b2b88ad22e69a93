import { useMemo, useState } from "react";
import { Link, Route, Routes, useNavigate, useParams } from "react-router";
import { Button, Card, Col, Descriptions, Empty, Input, Popconfirm, Row, Skeleton, Space, Table, Tabs, Tag, Tree, Typography } from "antd";
import { ApartmentOutlined, DeleteOutlined, EditOutlined, PlusOutlined, UserAddOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import {
  ErrorAlert,
  formatDate,
  toLocalDate,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useScopeUnits,
  useSession,
} from "@party/client-shared";
import type { OrgUnitDetailQuery } from "../../gql/graphql";

type UnitTreeNodeFragment = NonNullable<ReturnType<typeof useScopeUnits>["data"]>[number];
import { PageFrame } from "../../page-frame";
import { BRANCH_KIND, COMMITTEE_ROLE, GROUP_PURPOSE, ORG_UNIT_KIND } from "../../enum-labels";
import { EndCommitteeTerm, OrgUnitDetail } from "./operations";
import {
  AppointModal,
  ArchiveUnitModal,
  canHaveChildren,
  CreateUnitModal,
  EditUnitModal,
  MoveUnitModal,
  REFRESH,
  RenameUnitModal,
} from "./unit-dialogs";

type Unit = NonNullable<OrgUnitDetailQuery["orgUnit"]>;

const DOCUMENT_KIND: Record<string, string> = {
  COMMITTEE_STUDY: "党委专题研究基层党建工作",
  DEV_PLAN: "党支部培养发展计划",
  GB_ANNUAL_REPORT: "党总支年度工作报告",
  JOINT_MEETING_RULES: "党政联席会议议事规则",
  THOUGHT_REPORT: "党员思想汇报",
};

export default function OrgArea() {
  return (
    <Routes>
      <Route index element={<OrgPage />} />
      <Route path=":id" element={<OrgPage />} />
    </Routes>
  );
}

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}

/** 组织架构: the scope's tree on the left (searchable), the chosen unit on the right. */
function OrgPage() {
  const { user } = useSession();
  const { id } = useParams();
  const navigate = useNavigate();
  const units = useScopeUnits();
  const [search, setSearch] = useState("");
  const selected = id ?? user.scopeUnitId ?? undefined;

  const { tree, expanded } = useMemo(() => {
    const all = units.data ?? [];
    const match = (u: UnitTreeNodeFragment) => !search || u.name.includes(search);
    const byId = new Map(all.map((u) => [u.id, u]));
    const visible = new Set<string>();
    for (const u of all.filter(match))
      for (let at: UnitTreeNodeFragment | undefined = u; at; at = at.parentId ? byId.get(at.parentId) : undefined) visible.add(at.id);
    const nodes = new Map(
      all.filter((u) => visible.has(u.id)).map((u) => [u.id, { key: u.id, title: `${u.name}`, children: [] as TreeItem[] }]),
    );
    const roots: TreeItem[] = [];
    for (const u of all) {
      const node = nodes.get(u.id);
      if (!node) continue;
      const parent = u.parentId ? nodes.get(u.parentId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    // Open the root and the general branches; with a search, everything that matched.
    const open = search
      ? [...visible]
      : all.filter((u) => u.kind === "PARTY_COMMITTEE" || u.kind === "GENERAL_BRANCH" || u.id === user.scopeUnitId).map((u) => u.id);
    return { tree: roots, expanded: open };
  }, [units.data, search, user.scopeUnitId]);

  return (
    <PageFrame title="组织架构" subtitle="党委 → 党总支 → 党支部 → 党小组">
      <Row gutter={16}>
        <Col xs={24} md={9} xl={7}>
          <Card size="small" title="组织树" styles={{ body: { maxHeight: "calc(100vh - 220px)", overflow: "auto" } }}>
            <Input.Search
              allowClear
              placeholder="按名称查找"
              aria-label="按名称查找组织"
              onSearch={setSearch}
              style={{ marginBottom: 8 }}
            />
            {units.isLoading ? (
              <Skeleton active />
            ) : (
              <Tree
                key={search}
                showLine
                blockNode
                defaultExpandedKeys={expanded}
                selectedKeys={selected ? [selected] : []}
                treeData={tree}
                onSelect={(keys) => keys[0] && navigate(`/org/${keys[0]}`)}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={15} xl={17}>
          {selected ? <UnitDetail id={selected} /> : <Empty description="请选择组织" />}
        </Col>
      </Row>
    </PageFrame>
  );
}

function UnitDetail({ id }: { id: string }) {
  const { can, user } = useSession();
  const { data, isLoading, error, refetch } = useGql(OrgUnitDetail, { id });
  const [dialog, setDialog] = useState<"create" | "rename" | "edit" | "move" | "archive" | "appoint" | null>(null);
  if (isLoading) return <Skeleton active />;
  const unit = data?.orgUnit;
  if (!unit) return <ErrorAlert error={error ?? new Error("记录不存在或不在您的管理范围内")} onRetry={() => void refetch()} />;
  const writable = can("ORG_WRITE") && !unit.archivedAt;
  const counts = unit.memberCounts;
  const current = unit.committee.filter((c) => !c.endedOn);

  return (
    <Card
      size="small"
      data-testid="unit-detail"
      title={
        <Space>
          <ApartmentOutlined />
          {unit.fullName}
          <Tag color="red">{ORG_UNIT_KIND[unit.kind]}</Tag>
          {unit.archivedAt && <Tag>已撤销</Tag>}
        </Space>
      }
      extra={
        writable && (
          <Space wrap>
            {canHaveChildren(unit.kind) && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog("create")}>
                新建下级
              </Button>
            )}
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog("rename")}>
              更名
            </Button>
            {unit.kind !== "PARTY_COMMITTEE" && (
              <Button size="small" onClick={() => setDialog("edit")}>
                编辑属性
              </Button>
            )}
            {unit.parentId && unit.id !== user.scopeUnitId && (
              <>
                <Button size="small" onClick={() => setDialog("move")}>
                  调整隶属
                </Button>
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => setDialog("archive")}>
                  撤销
                </Button>
              </>
            )}
          </Space>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          { label: "上级组织", children: unit.ancestors.map((a) => a.name).join(" / ") || "—" },
          {
            label: "类型",
            children: `${ORG_UNIT_KIND[unit.kind]}${unit.branchKind ? `（${BRANCH_KIND[unit.branchKind]}）` : ""}${unit.isOnline ? " · 网络支部" : ""}`,
          },
          ...(unit.groupPurpose ? [{ label: "设立依据", children: GROUP_PURPOSE[unit.groupPurpose] }] : []),
          ...(unit.location ? [{ label: "所在地", children: unit.location }] : []),
          ...(unit.covers.length ? [{ label: "覆盖部门", children: unit.covers.join("、") }] : []),
          {
            label: "在册党员",
            children: counts ? (
              <Space wrap size={4}>
                <Link to={`/members?unitId=${unit.id}`}>
                  <Typography.Text strong>{counts.total} 人</Typography.Text>
                </Link>
                <Typography.Text type="secondary">
                  正式 {counts.full} · 预备 {counts.probationary} · 教职工 {counts.faculty} · 学生 {counts.student} · 离退休{" "}
                  {counts.retired} · 流动 {counts.mobile}
                </Typography.Text>
              </Space>
            ) : (
              "—"
            ),
          },
        ]}
      />
      <Tabs
        style={{ marginTop: 8 }}
        items={[
          {
            key: "committee",
            label: `委员会（现任 ${current.length}）`,
            children: (
              <>
                {writable && (
                  <Button size="small" icon={<UserAddOutlined />} style={{ marginBottom: 8 }} onClick={() => setDialog("appoint")}>
                    任命委员
                  </Button>
                )}
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有委员会成员" /> }}
                  dataSource={unit.committee}
                  rowClassName={(c) => (c.endedOn ? "row-ended" : "")}
                  columns={[
                    {
                      title: "姓名",
                      key: "member",
                      render: (_, c) => (c.member ? <Link to={`/members/${c.member.id}`}>{c.member.name}</Link> : "—"),
                    },
                    { title: "职务", dataIndex: "role", width: 80, render: (r: keyof typeof COMMITTEE_ROLE) => COMMITTEE_ROLE[r] },
                    { title: "分工", dataIndex: "duty", render: (d?: string | null) => d ?? "—" },
                    {
                      title: "任期",
                      key: "term",
                      render: (_, c) => `${formatDate(c.termStart)} 至 ${c.termEnd ? formatDate(c.termEnd) : "—"}`,
                    },
                    {
                      title: "状态",
                      key: "ended",
                      width: 150,
                      render: (_, c) =>
                        c.endedOn ? (
                          <Typography.Text type="secondary">{formatDate(c.endedOn)} 离任</Typography.Text>
                        ) : writable ? (
                          <EndTermButton position={c} />
                        ) : (
                          <Tag color="green">现任</Tag>
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: "children",
            label: `下级组织（${unit.children.length}）`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有下级组织" /> }}
                dataSource={unit.children}
                columns={[
                  { title: "名称", dataIndex: "name", render: (n: string, c) => <Link to={`/org/${c.id}`}>{n}</Link> },
                  { title: "类型", dataIndex: "kind", width: 120, render: (k: keyof typeof ORG_UNIT_KIND) => ORG_UNIT_KIND[k] },
                ]}
              />
            ),
          },
          {
            key: "rooms",
            label: `活动阵地（${unit.rooms.length}）`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有在用的党员活动室" /> }}
                dataSource={unit.rooms}
                columns={[
                  { title: "名称", dataIndex: "name" },
                  { title: "面积", dataIndex: "area", width: 120, render: (a: string) => `${Number(a)} 平方米` },
                  { title: "位置", dataIndex: "location", render: (l?: string | null) => l ?? "—" },
                  { title: "使用方式", key: "own", width: 100, render: (_, r) => (r.ownerUnitId === unit.id ? "自有" : <Tag>共用</Tag>) },
                ]}
              />
            ),
          },
          {
            key: "documents",
            label: `备案文件（${unit.filedDocuments.length}）`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有备案文件" /> }}
                dataSource={unit.filedDocuments}
                columns={[
                  { title: "标题", dataIndex: "title" },
                  { title: "类别", dataIndex: "kind", width: 180, render: (k: string) => DOCUMENT_KIND[k] ?? k },
                  { title: "报送人", key: "member", width: 100, render: (_, d) => d.member?.name ?? "—" },
                  { title: "报送日期", dataIndex: "filedOn", width: 130, render: formatDate },
                ]}
              />
            ),
          },
        ]}
      />
      {dialog === "create" && <CreateUnitModal parent={unit} onClose={() => setDialog(null)} />}
      {dialog === "rename" && <RenameUnitModal unit={unit} onClose={() => setDialog(null)} />}
      {dialog === "edit" && <EditUnitModal unit={unit} onClose={() => setDialog(null)} />}
      {dialog === "move" && <MoveUnitModal unit={unit} onClose={() => setDialog(null)} />}
      {dialog === "archive" && <ArchiveUnitModal unit={unit} onClose={() => setDialog(null)} />}
      {dialog === "appoint" && <AppointModal unit={unit} onClose={() => setDialog(null)} />}
    </Card>
  );
}

function EndTermButton({ position }: { position: Unit["committee"][number] }) {
  const feedback = useFeedback();
  const end = useGqlMutation(EndCommitteeTerm, (d) => unwrapResult(d.endCommitteeTerm), REFRESH);
  return (
    <Popconfirm
      title="离任"
      description={`以今天（${dayjs().format("YYYY年M月D日")}）为离任日期？`}
      onConfirm={() =>
        end.mutate(
          { input: { id: position.id, version: position.version, endedOn: toLocalDate(dayjs()) } },
          { onSuccess: () => feedback.saved("已登记离任"), onError: feedback.failed },
        )
      }
    >
      <Button size="small" loading={end.isPending}>
        登记离任
      </Button>
    </Popconfirm>
  );
}
