import { Route, Routes } from "react-router";
import { MemberListPage } from "./member-list";
import { MemberDetailPage } from "./member-detail";
import { MemberFormPage } from "./member-form";
import { MemberImportPage } from "./member-import";
import { MassContactsPage } from "./mass-contacts";

/** 党员管理: the register (list, search, export), a member's record, create/edit, transfers, removals, contacts, import. */
export default function MembersArea() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route path="new" element={<MemberFormPage />} />
      <Route path="import" element={<MemberImportPage />} />
      <Route path="contacts" element={<MassContactsPage />} />
      <Route path=":id" element={<MemberDetailPage />} />
      <Route path=":id/edit" element={<MemberFormPage />} />
    </Routes>
  );
}
