import { Card, Typography } from "antd";
import { ErrorAlert, formatPercent, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashLiaisonQuery } from "../gql/graphql";
import { codesOf, useDashboard } from "../context";
import { FindingsTable, useDrill } from "../findings";
import { ChartCard } from "../components/chart-card";
import { STATUS_COLOURS, STATUS_LABELS } from "../components/palette";

const DashLiaison = graphql(`
  query DashLiaison($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!]!) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes) {
      byRule {
        ruleCode
        title
        citation
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
    }
  }
`);

type LinkRow = DashLiaisonQuery["compliance"]["byRule"][number];

/**
 * 三联二访: per link (school leader → college, college leader → class, teacher → students) the
 * assignment-periods whose visits were done against those due, and the overdue ones.
 */
export function LiaisonSection() {
  const { unitId, period, rules, refetchInterval } = useDashboard();
  const drill = useDrill();
  const liaisonCodes = codesOf(rules, "LIAISON_VISITS");
  const { data, error, refetch, isLoading } = useGql(
    DashLiaison,
    { unitId, from: period.from, to: period.to, ruleCodes: liaisonCodes },
    { refetchInterval },
  );
  const rows = data?.compliance.byRule ?? [];
  const statuses = ["MET", "UNMET", "PENDING"] as const;
  const requirement = (code: string) => {
    const rule = rules.get(code);
    return rule ? `${rule.title}（${rule.citation}）` : code;
  };
  return (
    <section className="dash-section">
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<LinkRow>
        title={
          <span>
            三联二访 <Typography.Text type="secondary">（每条联系在每个检查期间应走访的次数：已完成 / 未完成 / 进行中）</Typography.Text>
          </span>
        }
        testId="liaison"
        loading={isLoading}
        height={220}
        rows={rows}
        rowKey={(r) => r.ruleCode}
        fileName={`三联二访-${period.label}`}
        heading={[`三联二访走访完成情况（${period.label}）`]}
        columns={[
          { header: "联系类型", value: (r) => r.title, width: 24 },
          { header: "依据", value: (r) => r.citation },
          { header: "应走访（联系×期间）", value: (r) => r.met + r.unmet + r.pending, width: 18 },
          { header: "已完成", value: (r) => r.met },
          { header: "逾期未完成", value: (r) => r.unmet },
          { header: "进行中", value: (r) => r.pending },
          { header: "完成率", value: (r) => formatPercent(r.complianceRate) },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 200, right: 40, top: 30, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", inverse: true, data: rows.map((r) => r.title) },
          series: statuses.map((s) => ({
            type: "bar",
            stack: "all",
            name: STATUS_LABELS[s],
            itemStyle: { color: STATUS_COLOURS[s] },
            label: {
              show: true,
              fontSize: 10,
              color: s === "MET" ? "#fff" : "#1f1f1f",
              formatter: (p: { value: number }) => (p.value ? String(p.value) : ""),
            },
            data: rows.map((r) => (s === "MET" ? r.met : s === "UNMET" ? r.unmet : r.pending)),
            barMaxWidth: 28,
          })),
        }}
        onChartClick={({ dataIndex }) => {
          const row = rows[dataIndex];
          if (row)
            drill({
              kind: "findings",
              title: `${requirement(row.ruleCode)}：${period.label}`,
              query: { unitId, from: period.from, to: period.to, ruleCodes: [row.ruleCode] },
            });
        }}
      />
      <Card className="dash-card" size="small" title="逾期未完成的走访" data-testid="liaison-overdue">
        <FindingsTable query={{ unitId, from: period.from, to: period.to, ruleCodes: liaisonCodes, status: ["UNMET"] }} pageSize={8} />
      </Card>
    </section>
  );
}
