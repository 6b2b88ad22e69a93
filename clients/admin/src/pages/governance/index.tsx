import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="党务公开与表彰">
      <Empty description="建设中" />
    </PageFrame>
  );
}
