import { Button, Form, Input, InputNumber, Select, Space } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { formatYuan, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, changedOnly, decimalText, MemberSelect, useCanWrite, useEditing } from "../../components/record-actions";
import type { AllowanceFieldsFragment, PartyWorkPostKind } from "../../gql/graphql";
import { optionsOf, POST_KIND_LABELS } from "../../labels-records";
import { AllowanceList, ArchiveAllowance, CreateAllowance, UpdateAllowance } from "./operations";

interface AllowanceValues {
  unitId: string;
  memberId: string;
  postKind: PartyWorkPostKind;
  post: string;
  year: number;
  amount?: number;
  workloadCredit: number;
}

/** 党务工作补贴: secretaries', committee members' and group leaders' allowances and workload credit per year. */
export function AllowancesTab({ unitId, year }: { unitId: string | null; year: number }) {
  const canWrite = useCanWrite("FUNDING_WRITE");
  const editing = useEditing<AllowanceFieldsFragment>();
  const create = useGqlMutation(CreateAllowance, (d) => unwrapResult(d.createPartyWorkAllowance), ["AllowanceList"]);
  const update = useGqlMutation(UpdateAllowance, (d) => unwrapResult(d.updatePartyWorkAllowance), ["AllowanceList"]);
  const archive = useGqlMutation(ArchiveAllowance, (d) => unwrapResult(d.archivePartyWorkAllowance), ["AllowanceList"]);

  const columns: Array<RecordColumn<AllowanceFieldsFragment>> = [
    { title: "年度", dataIndex: "year" },
    { title: "组织", dataIndex: ["unit", "fullName"] },
    { title: "党员", dataIndex: ["member", "name"] },
    {
      title: "岗位类别",
      dataIndex: "postKind",
      render: (k: PartyWorkPostKind) => POST_KIND_LABELS[k],
      exportValue: (r) => POST_KIND_LABELS[r.postKind],
    },
    { title: "岗位说明", dataIndex: "post" },
    { title: "津贴金额", dataIndex: "amount", align: "right", render: formatYuan, exportValue: (r) => Number(r.amount) },
    { title: "计入工作量", dataIndex: "workloadCredit", align: "right", exportValue: (r) => Number(r.workloadCredit) },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: AllowanceFieldsFragment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => editing.edit(r)}>
                  编辑
                </Button>
                <ArchiveAction
                  title="作废补贴记录"
                  submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const submit = async (v: AllowanceValues) => {
    const before = editing.record;
    if (!before)
      await create.mutateAsync({
        input: {
          unitId: v.unitId,
          memberId: v.memberId,
          postKind: v.postKind,
          post: v.post?.trim() ?? "",
          year: v.year,
          amount: decimalText(v.amount) ?? null,
          workloadCredit: decimalText(v.workloadCredit) ?? "",
        },
      });
    else {
      const fields = { post: v.post?.trim(), amount: decimalText(v.amount), workloadCredit: decimalText(v.workloadCredit) };
      await update.mutateAsync({ input: { id: before.id, version: before.version, ...changedOnly(fields, before) } });
    }
  };

  return (
    <>
      <PagedRecords
        testId="allowances-table"
        document={AllowanceList}
        variables={{ filter: { unitId, year } }}
        enabled={!!unitId}
        pick={(d) => d.partyWorkAllowances}
        columns={columns}
        exportName={`党务工作补贴-${year}`}
        toolbar={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editing.create}>
              登记补贴
            </Button>
          )
        }
      />
      <RecordForm<AllowanceValues>
        open={editing.open}
        title={editing.record ? "编辑党务工作补贴" : "登记党务工作补贴"}
        initialValues={
          editing.record
            ? { post: editing.record.post, amount: Number(editing.record.amount), workloadCredit: Number(editing.record.workloadCredit) }
            : { year, postKind: "SECRETARY", unitId: unitId ?? undefined }
        }
        submit={submit}
        onClose={editing.close}
        testId="allowance-form"
      >
        {(form) => (
          <>
            {!editing.record && (
              <>
                <Form.Item name="unitId" label="任职的组织" rules={[{ required: true, message: "请选择组织" }]}>
                  <UnitPicker />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.unitId !== b.unitId}>
                  {() => (
                    <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
                      <MemberSelect unitId={form.getFieldValue("unitId")} />
                    </Form.Item>
                  )}
                </Form.Item>
                <Form.Item name="postKind" label="岗位类别" rules={[{ required: true }]}>
                  <Select options={optionsOf(POST_KIND_LABELS)} />
                </Form.Item>
                <Form.Item name="year" label="年度" rules={[{ required: true, message: "请填写年度" }]}>
                  <InputNumber style={{ width: 140 }} />
                </Form.Item>
              </>
            )}
            <Form.Item name="post" label="岗位说明" rules={[{ required: true, whitespace: true, message: "请填写岗位说明" }]}>
              <Input placeholder="如：财经学院学生支部书记" maxLength={100} />
            </Form.Item>
            <Form.Item name="amount" label="津贴金额（元）" extra="不填则按本年度该岗位津贴标准">
              <InputNumber precision={2} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="workloadCredit" label="计入工作量" rules={[{ required: true, message: "请填写工作量" }]}>
              <InputNumber style={{ width: 200 }} />
            </Form.Item>
          </>
        )}
      </RecordForm>
    </>
  );
}
