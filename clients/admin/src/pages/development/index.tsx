import { Route, Routes } from "react-router";
import { CaseDetailView } from "./case-detail";
import { CaseListView } from "./case-list";

/** 发展党员: the list of development cases with the year's funnel, and one case with its history and next steps. */
export default function DevelopmentPage() {
  return (
    <Routes>
      <Route index element={<CaseListView />} />
      <Route path=":id" element={<CaseDetailView />} />
    </Routes>
  );
}
