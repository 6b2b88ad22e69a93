import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="经费与党费">
      <Empty description="建设中" />
    </PageFrame>
  );
}
