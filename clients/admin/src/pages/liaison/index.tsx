import { useState } from "react";
import { Tabs, Typography } from "antd";
import dayjs from "dayjs";
import { PageFrame } from "../../page-frame";
import { RuleFindings } from "../../components/rule-findings";
import { useScopeUnit } from "../../components/scope-unit";
import { Assignment, AssignmentsTab } from "./assignments";
import { VisitForm, VisitsTab } from "./visits";

const LIAISON_RULES = ["LIAISON_SCHOOL_LEADER", "LIAISON_COLLEGE_LEADER", "LIAISON_TEACHER"];

/** 三联二访: who keeps in touch with which college, class or students; their visits and follow-ups; what is overdue. */
export default function LiaisonPage() {
  const { unitId, picker } = useScopeUnit();
  const [tab, setTab] = useState("assignments");
  const [visitFor, setVisitFor] = useState<{ open: boolean; assignment: Assignment | null }>({ open: false, assignment: null });
  const recordVisit = (assignment: Assignment | null) => setVisitFor({ open: true, assignment });
  return (
    <PageFrame title="三联二访" subtitle="联系安排、走访记录与后续事项；逾期未走访由系统按规则检查" actions={picker}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: "assignments", label: "联系安排", children: <AssignmentsTab unitId={unitId} onRecordVisit={recordVisit} /> },
          { key: "visits", label: "走访记录", children: <VisitsTab unitId={unitId} onRecordVisit={() => recordVisit(null)} /> },
          {
            key: "overdue",
            label: "逾期未走访",
            children: (
              <>
                <Typography.Paragraph type="secondary">
                  由系统按三联二访规则（LIAISON_*）检查本年度的走访；期间已结束仍未达标的为逾期，进行中的列出截止日期。
                </Typography.Paragraph>
                <RuleFindings
                  unitId={unitId}
                  ruleCodes={LIAISON_RULES}
                  status={["UNMET", "PENDING"]}
                  from={dayjs().startOf("year").format("YYYY-MM-DD")}
                  emptyText="没有逾期或待完成的走访"
                />
              </>
            ),
          },
        ]}
      />
      <VisitForm
        open={visitFor.open}
        assignment={visitFor.assignment}
        unitId={unitId}
        onClose={() => setVisitFor((v) => ({ ...v, open: false }))}
      />
    </PageFrame>
  );
}
