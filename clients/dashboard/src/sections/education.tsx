import { useMemo } from "react";
import { Card, Typography } from "antd";
import { ErrorAlert, formatPercent, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import { useDashboard } from "../context";
import { EDUCATION_CODES } from "../rule-families";
import { FindingsTable } from "../findings";
import { ChartCard } from "../components/chart-card";
import { SERIES_COLOURS } from "../components/palette";
import { Counts, shareShort, sumByGroup } from "./summaries";

graphql(`
  fragment DashRuleUnits on ComplianceReport {
    byRule {
      ruleCode
      title
      citation
      met
      unmet
      pending
      total
    }
    byUnit {
      unitId
      met
      unmet
      pending
      total
    }
  }
`);

const DashEducation = graphql(`
  query DashEducation(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $faculty: [String!]!
    $integrity: [String!]!
    $student: [String!]!
  ) {
    faculty: compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $faculty) {
      ...DashRuleUnits
    }
    integrity: compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $integrity) {
      ...DashRuleUnits
    }
    student: compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $student) {
      ...DashRuleUnits
    }
  }
`);

interface GroupRow {
  groupId: string;
  name: string;
  byRule: Array<Counts & { share: number | null }>;
}

/**
 * Education hours against the yearly floors (the rule engine judges each member): per general
 * branch the share of members below each floor, and who is short (the engine's findings, paged).
 */
export function EducationSection() {
  const state = useDashboard();
  const { unitId, period, rules, units, refetchInterval } = state;
  const codes = [EDUCATION_CODES.faculty, EDUCATION_CODES.integrity, EDUCATION_CODES.student];
  const { data, error, refetch, isLoading } = useGql(
    DashEducation,
    { unitId, from: period.from, to: period.to, faculty: [codes[0]], integrity: [codes[1]], student: [codes[2]] },
    { refetchInterval },
  );
  const series = codes.map((code) => {
    const rule = rules.get(code);
    const floor = rule?.params.minHours;
    return { code, name: `${rule?.title.replace(/党员年度/, "").replace(/学时$/, "") ?? code}${floor != null ? `（${floor} 学时）` : ""}` };
  });
  const rows = useMemo<GroupRow[]>(() => {
    if (!data) return [];
    const reports = [data.faculty, data.integrity, data.student];
    const sums = reports.map((r) => sumByGroup(state, r.byUnit));
    const groupIds = [...new Set(sums.flatMap((s) => [...s.keys()]))];
    return groupIds
      .map((groupId) => ({
        groupId,
        name: units.get(groupId)?.name ?? "",
        byRule: sums.map((s) => {
          const c = s.get(groupId) ?? { met: 0, unmet: 0, pending: 0, total: 0 };
          return { ...c, share: shareShort(c) };
        }),
      }))
      .filter((g) => g.byRule.some((c) => c.total > 0));
  }, [data, state, units]);

  const floorsText = series.map((s) => s.name).join("、");
  return (
    <section className="dash-section">
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<GroupRow>
        title={
          <span>
            教育学时 <Typography.Text type="secondary">（低于学时下限的党员比例，按年度判断：{floorsText}）</Typography.Text>
          </span>
        }
        testId="education"
        loading={isLoading}
        height={Math.max(260, rows.length * 30 + 80)}
        rows={rows}
        rowKey={(r) => r.groupId}
        fileName={`教育学时-${period.label}`}
        heading={[`教育学时低于下限的党员比例（${period.label}）`, floorsText]}
        columns={[
          { header: "组织", value: (r) => r.name, width: 24 },
          ...series.flatMap((s, i) => [
            { header: `${s.name} 低于下限比例`, value: (r: GroupRow) => formatPercent(r.byRule[i].share), width: 22 },
            {
              header: `${s.name} 达标/未达标/进行中`,
              value: (r: GroupRow) => `${r.byRule[i].met}/${r.byRule[i].unmet}/${r.byRule[i].pending}`,
              width: 22,
            },
          ]),
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 170, right: 50, top: 30, bottom: 20 },
          tooltip: { trigger: "axis", valueFormatter: (v: number) => `${v}%` },
          xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
          yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name) },
          series: series.map((s, i) => ({
            type: "bar",
            name: s.name,
            itemStyle: { color: SERIES_COLOURS[i] },
            label: { show: true, position: "right", formatter: "{c}%", fontSize: 10 },
            data: rows.map((r) => (r.byRule[i].share == null ? null : Math.round(r.byRule[i].share! * 100))),
          })),
        }}
      />
      <Card className="dash-card" title="学时未达标的党员（未达标与尚未达到的，来自制度检查）" size="small" data-testid="education-short">
        <FindingsTable query={{ unitId, from: period.from, to: period.to, ruleCodes: codes, status: ["UNMET", "PENDING"] }} pageSize={8} />
      </Card>
    </section>
  );
}
