import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="制度检查">
      <Empty description="建设中" />
    </PageFrame>
  );
}
