import { useState } from "react";
import { Tabs } from "antd";
import dayjs from "dayjs";
import { PageFrame } from "../../page-frame";
import { YearSelect } from "../../components/record-actions";
import { useScopeUnit } from "../../components/scope-unit";
import { AllowancesTab } from "./allowances";
import { DuesSummaryTab, DuesTab } from "./dues";
import { AllocationsTab, FundSummaryTab, SpendingsTab } from "./funds";

/** 经费与党费: the funding floor per branch, allocations, spending, dues (bulk per branch per month), rebates, allowances. */
export default function FundingPage() {
  const { unitId, picker } = useScopeUnit();
  const [year, setYear] = useState(dayjs().year());
  const [tab, setTab] = useState("summary");
  return (
    <PageFrame
      title="经费与党费"
      subtitle="活动经费下拨与支出、党费收缴与返还、党务工作补贴"
      actions={
        <>
          {picker}
          <YearSelect value={year} onChange={setYear} />
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: "summary", label: "经费汇总", children: <FundSummaryTab unitId={unitId} year={year} /> },
          { key: "allocations", label: "经费下拨", children: <AllocationsTab unitId={unitId} year={year} /> },
          { key: "spendings", label: "经费支出", children: <SpendingsTab unitId={unitId} year={year} /> },
          { key: "dues", label: "党费收缴", children: <DuesTab unitId={unitId} /> },
          { key: "dues-summary", label: "党费汇总与返还", children: <DuesSummaryTab unitId={unitId} year={year} /> },
          { key: "allowances", label: "党务工作补贴", children: <AllowancesTab unitId={unitId} year={year} /> },
        ]}
      />
    </PageFrame>
  );
}
