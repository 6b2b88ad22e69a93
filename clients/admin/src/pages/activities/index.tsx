import { Tabs } from "antd";
import { Route, Routes, useLocation, useNavigate } from "react-router";
import { PageFrame } from "../../page-frame";
import { ActivityCalendarView } from "./activity-calendar";
import { ActivityDetailView } from "./activity-detail";
import { ActivityForm } from "./activity-form";
import { ActivityListView } from "./activity-list";
import { StudyRecordsView } from "./study-records";

const TABS = [
  { key: "", label: "活动列表", element: <ActivityListView /> },
  { key: "calendar", label: "活动日历", element: <ActivityCalendarView /> },
  { key: "study", label: "学习记录", element: <StudyRecordsView /> },
];

/** 组织生活: the unit's activities as a list and a calendar, study records, and one activity's record and form. */
function Overview({ tab }: { tab: string }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  // The unit chosen travels between the tabs; the other filters belong to their tab.
  const unitId = new URLSearchParams(search).get("unitId");
  return (
    <PageFrame title="组织生活" subtitle="三会一课、党日活动及出勤；个人学习记录">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => navigate(`/activities${key ? `/${key}` : ""}${unitId ? `?unitId=${unitId}` : ""}`)}
        items={TABS.map((t) => ({ key: t.key, label: t.label, children: t.key === tab ? t.element : null }))}
      />
    </PageFrame>
  );
}

export default function ActivitiesPage() {
  return (
    <Routes>
      <Route index element={<Overview tab="" />} />
      <Route path="calendar" element={<Overview tab="calendar" />} />
      <Route path="study" element={<Overview tab="study" />} />
      <Route path="new" element={<ActivityForm />} />
      <Route path=":id/edit" element={<ActivityForm />} />
      <Route path=":id" element={<ActivityDetailView />} />
    </Routes>
  );
}
