import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Button, Card, Descriptions, Empty, Skeleton, Space, Table, Tabs, Tag, Typography } from "antd";
import { EditOutlined, LogoutOutlined, SwapOutlined, UserAddOutlined } from "@ant-design/icons";
import { ErrorAlert, formatDate, formatDateTime, useGql, useSession } from "@party/client-shared";
import type { MemberDetailFragment } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { GENDER, MEMBER_CATEGORY, MEMBER_STANDING, MEMBER_STATUS, MOBILE_STATUS, PERSON_KIND, REGISTER_REASON } from "../../enum-labels";
import { MemberDetailQuery } from "./operations";
import { EndContactButton, LinkContactModal, RemoveModal, TransferModal } from "./member-actions";

/** 党员详情 (route /members/:id): the record, its register entries, transfers and mass contacts; actions by permission. */
export function MemberDetailPage() {
  const { id = "" } = useParams();
  const { data, isLoading, error, refetch } = useGql(MemberDetailQuery, { id });
  if (isLoading) return <Skeleton active />;
  if (!data?.member) return <ErrorAlert error={error ?? new Error("记录不存在或不在您的管理范围内")} onRetry={() => void refetch()} />;
  return <MemberRecord member={data.member} editable />;
}

/** One member's record as the API sends it (masked fields stay masked); `editable` adds the actions the role may take. */
export function MemberRecord({ member: m, editable = false, title }: { member: MemberDetailFragment; editable?: boolean; title?: string }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<"transfer" | "remove" | "contact" | null>(null);
  const writable = editable && can("MEMBER_WRITE") && m.status === "ACTIVE";
  return (
    <PageFrame
      title={title ?? m.name}
      subtitle={m.branch.fullName}
      actions={
        writable && (
          <>
            <Button icon={<EditOutlined />} type="primary" onClick={() => navigate("edit")}>
              编辑
            </Button>
            <Button icon={<SwapOutlined />} onClick={() => setDialog("transfer")}>
              校内转接
            </Button>
            <Button icon={<LogoutOutlined />} danger onClick={() => setDialog("remove")}>
              出册
            </Button>
          </>
        )
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { label: "姓名", children: m.name },
            { label: "性别", children: GENDER[m.gender] },
            { label: "在册状态", children: <Tag color={m.status === "ACTIVE" ? "green" : "default"}>{MEMBER_STATUS[m.status]}</Tag> },
            { label: "人员类别", children: MEMBER_CATEGORY[m.category] },
            { label: "党员类别", children: MEMBER_STANDING[m.standing] },
            { label: "所在支部", children: m.branch.fullName },
            { label: "党小组", children: m.group?.name ?? "—" },
            { label: "身份证号", children: <span data-testid="member-id-number">{m.idNumber ?? "—"}</span> },
            { label: "联系电话", children: <span data-testid="member-phone">{m.phone ?? "—"}</span> },
            { label: "出生日期", children: m.birthDate ? formatDate(m.birthDate) : (m.birthMonth ?? "—") },
            { label: "入党日期", children: formatDate(m.joinedOn) },
            { label: "转正日期", children: formatDate(m.fullSince) },
            { label: "预备期满", children: formatDate(m.probationEndsOn) },
            { label: "流动状态", children: `${MOBILE_STATUS[m.mobileStatus]}${m.mobileLocation ? ` · ${m.mobileLocation}` : ""}` },
            { label: "部门或院系", children: m.department ?? "—" },
            { label: "班级", children: m.className ?? "—" },
            { label: "最后修改", children: formatDateTime(m.updatedAt) },
          ]}
        />
      </Card>
      <Card size="small">
        <Tabs
          items={[
            {
              key: "register",
              label: `名册增减（${m.registerEntries.length}）`,
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={m.registerEntries}
                  columns={[
                    { title: "日期", dataIndex: "occurredOn", width: 140, render: formatDate },
                    {
                      title: "类型",
                      dataIndex: "kind",
                      width: 80,
                      render: (k: string) => (k === "ADDED" ? <Tag color="green">入册</Tag> : <Tag>出册</Tag>),
                    },
                    { title: "原因", dataIndex: "reason", width: 140, render: (r: keyof typeof REGISTER_REASON) => REGISTER_REASON[r] },
                    { title: "支部", key: "branch", render: (_, e) => e.branch?.name ?? "—" },
                    { title: "来源/去向", dataIndex: "counterpart", render: (c?: string | null) => c ?? "—" },
                    { title: "备注", dataIndex: "note", render: (c?: string | null) => c ?? "—" },
                  ]}
                />
              ),
            },
            {
              key: "transfers",
              label: `校内转接（${m.transfers.length}）`,
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  locale={{ emptyText: <Empty description="没有校内转接记录" /> }}
                  dataSource={m.transfers}
                  columns={[
                    { title: "转接日期", dataIndex: "transferredOn", width: 140, render: formatDate },
                    { title: "转出支部", key: "from", render: (_, t) => t.fromBranch?.name ?? "—" },
                    { title: "转入支部", key: "to", render: (_, t) => t.toBranch?.name ?? "—" },
                    { title: "备注", dataIndex: "note", render: (c?: string | null) => c ?? "—" },
                  ]}
                />
              ),
            },
            {
              key: "contacts",
              label: `联系群众（${m.massContacts.filter((c) => !c.until).length}）`,
              children: (
                <>
                  {writable && (
                    <Button icon={<UserAddOutlined />} style={{ marginBottom: 12 }} onClick={() => setDialog("contact")}>
                      新增联系群众
                    </Button>
                  )}
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    locale={{ emptyText: <Empty description="没有联系群众" /> }}
                    dataSource={m.massContacts}
                    columns={[
                      { title: "姓名", key: "name", render: (_, c) => c.person?.name ?? "—" },
                      { title: "身份", key: "kind", width: 90, render: (_, c) => (c.person ? PERSON_KIND[c.person.kind] : "—") },
                      {
                        title: "部门/班级",
                        key: "dept",
                        render: (_, c) => [c.person?.department, c.person?.className].filter(Boolean).join(" · ") || "—",
                      },
                      { title: "联系电话", key: "phone", width: 130, render: (_, c) => c.person?.phone ?? "—" },
                      { title: "联系起", dataIndex: "since", width: 130, render: formatDate },
                      {
                        title: "联系止",
                        key: "until",
                        width: 150,
                        render: (_, c) =>
                          c.until ? (
                            formatDate(c.until)
                          ) : writable ? (
                            <EndContactButton contact={c} />
                          ) : (
                            <Typography.Text type="success">联系中</Typography.Text>
                          ),
                      },
                    ]}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      {dialog === "transfer" && <TransferModal member={m} onClose={() => setDialog(null)} />}
      {dialog === "remove" && <RemoveModal member={m} onClose={() => setDialog(null)} />}
      {dialog === "contact" && <LinkContactModal member={m} onClose={() => setDialog(null)} />}
      {editable && (
        <Space style={{ marginTop: 16 }}>
          <Link to="..">返回名册</Link>
        </Space>
      )}
    </PageFrame>
  );
}
