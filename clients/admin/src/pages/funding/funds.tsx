import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import { ErrorAlert, formatDate, formatYuan, UnitPicker, unwrapResult, useGql, useGqlMutation } from "@party/client-shared";
import { ExportRowsButton, PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, changedOnly, decimalText, localDate, pickerDate, useCanWrite, useEditing } from "../../components/record-actions";
import type { FundAllocationFieldsFragment, FundSource, FundSpendingFieldsFragment, FundSummaryListQuery } from "../../gql/graphql";
import { FUND_SOURCE_LABELS, optionsOf } from "../../labels-records";
import {
  ArchiveFundAllocation,
  ArchiveFundSpending,
  CreateFundAllocation,
  CreateFundSpending,
  FundAllocationList,
  FundSpendingList,
  FundSummaryList,
  UpdateFundAllocation,
  UpdateFundSpending,
} from "./operations";

type SummaryRow = FundSummaryListQuery["fundSummary"][number];
const money = (v: string) => formatYuan(v);
const yuanNumber = (v: string) => Number(v);

/** Each branch's allocations and spending for the year against the API's funding floor (FUNDING_FLOOR). */
export function FundSummaryTab({ unitId, year }: { unitId: string | null; year: number }) {
  const query = useGql(FundSummaryList, { unitId: unitId ?? "", year }, { enabled: !!unitId });
  const rows = query.data?.fundSummary ?? [];
  const columns: Array<RecordColumn<SummaryRow>> = [
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "教职工党员", dataIndex: "facultyMembers", align: "right" },
    { title: "学生党员", dataIndex: "studentMembers", align: "right" },
    {
      title: "离退休党员",
      dataIndex: "retiredMembers",
      align: "right",
      render: (n: number, r) => (r.retireesAsFaculty ? `${n}（按教职工计）` : n),
    },
    {
      title: "经费下限",
      dataIndex: "floor",
      align: "right",
      render: (v: string, r) => (
        <Tooltip title={`规则 ${r.ruleCode} · 依据：${r.citation}`}>
          <span>{money(v)}</span>
        </Tooltip>
      ),
      exportValue: (r) => yuanNumber(r.floor),
    },
    { title: "本年下拨", dataIndex: "allocated", align: "right", render: money, exportValue: (r) => yuanNumber(r.allocated) },
    {
      title: "是否达到下限",
      dataIndex: "meetsFloor",
      render: (ok: boolean) => (ok ? <Tag color="success">达到</Tag> : <Tag color="error">未达到</Tag>),
      exportValue: (r) => (r.meetsFloor ? "达到" : "未达到"),
    },
    { title: "本年支出", dataIndex: "spent", align: "right", render: money, exportValue: (r) => yuanNumber(r.spent) },
    { title: "结余", dataIndex: "balance", align: "right", render: money, exportValue: (r) => yuanNumber(r.balance) },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">经费下限由系统按规则 FUNDING_FLOOR（四(五)1）计算，鼠标移到金额上可见依据。</Typography.Text>
        <ExportRowsButton exportName={`经费汇总-${year}`} columns={columns} rows={rows} />
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<SummaryRow>
        data-testid="fund-summary"
        size="middle"
        rowKey="branchId"
        loading={query.isFetching}
        dataSource={rows}
        scroll={{ x: "max-content" }}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个支部` }}
        columns={columns}
      />
    </>
  );
}

interface AllocationValues {
  branchId: string;
  year: number;
  allocatedOn: Dayjs;
  amount: number;
  source: FundSource;
  note?: string;
}

export function AllocationsTab({ unitId, year }: { unitId: string | null; year: number }) {
  const canWrite = useCanWrite("FUNDING_WRITE");
  const editing = useEditing<FundAllocationFieldsFragment>();
  const refetch = ["FundAllocationList", "FundSummaryList"];
  const create = useGqlMutation(CreateFundAllocation, (d) => unwrapResult(d.createFundAllocation), refetch);
  const update = useGqlMutation(UpdateFundAllocation, (d) => unwrapResult(d.updateFundAllocation), refetch);
  const archive = useGqlMutation(ArchiveFundAllocation, (d) => unwrapResult(d.archiveFundAllocation), refetch);

  const columns: Array<RecordColumn<FundAllocationFieldsFragment>> = [
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "经费年度", dataIndex: "year" },
    { title: "下拨日期", dataIndex: "allocatedOn", render: formatDate, exportValue: (r) => r.allocatedOn },
    { title: "金额", dataIndex: "amount", align: "right", render: money, exportValue: (r) => yuanNumber(r.amount) },
    {
      title: "来源",
      dataIndex: "source",
      render: (s: FundSource) => FUND_SOURCE_LABELS[s],
      exportValue: (r) => FUND_SOURCE_LABELS[r.source],
    },
    { title: "备注", dataIndex: "note", render: (v: string | null) => v ?? "—" },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: FundAllocationFieldsFragment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => editing.edit(r)}>
                  编辑
                </Button>
                <ArchiveAction
                  title="作废经费下拨记录"
                  submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const submit = async (v: AllocationValues) => {
    const fields = { allocatedOn: localDate(v.allocatedOn), amount: decimalText(v.amount), source: v.source, note: v.note?.trim() || null };
    const before = editing.record;
    if (!before)
      await create.mutateAsync({
        input: { ...fields, allocatedOn: fields.allocatedOn!, amount: fields.amount ?? "", branchId: v.branchId, year: v.year },
      });
    else await update.mutateAsync({ input: { id: before.id, version: before.version, ...changedOnly(fields, before) } });
  };

  return (
    <>
      <PagedRecords
        testId="allocations-table"
        document={FundAllocationList}
        variables={{ filter: { unitId, year } }}
        enabled={!!unitId}
        pick={(d) => d.fundAllocations}
        columns={columns}
        exportName={`经费下拨-${year}`}
        toolbar={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editing.create}>
              登记下拨
            </Button>
          )
        }
      />
      <RecordForm<AllocationValues>
        open={editing.open}
        title={editing.record ? "编辑经费下拨" : "登记经费下拨"}
        initialValues={
          editing.record
            ? {
                allocatedOn: pickerDate(editing.record.allocatedOn),
                amount: Number(editing.record.amount),
                source: editing.record.source,
                note: editing.record.note ?? undefined,
              }
            : { year, source: "SCHOOL_PARTY_BUDGET" }
        }
        submit={submit}
        onClose={editing.close}
        testId="allocation-form"
      >
        {!editing.record && (
          <>
            <Form.Item name="branchId" label="党支部" rules={[{ required: true, message: "请选择党支部" }]}>
              <UnitPicker kinds={["BRANCH"]} />
            </Form.Item>
            <Form.Item name="year" label="经费年度" rules={[{ required: true, message: "请填写年度" }]}>
              <InputNumber style={{ width: 140 }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="allocatedOn" label="下拨日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: "请填写金额" }]}>
          <InputNumber style={{ width: 200 }} precision={2} />
        </Form.Item>
        <Form.Item name="source" label="来源" rules={[{ required: true }]}>
          <Select options={optionsOf(FUND_SOURCE_LABELS)} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </RecordForm>
    </>
  );
}

interface SpendingValues {
  branchId: string;
  spentOn: Dayjs;
  amount: number;
  purpose: string;
  receiptNumber?: string;
}

export function SpendingsTab({ unitId, year }: { unitId: string | null; year: number }) {
  const canWrite = useCanWrite("FUNDING_WRITE");
  const editing = useEditing<FundSpendingFieldsFragment>();
  const refetch = ["FundSpendingList", "FundSummaryList"];
  const create = useGqlMutation(CreateFundSpending, (d) => unwrapResult(d.createFundSpending), refetch);
  const update = useGqlMutation(UpdateFundSpending, (d) => unwrapResult(d.updateFundSpending), refetch);
  const archive = useGqlMutation(ArchiveFundSpending, (d) => unwrapResult(d.archiveFundSpending), refetch);

  const columns: Array<RecordColumn<FundSpendingFieldsFragment>> = [
    { title: "党支部", dataIndex: ["branch", "fullName"] },
    { title: "支出日期", dataIndex: "spentOn", render: formatDate, exportValue: (r) => r.spentOn },
    { title: "金额", dataIndex: "amount", align: "right", render: money, exportValue: (r) => yuanNumber(r.amount) },
    { title: "用途", dataIndex: "purpose" },
    { title: "票据号", dataIndex: "receiptNumber", render: (v: string | null) => v ?? "—" },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: FundSpendingFieldsFragment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => editing.edit(r)}>
                  编辑
                </Button>
                <ArchiveAction
                  title="作废支出记录"
                  submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const submit = async (v: SpendingValues) => {
    const fields = {
      spentOn: localDate(v.spentOn),
      amount: decimalText(v.amount),
      purpose: v.purpose?.trim(),
      receiptNumber: v.receiptNumber?.trim() || null,
    };
    const before = editing.record;
    if (!before)
      await create.mutateAsync({
        input: { ...fields, spentOn: fields.spentOn!, amount: fields.amount ?? "", purpose: fields.purpose ?? "", branchId: v.branchId },
      });
    else await update.mutateAsync({ input: { id: before.id, version: before.version, ...changedOnly(fields, before) } });
  };

  return (
    <>
      <PagedRecords
        testId="spendings-table"
        document={FundSpendingList}
        variables={{ filter: { unitId, year } }}
        enabled={!!unitId}
        pick={(d) => d.fundSpendings}
        columns={columns}
        exportName={`经费支出-${year}`}
        toolbar={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editing.create}>
              登记支出
            </Button>
          )
        }
      />
      <RecordForm<SpendingValues>
        open={editing.open}
        title={editing.record ? "编辑支出" : "登记支出"}
        initialValues={
          editing.record
            ? {
                spentOn: pickerDate(editing.record.spentOn),
                amount: Number(editing.record.amount),
                purpose: editing.record.purpose,
                receiptNumber: editing.record.receiptNumber ?? undefined,
              }
            : {}
        }
        submit={submit}
        onClose={editing.close}
        testId="spending-form"
      >
        {!editing.record && (
          <Form.Item name="branchId" label="党支部" rules={[{ required: true, message: "请选择党支部" }]}>
            <UnitPicker kinds={["BRANCH"]} />
          </Form.Item>
        )}
        <Form.Item name="spentOn" label="支出日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: "请填写金额" }]}>
          <InputNumber style={{ width: 200 }} precision={2} />
        </Form.Item>
        <Form.Item name="purpose" label="用途" rules={[{ required: true, whitespace: true, message: "请填写用途" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="receiptNumber" label="票据号">
          <Input maxLength={100} />
        </Form.Item>
      </RecordForm>
    </>
  );
}
