import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="支部考核">
      <Empty description="建设中" />
    </PageFrame>
  );
}
