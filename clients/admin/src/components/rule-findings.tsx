import { useState } from "react";
import { Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { ErrorAlert, formatDate, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { FindingStatus } from "../gql/graphql";
import { FINDING_STATUS_COLORS, FINDING_STATUS_LABELS } from "../labels-records";

const RuleFindingList = graphql(`
  query RuleFindingList(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $ruleCodes: [String!]
    $status: [FindingStatus!]
    $first: Int!
    $offset: Int!
  ) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, status: $status) {
      findings(first: $first, offset: $offset) {
        totalCount
        items {
          ruleCode
          title
          citation
          status
          subjectLabel
          periodLabel
          expected
          actual
          message
          dueBy
          unitId
        }
      }
    }
  }
`);

/**
 * What the API's rule engine says about this area for a unit and period: each finding with its
 * expected vs actual and the citation. The numbers are the API's; nothing is re-checked here.
 */
export function RuleFindings({
  unitId,
  ruleCodes,
  status,
  from = dayjs().startOf("year").format("YYYY-MM-DD"),
  to = dayjs().format("YYYY-MM-DD"),
  emptyText = "没有检查结果",
}: {
  unitId: string | null | undefined;
  ruleCodes: string[];
  status?: FindingStatus[];
  from?: string;
  to?: string;
  emptyText?: string;
}) {
  const [paging, setPaging] = useState({ current: 1, pageSize: 10 });
  const query = useGql(
    RuleFindingList,
    { unitId: unitId ?? "", from, to, ruleCodes, status, first: paging.pageSize, offset: (paging.current - 1) * paging.pageSize },
    { enabled: !!unitId, placeholderData: (p) => p },
  );
  const page = query.data?.compliance.findings;
  return (
    <div data-testid="rule-findings">
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table
        size="small"
        rowKey={(f) => `${f.ruleCode}:${f.unitId}:${f.subjectLabel}:${f.periodLabel}`}
        loading={query.isFetching}
        dataSource={page?.items ?? []}
        locale={{ emptyText }}
        scroll={{ x: "max-content" }}
        pagination={{
          total: page?.totalCount ?? 0,
          current: paging.current,
          pageSize: paging.pageSize,
          onChange: (current, pageSize) => setPaging({ current, pageSize }),
          showTotal: (t) => `共 ${t} 条`,
        }}
        columns={[
          {
            title: "状态",
            dataIndex: "status",
            render: (s: FindingStatus) => <Tag color={FINDING_STATUS_COLORS[s]}>{FINDING_STATUS_LABELS[s]}</Tag>,
          },
          { title: "对象", dataIndex: "subjectLabel" },
          {
            title: "要求",
            dataIndex: "title",
            render: (title: string, f) => (
              <Tooltip title={f.message}>
                <span>{title}</span>{" "}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.ruleCode} · {f.citation}
                </Typography.Text>
              </Tooltip>
            ),
          },
          { title: "期间", dataIndex: "periodLabel" },
          { title: "应达", dataIndex: "expected" },
          { title: "实际", dataIndex: "actual" },
          { title: "截止", dataIndex: "dueBy", render: (d: string | null) => (d ? formatDate(d) : "—") },
        ]}
      />
    </div>
  );
}
