import { useState } from "react";
import { Button, DatePicker, Form, Input, InputNumber, Select } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, unwrapResult, useGqlMutation } from "@party/client-shared";
import { PagedRecords } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { RecordTab } from "../../components/record-tab";
import { changedOnly, localDate, MemberSelect, useCanWrite } from "../../components/record-actions";
import type {
  EvaluationAspect,
  EvaluatorKind,
  EvaluationListQuery,
  EvaluationListQueryVariables,
  PledgeFieldsFragment,
  PledgeListQuery,
  PledgeListQueryVariables,
} from "../../gql/graphql";
import { ASPECT_LABELS, EVALUATOR_KIND_LABELS, optionsOf } from "../../labels-records";
import { ArchivePledge, CreatePledge, EvaluationList, PledgeList, RecordEvaluation, UpdatePledge } from "./operations";

type Pledge = PledgeFieldsFragment;
const REFETCH = ["PledgeList", "EvaluationList"];

interface PledgeValues {
  memberId: string;
  serviceWindow: string;
  identity: string;
  pledge: string;
  standard: string;
  pledgedOn: Dayjs;
}

interface EvaluationValues {
  pledgeId?: string;
  memberId?: string;
  evaluatorKind: EvaluatorKind;
  evaluatorLabel: string;
  aspect?: EvaluationAspect;
  score: number;
  evaluatedOn: Dayjs;
  comment?: string;
}

/** 亮身份、亮承诺、亮标准: each member's pledge at a service window, with its average evaluation. */
export function PledgesTab({ unitId, onEvaluate }: { unitId: string | null; onEvaluate: (p: Pledge) => void }) {
  const [serviceWindow, setServiceWindow] = useState("");
  const create = useGqlMutation(CreatePledge, (d) => unwrapResult(d.createServicePledge), REFETCH);
  const update = useGqlMutation(UpdatePledge, (d) => unwrapResult(d.updateServicePledge), REFETCH);
  const archive = useGqlMutation(ArchivePledge, (d) => unwrapResult(d.archiveServicePledge), REFETCH);
  return (
    <RecordTab<PledgeListQuery, PledgeListQueryVariables, Pledge, PledgeValues>
      noun="承诺"
      permission="SERVICE_WRITE"
      testId="pledges-table"
      document={PledgeList}
      variables={{ filter: { unitId, serviceWindow: serviceWindow || undefined } }}
      enabled={!!unitId}
      pick={(d) => d.servicePledges}
      exportName="党员承诺"
      toolbar={<Input.Search placeholder="按服务窗口筛选" allowClear onSearch={setServiceWindow} style={{ width: 200 }} />}
      columns={[
        { title: "党员", dataIndex: ["member", "name"] },
        { title: "服务窗口", dataIndex: "serviceWindow" },
        { title: "亮身份", dataIndex: "identity" },
        { title: "亮承诺", dataIndex: "pledge", ellipsis: true, width: 240 },
        { title: "亮标准", dataIndex: "standard", ellipsis: true, width: 200 },
        { title: "承诺日期", dataIndex: "pledgedOn", render: formatDate, exportValue: (r) => r.pledgedOn },
        {
          title: "平均得分",
          dataIndex: "averageScore",
          align: "right",
          render: (s: number | null) => (s == null ? "未评议" : s.toFixed(1)),
        },
        { title: "所在支部", dataIndex: ["unit", "fullName"] },
      ]}
      rowActions={(r) => (
        <Button type="link" size="small" onClick={() => onEvaluate(r)}>
          评议
        </Button>
      )}
      initialValues={(r) => (r ? { identity: r.identity, pledge: r.pledge, standard: r.standard } : { pledgedOn: dayjs() })}
      fields={(r) => (
        <>
          {!r && (
            <>
              <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
                <MemberSelect unitId={unitId} />
              </Form.Item>
              <Form.Item name="serviceWindow" label="服务窗口" rules={[{ required: true, whitespace: true, message: "请填写服务窗口" }]}>
                <Input placeholder="如：财务处窗口" maxLength={100} />
              </Form.Item>
              <Form.Item name="pledgedOn" label="承诺日期" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker />
              </Form.Item>
            </>
          )}
          <Form.Item name="identity" label="亮身份" rules={[{ required: true, whitespace: true, message: "请填写" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="pledge" label="亮承诺" rules={[{ required: true, whitespace: true, message: "请填写" }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="standard" label="亮标准" rules={[{ required: true, whitespace: true, message: "请填写" }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
      create={(v: PledgeValues) =>
        create.mutateAsync({
          input: {
            memberId: v.memberId,
            serviceWindow: v.serviceWindow?.trim() ?? "",
            identity: v.identity?.trim() ?? "",
            pledge: v.pledge?.trim() ?? "",
            standard: v.standard?.trim() ?? "",
            pledgedOn: localDate(v.pledgedOn)!,
          },
        })
      }
      update={(r, v: PledgeValues) =>
        update.mutateAsync({
          input: {
            id: r.id,
            version: r.version,
            ...changedOnly({ identity: v.identity?.trim(), pledge: v.pledge?.trim(), standard: v.standard?.trim() }, r),
          },
        })
      }
      archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
    />
  );
}

/** 三评: public, peer and leader evaluations, each with a score (0–100, checked by the API). */
export function EvaluationsTab({ unitId, onEvaluate }: { unitId: string | null; onEvaluate: () => void }) {
  const canWrite = useCanWrite("SERVICE_WRITE");
  const [evaluatorKind, setEvaluatorKind] = useState<EvaluatorKind>();
  return (
    <PagedRecords<EvaluationListQuery, EvaluationListQueryVariables, EvaluationListQuery["serviceEvaluations"]["items"][number]>
      testId="evaluations-table"
      document={EvaluationList}
      variables={{ filter: { unitId, evaluatorKind } }}
      enabled={!!unitId}
      pick={(d) => d.serviceEvaluations}
      exportName="服务评议"
      toolbar={
        <>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={onEvaluate}>
              登记评议
            </Button>
          )}
          <Select
            allowClear
            placeholder="评议方式"
            value={evaluatorKind}
            onChange={setEvaluatorKind}
            options={optionsOf(EVALUATOR_KIND_LABELS)}
            style={{ width: 140 }}
          />
        </>
      }
      columns={[
        { title: "评议日期", dataIndex: "evaluatedOn", render: formatDate },
        { title: "被评议党员", dataIndex: ["member", "name"] },
        { title: "服务窗口", dataIndex: ["pledge", "serviceWindow"], render: (v: string | undefined) => v ?? "—" },
        {
          title: "评议方式",
          dataIndex: "evaluatorKind",
          render: (k: EvaluatorKind) => EVALUATOR_KIND_LABELS[k],
          exportValue: (r) => EVALUATOR_KIND_LABELS[r.evaluatorKind],
        },
        { title: "评议人", dataIndex: "evaluatorLabel" },
        {
          title: "方面",
          dataIndex: "aspect",
          render: (a: EvaluationAspect | null) => (a ? ASPECT_LABELS[a] : "—"),
          exportValue: (r) => (r.aspect ? ASPECT_LABELS[r.aspect] : ""),
        },
        { title: "得分", dataIndex: "score", align: "right" },
        { title: "评语", dataIndex: "comment", ellipsis: true, render: (v: string | null) => v ?? "—" },
      ]}
    />
  );
}

/** Records one evaluation, of a pledge (chosen in the pledges tab) or of a member. */
export function EvaluationForm({
  open,
  pledge,
  unitId,
  onClose,
}: {
  open: boolean;
  pledge: Pledge | null;
  unitId: string | null;
  onClose: () => void;
}) {
  const record = useGqlMutation(RecordEvaluation, (d) => unwrapResult(d.recordServiceEvaluation), [...REFETCH]);
  return (
    <RecordForm<EvaluationValues>
      open={open}
      title={pledge ? `评议：${pledge.member?.name ?? ""}（${pledge.serviceWindow}）` : "登记评议"}
      initialValues={{ evaluatorKind: "PUBLIC", evaluatedOn: dayjs() }}
      submit={(v) =>
        record.mutateAsync({
          input: {
            pledgeId: pledge?.id ?? null,
            memberId: pledge ? null : v.memberId,
            evaluatorKind: v.evaluatorKind,
            evaluatorLabel: v.evaluatorLabel?.trim() ?? "",
            aspect: v.aspect ?? null,
            score: v.score,
            evaluatedOn: localDate(v.evaluatedOn)!,
            comment: v.comment?.trim() || null,
          },
        })
      }
      onClose={onClose}
      testId="evaluation-form"
    >
      {!pledge && (
        <Form.Item name="memberId" label="被评议党员" rules={[{ required: true, message: "请选择党员" }]}>
          <MemberSelect unitId={unitId} />
        </Form.Item>
      )}
      <Form.Item name="evaluatorKind" label="评议方式" rules={[{ required: true }]}>
        <Select options={optionsOf(EVALUATOR_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="evaluatorLabel" label="评议人" rules={[{ required: true, whitespace: true, message: "请填写评议人" }]}>
        <Input placeholder="如：服务对象、处长" maxLength={50} />
      </Form.Item>
      <Form.Item name="aspect" label="方面（三比）">
        <Select allowClear options={optionsOf(ASPECT_LABELS)} />
      </Form.Item>
      <Form.Item name="score" label="得分" rules={[{ required: true, message: "请填写得分" }]}>
        <InputNumber precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="evaluatedOn" label="评议日期" rules={[{ required: true, message: "请选择日期" }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="comment" label="评语">
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </RecordForm>
  );
}
