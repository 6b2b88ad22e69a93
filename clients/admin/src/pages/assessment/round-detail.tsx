import { Button, Card, Result, Skeleton, Space, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert, formatDate, useGql } from "@party/client-shared";
import type { AssessmentRoundDetailQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { GRADE_COLORS, GRADE_LABELS, points, ROUND_KIND_LABELS, SHEET_STATUS_COLORS, SHEET_STATUS_LABELS } from "./assessment-labels";
import { AssessmentRoundDetail } from "./operations";
import { RectificationAction } from "./rectification-action";

type Data = AssessmentRoundDetailQuery;
type RankRow = Data["assessmentRanking"][number];
type DistributionRow = Data["assessmentGradeDistribution"][number];
type FailedRow = Data["failedAssessmentSheets"][number];

/** One round: the ranking of its sheets (the API's order: vetoed last, ties share a rank), the grade distribution, the failed branches' rectifications. */
export function RoundDetailView() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, error, isLoading, refetch } = useGql(AssessmentRoundDetail, { id });
  if (isLoading) return <Skeleton active />;
  const round = data?.assessmentRound;
  if (!round)
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result status="404" title="考核轮次不存在" extra={<Button onClick={() => navigate("/assessment")}>返回</Button>} />
    );
  return (
    <PageFrame
      title={round.name}
      subtitle={`${ROUND_KIND_LABELS[round.kind]} · 考核期间 ${formatDate(round.periodFrom)} 至 ${formatDate(round.periodTo)} · 完成期限 ${formatDate(round.deadline)} · 评分表 ${round.sheetVersion} 版`}
      actions={<Button onClick={() => navigate("/assessment")}>返回考核轮次</Button>}
    >
      <WholeRound row={data.assessmentGradeDistribution.find((r) => !r.generalBranchId)} />
      <Card size="small">
        <Tabs
          items={[
            {
              key: "ranking",
              label: `评分表与排名（${data.assessmentRanking.length}）`,
              children: <Ranking rows={data.assessmentRanking} />,
            },
            {
              key: "distribution",
              label: "各党总支等级分布",
              children: <Distribution rows={data.assessmentGradeDistribution.filter((r) => r.generalBranchId)} />,
            },
            {
              key: "failed",
              label: `不合格与整改（${data.failedAssessmentSheets.length}）`,
              children: <Failed rows={data.failedAssessmentSheets} />,
            },
          ]}
        />
      </Card>
    </PageFrame>
  );
}

/** The whole round's grades in one line (the API's counts). */
function WholeRound({ row }: { row?: DistributionRow }) {
  if (!row) return null;
  const cells: Array<[string, number, string]> = [
    ["优秀", row.excellent, GRADE_COLORS.EXCELLENT],
    ["良好", row.good, GRADE_COLORS.GOOD],
    ["合格", row.pass, GRADE_COLORS.PASS],
    ["不合格", row.fail, GRADE_COLORS.FAIL],
    ["尚未定级", row.ungraded, "processing"],
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="grade-distribution">
      <Space size={24} wrap>
        <Typography.Text strong>全轮 {row.total} 个党支部</Typography.Text>
        {cells.map(([label, n, color]) => (
          <span key={label}>
            <Tag color={color}>{label}</Tag>
            <strong>{n}</strong>
          </span>
        ))}
      </Space>
    </Card>
  );
}

function Distribution({ rows }: { rows: DistributionRow[] }) {
  return (
    <Table<DistributionRow>
      size="small"
      rowKey={(r) => r.generalBranchId ?? "all"}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: "党总支", dataIndex: "generalBranchName" },
        { title: "优秀", dataIndex: "excellent" },
        { title: "良好", dataIndex: "good" },
        { title: "合格", dataIndex: "pass" },
        { title: "不合格", dataIndex: "fail" },
        { title: "尚未定级", dataIndex: "ungraded" },
        { title: "合计", dataIndex: "total" },
      ]}
    />
  );
}

function Ranking({ rows }: { rows: RankRow[] }) {
  return (
    <Table<RankRow>
      size="small"
      rowKey={(r) => r.sheet.id}
      data-testid="assessment-ranking"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: "max-content" }}
      columns={[
        { title: "名次", dataIndex: "rank", width: 64 },
        { title: "党支部", key: "unit", render: (_, r) => <Link to={`/assessment/sheets/${r.sheet.id}`}>{r.unitName}</Link> },
        { title: "党总支", dataIndex: "generalBranchName", render: (n?: string | null) => n ?? "—" },
        {
          title: "状态",
          key: "status",
          render: (_, r) => <Tag color={SHEET_STATUS_COLORS[r.sheet.status]}>{SHEET_STATUS_LABELS[r.sheet.status]}</Tag>,
        },
        { title: "基础分", key: "base", render: (_, r) => points(r.sheet.baseScore) },
        { title: "附加分", key: "bonus", render: (_, r) => points(r.sheet.bonusScore) },
        { title: "总分", dataIndex: "total", render: (t?: number | null) => <strong>{points(t)}</strong> },
        {
          title: "等级",
          key: "grade",
          render: (_, r) => (
            <>
              {r.grade ? (
                <Tag color={GRADE_COLORS[r.grade]}>{GRADE_LABELS[r.grade]}</Tag>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )}
              {r.sheet.vetoed && (
                <Tooltip title={r.sheet.vetoNote}>
                  <Tag color="red">一票否决</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

function Failed({ rows }: { rows: FailedRow[] }) {
  return (
    <Table<FailedRow>
      size="small"
      rowKey="id"
      data-testid="failed-sheets"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: "本轮没有不合格的党支部" }}
      columns={[
        {
          title: "党支部",
          key: "unit",
          onCell: () => ({ style: { whiteSpace: "nowrap" } }),
          render: (_, r) => <Link to={`/assessment/sheets/${r.id}`}>{r.unit?.name}</Link>,
        },
        {
          title: "总分",
          dataIndex: "total",
          onCell: () => ({ style: { whiteSpace: "nowrap" } }),
          render: (t?: number | null) => points(t),
        },
        { title: "原因", key: "why", width: 300, render: (_, r) => (r.vetoed ? (r.vetoNote ?? "一票否决") : "总分未达合格等级") },
        {
          title: "整改",
          key: "rectifications",
          render: (_, r) =>
            r.rectifications.length
              ? r.rectifications.map((x) => (
                  <div key={x.id}>
                    {x.measures}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {" "}
                      （{formatDate(x.recordedOn)} 登记，期限 {formatDate(x.dueOn)}，
                      {x.completedOn ? `${formatDate(x.completedOn)} 完成` : "尚未完成"}）
                    </Typography.Text>
                  </div>
                ))
              : "尚未登记整改",
        },
        {
          title: "操作",
          key: "actions",
          render: (_, r) => <RectificationAction sheetId={r.id} unitName={r.unit?.name ?? ""} />,
        },
      ]}
    />
  );
}
