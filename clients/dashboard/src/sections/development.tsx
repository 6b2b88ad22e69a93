import { useMemo } from "react";
import { Card, Typography } from "antd";
import { ErrorAlert, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashFunnelQuery } from "../gql/graphql";
import { codesOf, useDashboard } from "../context";
import { FindingsTable } from "../findings";
import { ChartCard } from "../components/chart-card";
import { SERIES_COLOURS } from "../components/palette";

const DashFunnel = graphql(`
  query DashFunnel($unitId: ID!, $year: Int!) {
    developmentFunnel(unitId: $unitId, year: $year) {
      stage
      entered
      left
      current
    }
  }
`);

type FunnelRow = DashFunnelQuery["developmentFunnel"][number];

/** The procedure's stages in their order (the schema's DevelopmentStage, zh-CN as it describes them), then the ways out. */
const STAGES: Array<[string, string]> = [
  ["APPLICANT", "入党申请人"],
  ["ACTIVIST", "入党积极分子"],
  ["CANDIDATE", "培养考察对象"],
  ["UNDER_INSPECTION", "培养考察中"],
  ["DEVELOPMENT_TARGET", "发展对象"],
  ["PROBATIONARY", "预备党员"],
  ["PROBATION_EXTENDED", "延长预备期"],
  ["FULL", "正式党员"],
  ["WITHDRAWN", "已撤回申请"],
  ["NOT_ADMITTED", "未被接收"],
  ["PROBATION_CANCELLED", "取消预备党员资格"],
];
const stageLabel = (stage: string) => STAGES.find(([key]) => key === stage)?.[1] ?? stage;
const stageRank = (stage: string) => {
  const i = STAGES.findIndex(([key]) => key === stage);
  return i < 0 ? STAGES.length : i;
};

/**
 * Member development: the year's funnel by stage (entered, left, at year end) and the
 * probationers whose conversion is due — the rule engine's findings of the development family's
 * conversion rules (decision due at the end of probation, the written application before it).
 */
export function DevelopmentSection() {
  const { unitId, period, rules, refetchInterval } = useDashboard();
  const { data, error, refetch, isLoading } = useGql(DashFunnel, { unitId, year: period.year }, { refetchInterval });
  const rows = useMemo(() => [...(data?.developmentFunnel ?? [])].sort((a, b) => stageRank(a.stage) - stageRank(b.stage)), [data]);
  const conversionCodes = codesOf(rules, "DEVELOPMENT_CASES").filter((code) =>
    ["PROBATION_DECISION_DUE", "CONVERSION_APPLY_EARLY"].includes(code),
  );
  return (
    <section className="dash-section">
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<FunnelRow>
        title={
          <span>
            {period.year}年发展党员 <Typography.Text type="secondary">（各阶段当年进入、离开与年末人数）</Typography.Text>
          </span>
        }
        testId="development-funnel"
        loading={isLoading}
        height={Math.max(260, rows.length * 28 + 60)}
        rows={rows}
        rowKey={(r) => r.stage}
        fileName={`发展党员-${period.year}`}
        heading={[`${period.year}年发展党员各阶段人数`]}
        columns={[
          { header: "阶段", value: (r) => stageLabel(r.stage), width: 16 },
          { header: "当年进入", value: (r) => r.entered },
          { header: "当年离开", value: (r) => r.left },
          { header: "年末（或今天）在该阶段", value: (r) => r.current, width: 22 },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 130, right: 40, top: 30, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", inverse: true, data: rows.map((r) => stageLabel(r.stage)) },
          series: [
            {
              type: "bar",
              name: "当年进入",
              data: rows.map((r) => r.entered),
              itemStyle: { color: SERIES_COLOURS[2] },
              label: { show: true, position: "right", fontSize: 10 },
            },
            {
              type: "bar",
              name: "年末在该阶段",
              data: rows.map((r) => r.current),
              itemStyle: { color: SERIES_COLOURS[0] },
              label: { show: true, position: "right", fontSize: 10 },
            },
          ],
        }}
      />
      <Card
        className="dash-card"
        size="small"
        title="转正到期的预备党员（来自制度检查：预备期满待决定、转正申请待提出）"
        data-testid="conversion-due"
      >
        {conversionCodes.length ? (
          <FindingsTable
            query={{ unitId, from: period.from, to: period.to, ruleCodes: conversionCodes, status: ["UNMET", "PENDING"] }}
            pageSize={8}
          />
        ) : (
          <Typography.Text type="secondary">规则库中没有转正期限的规定</Typography.Text>
        )}
      </Card>
    </section>
  );
}
