import { useMemo } from "react";
import { Card, Col, Collapse, DatePicker, Flex, Row, Select, Statistic, Table, Typography } from "antd";
import dayjs from "dayjs";
import { useSearchParams } from "react-router";
import { ErrorAlert, formatDate, formatPercent, toLocalDate, UnitPicker, useGql, useSession } from "@party/client-shared";
import type { ComplianceFindingsQuery, FindingRowFragment, FindingStatus } from "../../gql/graphql";
import { EvidenceLinks, FindingActions, RuleCitation, STATUS_OPTIONS, StatusTag } from "./compliance-labels";
import { patchSearch } from "../activities/unit-param";
import { ComplianceFindings, ComplianceSemesters } from "./operations";

const PAGE_SIZE = 20;
type RuleRow = ComplianceFindingsQuery["compliance"]["byRule"][number];

/** The period shown unless one is chosen: the semester under way (from the college calendar), else this month. */
function useDefaultPeriod() {
  const { data } = useGql(ComplianceSemesters, {}, { staleTime: 10 * 60_000 });
  const today = toLocalDate(dayjs());
  const current = data?.semesters.find((s) => s.startsOn <= today && today <= s.endsOn);
  if (current) return { from: current.startsOn, to: current.endsOn, semesters: data?.semesters ?? [] };
  return { from: toLocalDate(dayjs().startOf("month")), to: toLocalDate(dayjs().endOf("month")), semesters: data?.semesters ?? [] };
}

/**
 * Findings of the user's scope for a chosen period: summary counts, then every finding with its
 * rule and citation, expected vs actual and the records it counted; filtered by rule, status and unit.
 */
export function FindingsView() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const period = useDefaultPeriod();
  const unitId = params.get("unitId") ?? user.scopeUnitId ?? "";
  const from = params.get("from") ?? period.from;
  const to = params.get("to") ?? period.to;
  const status = (params.get("status")?.split(",").filter(Boolean) ?? []) as FindingStatus[];
  const ruleCode = params.get("rule") ?? undefined;
  const findingUnitId = params.get("of") ?? undefined;
  const page = Number(params.get("page") ?? 1);
  // A new filter starts again at the first page.
  const set = (patch: Record<string, string | number | null | undefined>) =>
    setParams((prev) => patchSearch(prev, { page: null, ...patch }), { replace: true });
  const { data, error, isFetching, refetch } = useGql(
    ComplianceFindings,
    {
      unitId,
      from,
      to,
      status: status.length ? status : undefined,
      ruleCode,
      findingUnitId,
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { enabled: !!unitId, placeholderData: (prev) => prev },
  );
  const report = data?.compliance;
  const monthValue =
    from === toLocalDate(dayjs(from).startOf("month")) && to === toLocalDate(dayjs(from).endOf("month")) ? dayjs(from) : null;
  const presets = useMemo(
    () => [
      { label: "本月", value: [dayjs().startOf("month"), dayjs().endOf("month")] as [dayjs.Dayjs, dayjs.Dayjs] },
      {
        label: "上月",
        value: [dayjs().subtract(1, "month").startOf("month"), dayjs().subtract(1, "month").endOf("month")] as [dayjs.Dayjs, dayjs.Dayjs],
      },
      ...period.semesters
        .slice(-3)
        .reverse()
        .map((s) => ({ label: s.label, value: [dayjs(s.startsOn), dayjs(s.endsOn)] as [dayjs.Dayjs, dayjs.Dayjs] })),
    ],
    [period.semesters],
  );

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <UnitPicker value={unitId} onChange={(id) => set({ unitId: id, of: null })} />
        <DatePicker
          picker="month"
          aria-label="月份"
          placeholder="按月查看"
          value={monthValue}
          onChange={(m) => m && set({ from: toLocalDate(m.startOf("month")), to: toLocalDate(m.endOf("month")) })}
          style={{ width: 130 }}
        />
        <DatePicker.RangePicker
          aria-label="检查期间"
          value={[dayjs(from), dayjs(to)]}
          presets={presets}
          allowClear={false}
          onChange={(r) => r?.[0] && r[1] && set({ from: toLocalDate(r[0]), to: toLocalDate(r[1]) })}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label="状态"
          placeholder="全部状态"
          style={{ minWidth: 150 }}
          options={STATUS_OPTIONS}
          value={status}
          onChange={(v: FindingStatus[]) => set({ status: v.join(",") })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          aria-label="规则"
          placeholder="全部规则"
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
          value={ruleCode}
          onChange={(v?: string) => set({ rule: v })}
          options={(report?.byRule ?? []).map((r) => ({ value: r.ruleCode, label: `${r.title}（${r.ruleCode}）` }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          aria-label="检查对象组织"
          placeholder="全部组织"
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          value={findingUnitId}
          onChange={(v?: string) => set({ of: v })}
          options={(report?.byUnit ?? []).map((u) => ({ value: u.unitId, label: u.unitName }))}
        />
      </Flex>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {report && (
        <Row gutter={12} style={{ marginBottom: 16 }} data-testid="compliance-totals">
          {[
            { title: "达标率", value: formatPercent(report.totals.complianceRate, 1) },
            { title: "已达标", value: report.totals.met, color: "#389e0d" },
            { title: "未达标", value: report.totals.unmet, color: "#cf1322" },
            { title: "进行中", value: report.totals.pending, color: "#1677ff" },
            { title: "免检", value: report.totals.exempt },
            { title: "检查项", value: report.totals.total },
          ].map((s) => (
            <Col key={s.title} xs={8} md={4}>
              <Card size="small">
                <Statistic title={s.title} value={s.value} styles={{ content: { color: s.color, fontSize: 22 } }} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {report && (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: "byRule",
              label: `按规则汇总（${report.byRule.length} 条规则）· 检查至 ${formatDate(report.asOf)}`,
              children: (
                <Table<RuleRow>
                  rowKey="ruleCode"
                  size="small"
                  pagination={false}
                  dataSource={report.byRule}
                  onRow={(r) => ({ onClick: () => set({ rule: r.ruleCode }), style: { cursor: "pointer" } })}
                  columns={[
                    { title: "规则", key: "title", render: (_, r) => r.title },
                    {
                      title: "出处",
                      key: "cite",
                      width: 260,
                      render: (_, r) => <RuleCitation code={r.ruleCode} citation={r.citation} title={r.title} />,
                    },
                    { title: "达标", dataIndex: "met", width: 70 },
                    {
                      title: "未达标",
                      dataIndex: "unmet",
                      width: 70,
                      render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
                    },
                    { title: "进行中", dataIndex: "pending", width: 70 },
                    { title: "免检", dataIndex: "exempt", width: 60 },
                    { title: "达标率", dataIndex: "complianceRate", width: 80, render: (r?: number | null) => formatPercent(r) },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
      <FindingsTable
        items={report?.findings.items ?? []}
        total={report?.findings.totalCount ?? 0}
        page={page}
        loading={isFetching}
        onPage={(p) => set({ page: p })}
      />
    </>
  );
}

/** Findings as rows: status, rule and citation (hover for the rule), subject, period, expected vs actual, evidence. */
export function FindingsTable({
  items,
  total,
  page,
  loading,
  onPage,
  showDue,
}: {
  items: FindingRowFragment[];
  total: number;
  page: number;
  loading: boolean;
  onPage: (page: number) => void;
  showDue?: boolean;
}) {
  const { can } = useSession();
  return (
    <Table<FindingRowFragment>
      data-testid="findings"
      rowKey={(f) => `${f.ruleCode}:${f.unitId}:${f.memberId ?? ""}:${f.assignmentId ?? ""}:${f.periodKey}`}
      size="middle"
      loading={loading}
      dataSource={items}
      scroll={{ x: 1000 }}
      pagination={{ total, current: page, pageSize: PAGE_SIZE, showSizeChanger: false, showTotal: (t) => `共 ${t} 项`, onChange: onPage }}
      expandable={{
        expandedRowRender: (f) => (
          <div>
            <Typography.Paragraph style={{ marginBottom: 4 }}>{f.message}</Typography.Paragraph>
            {f.parameterNote && <Typography.Text type="secondary">{f.parameterNote}</Typography.Text>}
            {f.settings.map((s) => (
              <div key={s.key}>
                <Typography.Text type="secondary">
                  {s.label}：{s.value}
                </Typography.Text>
              </div>
            ))}
          </div>
        ),
      }}
      columns={[
        { title: "状态", dataIndex: "status", width: 90, render: (s: FindingStatus) => <StatusTag status={s} /> },
        {
          title: "规定",
          key: "rule",
          width: 250,
          render: (_, f) => (
            <div>
              <div>{f.title}</div>
              <RuleCitation code={f.ruleCode} citation={f.citation} title={f.title} />
            </div>
          ),
        },
        {
          title: "检查对象",
          key: "subject",
          width: 160,
          render: (_, f) => (
            <div>
              {f.subjectLabel}
              {!f.subjectLabel.includes(f.unit.name) && (
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  {f.unit.name}
                </Typography.Text>
              )}
            </div>
          ),
        },
        {
          title: "期间",
          key: "period",
          width: 150,
          render: (_, f) => (
            <div>
              {f.periodLabel}
              {showDue && f.dueBy && (
                <Typography.Text type="warning" style={{ display: "block", fontSize: 12 }}>
                  截止 {formatDate(f.dueBy)}
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: "应达", dataIndex: "expected", width: 100 },
        {
          title: "实际",
          dataIndex: "actual",
          width: 100,
          render: (a: string, f) => (f.status === "UNMET" ? <Typography.Text type="danger">{a}</Typography.Text> : a),
        },
        { title: "计入的记录", key: "evidence", width: 200, render: (_, f) => <EvidenceLinks finding={f} /> },
        { title: "", key: "actions", width: 110, render: (_, f) => <FindingActions finding={f} canWrite={can("ACTIVITY_WRITE")} /> },
      ]}
    />
  );
}
