import { useState } from "react";
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, RefusalError, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { ArchiveAction, localDate, MemberSelect, useCanWrite } from "../../components/record-actions";
import type { AwardFieldsFragment, AwardKind, AwardStatus } from "../../gql/graphql";
import { AWARD_KIND_LABELS, AWARD_STATUS_COLORS, AWARD_STATUS_LABELS, optionsOf } from "../../labels-records";
import { AdvanceAward, ArchiveAward, AwardList, NominateAward } from "./operations";

interface NominateValues {
  kind: AwardKind;
  cycleYear: number;
  unitId?: string;
  memberId?: string;
  nominatedOn: Dayjs;
  note?: string;
}

interface AdvanceValues {
  to: AwardStatus;
  on: Dayjs;
  reviewer?: string;
  note?: string;
}

/** 评选表彰: nominations moved through the API's workflow (推荐 → 审核 → 表彰/不予表彰); a refused step shows its rule. */
export function AwardsTab({ unitId, year }: { unitId: string | null; year: number }) {
  const canWrite = useCanWrite("GOVERNANCE_WRITE");
  const [kind, setKind] = useState<AwardKind>();
  const [status, setStatus] = useState<AwardStatus>();
  const [nominating, setNominating] = useState(false);
  const [advancing, setAdvancing] = useState<AwardFieldsFragment | null>(null);
  const [allowedNext, setAllowedNext] = useState<string[] | null>(null);
  const nominate = useGqlMutation(NominateAward, (d) => unwrapResult(d.nominateAward), ["AwardList"]);
  const advance = useGqlMutation(AdvanceAward, (d) => unwrapResult(d.advanceAward), ["AwardList"]);
  const archive = useGqlMutation(ArchiveAward, (d) => unwrapResult(d.archiveAward), ["AwardList"]);

  const columns: Array<RecordColumn<AwardFieldsFragment>> = [
    { title: "评选年度", dataIndex: "cycleYear" },
    { title: "奖项", dataIndex: "kind", render: (k: AwardKind) => AWARD_KIND_LABELS[k], exportValue: (r) => AWARD_KIND_LABELS[r.kind] },
    {
      title: "被推荐",
      key: "nominee",
      render: (_, r) => r.nomineeMember?.name ?? r.unit.fullName,
      exportValue: (r) => r.nomineeMember?.name ?? r.unit.fullName,
    },
    { title: "所在组织", dataIndex: ["unit", "fullName"] },
    {
      title: "状态",
      dataIndex: "status",
      render: (s: AwardStatus) => <Tag color={AWARD_STATUS_COLORS[s]}>{AWARD_STATUS_LABELS[s]}</Tag>,
      exportValue: (r) => AWARD_STATUS_LABELS[r.status],
    },
    { title: "推荐日期", dataIndex: "nominatedOn", render: formatDate, exportValue: (r) => r.nominatedOn },
    { title: "审核日期", dataIndex: "reviewedOn", render: formatDate, exportValue: (r) => r.reviewedOn },
    { title: "决定日期", dataIndex: "decidedOn", render: formatDate, exportValue: (r) => r.decidedOn },
    { title: "审核人", dataIndex: "reviewer", render: (v: string | null) => v ?? "—" },
    ...(canWrite
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: AwardFieldsFragment) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => {
                    setAllowedNext(null);
                    setAdvancing(r);
                  }}
                >
                  审核/决定
                </Button>
                <ArchiveAction
                  title="作废推荐记录"
                  submit={(reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PagedRecords
        testId="awards-table"
        document={AwardList}
        variables={{ filter: { unitId, year, kind, status } }}
        enabled={!!unitId}
        pick={(d) => d.awards}
        columns={columns}
        exportName={`评选表彰-${year}`}
        toolbar={
          <>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)}>
                推荐
              </Button>
            )}
            <Select
              allowClear
              placeholder="奖项"
              value={kind}
              onChange={setKind}
              options={optionsOf(AWARD_KIND_LABELS)}
              style={{ width: 160 }}
            />
            <Select
              allowClear
              aria-label="状态"
              placeholder="状态"
              value={status}
              onChange={setStatus}
              options={optionsOf(AWARD_STATUS_LABELS)}
              style={{ width: 120 }}
            />
          </>
        }
      />

      <RecordForm<NominateValues>
        open={nominating}
        title="推荐评选表彰"
        initialValues={{ kind: "EXCELLENT_MEMBER", cycleYear: year, nominatedOn: dayjs(), unitId: unitId ?? undefined }}
        submit={(v) =>
          nominate.mutateAsync({
            input: {
              kind: v.kind,
              cycleYear: v.cycleYear,
              nominatedOn: localDate(v.nominatedOn)!,
              unitId: v.kind === "ADVANCED_ORGANISATION" ? v.unitId : null,
              memberId: v.kind === "ADVANCED_ORGANISATION" ? null : v.memberId,
              note: v.note?.trim() || null,
            },
          })
        }
        onClose={() => setNominating(false)}
        testId="nominate-form"
      >
        {(form) => (
          <>
            <Form.Item name="kind" label="奖项" rules={[{ required: true }]}>
              <Select options={optionsOf(AWARD_KIND_LABELS)} />
            </Form.Item>
            <Form.Item name="cycleYear" label="评选年度" rules={[{ required: true, message: "请填写评选年度" }]}>
              <InputNumber style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="unitId" label={<UnitLabel form={form} />} rules={[{ required: true, message: "请选择组织" }]}>
              <UnitPicker />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind || a.unitId !== b.unitId}>
              {() =>
                form.getFieldValue("kind") !== "ADVANCED_ORGANISATION" && (
                  <Form.Item name="memberId" label="被推荐党员" rules={[{ required: true, message: "请选择党员" }]}>
                    <MemberSelect unitId={form.getFieldValue("unitId")} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="nominatedOn" label="推荐日期" rules={[{ required: true, message: "请选择日期" }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="note" label="推荐理由">
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </RecordForm>

      <RecordForm<AdvanceValues>
        modal
        open={!!advancing}
        title={
          advancing
            ? `审核/决定：${advancing.nomineeMember?.name ?? advancing.unit.name}（当前：${AWARD_STATUS_LABELS[advancing.status]}）`
            : ""
        }
        initialValues={{ on: dayjs() }}
        submit={async (v) => {
          try {
            return await advance.mutateAsync({
              input: {
                id: advancing!.id,
                version: advancing!.version,
                to: v.to,
                on: localDate(v.on)!,
                reviewer: v.reviewer?.trim() || null,
                note: v.note?.trim() || null,
              },
            });
          } catch (e) {
            setAllowedNext(e instanceof RefusalError ? (e.refusal.allowedNext ?? null) : null);
            throw e;
          }
        }}
        onClose={() => setAdvancing(null)}
        testId="advance-award-form"
      >
        {allowedNext && (
          <Typography.Paragraph type="secondary" data-testid="allowed-next">
            当前状态可转入：
            {allowedNext.length ? allowedNext.map((s) => AWARD_STATUS_LABELS[s as AwardStatus] ?? s).join("、") : "无（已是最终状态）"}
          </Typography.Paragraph>
        )}
        <Form.Item name="to" label="转入状态" rules={[{ required: true, message: "请选择状态" }]}>
          <Select options={optionsOf(AWARD_STATUS_LABELS).filter((o) => o.value !== advancing?.status)} />
        </Form.Item>
        <Form.Item name="on" label="审核或决定日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reviewer" label="审核人">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </RecordForm>
    </>
  );
}

function UnitLabel({ form }: { form: import("antd").FormInstance<NominateValues> }) {
  const kind = Form.useWatch("kind", form);
  return <>{kind === "ADVANCED_ORGANISATION" ? "被推荐的党组织" : "党员所在组织"}</>;
}
