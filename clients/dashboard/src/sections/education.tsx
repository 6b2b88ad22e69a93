import { useMemo, useState } from "react";
import { Card, Radio, Typography } from "antd";
import { ErrorAlert, formatPercent, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import { treeOrder, useDashboard } from "../context";
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
    $binHours: Int!
    $bins: Int!
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
    distribution: educationHoursDistribution(unitId: $unitId, from: $from, to: $to, binHours: $binHours, bins: $bins) {
      unitId
      unitName
      category
      members
      totalBins
      integrityBins
    }
  }
`);

/** Hours in bands of 4 (the floors 4, 16 and 24 fall on band edges), the last band open: 0–4 … 28 以上. */
const BIN_HOURS = 4;
const BINS = 8;
const BAND_LABELS = Array.from({ length: BINS }, (_, i) =>
  i === BINS - 1 ? `${i * BIN_HOURS} 以上` : `${i * BIN_HOURS}–${(i + 1) * BIN_HOURS}`,
);
/** Few hours dark, many light: readable in grey, and the short end draws the eye. */
const BAND_COLOURS = ["#67000d", "#a50f15", "#d62828", "#ef6548", "#fc9272", "#fcbba1", "#fee0d2", "#f7f7f7"];

type Measure = "FACULTY" | "STUDENT" | "INTEGRITY";
const MEASURES: Array<{ value: Measure; label: string; rule: string }> = [
  { value: "FACULTY", label: "教职工学时", rule: EDUCATION_CODES.faculty },
  { value: "INTEGRITY", label: "教职工廉政学时", rule: EDUCATION_CODES.integrity },
  { value: "STUDENT", label: "学生学时", rule: EDUCATION_CODES.student },
];

interface BandRow {
  unitId: string;
  name: string;
  members: number;
  bins: number[];
}

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
  const order = useMemo(() => new Map(treeOrder(state).map((id, i) => [id, i])), [state]);
  const byTree = (a: { unitId?: string; groupId?: string }, b: { unitId?: string; groupId?: string }) =>
    (order.get(a.unitId ?? a.groupId ?? "") ?? 1e9) - (order.get(b.unitId ?? b.groupId ?? "") ?? 1e9);
  const codes = [EDUCATION_CODES.faculty, EDUCATION_CODES.integrity, EDUCATION_CODES.student];
  const { data, error, refetch, isLoading } = useGql(
    DashEducation,
    {
      unitId,
      from: period.from,
      to: period.to,
      faculty: [codes[0]],
      integrity: [codes[1]],
      student: [codes[2]],
      binHours: BIN_HOURS,
      bins: BINS,
    },
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
      .filter((g) => g.byRule.some((c) => c.total > 0))
      .sort(byTree);
  }, [data, state, units]);

  const floorsText = series.map((s) => s.name).join("、");
  const [picked, setMeasure] = useState<Measure | null>(null);
  // Unless picked: faculty hours, or students' where the unit has no faculty members (a student branch).
  const hasFaculty = (data?.distribution ?? []).some((d) => d.category === "FACULTY" && d.members > 0);
  const measure: Measure = picked ?? (data && !hasFaculty ? "STUDENT" : "FACULTY");
  const chosen = MEASURES.find((m) => m.value === measure)!;
  const floor = rules.get(chosen.rule)?.params.minHours;
  const bands = useMemo<BandRow[]>(
    () =>
      (data?.distribution ?? [])
        .filter((d) => d.category === (measure === "STUDENT" ? "STUDENT" : "FACULTY") && d.members > 0)
        .map((d) => ({
          unitId: d.unitId,
          name: d.unitName,
          members: d.members,
          bins: measure === "INTEGRITY" ? d.integrityBins : d.totalBins,
        }))
        .sort(byTree),
    [data, measure],
  );
  return (
    <section className="dash-section">
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<BandRow>
        title={
          <span>
            学时分布{" "}
            <Typography.Text type="secondary">
              （{chosen.label}，各分段党员占比{floor != null ? `；下限 ${floor} 学时` : ""}）
            </Typography.Text>
          </span>
        }
        testId="education-distribution"
        loading={isLoading}
        height={Math.max(240, bands.length * 30 + 90)}
        extra={
          <Radio.Group
            size="small"
            optionType="button"
            value={measure}
            onChange={(e) => setMeasure(e.target.value)}
            options={MEASURES.map((m) => ({ value: m.value, label: m.label }))}
          />
        }
        rows={bands}
        rowKey={(r) => r.unitId}
        fileName={`学时分布-${chosen.label}-${period.label}`}
        heading={[`${chosen.label}分布（${period.label}，每段 ${BIN_HOURS} 学时）`]}
        columns={[
          { header: "组织", value: (r) => r.name, width: 24 },
          { header: "党员人数", value: (r) => r.members },
          ...BAND_LABELS.map((label, i) => ({ header: `${label} 学时`, value: (r: BandRow) => r.bins[i] ?? 0 })),
        ]}
        option={{
          legend: { top: 0 },
          grid: { left: 170, right: 30, top: 40, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
          yAxis: { type: "category", inverse: true, data: bands.map((r) => r.name) },
          series: BAND_LABELS.map((label, i) => ({
            type: "bar",
            stack: "bands",
            name: `${label} 学时`,
            itemStyle: { color: BAND_COLOURS[i], borderColor: "#fff", borderWidth: 0.5 },
            label: {
              show: true,
              fontSize: 10,
              color: i < 3 ? "#fff" : "#1f1f1f",
              formatter: (p: { data: { count: number } }) => (p.data.count ? String(p.data.count) : ""),
            },
            data: bands.map((r) => ({
              value: r.members ? Math.round(((r.bins[i] ?? 0) / r.members) * 1000) / 10 : 0,
              count: r.bins[i] ?? 0,
            })),
          })),
        }}
      />
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
