import { Card, Empty } from "antd";

/**
 * Member development and branch assessment are being built in the API (issues 13 and 14); until
 * their operations are on main these sections say so rather than show made-up figures.
 */
export function PendingModule({ title, testId }: { title: string; testId: string }) {
  return (
    <Card className="dash-card" title={title} data-testid={testId} size="small">
      <Empty description="待发展党员/考核模块上线" />
    </Card>
  );
}
