import { useState } from "react";
import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { RecordTab } from "../../components/record-tab";
import { changedOnly, localDate, pickerDate } from "../../components/record-actions";
import type {
  NoticeListQuery,
  NoticeListQueryVariables,
  RecognitionListQuery,
  RecognitionListQueryVariables,
  DecisionListQuery,
  DecisionListQueryVariables,
  RiskListQuery,
  RiskListQueryVariables,
  DecisionCategory,
  DecisionFieldsFragment,
  NoticeChannel,
  NoticeFieldsFragment,
  RecognitionFieldsFragment,
  RecognitionKind,
  RecognitionLevel,
  RiskFieldsFragment,
} from "../../gql/graphql";
import {
  DECISION_CATEGORY_LABELS,
  NOTICE_CHANNEL_LABELS,
  optionsOf,
  RECOGNITION_KIND_LABELS,
  RECOGNITION_LEVEL_LABELS,
} from "../../labels-records";
import {
  ArchiveDecision,
  ArchiveNotice,
  ArchiveRecognition,
  ArchiveRisk,
  CreateDecision,
  CreateNotice,
  CreateRecognition,
  CreateRisk,
  DecisionList,
  NoticeList,
  RecognitionList,
  RiskList,
  UpdateDecision,
  UpdateNotice,
  UpdateRecognition,
  UpdateRisk,
} from "./operations";

const text = (v: string | null | undefined) => v ?? "—";
const trimmed = (v: string | undefined) => v?.trim() || null;
const unitField = (
  <Form.Item name="unitId" label="组织" rules={[{ required: true, message: "请选择组织" }]}>
    <UnitPicker />
  </Form.Item>
);

interface NoticeValues {
  unitId: string;
  title: string;
  channel: NoticeChannel;
  publishedOn: Dayjs;
  summary?: string;
}

/** 党务公开: what was made public, where and when. */
export function NoticesTab({ unitId, year }: { unitId: string | null; year: number }) {
  const [channel, setChannel] = useState<NoticeChannel>();
  const refetch = ["NoticeList"];
  const create = useGqlMutation(CreateNotice, (d) => unwrapResult(d.createPartyAffairsNotice), refetch);
  const update = useGqlMutation(UpdateNotice, (d) => unwrapResult(d.updatePartyAffairsNotice), refetch);
  const archive = useGqlMutation(ArchiveNotice, (d) => unwrapResult(d.archivePartyAffairsNotice), refetch);
  const fieldsOf = (v: NoticeValues) => ({
    title: v.title?.trim(),
    channel: v.channel,
    publishedOn: localDate(v.publishedOn),
    summary: trimmed(v.summary),
  });
  return (
    <RecordTab<NoticeListQuery, NoticeListQueryVariables, NoticeFieldsFragment, NoticeValues>
      noun="党务公开"
      permission="GOVERNANCE_WRITE"
      testId="notices-table"
      document={NoticeList}
      variables={{ filter: { unitId, year, channel } }}
      enabled={!!unitId}
      pick={(d) => d.partyAffairsNotices}
      exportName={`党务公开-${year}`}
      toolbar={
        <Select
          allowClear
          placeholder="公开渠道"
          value={channel}
          onChange={setChannel}
          options={optionsOf(NOTICE_CHANNEL_LABELS)}
          style={{ width: 150 }}
        />
      }
      columns={[
        { title: "公开日期", dataIndex: "publishedOn", render: formatDate, exportValue: (r) => r.publishedOn },
        { title: "标题", dataIndex: "title" },
        {
          title: "渠道",
          dataIndex: "channel",
          render: (c: NoticeChannel) => NOTICE_CHANNEL_LABELS[c],
          exportValue: (r) => NOTICE_CHANNEL_LABELS[r.channel],
        },
        { title: "组织", dataIndex: ["unit", "fullName"] },
        { title: "内容摘要", dataIndex: "summary", render: text, ellipsis: true },
      ]}
      initialValues={(r) =>
        r
          ? { title: r.title, channel: r.channel, publishedOn: pickerDate(r.publishedOn), summary: r.summary ?? undefined }
          : { unitId: unitId ?? undefined, channel: "BOARD" as const, publishedOn: dayjs() }
      }
      fields={(r) => (
        <>
          {!r && unitField}
          <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: "请填写标题" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="channel" label="公开渠道" rules={[{ required: true }]}>
            <Select options={optionsOf(NOTICE_CHANNEL_LABELS)} />
          </Form.Item>
          <Form.Item name="publishedOn" label="公开日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="summary" label="内容摘要">
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </>
      )}
      create={(v: NoticeValues) => {
        const f = fieldsOf(v);
        return create.mutateAsync({ input: { ...f, title: f.title ?? "", publishedOn: f.publishedOn!, unitId: v.unitId } });
      }}
      update={(r, v: NoticeValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
      archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
    />
  );
}

interface RecognitionValues {
  unitId: string;
  kind: RecognitionKind;
  level: RecognitionLevel;
  title: string;
  issuer: string;
  occurredOn: Dayjs;
  note?: string;
}

/** 荣誉与媒体报道 (附件 指标17、18). */
export function RecognitionsTab({ unitId, year }: { unitId: string | null; year: number }) {
  const [kind, setKind] = useState<RecognitionKind>();
  const refetch = ["RecognitionList"];
  const create = useGqlMutation(CreateRecognition, (d) => unwrapResult(d.createRecognition), refetch);
  const update = useGqlMutation(UpdateRecognition, (d) => unwrapResult(d.updateRecognition), refetch);
  const archive = useGqlMutation(ArchiveRecognition, (d) => unwrapResult(d.archiveRecognition), refetch);
  const fieldsOf = (v: RecognitionValues) => ({
    title: v.title?.trim(),
    issuer: v.issuer?.trim(),
    level: v.level,
    occurredOn: localDate(v.occurredOn),
    note: trimmed(v.note),
  });
  return (
    <RecordTab<RecognitionListQuery, RecognitionListQueryVariables, RecognitionFieldsFragment, RecognitionValues>
      noun="荣誉或报道"
      permission="GOVERNANCE_WRITE"
      testId="recognitions-table"
      document={RecognitionList}
      variables={{ filter: { unitId, year, kind } }}
      enabled={!!unitId}
      pick={(d) => d.recognitions}
      exportName={`荣誉与媒体报道-${year}`}
      toolbar={
        <Select
          allowClear
          placeholder="类别"
          value={kind}
          onChange={setKind}
          options={optionsOf(RECOGNITION_KIND_LABELS)}
          style={{ width: 120 }}
        />
      }
      columns={[
        { title: "日期", dataIndex: "occurredOn", render: formatDate, exportValue: (r) => r.occurredOn },
        {
          title: "类别",
          dataIndex: "kind",
          render: (k: RecognitionKind) => RECOGNITION_KIND_LABELS[k],
          exportValue: (r) => RECOGNITION_KIND_LABELS[r.kind],
        },
        {
          title: "级别",
          dataIndex: "level",
          render: (l: RecognitionLevel) => RECOGNITION_LEVEL_LABELS[l],
          exportValue: (r) => RECOGNITION_LEVEL_LABELS[r.level],
        },
        { title: "荣誉名称或报道标题", dataIndex: "title" },
        { title: "颁发单位或媒体", dataIndex: "issuer" },
        { title: "组织", dataIndex: ["unit", "fullName"] },
      ]}
      initialValues={(r) =>
        r
          ? { title: r.title, issuer: r.issuer, level: r.level, occurredOn: pickerDate(r.occurredOn), note: r.note ?? undefined }
          : { unitId: unitId ?? undefined, kind: "HONOUR" as const, level: "SCHOOL" as const }
      }
      fields={(r) => (
        <>
          {!r && (
            <>
              {unitField}
              <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
                <Select options={optionsOf(RECOGNITION_KIND_LABELS)} />
              </Form.Item>
            </>
          )}
          <Form.Item name="level" label="级别" rules={[{ required: true }]}>
            <Select options={optionsOf(RECOGNITION_LEVEL_LABELS)} />
          </Form.Item>
          <Form.Item name="title" label="荣誉名称或报道标题" rules={[{ required: true, whitespace: true, message: "请填写名称" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="issuer" label="颁发单位或媒体" rules={[{ required: true, whitespace: true, message: "请填写颁发单位或媒体" }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="occurredOn" label="授予或报道日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      )}
      create={(v: RecognitionValues) => {
        const f = fieldsOf(v);
        return create.mutateAsync({
          input: { ...f, title: f.title ?? "", issuer: f.issuer ?? "", occurredOn: f.occurredOn!, kind: v.kind, unitId: v.unitId },
        });
      }}
      update={(r, v: RecognitionValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
      archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
    />
  );
}

interface DecisionValues {
  unitId: string;
  title: string;
  category: DecisionCategory;
  decidedOn: Dayjs;
  consultedOn: Dayjs;
  consultedWith: string;
  consultation: string;
}

/** 三重一大: major decisions with the consultation before them (the API checks the dates). */
export function DecisionsTab({ unitId, year }: { unitId: string | null; year: number }) {
  const [category, setCategory] = useState<DecisionCategory>();
  const refetch = ["DecisionList"];
  const create = useGqlMutation(CreateDecision, (d) => unwrapResult(d.createMajorDecision), refetch);
  const update = useGqlMutation(UpdateDecision, (d) => unwrapResult(d.updateMajorDecision), refetch);
  const archive = useGqlMutation(ArchiveDecision, (d) => unwrapResult(d.archiveMajorDecision), refetch);
  const fieldsOf = (v: DecisionValues) => ({
    title: v.title?.trim(),
    category: v.category,
    decidedOn: localDate(v.decidedOn),
    consultedOn: localDate(v.consultedOn),
    consultedWith: v.consultedWith?.trim(),
    consultation: v.consultation?.trim(),
  });
  return (
    <RecordTab<DecisionListQuery, DecisionListQueryVariables, DecisionFieldsFragment, DecisionValues>
      noun="“三重一大”事项"
      permission="GOVERNANCE_WRITE"
      testId="decisions-table"
      document={DecisionList}
      variables={{ filter: { unitId, year, category } }}
      enabled={!!unitId}
      pick={(d) => d.majorDecisions}
      exportName={`三重一大-${year}`}
      toolbar={
        <Select
          allowClear
          placeholder="事项类别"
          value={category}
          onChange={setCategory}
          options={optionsOf(DECISION_CATEGORY_LABELS)}
          style={{ width: 150 }}
        />
      }
      columns={[
        { title: "决策日期", dataIndex: "decidedOn", render: formatDate, exportValue: (r) => r.decidedOn },
        { title: "事项", dataIndex: "title" },
        {
          title: "类别",
          dataIndex: "category",
          render: (c: DecisionCategory) => DECISION_CATEGORY_LABELS[c],
          exportValue: (r) => DECISION_CATEGORY_LABELS[r.category],
        },
        { title: "沟通日期", dataIndex: "consultedOn", render: formatDate, exportValue: (r) => r.consultedOn },
        { title: "沟通对象", dataIndex: "consultedWith" },
        { title: "组织", dataIndex: ["unit", "fullName"] },
      ]}
      initialValues={(r) =>
        r
          ? {
              title: r.title,
              category: r.category,
              decidedOn: pickerDate(r.decidedOn),
              consultedOn: pickerDate(r.consultedOn),
              consultedWith: r.consultedWith,
              consultation: r.consultation,
            }
          : { unitId: unitId ?? undefined, category: "MAJOR_DECISION" as const }
      }
      fields={(r) => (
        <>
          {!r && unitField}
          <Form.Item name="title" label="事项" rules={[{ required: true, whitespace: true, message: "请填写事项" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true }]}>
            <Select options={optionsOf(DECISION_CATEGORY_LABELS)} />
          </Form.Item>
          <Form.Item name="consultedOn" label="酝酿沟通日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="consultedWith" label="沟通对象" rules={[{ required: true, whitespace: true, message: "请填写沟通对象" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="consultation" label="酝酿沟通情况" rules={[{ required: true, whitespace: true, message: "请填写沟通情况" }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="decidedOn" label="决策日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
        </>
      )}
      create={(v: DecisionValues) => {
        const f = fieldsOf(v);
        return create.mutateAsync({
          input: {
            ...f,
            title: f.title ?? "",
            consultedWith: f.consultedWith ?? "",
            consultation: f.consultation ?? "",
            decidedOn: f.decidedOn!,
            consultedOn: f.consultedOn!,
            unitId: v.unitId,
          },
        });
      }}
      update={(r, v: DecisionValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
      archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
    />
  );
}

interface RiskValues {
  unitId: string;
  riskPoint: string;
  keyPoint: string;
  controlMeasures: string;
  responsiblePerson: string;
  reviewedOn: Dayjs;
}

/** 廉政风险防控: the register of risk points, key points, measures and who answers for them. */
export function RisksTab({ unitId, year }: { unitId: string | null; year: number }) {
  const refetch = ["RiskList"];
  const create = useGqlMutation(CreateRisk, (d) => unwrapResult(d.createIntegrityRisk), refetch);
  const update = useGqlMutation(UpdateRisk, (d) => unwrapResult(d.updateIntegrityRisk), refetch);
  const archive = useGqlMutation(ArchiveRisk, (d) => unwrapResult(d.archiveIntegrityRisk), refetch);
  const fieldsOf = (v: RiskValues) => ({
    riskPoint: v.riskPoint?.trim(),
    keyPoint: v.keyPoint?.trim(),
    controlMeasures: v.controlMeasures?.trim(),
    responsiblePerson: v.responsiblePerson?.trim(),
    reviewedOn: localDate(v.reviewedOn),
  });
  return (
    <RecordTab<RiskListQuery, RiskListQueryVariables, RiskFieldsFragment, RiskValues>
      noun="廉政风险点"
      permission="GOVERNANCE_WRITE"
      testId="risks-table"
      document={RiskList}
      variables={{ filter: { unitId, year } }}
      enabled={!!unitId}
      pick={(d) => d.integrityRisks}
      exportName={`廉政风险防控-${year}`}
      columns={[
        { title: "风险点", dataIndex: "riskPoint" },
        { title: "关键点", dataIndex: "keyPoint" },
        { title: "防控措施", dataIndex: "controlMeasures", ellipsis: true, width: 280 },
        { title: "责任人", dataIndex: "responsiblePerson" },
        { title: "最近复核", dataIndex: "reviewedOn", render: formatDate, exportValue: (r) => r.reviewedOn },
        { title: "组织", dataIndex: ["unit", "fullName"] },
      ]}
      initialValues={(r) =>
        r
          ? {
              riskPoint: r.riskPoint,
              keyPoint: r.keyPoint,
              controlMeasures: r.controlMeasures,
              responsiblePerson: r.responsiblePerson,
              reviewedOn: pickerDate(r.reviewedOn),
            }
          : { unitId: unitId ?? undefined, reviewedOn: dayjs() }
      }
      fields={(r) => (
        <>
          {!r && unitField}
          <Form.Item name="riskPoint" label="风险点" rules={[{ required: true, whitespace: true, message: "请填写风险点" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="keyPoint" label="关键点" rules={[{ required: true, whitespace: true, message: "请填写关键点" }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="controlMeasures" label="防控措施" rules={[{ required: true, whitespace: true, message: "请填写防控措施" }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="responsiblePerson"
            label="责任人（一岗双责）"
            rules={[{ required: true, whitespace: true, message: "请填写责任人" }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="reviewedOn" label="复核日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
        </>
      )}
      create={(v: RiskValues) => {
        const f = fieldsOf(v);
        return create.mutateAsync({
          input: {
            riskPoint: f.riskPoint ?? "",
            keyPoint: f.keyPoint ?? "",
            controlMeasures: f.controlMeasures ?? "",
            responsiblePerson: f.responsiblePerson ?? "",
            reviewedOn: f.reviewedOn!,
            unitId: v.unitId,
          },
        });
      }}
      update={(r, v: RiskValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
      archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
    />
  );
}
