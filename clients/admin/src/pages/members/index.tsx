import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="党员管理">
      <Empty description="建设中" />
    </PageFrame>
  );
}
