import { Typography } from "antd";
import { useSession } from "@party/client-shared";
import { PageFrame } from "../../page-frame";

export default function HomePage() {
  const { user } = useSession();
  return (
    <PageFrame title="工作台">
      <Typography.Paragraph>欢迎，{user.displayName}</Typography.Paragraph>
    </PageFrame>
  );
}
