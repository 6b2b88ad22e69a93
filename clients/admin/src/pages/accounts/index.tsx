import { useState } from "react";
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { KeyOutlined, PlusOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import {
  ErrorAlert,
  fieldErrorsOf,
  formatDate,
  formatDateTime,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useScopeUnits,
} from "@party/client-shared";
import type { ApiTokenListQuery, Permission, UserListQuery, UserRole } from "../../gql/graphql";
import { DATE_FORMATS } from "../../components/date-formats";
import { PageFrame } from "../../page-frame";
import { ROLE_LABELS } from "../../labels";
import { optionsOf } from "../../enum-labels";
import { ApiTokenList, CreateApiToken, CreateUser, MemberOptions, RevokeApiToken, UpdateUser, UserList } from "./operations";
import { PERMISSION, TOKEN_PERMISSIONS } from "./labels";

type User = UserListQuery["users"]["items"][number];
const PAGE_SIZE = 20;

/** 账号与令牌: accounts (role, scope, disable, password reset) and integration tokens (shown once, revocable). */
export default function AccountsPage() {
  return (
    <PageFrame title="账号与令牌" subtitle="登录账号的角色与管理范围；供其他系统调用的 API 令牌">
      <Tabs
        items={[
          { key: "users", label: "账号", children: <Users /> },
          { key: "tokens", label: "API 令牌", children: <Tokens /> },
        ]}
      />
    </PageFrame>
  );
}

function Users() {
  const feedback = useFeedback();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const { data, error, isFetching, refetch } = useGql(UserList, { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const update = useGqlMutation(UpdateUser, (d) => unwrapResult(d.updateUser), ["UserList"]);
  const setDisabled = (u: User, disabled: boolean) =>
    update.mutate(
      { input: { id: u.id, version: u.version, disabled } },
      { onSuccess: () => feedback.saved(disabled ? "已停用" : "已恢复"), onError: feedback.failed },
    );
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing("new")}>
        新建账号
      </Button>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.users.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.users.totalCount ?? 0,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 个账号`,
        }}
        columns={[
          { title: "用户名", dataIndex: "username", width: 160 },
          { title: "姓名", dataIndex: "displayName" },
          { title: "角色", dataIndex: "role", width: 130, render: (r: UserRole) => ROLE_LABELS[r] },
          { title: "管理范围", key: "scope", render: (_, u) => u.scopeUnit?.fullName ?? (u.member ? `本人：${u.member.name}` : "—") },
          { title: "最近登录", dataIndex: "lastLoginAt", width: 170, render: formatDateTime },
          {
            title: "状态",
            key: "status",
            width: 110,
            render: (_, u) =>
              u.disabledAt ? (
                <Tag>已停用</Tag>
              ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                <Tag color="orange">暂停登录</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          {
            title: "操作",
            key: "actions",
            width: 150,
            render: (_, u) => (
              <Space>
                <Button size="small" type="link" onClick={() => setEditing(u)}>
                  编辑
                </Button>
                <Popconfirm
                  title={u.disabledAt ? "恢复该账号？" : "停用该账号？"}
                  description={u.disabledAt ? undefined : "停用后其全部登录会话立即失效"}
                  onConfirm={() => setDisabled(u, !u.disabledAt)}
                >
                  <Button size="small" type="link" danger={!u.disabledAt}>
                    {u.disabledAt ? "恢复" : "停用"}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <UserModal user={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function UserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const feedback = useFeedback();
  const [role, setRole] = useState<UserRole | undefined>(user?.role);
  const [name, setName] = useState("");
  const members = useGql(MemberOptions, { name: name || undefined }, { enabled: !user && role === "MEMBER" });
  const create = useGqlMutation(CreateUser, (d) => unwrapResult(d.createUser), ["UserList"]);
  const update = useGqlMutation(UpdateUser, (d) => unwrapResult(d.updateUser), ["UserList"]);
  const mutation = user ? update : create;
  const submit = (v: {
    username?: string;
    displayName: string;
    password?: string;
    role: UserRole;
    scopeUnitId?: string;
    memberId?: string;
  }) => {
    const handlers = {
      onSuccess: () => {
        feedback.saved();
        onClose();
      },
      onError: (e: Error) => form.setFields(fieldErrorsOf(e)),
    };
    if (user)
      update.mutate(
        {
          input: {
            id: user.id,
            version: user.version,
            displayName: v.displayName,
            role: v.role,
            scopeUnitId: v.role === "MEMBER" ? undefined : v.scopeUnitId,
            password: v.password || undefined,
          },
        },
        handlers,
      );
    else
      create.mutate(
        {
          input: {
            username: v.username!,
            displayName: v.displayName,
            password: v.password!,
            role: v.role,
            scopeUnitId: v.role === "MEMBER" ? undefined : v.scopeUnitId,
            memberId: v.role === "MEMBER" ? v.memberId : undefined,
          },
        },
        handlers,
      );
  };
  return (
    <Modal
      open
      title={user ? `编辑账号：${user.username}` : "新建账号"}
      okText="保存"
      onOk={form.submit}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
    >
      <ErrorAlert error={mutation.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={user ? { displayName: user.displayName, role: user.role, scopeUnitId: user.scopeUnitId ?? undefined } : undefined}
      >
        {!user && (
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请填写用户名" }]}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: "请填写姓名" }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: "请选择角色" }]}>
          <Select options={optionsOf(ROLE_LABELS)} onChange={setRole} disabled={user?.role === "MEMBER"} />
        </Form.Item>
        {role === "MEMBER" ? (
          !user && (
            <Form.Item name="memberId" label="对应党员" rules={[{ required: true, message: "请选择党员" }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setName }}
                loading={members.isFetching}
                placeholder="输入姓名查找"
                options={(members.data?.members.items ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.branch.fullName}）` }))}
              />
            </Form.Item>
          )
        ) : (
          <Form.Item
            name="scopeUnitId"
            label="管理范围"
            rules={[{ required: true, message: "请选择管理范围" }]}
            extra="可访问的组织子树的根"
          >
            <UnitPicker style={{ width: "100%" }} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={user ? "重设密码" : "初始密码"}
          rules={user ? [] : [{ required: true, message: "请填写初始密码" }]}
          extra={user ? "留空则不修改；重设后该账号的全部会话失效" : "至少 10 位"}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Token = ApiTokenListQuery["apiTokens"]["items"][number];

function Tokens() {
  const feedback = useFeedback();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const units = useScopeUnits();
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? "—";
  const { data, error, isFetching, refetch } = useGql(ApiTokenList, { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const revoke = useGqlMutation(RevokeApiToken, (d) => unwrapResult(d.revokeApiToken), ["ApiTokenList"]);
  return (
    <>
      <Button type="primary" icon={<KeyOutlined />} style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>
        新建令牌
      </Button>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Token>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.apiTokens.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.apiTokens.totalCount ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: "名称", dataIndex: "name", width: 160 },
          { title: "令牌前缀", dataIndex: "tokenPrefix", width: 120, render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
          { title: "范围", dataIndex: "scopeUnitId", width: 140, render: unitName },
          {
            title: "权限",
            dataIndex: "permissions",
            render: (ps: Permission[]) => (
              <Space size={[0, 4]} wrap>
                {ps.map((p) => (
                  <Tag key={p}>{PERMISSION[p]}</Tag>
                ))}
              </Space>
            ),
          },
          { title: "到期", dataIndex: "expiresAt", width: 130, render: (d?: string | null) => (d ? formatDate(d) : "长期") },
          { title: "最近使用", dataIndex: "lastUsedAt", width: 160, render: formatDateTime },
          {
            title: "状态",
            key: "state",
            width: 120,
            render: (_, t) =>
              t.revokedAt ? (
                <Tag>已吊销</Tag>
              ) : (
                <Popconfirm
                  title="吊销该令牌？"
                  description="使用它的系统将立即无法访问"
                  onConfirm={() =>
                    revoke.mutate({ id: t.id, version: t.version }, { onSuccess: () => feedback.saved("已吊销"), onError: feedback.failed })
                  }
                >
                  <Button size="small" danger>
                    吊销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {creating && <TokenModal onClose={() => setCreating(false)} />}
    </>
  );
}

function TokenModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useGqlMutation(CreateApiToken, (d) => d.createApiToken, ["ApiTokenList"]);
  const [token, setToken] = useState<string | null>(null);
  const submit = (v: { name: string; scopeUnitId: string; permissions: Permission[]; expiresAt?: Dayjs }) =>
    create.mutate(
      {
        input: { name: v.name, scopeUnitId: v.scopeUnitId, permissions: v.permissions, expiresAt: v.expiresAt?.endOf("day").toISOString() },
      },
      { onSuccess: (created) => setToken(created.token), onError: (e) => form.setFields(fieldErrorsOf(e)) },
    );
  if (token)
    return (
      <Modal
        open
        title="令牌已创建"
        footer={
          <Button type="primary" onClick={onClose}>
            我已保存，关闭
          </Button>
        }
        onCancel={onClose}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="令牌只显示这一次：关闭后无法再次查看，请立即复制并妥善保存。" />
        <Typography.Paragraph
          copyable={{ text: token, tooltips: ["复制", "已复制"] }}
          code
          data-testid="new-token"
          style={{ wordBreak: "break-all" }}
        >
          {token}
        </Typography.Paragraph>
      </Modal>
    );
  return (
    <Modal open title="新建 API 令牌" okText="创建" onOk={form.submit} confirmLoading={create.isPending} onCancel={onClose} width={640}>
      <ErrorAlert error={create.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ permissions: ["ORG_READ", "MEMBER_READ"] }}>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: "请填写名称" }]} extra="用途，如“一卡通系统同步”">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="scopeUnitId" label="范围" rules={[{ required: true, message: "请选择范围" }]}>
          <UnitPicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="permissions" label="权限" rules={[{ required: true, message: "至少选择一项权限" }]}>
          <Checkbox.Group
            options={TOKEN_PERMISSIONS.map((p) => ({ value: p, label: PERMISSION[p] }))}
            style={{ display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: 4 }}
          />
        </Form.Item>
        <Form.Item name="expiresAt" label="到期日" extra="留空则长期有效">
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
