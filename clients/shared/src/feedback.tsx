import { Alert, App, Button, Typography } from "antd";
import { ApiError } from "./graphql-client";
import { describeError, isConflict } from "./errors";
import { RefusalError } from "./queries";

/** How a refusal reads: the API's sentence, then the rule and where it is written. */
export function RefusalText({ error }: { error: RefusalError }) {
  const { message, ruleCode, citation } = error.refusal;
  return (
    <div data-testid="refusal">
      <div>{message}</div>
      {ruleCode && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          规则 {ruleCode}
          {citation ? ` · 依据：${citation}` : ""}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * An error above a form or list: a refusal with its rule and citation, "someone else changed this"
 * with a reload for a stale version, a retry for network trouble, else the API's message.
 */
export function ErrorAlert({ error, onReload, onRetry }: { error: unknown; onReload?: () => void; onRetry?: () => void }) {
  if (!error) return null;
  if (error instanceof RefusalError)
    return <Alert type="warning" showIcon title={<RefusalText error={error} />} style={{ marginBottom: 16 }} />;
  if (isConflict(error))
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="conflict"
        title="该记录已被他人修改：您看到的是旧版本。请重新加载后再修改。"
        action={onReload && <Button onClick={onReload}>重新加载</Button>}
        style={{ marginBottom: 16 }}
      />
    );
  const retry = error instanceof ApiError && error.retryable && onRetry;
  return (
    <Alert
      type="error"
      showIcon
      title={describeError(error)}
      action={retry ? <Button onClick={onRetry}>重试</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

/** A toast for the outcome of a quick action (no form to show the error on). */
export function useFeedback() {
  const { message, notification } = App.useApp();
  return {
    saved: (text = "已保存") => message.success(text),
    failed: (error: unknown) =>
      error instanceof RefusalError
        ? notification.warning({ title: "未能执行", description: <RefusalText error={error} /> })
        : notification.error({ title: isConflict(error) ? "记录已被他人修改" : "操作失败", description: describeError(error) }),
  };
}
