import { useState } from "react";
import { Tabs } from "antd";
import dayjs from "dayjs";
import { PageFrame } from "../../page-frame";
import { YearSelect } from "../../components/record-actions";
import { useScopeUnit } from "../../components/scope-unit";
import { AwardsTab } from "./awards";
import { DecisionsTab, NoticesTab, RecognitionsTab, RisksTab } from "./records";

/** 党务公开与表彰: awards through their workflow, honours and media reports, 党务公开, 三重一大, the integrity-risk register. */
export default function GovernancePage() {
  const { unitId, picker } = useScopeUnit();
  const [year, setYear] = useState(dayjs().year());
  const [tab, setTab] = useState("notices");
  return (
    <PageFrame
      title="党务公开与表彰"
      subtitle="党务公开、评选表彰、荣誉与媒体报道、“三重一大”、廉政风险防控"
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
          { key: "notices", label: "党务公开", children: <NoticesTab unitId={unitId} year={year} /> },
          { key: "awards", label: "评选表彰", children: <AwardsTab unitId={unitId} year={year} /> },
          { key: "recognitions", label: "荣誉与媒体报道", children: <RecognitionsTab unitId={unitId} year={year} /> },
          { key: "decisions", label: "三重一大", children: <DecisionsTab unitId={unitId} year={year} /> },
          { key: "risks", label: "廉政风险防控", children: <RisksTab unitId={unitId} year={year} /> },
        ]}
      />
    </PageFrame>
  );
}
