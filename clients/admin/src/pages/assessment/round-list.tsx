import { Card, Table, Tabs, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ErrorAlert, formatDate, useGql } from "@party/client-shared";
import type { AssessmentRoundListQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { GRADE_COLORS, GRADE_LABELS, ROUND_KIND_LABELS, SHEET_STATUS_LABELS } from "./assessment-labels";
import { AssessmentRoundList } from "./operations";
import { CreateRoundButton } from "./create-round";
import { DisciplineCasesTab } from "./discipline-cases";

type Round = AssessmentRoundListQuery["assessmentRounds"][number];

/** Counts of a list by a key, in the order the labels give. */
function countsOf<K extends string>(values: Array<K | null | undefined>, labels: Record<K, string>): Array<[K, number]> {
  return (Object.keys(labels) as K[]).map((k) => [k, values.filter((v) => v === k).length] as [K, number]).filter(([, n]) => n > 0);
}

const nowrap = (text: string) => <span style={{ whiteSpace: "nowrap" }}>{text}</span>;

/** 支部考核: the rounds (with 新建考核 for 组织部) and the discipline cases that veto a branch's result. */
export function RoundListView() {
  return (
    <PageFrame
      title="支部考核"
      subtitle="党支部工作目标管理考核：建议分依据记录提出，评委确认或改分，书面通知，七日内可申请复核"
      actions={<CreateRoundButton />}
    >
      <Card size="small">
        <Tabs
          items={[
            { key: "rounds", label: "考核轮次", children: <Rounds /> },
            { key: "discipline", label: "纪律处分", children: <DisciplineCasesTab /> },
          ]}
        />
      </Card>
    </PageFrame>
  );
}

/** The rounds (the sheets the caller can see in each, where they stand, the grades so far). */
function Rounds() {
  const { data, error, isFetching, refetch } = useGql(AssessmentRoundList, { year: undefined });
  return (
    <>
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
    </>
  );
}
