import { ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiError } from "./graphql-client";
import "./format";

/**
 * Server state through TanStack Query: every page asks for typed documents with a query key, and
 * a mutation invalidates the keys it changed. Failed reads retry only when the API says trying
 * again may help (overload, network), never on a refusal or a permission error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 2 && error instanceof ApiError && error.retryable,
      },
    },
    mutationCache: new MutationCache(),
  });
}

/**
 * Mounts a client: zh-CN antd, the query client, strict mode. A user who asked the system for less
 * motion (prefers-reduced-motion) gets antd without animations: dialogs and drawers open and close
 * at once (the browser tests ask for it too, so a click never lands on a dialog still moving).
 */
export function mountApp(children: ReactNode, theme: Parameters<typeof ConfigProvider>[0]["theme"] = {}): void {
  const queryClient = createQueryClient();
  const reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  const themed = reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <ConfigProvider locale={zhCN} theme={themed}>
        <AntApp>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
