import { LoginPage, SessionProvider, useSession } from "@party/client-shared";
import { Typography } from "antd";

export const TITLE = "党建工作领导驾驶舱";

function Dashboard() {
  const { user } = useSession();
  return (
    <Typography.Title level={3}>
      {TITLE} · <span data-testid="user-menu">{user.displayName}</span>
    </Typography.Title>
  );
}

export function App() {
  return (
    <SessionProvider signedOut={(onSignedIn) => <LoginPage title={TITLE} onSignedIn={onSignedIn} />}>
      <Dashboard />
    </SessionProvider>
  );
}
