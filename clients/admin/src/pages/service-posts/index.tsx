import { useState } from "react";
import { Tabs } from "antd";
import { PageFrame } from "../../page-frame";
import { useScopeUnit } from "../../components/scope-unit";
import type { PledgeFieldsFragment } from "../../gql/graphql";
import { CoverageTab, PostsTab } from "./posts";
import { EvaluationForm, EvaluationsTab, PledgesTab } from "./pledges";

/** 服务岗: posts and their holders, members' pledges and their evaluations, and how many student members hold a post. */
export default function ServicePostsPage() {
  const { unitId, picker } = useScopeUnit();
  const [tab, setTab] = useState("posts");
  const [evaluating, setEvaluating] = useState<{ open: boolean; pledge: PledgeFieldsFragment | null }>({ open: false, pledge: null });
  return (
    <PageFrame title="服务岗" subtitle="党员服务岗、承诺（亮身份、亮承诺、亮标准）与评议、学生党员在岗覆盖" actions={picker}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: "posts", label: "服务岗与在岗人员", children: <PostsTab unitId={unitId} /> },
          {
            key: "pledges",
            label: "承诺",
            children: <PledgesTab unitId={unitId} onEvaluate={(pledge) => setEvaluating({ open: true, pledge })} />,
          },
          {
            key: "evaluations",
            label: "评议",
            children: <EvaluationsTab unitId={unitId} onEvaluate={() => setEvaluating({ open: true, pledge: null })} />,
          },
          { key: "coverage", label: "在岗覆盖", children: <CoverageTab unitId={unitId} /> },
        ]}
      />
      <EvaluationForm
        open={evaluating.open}
        pledge={evaluating.pledge}
        unitId={unitId}
        onClose={() => setEvaluating((e) => ({ ...e, open: false }))}
      />
    </PageFrame>
  );
}
