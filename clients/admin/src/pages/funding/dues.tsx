import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, InputNumber, Space, Table, Tag, Typography } from "antd";
import { FormOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import {
  ApiError,
  ErrorAlert,
  formatDate,
  formatPercent,
  formatYuan,
  request,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useScopeUnits,
  useSession,
} from "@party/client-shared";
import { ExportRowsButton, PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { decimalText, localDate, pickerDate, useCanWrite, useEditing } from "../../components/record-actions";
import type { DuesFieldsFragment, DuesSummaryListQuery } from "../../gql/graphql";
import { AdjustDues, BranchDuesSheet, DuesList, DuesSummaryList, RecordBranchDues } from "./operations";

const money = (v: string | null) => formatYuan(v);

interface AdjustValues {
  amountDue: number;
  amountPaid: number;
  paidOn?: Dayjs;
  collectedBy?: string;
  note?: string;
}

/** Dues records (paged), adjust one, and the bulk entry of a branch's month. */
export function DuesTab({ unitId }: { unitId: string | null }) {
  const canWrite = useCanWrite("FUNDING_WRITE");
  const [months, setMonths] = useState<[Dayjs, Dayjs] | null>(null);
  const [unpaidOnly, setUnpaidOnly] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const editing = useEditing<DuesFieldsFragment>();
  const adjust = useGqlMutation(AdjustDues, (d) => unwrapResult(d.adjustDues), ["DuesList", "DuesSummaryList"]);

  const columns: Array<RecordColumn<DuesFieldsFragment>> = [
    { title: "月份", dataIndex: "month" },
    { title: "党员", dataIndex: ["member", "name"] },
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "应交", dataIndex: "amountDue", align: "right", render: money, exportValue: (r) => Number(r.amountDue) },
    {
      title: "实交",
      dataIndex: "amountPaid",
      align: "right",
      render: (v: string, r) => (
        <Space size={4}>
          {Number(v) < Number(r.amountDue) && <Tag color="error">欠缴</Tag>}
          {money(v)}
        </Space>
      ),
      exportValue: (r) => Number(r.amountPaid),
    },
    { title: "缴纳日期", dataIndex: "paidOn", render: formatDate, exportValue: (r) => r.paidOn },
    { title: "收缴人", dataIndex: "collectedBy", render: (v: string | null) => v ?? "—" },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: DuesFieldsFragment) => (
              <Button type="link" size="small" onClick={() => editing.edit(r)}>
                调整
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PagedRecords
        testId="dues-table"
        document={DuesList}
        variables={{
          filter: {
            unitId,
            fromMonth: months?.[0].format("YYYY-MM"),
            toMonth: months?.[1].format("YYYY-MM"),
            unpaidOnly,
          },
        }}
        enabled={!!unitId}
        pick={(d) => d.dues}
        columns={columns}
        exportName="党费收缴"
        toolbar={
          <>
            {canWrite && (
              <Button type="primary" icon={<FormOutlined />} onClick={() => setBulkOpen(true)}>
                按支部登记本月党费
              </Button>
            )}
            <DatePicker.RangePicker
              picker="month"
              value={months}
              onChange={(v) => setMonths(v && v[0] && v[1] ? [v[0], v[1]] : null)}
              placeholder={["起始月份", "截止月份"]}
            />
            <Checkbox checked={unpaidOnly} onChange={(e) => setUnpaidOnly(e.target.checked)}>
              仅未交足
            </Checkbox>
          </>
        }
      />
      {canWrite && <BranchDuesEntry open={bulkOpen} onClose={() => setBulkOpen(false)} defaultBranchId={unitId} />}
      <RecordForm<AdjustValues>
        open={editing.open}
        title={editing.record ? `调整党费：${editing.record.member?.name ?? ""} ${editing.record.month}` : ""}
        initialValues={
          editing.record
            ? {
                amountDue: Number(editing.record.amountDue),
                amountPaid: Number(editing.record.amountPaid),
                paidOn: pickerDate(editing.record.paidOn),
                collectedBy: editing.record.collectedBy ?? undefined,
                note: editing.record.note ?? undefined,
              }
            : {}
        }
        submit={(v) =>
          adjust.mutateAsync({
            input: {
              id: editing.record!.id,
              version: editing.record!.version,
              amountDue: decimalText(v.amountDue),
              amountPaid: decimalText(v.amountPaid),
              paidOn: localDate(v.paidOn) ?? null,
              collectedBy: v.collectedBy?.trim() || null,
              note: v.note?.trim() || null,
            },
          })
        }
        onClose={editing.close}
        testId="adjust-dues-form"
      >
        <Form.Item name="amountDue" label="应交（元）" rules={[{ required: true, message: "请填写应交金额" }]}>
          <InputNumber precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="amountPaid" label="实交（元）" rules={[{ required: true, message: "请填写实交金额" }]}>
          <InputNumber precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="paidOn" label="缴纳日期">
          <DatePicker />
        </Form.Item>
        <Form.Item name="collectedBy" label="收缴人">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </RecordForm>
    </>
  );
}

interface SheetRow {
  memberId: string;
  name: string;
  category: string;
  /** Last month's amount due, to start from (a copy, not a rule). */
  previousDue: string | null;
  amountDue: number | null;
  amountPaid: number | null;
  paidOn: Dayjs | null;
}

/** The branch's active members with last month's amount due, read page by page. */
async function loadSheet(branchId: string, month: Dayjs): Promise<SheetRow[]> {
  const previousMonth = month.subtract(1, "month").format("YYYY-MM");
  const members: SheetRow[] = [];
  const previous = new Map<string, string>();
  for (let offset = 0; ; offset += 100) {
    const data = await request(BranchDuesSheet, { branchId, offset, previousMonth });
    for (const m of data.members.items)
      if (m.branchId === branchId)
        members.push({
          memberId: m.id,
          name: m.name,
          category: m.category,
          previousDue: null,
          amountDue: null,
          amountPaid: null,
          paidOn: null,
        });
    for (const d of data.dues.items) previous.set(d.memberId, d.amountDue);
    if (offset + 100 >= Math.max(data.members.totalCount, data.dues.totalCount)) break;
  }
  return members.map((m) => {
    const due = previous.get(m.memberId) ?? null;
    return { ...m, previousDue: due, amountDue: due == null ? null : Number(due) };
  });
}

const CATEGORY_LABELS: Record<string, string> = { FACULTY: "教职工", STUDENT: "学生", RETIRED: "离退休" };

/**
 * 按支部按月批量登记党费: a table of the branch's members with amount inputs, sent as one
 * recordBranchDues (all rows or none). The API's per-row field errors show on their row.
 */
function BranchDuesEntry({ open, onClose, defaultBranchId }: { open: boolean; onClose: () => void; defaultBranchId: string | null }) {
  const { user } = useSession();
  const scopeUnits = useScopeUnits();
  const defaultBranch = useMemo(() => {
    const unit = scopeUnits.data?.find((u) => u.id === defaultBranchId);
    return unit?.kind === "BRANCH" ? unit.id : null;
  }, [scopeUnits.data, defaultBranchId]);
  const [branchId, setBranchId] = useState<string | null>(null);
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf("month"));
  const [collectedBy, setCollectedBy] = useState(user.displayName);
  const [paidOn, setPaidOn] = useState<Dayjs | null>(dayjs());
  const [rows, setRows] = useState<SheetRow[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const feedback = useFeedback();
  const record = useGqlMutation(RecordBranchDues, (d) => unwrapResult(d.recordBranchDues), ["DuesList", "DuesSummaryList"]);

  useEffect(() => {
    if (open && !branchId && defaultBranch) setBranchId(defaultBranch);
  }, [open, branchId, defaultBranch]);

  useEffect(() => {
    if (!open || !branchId) return;
    let current = true;
    setLoading(true);
    setError(null);
    loadSheet(branchId, month)
      .then((r) => current && setRows(r))
      .catch((e) => current && setError(e))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [open, branchId, month]);

  const rowErrors = useMemo(() => {
    const byRow = new Map<number, Record<string, string[]>>();
    if (error instanceof ApiError)
      for (const [path, messages] of Object.entries(error.fields)) {
        const m = /rows\.(\d+)\.(\w+)$/.exec(path);
        if (!m) continue;
        const entry = byRow.get(Number(m[1])) ?? {};
        entry[m[2]] = messages;
        byRow.set(Number(m[1]), entry);
      }
    return byRow;
  }, [error]);

  const setRow = (index: number, patch: Partial<SheetRow>) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const fillPaid = () => setRows((rs) => rs.map((r) => ({ ...r, amountPaid: r.amountDue, paidOn: r.amountDue ? paidOn : null })));
  const entered = rows.filter((r) => r.amountDue != null);

  const submit = async () => {
    if (!branchId) return;
    setError(null);
    try {
      const batch = await record.mutateAsync({
        input: {
          branchId,
          month: month.format("YYYY-MM"),
          collectedBy: collectedBy.trim() || null,
          rows: entered.map((r) => ({
            memberId: r.memberId,
            amountDue: decimalText(r.amountDue) ?? "",
            amountPaid: decimalText(r.amountPaid ?? 0) ?? "0",
            paidOn: r.amountPaid ? (localDate(r.paidOn) ?? null) : null,
          })),
        },
      });
      feedback.saved(
        `已登记 ${batch.records.length} 人 ${batch.month} 党费：应交 ${formatYuan(batch.totalDue)}，实交 ${formatYuan(batch.totalPaid)}`,
      );
      onClose();
    } catch (e) {
      setError(e);
    }
  };

  // error fields are numbered over the rows actually sent
  const sentIndex = new Map(entered.map((r, i) => [r.memberId, i]));
  const errorsOf = (r: SheetRow) => rowErrors.get(sentIndex.get(r.memberId) ?? -1) ?? {};
  const fieldStatus = (r: SheetRow, field: string) => (errorsOf(r)[field] ? ("error" as const) : undefined);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={900}
      title="按支部登记党费（整批登记，全部成功或全部不写入）"
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={submit} loading={record.isPending} disabled={!branchId || entered.length === 0}>
            登记 {entered.length} 人
          </Button>
        </Space>
      }
    >
      <div data-testid="dues-bulk-entry">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <span>党支部</span>
          <UnitPicker kinds={["BRANCH"]} value={branchId} onChange={(id) => setBranchId(id ?? null)} placeholder="选择党支部" />
          <span>月份</span>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(m) => m && setMonth(m.startOf("month"))}
            aria-label="月份"
          />
          <span>收缴人</span>
          <Input value={collectedBy} onChange={(e) => setCollectedBy(e.target.value)} style={{ width: 140 }} aria-label="收缴人" />
        </Flex>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <span>缴纳日期</span>
          <DatePicker value={paidOn} onChange={setPaidOn} aria-label="缴纳日期" />
          <Button onClick={fillPaid} disabled={!rows.length}>
            全部按应交足额缴纳
          </Button>
          <Typography.Text type="secondary">应交金额默认取上月记录；不填应交的党员本次不登记。</Typography.Text>
        </Flex>
        <ErrorAlert error={error} />
        {error instanceof ApiError && rowErrors.size > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`有 ${rowErrors.size} 行需要修改，见标红的输入框`} />
        )}
        <Table<SheetRow>
          size="small"
          rowKey="memberId"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ y: 460 }}
          locale={{ emptyText: branchId ? "该支部没有在册党员" : "请先选择党支部" }}
          columns={[
            { title: "党员", dataIndex: "name", width: 110 },
            { title: "类别", dataIndex: "category", width: 80, render: (c: string) => CATEGORY_LABELS[c] ?? c },
            { title: "上月应交", dataIndex: "previousDue", width: 100, align: "right", render: (v: string | null) => (v ? money(v) : "—") },
            {
              title: "应交（元）",
              key: "amountDue",
              render: (_, r, i) => (
                <FieldCell errors={errorsOf(r).amountDue}>
                  <InputNumber
                    aria-label={`${r.name} 应交`}
                    precision={2}
                    value={r.amountDue}
                    status={fieldStatus(r, "amountDue")}
                    onChange={(v) => setRow(i, { amountDue: v })}
                    style={{ width: 120 }}
                  />
                </FieldCell>
              ),
            },
            {
              title: "实交（元）",
              key: "amountPaid",
              render: (_, r, i) => (
                <FieldCell errors={errorsOf(r).amountPaid}>
                  <InputNumber
                    aria-label={`${r.name} 实交`}
                    precision={2}
                    value={r.amountPaid}
                    status={fieldStatus(r, "amountPaid")}
                    onChange={(v) => setRow(i, { amountPaid: v, paidOn: v ? (r.paidOn ?? paidOn) : null })}
                    style={{ width: 120 }}
                  />
                </FieldCell>
              ),
            },
            {
              title: "缴纳日期",
              key: "paidOn",
              render: (_, r, i) => (
                <FieldCell errors={errorsOf(r).paidOn ?? errorsOf(r).memberId}>
                  <DatePicker
                    aria-label={`${r.name} 缴纳日期`}
                    value={r.paidOn}
                    status={fieldStatus(r, "paidOn")}
                    onChange={(d) => setRow(i, { paidOn: d })}
                  />
                </FieldCell>
              ),
            },
          ]}
        />
      </div>
    </Drawer>
  );
}

function FieldCell({ errors, children }: { errors?: string[]; children: React.ReactNode }) {
  return (
    <div>
      {children}
      {errors?.map((e) => (
        <div key={e} role="alert" style={{ color: "#ff4d4f", fontSize: 12 }}>
          {e}
        </div>
      ))}
    </div>
  );
}

type SummaryRow = DuesSummaryListQuery["duesSummary"][number];
type RebateRow = DuesSummaryListQuery["duesRebates"][number];

/** The year's dues per branch (due, paid, members in arrears) and the rebate owed at the committee's share. */
export function DuesSummaryTab({ unitId, year }: { unitId: string | null; year: number }) {
  const query = useGql(DuesSummaryList, { unitId: unitId ?? "", year }, { enabled: !!unitId });
  const summaryColumns: Array<RecordColumn<SummaryRow>> = [
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "缴费党员", dataIndex: "members", align: "right" },
    { title: "每月交足", dataIndex: "membersFullyPaid", align: "right" },
    {
      title: "有欠缴",
      dataIndex: "membersWithArrears",
      align: "right",
      render: (n: number) => (n ? <Tag color="error">{n}</Tag> : 0),
    },
    { title: "应交合计", dataIndex: "due", align: "right", render: money, exportValue: (r) => Number(r.due) },
    { title: "实交合计", dataIndex: "paid", align: "right", render: money, exportValue: (r) => Number(r.paid) },
  ];
  const rebateColumns: Array<RecordColumn<RebateRow>> = [
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "当年实收党费", dataIndex: "collected", align: "right", render: money, exportValue: (r) => Number(r.collected) },
    {
      title: "返还比例",
      dataIndex: "share",
      align: "right",
      render: (s: string | null) => (s == null ? "未设置" : formatPercent(Number(s))),
    },
    {
      title: "应返还",
      dataIndex: "rebate",
      align: "right",
      render: (v: string | null) => (v == null ? "—" : money(v)),
      exportValue: (r) => (r.rebate == null ? null : Number(r.rebate)),
    },
  ];
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Flex justify="space-between" align="center">
        <Typography.Title level={5}>党费收缴汇总</Typography.Title>
        <ExportRowsButton exportName={`党费收缴汇总-${year}`} columns={summaryColumns} rows={query.data?.duesSummary ?? []} />
      </Flex>
      <Table<SummaryRow>
        data-testid="dues-summary"
        size="middle"
        rowKey="branchId"
        loading={query.isFetching}
        dataSource={query.data?.duesSummary ?? []}
        pagination={{ pageSize: 10 }}
        columns={summaryColumns}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>党费返还（DUES_REBATE · 四(五)1）</Typography.Title>
        <ExportRowsButton exportName={`党费返还-${year}`} columns={rebateColumns} rows={query.data?.duesRebates ?? []} />
      </Flex>
      <Table<RebateRow>
        data-testid="dues-rebates"
        size="middle"
        rowKey="branchId"
        loading={query.isFetching}
        dataSource={query.data?.duesRebates ?? []}
        pagination={{ pageSize: 10 }}
        columns={rebateColumns}
      />
    </>
  );
}
