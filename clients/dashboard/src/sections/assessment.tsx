import { useEffect, useMemo, useState } from "react";
import { Card, Select, Table, Typography } from "antd";
import { ErrorAlert, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashAssessmentQuery } from "../gql/graphql";
import { useDashboard } from "../context";
import { ChartCard } from "../components/chart-card";

const DashAssessmentRounds = graphql(`
  query DashAssessmentRounds {
    assessmentRounds {
      id
      name
      year
      kind
    }
  }
`);

const DashAssessment = graphql(`
  query DashAssessment($roundId: ID!, $unitId: ID) {
    assessmentGradeDistribution(roundId: $roundId) {
      generalBranchId
      generalBranchName
      excellent
      good
      pass
      fail
      ungraded
      total
    }
    assessmentRanking(roundId: $roundId, underUnitId: $unitId) {
      rank
      unitName
      generalBranchName
      total
      grade
      sheet {
        id
        unitId
        gradeLabel
        vetoed
        vetoNote
      }
    }
  }
`);

type GradeRow = DashAssessmentQuery["assessmentGradeDistribution"][number];
type RankRow = DashAssessmentQuery["assessmentRanking"][number];

/** Grades from best to worst, lightness apart (不合格 also patterned). */
const GRADES: Array<{ key: "excellent" | "good" | "pass" | "fail" | "ungraded"; label: string; colour: string }> = [
  { key: "excellent", label: "优秀", colour: "#14213d" },
  { key: "good", label: "良好", colour: "#5c7fb0" },
  { key: "pass", label: "合格", colour: "#b9cde6" },
  { key: "fail", label: "不合格", colour: "#e4572e" },
  { key: "ungraded", label: "未定级", colour: "#eeeeee" },
];

/**
 * Branch assessment: a round's grade distribution per general branch, the ranking (vetoed branches
 * last, as the API ranks them) and the vetoes with their reasons. The newest round by default.
 */
export function AssessmentSection() {
  const { unitId, units, refetchInterval } = useDashboard();
  const rounds = useGql(DashAssessmentRounds, {}, { staleTime: 5 * 60_000 });
  const sorted = useMemo(() => [...(rounds.data?.assessmentRounds ?? [])].sort((a, b) => b.year - a.year), [rounds.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  // Unless one is chosen: the newest round with a graded sheet (a round still being scored shows nothing yet).
  const [skipped, setSkipped] = useState(0);
  const roundId = chosen ?? sorted[Math.min(skipped, sorted.length - 1)]?.id ?? null;
  const round = sorted.find((r) => r.id === roundId);
  const { data, error, refetch, isLoading } = useGql(
    DashAssessment,
    { roundId: roundId ?? "", unitId },
    { enabled: !!roundId, refetchInterval },
  );
  const distribution = data?.assessmentGradeDistribution;
  const nothingGraded = !!distribution?.length && distribution.every((r) => r.ungraded === r.total);
  useEffect(() => {
    if (!chosen && nothingGraded && skipped + 1 < sorted.length) setSkipped(skipped + 1);
  }, [chosen, nothingGraded, skipped, sorted.length]);
  const newestUngraded = !chosen && skipped > 0 ? sorted[0] : null;
  // The whole round's row (no general branch) is the total; at a general branch only its own row.
  const chosenUnit = units.get(unitId);
  const grades = useMemo(
    () =>
      (data?.assessmentGradeDistribution ?? []).filter((r) =>
        chosenUnit?.kind === "GENERAL_BRANCH" ? r.generalBranchId === unitId : r.generalBranchId != null,
      ),
    [data, chosenUnit, unitId],
  );
  const ranking = data?.assessmentRanking ?? [];
  const vetoes = ranking.filter((r) => r.sheet.vetoed);
  const roundPicker = (
    <Select
      size="small"
      aria-label="考核轮次"
      style={{ width: 260 }}
      value={roundId ?? undefined}
      onChange={setChosen}
      options={sorted.map((r) => ({ value: r.id, label: r.name }))}
    />
  );
  if (!rounds.isLoading && sorted.length === 0)
    return (
      <Card className="dash-card" size="small" title="支部考核" data-testid="assessment">
        <Typography.Text type="secondary">尚无考核轮次</Typography.Text>
      </Card>
    );
  return (
    <section className="dash-section">
      <ErrorAlert error={rounds.error ?? error} onRetry={() => (rounds.refetch(), refetch())} />
      <ChartCard<GradeRow>
        title={
          <span>
            支部考核等级分布{" "}
            <Typography.Text type="secondary">
              （{round?.name ?? ""}
              {newestUngraded ? `；最新一轮“${newestUngraded.name}”尚未定级` : ""}）
            </Typography.Text>
          </span>
        }
        testId="assessment"
        loading={rounds.isLoading || isLoading}
        extra={roundPicker}
        height={Math.max(240, grades.length * 28 + 70)}
        rows={grades}
        rowKey={(r) => r.generalBranchId ?? "all"}
        fileName={`考核等级分布-${round?.name ?? ""}`}
        heading={[`${round?.name ?? ""}：各党总支支部考核等级分布`]}
        columns={[
          { header: "党总支", value: (r) => r.generalBranchName ?? "全校", width: 24 },
          ...GRADES.map((g) => ({ header: g.label, value: (r: GradeRow) => r[g.key] })),
          { header: "合计", value: (r) => r.total },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 170, right: 30, top: 30, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", inverse: true, data: grades.map((r) => r.generalBranchName ?? "全校") },
          series: GRADES.map((g, i) => ({
            type: "bar",
            stack: "grades",
            name: g.label,
            itemStyle: { color: g.colour },
            label: {
              show: true,
              fontSize: 10,
              color: i < 2 ? "#fff" : "#1f1f1f",
              formatter: (p: { value: number }) => (p.value ? String(p.value) : ""),
            },
            data: grades.map((r) => r[g.key]),
          })),
        }}
      />
      <ChartCard<RankRow>
        title="考核排名（一票否决的排在最后）"
        testId="assessment-ranking"
        loading={rounds.isLoading || isLoading}
        height={Math.max(260, ranking.length * 22 + 60)}
        rows={ranking}
        rowKey={(r) => r.sheet.id}
        fileName={`考核排名-${round?.name ?? ""}`}
        heading={[`${round?.name ?? ""}：党支部考核排名`]}
        columns={[
          { header: "名次", value: (r) => r.rank },
          {
            header: "党支部",
            value: (r) => `${r.generalBranchName ? `${r.generalBranchName.replace(/党总支$/, "")} · ` : ""}${r.unitName}`,
            width: 30,
          },
          { header: "总分", value: (r) => r.total },
          { header: "等级", value: (r) => r.sheet.gradeLabel ?? "未定级" },
          { header: "一票否决", value: (r) => (r.sheet.vetoed ? "是" : "") },
        ]}
        option={{
          grid: { left: 230, right: 60, top: 10, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", max: 110 },
          yAxis: {
            type: "category",
            inverse: true,
            data: ranking.map(
              (r) => `${r.rank}. ${r.generalBranchName ? `${r.generalBranchName.replace(/党总支$/, "")} · ` : ""}${r.unitName}`,
            ),
            axisLabel: { width: 220, overflow: "truncate" },
          },
          series: [
            {
              type: "bar",
              name: "总分",
              barMaxWidth: 12,
              data: ranking.map((r) => ({
                value: r.total,
                itemStyle: { color: GRADES.find((g) => g.key === (r.grade ?? "ungraded").toLowerCase())?.colour ?? "#bfbfbf" },
              })),
              label: {
                show: true,
                position: "right",
                fontSize: 10,
                formatter: (p: { dataIndex: number }) =>
                  `${ranking[p.dataIndex]?.total ?? ""} ${ranking[p.dataIndex]?.sheet.gradeLabel ?? ""}${ranking[p.dataIndex]?.sheet.vetoed ? "（否决）" : ""}`,
              },
            },
          ],
        }}
      />
      <Card className="dash-card" size="small" title={`一票否决（${vetoes.length}）`} data-testid="assessment-vetoes">
        <Table<RankRow>
          size="small"
          rowKey={(r) => r.sheet.id}
          dataSource={vetoes}
          pagination={false}
          locale={{ emptyText: "本轮没有一票否决的支部" }}
          columns={[
            { title: "党支部", render: (_, r) => `${r.generalBranchName ?? ""} ${r.unitName}` },
            { title: "理由与依据", render: (_, r) => r.sheet.vetoNote },
          ]}
        />
      </Card>
    </section>
  );
}
