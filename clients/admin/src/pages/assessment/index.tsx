import { Route, Routes } from "react-router";
import { RoundDetailView } from "./round-detail";
import { RoundListView } from "./round-list";
import { SheetDetailView } from "./sheet-detail";

/** 支部考核: rounds, a round's ranking and grade distribution, one branch's score sheet. */
export default function AssessmentPage() {
  return (
    <Routes>
      <Route index element={<RoundListView />} />
      <Route path="rounds/:id" element={<RoundDetailView />} />
      <Route path="sheets/:id" element={<SheetDetailView />} />
    </Routes>
  );
}
