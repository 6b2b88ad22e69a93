import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Typography } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, useGql } from "@party/client-shared";
import { RecordForm } from "../../components/record-form";
import { localDate, MemberSelect } from "../../components/record-actions";
import { optionsOf } from "../../labels-records";
import type { DevelopmentCaseDetailQuery } from "../../gql/graphql";
import {
  CONTACT_ROLE_LABELS,
  NOTICE_OUTCOME_LABELS,
  NOTICE_PURPOSE_LABELS,
  PROCEDURE_LABELS,
  REPORT_KIND_LABELS,
  STAGE_LABELS,
  STEP_ACTIONS,
  StepAction,
  STEP_KIND_LABELS,
  VOTE_PURPOSE_LABELS,
} from "./development-labels";
import { BranchDocuments } from "./operations";
import { useRunStep } from "./run-step";

export type Case = NonNullable<DevelopmentCaseDetailQuery["developmentCase"]>;
type Step = Case["steps"][number];
type NextStep = Case["nextSteps"][number];

/** Which form is open: a step (preset from one of the API's next steps, or chosen freely) or a correction. */
export type OpenStep =
  { action: Exclude<StepAction, "correctDevelopmentStep">; preset?: Partial<NextStep> } | { action: "correctDevelopmentStep"; step: Step };

/** Stages a plain stage change may go to (the others have their own step); the API refuses what the stage map forbids. */
const ADVANCE_TARGETS = [
  "ACTIVIST",
  "CANDIDATE",
  "UNDER_INSPECTION",
  "DEVELOPMENT_TARGET",
  "WITHDRAWN",
  "NOT_ADMITTED",
  "PROBATION_CANCELLED",
] as const;

type Values = Record<string, unknown> & {
  on?: Dayjs;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  heldOn?: Dayjs;
  until?: Dayjs;
  exclusions?: Array<{ memberId?: string; reason?: string }>;
};

/** The day a step form starts on: the API's earliest day when it is already past, else today. */
function startDay(earliest: string | null | undefined): Dayjs {
  const today = dayjs().startOf("day");
  return earliest && dayjs(earliest).isBefore(today) ? today : earliest ? dayjs(earliest) : today;
}

/** One step of the workflow as a form: the fields its mutation takes, the API's answer (field errors, refusal with rule, CONFLICT) on it. */
export function StepForm({ kase, open, onClose }: { kase: Case; open: OpenStep | null; onClose: () => void }) {
  const run = useRunStep();
  const action = open?.action;
  const preset = open && "preset" in open ? (open.preset ?? {}) : {};
  const docs = useGql(BranchDocuments, { unitId: kase.branchId }, { enabled: !!open });
  const documentOptions = (docs.data?.filedDocuments.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.title}（${formatDate(d.filedOn)}）`,
  }));
  const introducers = kase.contacts.filter((c) => c.role === "INTRODUCER");
  const title =
    open?.action === "correctDevelopmentStep"
      ? "更正记录"
      : (preset.label ?? (action ? STEP_ACTIONS[action as keyof typeof STEP_ACTIONS] : "")).replace(/（.*）$/, "");

  const initial: Partial<Values> =
    open?.action === "correctDevelopmentStep"
      ? { on: dayjs(open.step.occurredOn) }
      : {
          on: startDay(preset.earliestOn),
          heldOn: startDay(preset.earliestOn),
          startsOn: startDay(preset.earliestOn),
          endsOn: startDay(preset.earliestOn).add(4, "day"),
          to: preset.toStage ?? undefined,
          procedure: preset.procedure ?? undefined,
          purpose: preset.noticePurpose ?? preset.votePurpose ?? undefined,
          role: action === "assignDevelopmentContact" ? (/介绍人/.test(preset.label ?? "") ? "INTRODUCER" : "TRAINER") : undefined,
          present: undefined,
          votesAgainst: 0,
          abstentions: 0,
        };

  const submit = (v: Values) => {
    const base = {
      id: kase.id,
      version: kase.version,
      documentIds: (v.documentIds as string[] | undefined) ?? [],
      note: (v.note as string | undefined)?.trim() || undefined,
    };
    const on = localDate(v.on);
    switch (open!.action) {
      case "advanceDevelopmentCase":
        return run(open!.action, { ...base, on, to: v.to });
      case "recordDevelopmentProcedure":
        return run(open!.action, { ...base, on, procedure: v.procedure });
      case "openDevelopmentNotice":
        return run(open!.action, { ...base, purpose: v.purpose, startsOn: localDate(v.startsOn), endsOn: localDate(v.endsOn) });
      case "closeDevelopmentNotice":
        return run(open!.action, { ...base, on, outcome: v.outcome });
      case "assignDevelopmentContact":
        return run(open!.action, { ...base, on, role: v.role, memberId: v.memberId });
      case "recordDevelopmentVote":
        return run(open!.action, {
          ...base,
          purpose: v.purpose,
          heldOn: localDate(v.heldOn),
          present: v.present,
          votesFor: v.votesFor,
          votesAgainst: v.votesAgainst,
          abstentions: v.abstentions,
          exclusions: (v.exclusions ?? [])
            .filter((x) => x?.memberId)
            .map((x) => ({ memberId: x.memberId, reason: x.reason?.trim() ?? "" })),
        });
      case "recordProbationReport":
        return run(open!.action, {
          ...base,
          on,
          kind: v.kind,
          introducerMemberId: v.kind === "TO_INTRODUCER" ? v.introducerMemberId : undefined,
          documentId: v.documentId || undefined,
        });
      case "extendProbation":
        return run(open!.action, { ...base, on, until: localDate(v.until) });
      case "correctDevelopmentStep": {
        const changed = on && on !== open!.step.occurredOn ? on : undefined;
        return run(open!.action, {
          id: kase.id,
          version: kase.version,
          documentIds: base.documentIds,
          stepId: open!.step.id,
          on: changed,
          reason: (v.reason as string)?.trim(),
        });
      }
      default:
        return run(open!.action, { ...base, on });
    }
  };

  const dateField = (name = "on", label = "发生日期") => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: "请选择日期" }]}>
      <DatePicker style={{ width: "100%" }} />
    </Form.Item>
  );

  const fields = () => {
    if (!open) return null;
    switch (open.action) {
      case "advanceDevelopmentCase":
        return (
          <>
            <Form.Item name="to" label="进入阶段" rules={[{ required: true, message: "请选择阶段" }]}>
              <Select options={ADVANCE_TARGETS.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} />
            </Form.Item>
            {dateField()}
          </>
        );
      case "recordDevelopmentProcedure":
        return (
          <>
            <Form.Item name="procedure" label="步骤" rules={[{ required: true, message: "请选择步骤" }]}>
              <Select options={optionsOf(PROCEDURE_LABELS)} />
            </Form.Item>
            {dateField()}
          </>
        );
      case "openDevelopmentNotice":
        return (
          <>
            <Form.Item name="purpose" label="公示事项" rules={[{ required: true, message: "请选择公示事项" }]}>
              <Select options={optionsOf(NOTICE_PURPOSE_LABELS)} />
            </Form.Item>
            <Flex gap={12}>
              <div style={{ flex: 1 }}>{dateField("startsOn", "公示开始")}</div>
              <div style={{ flex: 1 }}>{dateField("endsOn", "公示结束")}</div>
            </Flex>
          </>
        );
      case "closeDevelopmentNotice": {
        const notice = kase.notices.find((n) => !n.closedOn);
        return (
          <>
            {notice && (
              <Typography.Paragraph type="secondary">
                {NOTICE_PURPOSE_LABELS[notice.purpose]}：{formatDate(notice.startsOn)} 至 {formatDate(notice.endsOn)}
              </Typography.Paragraph>
            )}
            <Form.Item name="outcome" label="公示结果" rules={[{ required: true, message: "请选择公示结果" }]}>
              <Select options={optionsOf(NOTICE_OUTCOME_LABELS)} />
            </Form.Item>
            {dateField("on", "登记日期")}
          </>
        );
      }
      case "assignDevelopmentContact":
        return (
          <>
            <Form.Item name="role" label="身份" rules={[{ required: true, message: "请选择" }]}>
              <Select options={optionsOf(CONTACT_ROLE_LABELS)} />
            </Form.Item>
            <Form.Item
              name="memberId"
              label="党员"
              rules={[{ required: true, message: "请选择党员" }]}
              extra="入党介绍人须在表决之日为正式党员（DEV_INTRODUCERS，由系统检查）"
            >
              <MemberSelect />
            </Form.Item>
            {dateField("on", "指定日期")}
          </>
        );
      case "recordDevelopmentVote":
        return (
          <>
            <Form.Item name="purpose" label="表决事项" rules={[{ required: true, message: "请选择表决事项" }]}>
              <Select options={optionsOf(VOTE_PURPOSE_LABELS)} />
            </Form.Item>
            {dateField("heldOn", "支部党员大会日期")}
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="应到会人数由系统计算：表决之日本支部有表决权的正式党员，减去下面登记的不计入人员（请假、出国、停止表决权等）。"
            />
            <Flex gap={12} wrap>
              {(
                [
                  ["present", "到会有表决权的正式党员"],
                  ["votesFor", "赞成"],
                  ["votesAgainst", "反对"],
                  ["abstentions", "弃权"],
                ] as const
              ).map(([name, label]) => (
                <Form.Item
                  key={name}
                  name={name}
                  label={label}
                  rules={[{ required: true, message: "请填写" }]}
                  style={{ flex: "1 1 110px" }}
                >
                  <InputNumber min={0} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              ))}
            </Flex>
            <Typography.Text strong>不计入应到会人数的党员</Typography.Text>
            <Form.List name="exclusions">
              {(items, { add, remove }) => (
                <div style={{ marginTop: 8, marginBottom: 16 }}>
                  {items.map((item) => (
                    <Space key={item.key} align="start" style={{ display: "flex" }}>
                      <Form.Item name={[item.name, "memberId"]} rules={[{ required: true, message: "请选择党员" }]} style={{ width: 220 }}>
                        <MemberSelect unitId={kase.branchId} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, "reason"]}
                        rules={[{ required: true, whitespace: true, message: "请填写原因" }]}
                        style={{ width: 200 }}
                      >
                        <Input placeholder="原因（请假、出国等）" maxLength={200} />
                      </Form.Item>
                      <Button type="text" aria-label="移除" icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                    登记不计入的党员
                  </Button>
                </div>
              )}
            </Form.List>
          </>
        );
      case "recordProbationReport":
        return (
          <>
            <Form.Item name="kind" label="汇报方式" rules={[{ required: true, message: "请选择" }]}>
              <Select options={optionsOf(REPORT_KIND_LABELS)} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
              {({ getFieldValue }) =>
                getFieldValue("kind") === "TO_INTRODUCER" && (
                  <Form.Item name="introducerMemberId" label="听取汇报的入党介绍人" rules={[{ required: true, message: "请选择介绍人" }]}>
                    <Select options={introducers.map((c) => ({ value: c.memberId, label: c.member?.name ?? c.memberId }))} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="documentId" label="书面汇报（已备案的思想汇报）">
              <Select allowClear options={documentOptions} loading={docs.isFetching} />
            </Form.Item>
            {dateField("on", "汇报日期")}
          </>
        );
      case "extendProbation":
        return (
          <>
            <Typography.Paragraph type="secondary">原预备期满：{formatDate(kase.probationEndsOn)}</Typography.Paragraph>
            {dateField("until", "延长后的预备期满日期")}
            {dateField("on", "决定日期")}
          </>
        );
      case "correctDevelopmentStep":
        return (
          <>
            <Typography.Paragraph type="secondary">
              原记录：{formatDate(open.step.occurredOn)} · {STEP_KIND_LABELS[open.step.kind]}
              {open.step.procedure ? `（${PROCEDURE_LABELS[open.step.procedure]}）` : ""}。原记录保留，更正另记一条。
            </Typography.Paragraph>
            {dateField("on", "更正后的日期")}
            <Form.Item name="reason" label="更正原因" rules={[{ required: true, whitespace: true, message: "请填写更正原因" }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        );
      default:
        return dateField();
    }
  };

  return (
    <RecordForm<Values>
      modal
      width={640}
      open={!!open}
      title={
        <>
          {title} · {kase.name}
        </>
      }
      testId="step-form"
      submitText="记录"
      savedText="已记录"
      initialValues={initial}
      onClose={onClose}
      submit={submit}
    >
      {() => (
        <>
          {open && "preset" in open && open.preset?.ruleCode && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {open.preset.earliestOn
                ? `最早 ${formatDate(open.preset.earliestOn)}`
                : open.preset.missing
                  ? `尚缺：${open.preset.missing}`
                  : ""}
              {open.preset.latestOn ? `，最迟 ${formatDate(open.preset.latestOn)}` : ""} · 规则 {open.preset.ruleCode} · 依据：
              {open.preset.citation}
            </Typography.Paragraph>
          )}
          {fields()}
          {open?.action !== "correctDevelopmentStep" && (
            <>
              <Form.Item name="documentIds" label="所附备案文件">
                <Select mode="multiple" allowClear options={documentOptions} loading={docs.isFetching} placeholder="本支部已备案的文件" />
              </Form.Item>
              <Form.Item
                name="note"
                label="备注"
                rules={open?.action === "extendProbation" ? [{ required: true, whitespace: true, message: "请说明延长预备期的原因" }] : []}
                extra={open?.action === "advanceDevelopmentCase" ? "撤回、未被接收或取消资格时请说明原因" : undefined}
              >
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </>
          )}
        </>
      )}
    </RecordForm>
  );
}
