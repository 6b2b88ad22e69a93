import { Suspense, useMemo } from "react";
import { BrowserRouter, Link, Route, Routes, useLocation } from "react-router";
import { Button, Dropdown, Layout, Menu, Result, Spin, Typography } from "antd";
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { LoginPage, SessionProvider, useSession } from "@party/client-shared";
import { AREAS, GROUP_LABELS } from "./areas";
import { ROLE_LABELS } from "./labels";

export const TITLE = "党建工作管理后台";

function Shell() {
  const { user, can, signOut } = useSession();
  const location = useLocation();
  const areas = useMemo(() => AREAS.filter((a) => a.permission === null || can(a.permission)), [can]);
  const selected = location.pathname.split("/")[1] ?? "";
  const menu = (Object.keys(GROUP_LABELS) as Array<keyof typeof GROUP_LABELS>)
    .map((group) => ({
      type: "group" as const,
      key: group,
      label: GROUP_LABELS[group],
      children: areas
        .filter((a) => a.group === group)
        .map((a) => ({ key: a.path, icon: a.icon, label: <Link to={`/${a.path}`}>{a.label}</Link> })),
    }))
    .filter((g) => g.children.length);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={56} theme="light" style={{ borderRight: "1px solid #f0f0f0" }}>
        <div style={{ height: 56, display: "flex", alignItems: "center", justifyContent: "center", fontWeight: 600, color: "#c41d1d" }}>
          {TITLE}
        </div>
        <Menu mode="inline" selectedKeys={[selected]} items={menu} style={{ borderInlineEnd: 0 }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: "#fff",
            padding: "0 24px",
            display: "flex",
            justifyContent: "flex-end",
            alignItems: "center",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Dropdown menu={{ items: [{ key: "out", icon: <LogoutOutlined />, label: "退出登录", onClick: () => void signOut() }] }}>
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
              {user.displayName}
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {ROLE_LABELS[user.role]}
                {user.scopeUnit ? ` · ${user.scopeUnit.name}` : ""}
              </Typography.Text>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin style={{ display: "block", marginTop: 80 }} />}>
            <Routes>
              {areas.map((a) => (
                <Route key={a.path} path={a.path ? `/${a.path}/*` : "/"} element={<a.page />} />
              ))}
              <Route path="*" element={<Result status="404" title="页面不存在或无权访问" extra={<Link to="/">返回工作台</Link>} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/admin">
      <SessionProvider signedOut={(onSignedIn) => <LoginPage title={TITLE} onSignedIn={onSignedIn} />}>
        <Shell />
      </SessionProvider>
    </BrowserRouter>
  );
}
