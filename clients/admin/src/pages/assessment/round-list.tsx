import { Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ErrorAlert, formatDate, useGql } from "@party/client-shared";
import type { AssessmentRoundListQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { GRADE_COLORS, GRADE_LABELS, ROUND_KIND_LABELS, SHEET_STATUS_LABELS } from "./assessment-labels";
import { AssessmentRoundList } from "./operations";

type Round = AssessmentRoundListQuery["assessmentRounds"][number];

/** Counts of a list by a key, in the order the labels give. */
function countsOf<K extends string>(values: Array<K | null | undefined>, labels: Record<K, string>): Array<[K, number]> {
  return (Object.keys(labels) as K[]).map((k) => [k, values.filter((v) => v === k).length] as [K, number]).filter(([, n]) => n > 0);
}

const nowrap = (text: string) => <span style={{ whiteSpace: "nowrap" }}>{text}</span>;

/** 支部考核: the rounds (the sheets the caller can see in each, where they stand, the grades so far). */
export function RoundListView() {
  const { data, error, isFetching, refetch } = useGql(AssessmentRoundList, { year: undefined });
  return (
    <PageFrame title="支部考核" subtitle="党支部工作目标管理考核：建议分依据记录提出，评委确认或改分，书面通知，七日内可申请复核">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Round>
        rowKey="id"
        data-testid="assessment-rounds"
        loading={isFetching}
        dataSource={data?.assessmentRounds ?? []}
        pagination={false}
        columns={[
          { title: "考核轮次", dataIndex: "name", render: (name: string, r) => <Link to={`/assessment/rounds/${r.id}`}>{name}</Link> },
          { title: "类型", dataIndex: "kind", render: (k: Round["kind"]) => nowrap(ROUND_KIND_LABELS[k]) },
          { title: "考核期间", key: "period", render: (_, r) => nowrap(`${formatDate(r.periodFrom)} 至 ${formatDate(r.periodTo)}`) },
          { title: "完成期限", dataIndex: "deadline", render: (d: string) => nowrap(formatDate(d)) },
          { title: "评分表", dataIndex: "sheetVersion", render: (v: string) => nowrap(`${v} 版`) },
          {
            title: "进度",
            key: "status",
            render: (_, r) =>
              countsOf(
                r.sheets.map((s) => s.status),
                SHEET_STATUS_LABELS,
              ).map(([s, n]) => <Tag key={s}>{`${SHEET_STATUS_LABELS[s]} ${n}`}</Tag>),
          },
          {
            title: "等级",
            key: "grades",
            render: (_, r) => {
              const grades = countsOf(
                r.sheets.filter((s) => s.status === "FINAL").map((s) => s.grade),
                GRADE_LABELS,
              );
              return grades.length ? (
                grades.map(([g, n]) => <Tag key={g} color={GRADE_COLORS[g]}>{`${GRADE_LABELS[g]} ${n}`}</Tag>)
              ) : (
                <Typography.Text type="secondary">尚未定级</Typography.Text>
              );
            },
          },
        ]}
      />
    </PageFrame>
  );
}
