import { createContext, ReactNode, useContext, useState } from "react";
import { Modal, Space, Table, Typography } from "antd";
import { ErrorAlert, formatDate, formatPercent, useGql } from "@party/client-shared";
import { graphql } from "./gql";
import type { DashFindingFragment } from "./gql/graphql";
import { STATUS_LABELS } from "./components/palette";

export const DashFinding = graphql(`
  fragment DashFinding on FindingView {
    ruleCode
    title
    citation
    status
    expected
    actual
    message
    periodKey
    periodLabel
    subjectLabel
    dueBy
    unitId
    memberId
    assignmentId
    evidence {
      id
      kind
      label
    }
  }
`);

const DashFindings = graphql(`
  query DashFindings(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $ruleCodes: [String!]
    $status: [FindingStatus!]
    $onlyUnitId: ID
    $first: Int!
    $offset: Int!
  ) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, status: $status) {
      totals {
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      findings(first: $first, offset: $offset, unitId: $onlyUnitId) {
        totalCount
        items {
          ...DashFinding
        }
      }
    }
  }
`);

const DashDueSoon = graphql(`
  query DashDueSoon($unitId: ID!, $first: Int!, $offset: Int!) {
    dueSoon(unitId: $unitId, withinDays: 14, first: $first, offset: $offset) {
      totalCount
      items {
        ...DashFinding
      }
    }
  }
`);

const EVIDENCE_KIND: Record<string, string> = {
  ACTIVITY: "活动",
  ATTENDANCE: "出勤与学习",
  VISIT: "走访",
  DUES: "党费",
  DOCUMENT: "文件",
  ROOM: "活动室",
  HAND_IN: "上交",
  ALLOCATION: "下拨",
};

export function StatusTag({ status }: { status: string }) {
  return <span className={`dash-tag dash-tag-${status.toLowerCase()}`}>{STATUS_LABELS[status] ?? status}</span>;
}

/** A finding's records: the activities, visits, dues … the rule engine counted. */
export function Evidence({ finding }: { finding: DashFindingFragment }) {
  if (!finding.evidence.length) return <Typography.Text type="secondary">无记录</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap data-testid="finding-evidence">
      {finding.evidence.map((e) => (
        <span className="dash-tag" key={`${e.kind}-${e.id}`}>
          {EVIDENCE_KIND[e.kind] ?? e.kind}
          {e.label ? `：${e.label}` : ""}
        </span>
      ))}
    </Space>
  );
}

const columns = [
  { title: "对象", key: "subject", width: 190, render: (_: unknown, f: DashFindingFragment) => f.subjectLabel },
  {
    title: "规定",
    key: "rule",
    render: (_: unknown, f: DashFindingFragment) => (
      <div>
        <div>{f.title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="finding-citation">
          依据：{f.citation}
        </Typography.Text>
      </div>
    ),
  },
  { title: "期间", key: "period", width: 130, render: (_: unknown, f: DashFindingFragment) => f.periodLabel },
  { title: "应达", key: "expected", width: 80, render: (_: unknown, f: DashFindingFragment) => f.expected },
  { title: "实际", key: "actual", width: 80, render: (_: unknown, f: DashFindingFragment) => f.actual },
  {
    title: "状态",
    key: "status",
    width: 110,
    render: (_: unknown, f: DashFindingFragment) => (
      <Space orientation="vertical" size={0}>
        <StatusTag status={f.status} />
        {f.dueBy && <Typography.Text type="secondary">截止 {formatDate(f.dueBy)}</Typography.Text>}
      </Space>
    ),
  },
  { title: "计入的记录", key: "evidence", width: 260, render: (_: unknown, f: DashFindingFragment) => <Evidence finding={f} /> },
];

export interface FindingsQuery {
  unitId: string;
  from: string;
  to: string;
  ruleCodes?: string[];
  status?: Array<"MET" | "UNMET" | "PENDING" | "EXEMPT">;
  /** Only this unit's own findings (not its subtree's). */
  onlyUnitId?: string;
}

/** The findings behind a figure: the compliance report's own, paged on the server. */
export function FindingsTable({ query, pageSize = 10 }: { query: FindingsQuery; pageSize?: number }) {
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useGql(DashFindings, {
    unitId: query.unitId,
    from: query.from,
    to: query.to,
    ruleCodes: query.ruleCodes ?? null,
    status: query.status ?? null,
    onlyUnitId: query.onlyUnitId ?? null,
    first: pageSize,
    offset: (page - 1) * pageSize,
  });
  const totals = data?.compliance.totals;
  return (
    <>
      <ErrorAlert error={error} onRetry={() => refetch()} />
      {totals && !query.onlyUnitId && (
        <Typography.Paragraph type="secondary" data-testid="findings-totals">
          共 {totals.total} 项检查：达标 {totals.met}，未达标 {totals.unmet}，进行中 {totals.pending}，免检 {totals.exempt}；达标率{" "}
          {formatPercent(totals.complianceRate)}
        </Typography.Paragraph>
      )}
      <Table<DashFindingFragment>
        data-testid="findings-table"
        size="small"
        loading={isFetching}
        rowKey={(f) => `${f.ruleCode}|${f.periodKey}|${f.unitId}|${f.memberId ?? ""}|${f.assignmentId ?? ""}`}
        dataSource={data?.compliance.findings.items ?? []}
        columns={columns}
        pagination={{
          current: page,
          pageSize,
          total: data?.compliance.findings.totalCount ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
      />
    </>
  );
}

function DueSoonTable({ unitId }: { unitId: string }) {
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const { data, error, isFetching, refetch } = useGql(DashDueSoon, { unitId, first: pageSize, offset: (page - 1) * pageSize });
  return (
    <>
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <Table<DashFindingFragment>
        data-testid="findings-table"
        size="small"
        loading={isFetching}
        rowKey={(f) => `${f.ruleCode}|${f.periodKey}|${f.unitId}|${f.memberId ?? ""}|${f.assignmentId ?? ""}`}
        dataSource={data?.dueSoon.items ?? []}
        columns={columns}
        pagination={{ current: page, pageSize, total: data?.dueSoon.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </>
  );
}

/** What a drawer lists: findings of a report, what is due in 14 days, or rows the page already has. */
export type DrillSpec =
  | { kind: "findings"; title: string; query: FindingsQuery }
  | { kind: "dueSoon"; title: string; unitId: string }
  | { kind: "content"; title: string; content: ReactNode };

const DrillContext = createContext<(spec: DrillSpec) => void>(() => undefined);

/** Opens the list behind a figure in a drawer. */
export function useDrill() {
  return useContext(DrillContext);
}

export function DrillProvider({ children }: { children: ReactNode }) {
  const [spec, setSpec] = useState<DrillSpec | null>(null);
  return (
    <DrillContext.Provider value={setSpec}>
      {children}
      <Modal
        open={!!spec}
        onCancel={() => setSpec(null)}
        footer={null}
        title={spec?.title}
        width={1200}
        destroyOnHidden
        data-testid="drill-drawer"
      >
        {spec?.kind === "findings" && <FindingsTable query={spec.query} />}
        {spec?.kind === "dueSoon" && <DueSoonTable unitId={spec.unitId} />}
        {spec?.kind === "content" && spec.content}
      </Modal>
    </DrillContext.Provider>
  );
}
