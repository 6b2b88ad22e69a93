import { useMemo } from "react";
import { Card, Col, Row, Table, Typography } from "antd";
import { ErrorAlert, formatDate, formatPercent, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashHeadlineNowQuery, DashHeadlinePeriodQuery } from "../gql/graphql";
import { groupUnder, unitLabel, useDashboard } from "../context";
import { headlinePeriods } from "../period";
import { familyLabel, familyRank } from "../rule-families";
import { useDrill } from "../findings";
import { ChartCard } from "../components/chart-card";
import { STATUS_COLOURS } from "../components/palette";

/** The chosen period: its rate, per family and per unit (refetched when the period changes). */
const DashHeadlinePeriod = graphql(`
  query DashHeadlinePeriod($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    period: compliance(unitId: $unitId, from: $from, to: $to) {
      totals {
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      byRule {
        ruleCode
        family
        title
        citation
        met
        unmet
        pending
        total
        complianceRate
      }
      byUnit {
        unitId
        unitName
        unitKind
        met
        unmet
        pending
        total
        complianceRate
      }
    }
  }
`);

/** Today's view, whatever period is chosen: this month, semester and year, silent units, what is due soon. */
const DashHeadlineNow = graphql(`
  query DashHeadlineNow(
    $unitId: ID!
    $monthFrom: LocalDate!
    $monthTo: LocalDate!
    $semesterFrom: LocalDate!
    $semesterTo: LocalDate!
    $hasSemester: Boolean!
    $yearFrom: LocalDate!
    $yearTo: LocalDate!
  ) {
    month: compliance(unitId: $unitId, from: $monthFrom, to: $monthTo) {
      totals {
        unmet
        total
        complianceRate
      }
    }
    semester: compliance(unitId: $unitId, from: $semesterFrom, to: $semesterTo) @include(if: $hasSemester) {
      totals {
        unmet
        total
        complianceRate
      }
    }
    year: compliance(unitId: $unitId, from: $yearFrom, to: $yearTo) {
      totals {
        unmet
        total
        complianceRate
      }
    }
    silentUnits(unitId: $unitId) {
      unitId
      unitName
      unitKind
      daysSilent
      lastActivityOn
      message
    }
    dueSoon(unitId: $unitId, withinDays: 14, first: 1) {
      totalCount
    }
  }
`);

type UnitRow = DashHeadlinePeriodQuery["period"]["byUnit"][number];
type SilentRow = DashHeadlineNowQuery["silentUnits"][number];

/** A figure that opens the list behind it. */
function Figure({
  title,
  value,
  suffix,
  note,
  testId,
  onOpen,
}: {
  title: string;
  value: string | number;
  suffix?: string;
  note?: string;
  testId: string;
  onOpen: () => void;
}) {
  return (
    <Card
      size="small"
      hoverable
      className="dash-figure"
      data-testid={testId}
      onClick={onOpen}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => e.key === "Enter" && onOpen()}
    >
      <div className="dash-figure-title">{title}</div>
      <div className="dash-figure-value" data-testid={`${testId}-value`}>
        {value}
        {suffix && <span className="dash-figure-suffix">{suffix}</span>}
      </div>
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * The headline: the college's (or chosen unit's) compliance rate this month, semester and year,
 * UNMET findings by family, silent units and what falls due within 14 days — each figure opens
 * the list behind it. One request.
 */
export function Headline() {
  const state = useDashboard();
  const { unitId, period, semesters, refetchInterval } = state;
  const drill = useDrill();
  const hp = headlinePeriods(semesters);
  const chosen = useGql(DashHeadlinePeriod, { unitId, from: period.from, to: period.to }, { refetchInterval });
  const now = useGql(
    DashHeadlineNow,
    {
      unitId,
      monthFrom: hp.month.from,
      monthTo: hp.month.to,
      semesterFrom: hp.semester?.from ?? hp.month.from,
      semesterTo: hp.semester?.to ?? hp.month.to,
      hasSemester: !!hp.semester,
      yearFrom: hp.year.from,
      yearTo: hp.year.to,
    },
    { refetchInterval },
  );
  const data = chosen.data;
  const isLoading = chosen.isLoading;
  const nowLoading = now.isLoading;

  // UNMET per family of the rule engine (each rule's family comes with its summary).
  const families = useMemo(() => {
    const counts = new Map<string, { key: string; label: string; unmet: number; total: number; codes: string[] }>();
    for (const rule of data?.period.byRule ?? []) {
      const family = counts.get(rule.family) ?? { key: rule.family, label: familyLabel(rule.family), unmet: 0, total: 0, codes: [] };
      family.unmet += rule.unmet;
      family.total += rule.total;
      family.codes.push(rule.ruleCode);
      counts.set(rule.family, family);
    }
    return [...counts.values()].sort((a, b) => familyRank(a.key) - familyRank(b.key));
  }, [data]);

  // The month's, semester's or year's unmet findings (the chosen period's rate opens its units' ranking).
  const openUnmet = (range: { from: string; to: string; label: string }) =>
    drill({
      kind: "findings",
      title: `${range.label}未达标的检查结果`,
      query: { unitId, from: range.from, to: range.to, status: ["UNMET"] },
    });
  const openUnits = (label: string) =>
    drill({
      kind: "content",
      title: `${label}各组织达标情况（${period.label}，达标率低的在前）`,
      content: <UnitRanking rows={data?.period.byUnit ?? []} />,
    });

  const rate = (totals: { complianceRate?: number | null } | null | undefined) => formatPercent(totals?.complianceRate ?? null);
  const periodTotals = data?.period.totals;
  return (
    <section data-testid="headline" className="dash-section">
      <ErrorAlert error={chosen.error ?? now.error} onRetry={() => (chosen.refetch(), now.refetch())} />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="rate-period"
            title={`${period.label}达标率`}
            value={isLoading ? "…" : rate(periodTotals)}
            note={periodTotals ? `达标 ${periodTotals.met} / 已判定 ${periodTotals.met + periodTotals.unmet}` : undefined}
            onOpen={() => openUnits(period.label)}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="rate-month"
            title={`本月达标率（${hp.month.label}）`}
            value={nowLoading ? "…" : rate(now.data?.month.totals)}
            onOpen={() => openUnmet(hp.month)}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="rate-semester"
            title={`本学期达标率${hp.semester ? `（${hp.semester.label.replace(/学年/, "学年 ")}）` : ""}`}
            value={nowLoading ? "…" : hp.semester ? rate(now.data?.semester?.totals) : "—"}
            onOpen={() => hp.semester && openUnmet(hp.semester)}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="rate-year"
            title={`本年度达标率（${hp.year.label}）`}
            value={nowLoading ? "…" : rate(now.data?.year.totals)}
            onOpen={() => openUnmet(hp.year)}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="silent-units"
            title="长期无活动的组织"
            value={nowLoading ? "…" : (now.data?.silentUnits.length ?? 0)}
            suffix="个"
            note="连续 30 天以上没有活动记录"
            onOpen={() => drill({ kind: "content", title: "长期无活动的组织", content: <SilentList rows={now.data?.silentUnits ?? []} /> })}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Figure
            testId="due-soon"
            title="14 天内到期的要求"
            value={nowLoading ? "…" : (now.data?.dueSoon.totalCount ?? 0)}
            suffix="项"
            note="尚未完成、即将到期"
            onOpen={() => drill({ kind: "dueSoon", title: "14 天内到期、尚未完成的要求", unitId })}
          />
        </Col>
      </Row>
      <ChartCard
        title={`${period.label}各类制度未达标数`}
        testId="unmet-by-family"
        loading={isLoading}
        height={Math.max(220, families.length * 26 + 40)}
        rows={families}
        rowKey={(f) => f.key}
        fileName={`未达标数-${period.label}`}
        heading={[`${period.label}各类制度未达标数`]}
        columns={[
          { header: "制度类别", value: (f) => f.label, width: 18 },
          { header: "未达标", value: (f) => f.unmet },
          { header: "检查项数", value: (f) => f.total },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          grid: { left: 150, right: 40, top: 10, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", inverse: true, data: families.map((f) => f.label) },
          series: [
            {
              type: "bar",
              name: "未达标",
              data: families.map((f) => f.unmet),
              itemStyle: { color: STATUS_COLOURS.UNMET },
              label: { show: true, position: "right" },
              barMaxWidth: 22,
            },
          ],
        }}
        onChartClick={({ dataIndex }) => {
          const family = families[dataIndex];
          drill({
            kind: "findings",
            title: `${family.label}：未达标（${period.label}）`,
            query: { unitId, from: period.from, to: period.to, ruleCodes: family.codes, status: ["UNMET"] },
          });
        }}
      >
        <div className="family-links no-print">
          {families.map((f) => (
            <Typography.Link
              key={f.key}
              data-testid={`family-${f.key}`}
              onClick={() =>
                drill({
                  kind: "findings",
                  title: `${f.label}：未达标（${period.label}）`,
                  query: { unitId, from: period.from, to: period.to, ruleCodes: f.codes, status: ["UNMET"] },
                })
              }
            >
              {f.label} {f.unmet}
            </Typography.Link>
          ))}
        </div>
      </ChartCard>
    </section>
  );

  function UnitRanking({ rows }: { rows: UnitRow[] }) {
    const sorted = [...rows].sort((a, b) => (a.complianceRate ?? 2) - (b.complianceRate ?? 2));
    return (
      <Table<UnitRow>
        size="small"
        rowKey="unitId"
        dataSource={sorted}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        onRow={(u) => ({
          onClick: () =>
            drill({
              kind: "findings",
              title: `${u.unitName}：未达标（${period.label}）`,
              query: { unitId: u.unitId, from: period.from, to: period.to, status: ["UNMET"] },
            }),
          style: { cursor: "pointer" },
        })}
        columns={[
          { title: "组织", render: (_, u) => u.unitName },
          { title: "所属", render: (_, u) => state.units.get(groupUnder(state, u.unitId))?.name ?? "" },
          { title: "达标率", render: (_, u) => formatPercent(u.complianceRate) },
          { title: "达标", dataIndex: "met" },
          { title: "未达标", dataIndex: "unmet" },
          { title: "进行中", dataIndex: "pending" },
        ]}
      />
    );
  }

  function SilentList({ rows }: { rows: SilentRow[] }) {
    return (
      <Table<SilentRow>
        size="small"
        rowKey="unitId"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: "组织", render: (_, u) => unitLabel(state, u.unitId, u.unitName) },
          { title: "最近一次活动", render: (_, u) => formatDate(u.lastActivityOn) },
          { title: "无活动天数", render: (_, u) => u.daysSilent ?? "从未有活动" },
          { title: "说明", dataIndex: "message" },
        ]}
      />
    );
  }
}
