import { Empty } from "antd";
import { PageFrame } from "../../page-frame";

export default function Page() {
  return (
    <PageFrame title="班级与党小组">
      <Empty description="建设中" />
    </PageFrame>
  );
}
