import { lazy, Suspense } from "react";
import { Spin } from "antd";
import { LoginPage, SessionProvider } from "@party/client-shared";

export const TITLE = "党建工作领导驾驶舱";

// The dashboard (ECharts and its sections) is its own chunk, so the sign-in page draws without it;
// it starts loading at once, beside the session's renewal, since the screen needs it next.
const dashboardChunk = import("./dashboard");
const Dashboard = lazy(() => dashboardChunk.then((m) => ({ default: m.Dashboard })));

export function App() {
  return (
    <SessionProvider signedOut={(onSignedIn) => <LoginPage title={TITLE} onSignedIn={onSignedIn} />}>
      <Suspense fallback={<Spin fullscreen description="正在加载驾驶舱…" />}>
        <Dashboard title={TITLE} />
      </Suspense>
    </SessionProvider>
  );
}
