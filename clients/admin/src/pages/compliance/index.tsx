import { Tabs } from "antd";
import { Route, Routes, useNavigate } from "react-router";
import { PageFrame } from "../../page-frame";
import { DueSoonView } from "./due-soon";
import { FindingsView } from "./findings";
import { RulesView } from "./rules";

const TABS = [
  { key: "", label: "检查结果", element: <FindingsView /> },
  { key: "due", label: "即将到期", element: <DueSoonView /> },
  { key: "rules", label: "规则与参数", element: <RulesView /> },
];

/** 制度检查: the rulebook applied to the user's scope — findings per period, what is due soon, the rules and their numbers. */
function CompliancePage({ tab }: { tab: string }) {
  const navigate = useNavigate();
  return (
    <PageFrame title="制度检查" subtitle="按《实施意见》逐条检查组织生活、学时、党费、记录等要求">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => navigate(`/compliance${key ? `/${key}` : ""}`)}
        items={TABS.map((t) => ({ key: t.key, label: t.label, children: t.key === tab ? t.element : null }))}
      />
    </PageFrame>
  );
}

export default function ComplianceRoutes() {
  return (
    <Routes>
      <Route index element={<CompliancePage tab="" />} />
      <Route path="due" element={<CompliancePage tab="due" />} />
      <Route path="rules" element={<CompliancePage tab="rules" />} />
    </Routes>
  );
}
