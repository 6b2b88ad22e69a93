import { useState } from "react";
import {
  Alert,
  Button,
  Card,
  Collapse,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Popover,
  Result,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { Dayjs } from "dayjs";
import { useNavigate, useParams } from "react-router";
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useSession,
} from "@party/client-shared";
import type { AssessmentSheetPageQuery, AssessmentSheetStatus } from "../../gql/graphql";
import { RecordForm } from "../../components/record-form";
import { localDate } from "../../components/record-actions";
import { PageFrame } from "../../page-frame";
import {
  GRADE_COLORS,
  GRADE_LABELS,
  points,
  SHEET_STATUS_COLORS,
  SHEET_STATUS_LABELS,
  SHEET_STEPS,
  STEP_DATE_LABELS,
} from "./assessment-labels";
import { AdvanceSheet, AssessmentReproposalPreview, AssessmentSheetPage, ReproposeSheet, ScoreElement } from "./operations";

type Sheet = NonNullable<AssessmentSheetPageQuery["assessmentSheet"]>;
type Line = Sheet["scores"][number];
type Indicator = NonNullable<Sheet["round"]>["definition"]["firstLevels"][number]["indicators"][number];

const REFETCH = ["AssessmentSheetPage", "AssessmentRoundDetail", "AssessmentRoundList", "AssessmentReproposalPreview"];
/** Statuses in which the panel scores (the API refuses scores in the others). */
const SCORING: AssessmentSheetStatus[] = ["DRAFT", "APPEALED"];

/** One branch's score sheet: the 20 indicators, each sub-element's proposal with its evidence, the panel's scores, the way to the grade. */
export function SheetDetailView() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { user, can } = useSession();
  const { data, error, isLoading, refetch } = useGql(AssessmentSheetPage, { id });
  const [scoring, setScoring] = useState<Line | null>(null);
  const [step, setStep] = useState<{ to: AssessmentSheetStatus; label: string; note?: string } | null>(null);
  const [reproposing, setReproposing] = useState(false);
  if (isLoading) return <Skeleton active />;
  const sheet = data?.assessmentSheet;
  if (!sheet?.round)
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result status="404" title="评分表不存在或不在您的范围内" extra={<Button onClick={() => navigate("/assessment")}>返回</Button>} />
    );
  const round = sheet.round;
  const definition = round.definition;
  // The panel of the round writes; others read (the API refuses them anyway).
  const panel = can("ASSESSMENT_WRITE") && round.panelUserIds.includes(user.id);
  const canScore = panel && SCORING.includes(sheet.status);

  return (
    <PageFrame
      title={
        <>
          {sheet.unit?.name}{" "}
          <Tag color={SHEET_STATUS_COLORS[sheet.status]} style={{ verticalAlign: "middle" }} data-testid="sheet-status">
            {SHEET_STATUS_LABELS[sheet.status]}
          </Tag>
        </>
      }
      subtitle={`${round.name} · 评分表 ${definition.version} 版 · 建议分提出于 ${formatDateTime(sheet.proposedAt)}`}
      actions={
        <>
          <Button onClick={() => navigate(`/assessment/rounds/${round.id}`)}>返回本轮</Button>
          {canScore && <Button onClick={() => setReproposing(true)}>重新提出建议分</Button>}
          {panel &&
            SHEET_STEPS[sheet.status].map((s) => (
              <Button key={s.to} type={s.to === "DRAFT" ? "default" : "primary"} onClick={() => setStep(s)}>
                {s.label}
              </Button>
            ))}
        </>
      }
    >
      {sheet.vetoed && (
        <Alert
          type="error"
          showIcon
          data-testid="veto"
          style={{ marginBottom: 16 }}
          title={`一票否决：考核等级为不合格（规则 ${definition.veto.code} · 依据：${definition.veto.citation}）`}
          description={sheet.vetoNote ?? definition.veto.text}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space size={40} wrap>
          <Statistic title="基础分（指标1–16）" value={points(sheet.baseScore)} />
          <Statistic title="附加分（指标17–20）" value={points(sheet.bonusScore)} />
          <Statistic title="总分" value={points(sheet.total)} />
          <div>
            <Typography.Text type="secondary">等级</Typography.Text>
            <div style={{ marginTop: 6 }} data-testid="sheet-grade">
              {sheet.grade ? (
                <Tag color={GRADE_COLORS[sheet.grade]} style={{ fontSize: 16, padding: "2px 10px" }}>
                  {GRADE_LABELS[sheet.grade]}
                </Tag>
              ) : (
                <Typography.Text type="secondary">尚有未评要素</Typography.Text>
              )}
            </div>
          </div>
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label="报党委审定">{formatDate(sheet.submittedOn)}</Descriptions.Item>
          <Descriptions.Item label="书面通知">{formatDate(sheet.notifiedOn)}</Descriptions.Item>
          <Descriptions.Item label="定级">{formatDate(sheet.finalOn)}</Descriptions.Item>
          <Descriptions.Item label="申请复核">
            {sheet.appealedOn ? `${formatDate(sheet.appealedOn)}：${sheet.appealReason ?? ""}` : "—"}
          </Descriptions.Item>
          <Descriptions.Item label="复核意见">
            {sheet.reviewedOn ? `${formatDate(sheet.reviewedOn)}：${sheet.reviewOpinion ?? ""}` : "—"}
          </Descriptions.Item>
        </Descriptions>
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: "rules",
              label: "评分说明（建议分如何折算、小数总分如何定级）",
              children: (
                <Typography.Paragraph style={{ fontSize: 13, marginBottom: 0 }}>
                  {definition.conversionRule}
                  <br />
                  {definition.gradeRounding}
                  <br />
                  等级：{definition.gradeBands.map((b) => `${b.label} ≥ ${b.min}`).join("，")}（{definition.gradeCitation}）
                  <br />
                  一票否决（{definition.veto.code}）：{definition.veto.text}（{definition.veto.citation}）
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={definition.title}>
        <ScoreTable sheet={sheet} canScore={canScore} onScore={setScoring} />
      </Card>
      {panel && (
        <>
          <ScoreForm sheet={sheet} line={scoring} onClose={() => setScoring(null)} />
          <StepForm sheet={sheet} step={step} onClose={() => setStep(null)} />
          {reproposing && <ReproposeDialog sheet={sheet} onClose={() => setReproposing(false)} />}
        </>
      )}
    </PageFrame>
  );
}

/** The sheet's lines by indicator (the indicator's number, title and maximum spanning its sub-elements). */
function ScoreTable({ sheet, canScore, onScore }: { sheet: Sheet; canScore: boolean; onScore: (l: Line) => void }) {
  const indicators = new Map<number, Indicator>(sheet.round!.definition.firstLevels.flatMap((f) => f.indicators.map((i) => [i.number, i])));
  const lines = [...sheet.scores].sort((a, b) => a.indicator - b.indicator || a.key.localeCompare(b.key, undefined, { numeric: true }));
  const span = (l: Line, i: number) =>
    i > 0 && lines[i - 1].indicator === l.indicator ? 0 : lines.filter((x) => x.indicator === l.indicator).length;
  return (
    <Table<Line>
      size="small"
      rowKey="id"
      data-testid="score-lines"
      dataSource={lines}
      pagination={false}
      bordered
      scroll={{ x: "max-content" }}
      columns={[
        {
          title: "指标",
          key: "indicator",
          width: 220,
          onCell: (l, i) => ({ rowSpan: span(l, i ?? 0) }),
          render: (_, l) => {
            const ind = indicators.get(l.indicator);
            return (
              <Popover
                title={ind?.title}
                content={
                  <div style={{ maxWidth: 420 }}>
                    {ind?.method}
                    {ind?.bonusRule ? `；${ind.bonusRule}` : ""}
                  </div>
                }
              >
                <span>
                  {l.indicator}. {ind?.title}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {" "}
                    {ind?.max != null ? `（${points(ind.max)} 分）` : "（附加分）"}
                  </Typography.Text>
                </span>
              </Popover>
            );
          },
        },
        {
          title: "测评要素",
          key: "element",
          render: (_, l) => (
            <>
              <Typography.Text type="secondary">{l.key}</Typography.Text> {l.label}
            </>
          ),
        },
        { title: "分值", dataIndex: "max", width: 64, render: (m?: number | null) => (m == null ? "附加" : points(m)) },
        {
          title: "建议分",
          key: "proposed",
          width: 150,
          render: (_, l) =>
            l.proposedValue == null ? (
              <Typography.Text type="secondary">无记录可依</Typography.Text>
            ) : (
              <Space size={4}>
                <strong>{points(l.proposedValue)}</strong>
                <Popover
                  title="建议分如何得出"
                  trigger="click"
                  content={
                    <div style={{ maxWidth: 460 }} data-testid="proposal-evidence">
                      <Typography.Paragraph style={{ marginBottom: 8 }}>{l.proposalHow}</Typography.Paragraph>
                      {l.proposalEvidence.length ? (
                        <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                          {l.proposalEvidence.map((e, i) => (
                            <li key={`${e.ref}:${i}`}>{e.label}</li>
                          ))}
                        </ul>
                      ) : (
                        <Typography.Text type="secondary">没有记录</Typography.Text>
                      )}
                    </div>
                  }
                >
                  <Button type="link" size="small" aria-label={`${l.key} 的依据`}>
                    依据 {l.proposalEvidence.length}
                  </Button>
                </Popover>
              </Space>
            ),
        },
        {
          title: "评委给分",
          key: "score",
          render: (_, l) =>
            l.score == null ? (
              <Typography.Text type="secondary">未评</Typography.Text>
            ) : (
              <div data-testid={`score-${l.key}`}>
                <strong>{points(l.score)}</strong>
                {l.overridden ? (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {l.proposedValue == null ? "改分（无建议分）" : `改分（建议 ${points(l.proposedValue)}）`}
                  </Tag>
                ) : (
                  l.proposedValue != null && (
                    <Tag color="green" style={{ marginInlineStart: 6 }}>
                      确认建议分
                    </Tag>
                  )
                )}
                {l.reason && <div style={{ fontSize: 12 }}>理由：{l.reason}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
                  {l.assessedByLabel} · {formatDateTime(l.assessedAt)}
                </Typography.Text>
              </div>
            ),
        },
        ...(canScore
          ? [
              {
                title: "操作",
                key: "do",
                render: (_: unknown, l: Line) => (
                  <Space size={0}>
                    {l.proposedValue != null && l.score == null && <ConfirmButton sheet={sheet} line={l} />}
                    <Button type="link" size="small" onClick={() => onScore(l)} aria-label={`评分 ${l.key}`}>
                      {l.score == null ? "评分" : "修改"}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** One click: the panel takes the proposal as the score (no score sent: the API records a confirmation). */
function ConfirmButton({ sheet, line }: { sheet: Sheet; line: Line }) {
  const score = useGqlMutation(ScoreElement, (d) => unwrapResult(d.scoreAssessmentElement), REFETCH);
  const feedback = useFeedback();
  return (
    <Button
      type="link"
      size="small"
      loading={score.isPending}
      aria-label={`确认 ${line.key} 的建议分`}
      onClick={() =>
        score.mutateAsync({ input: { id: sheet.id, version: sheet.version, key: line.key } }).then(
          () => feedback.saved("已确认建议分"),
          (e) => feedback.failed(e),
        )
      }
    >
      确认
    </Button>
  );
}

/** Confirm the proposal (no score sent) or give another score with a reason; the proposal is kept beside it. */
function ScoreForm({ sheet, line, onClose }: { sheet: Sheet; line: Line | null; onClose: () => void }) {
  const score = useGqlMutation(ScoreElement, (d) => unwrapResult(d.scoreAssessmentElement), REFETCH);
  return (
    <RecordForm<{ score?: number | null; reason?: string }>
      modal
      width={560}
      open={!!line}
      title={line ? `评分：${line.key} ${line.label}` : ""}
      testId="score-form"
      submitText="保存评分"
      initialValues={{ score: line?.score ?? line?.proposedValue ?? undefined, reason: line?.reason ?? undefined }}
      onClose={onClose}
      submit={(v) =>
        score.mutateAsync({
          input: {
            id: sheet.id,
            version: sheet.version,
            key: line!.key,
            // the same as the proposal: a confirmation (the API then keeps no reason needed)
            score: v.score == null || v.score === line!.proposedValue ? undefined : v.score,
            reason: v.reason?.trim() || undefined,
          },
        })
      }
    >
      {line && (
        <>
          <Typography.Paragraph type="secondary">
            分值 {line.max == null ? "附加分" : points(line.max)} · 建议分 {points(line.proposedValue)}
            {line.proposalHow ? `：${line.proposalHow}` : ""}
          </Typography.Paragraph>
          <Form.Item name="score" label="给分" extra="与建议分相同即为确认建议分；不同则须说明理由，建议分仍保留">
            <InputNumber min={0} step={0.5} max={line.max ?? undefined} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reason" label="改分理由">
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </>
      )}
    </RecordForm>
  );
}

/** A step of the sheet's way (submit, notify, appeal, review, final): its day and, where needed, the reason or opinion. */
function StepForm({
  sheet,
  step,
  onClose,
}: {
  sheet: Sheet;
  step: { to: AssessmentSheetStatus; label: string; note?: string } | null;
  onClose: () => void;
}) {
  const advance = useGqlMutation(AdvanceSheet, (d) => unwrapResult(d.advanceAssessmentSheet), REFETCH);
  return (
    <RecordForm<{ on: Dayjs; note?: string }>
      modal
      width={520}
      open={!!step}
      title={step ? `${step.label} · ${sheet.unit?.name ?? ""}` : ""}
      testId="sheet-step-form"
      submitText={step?.label ?? "保存"}
      initialValues={{ on: dayjs() }}
      onClose={onClose}
      submit={(v) =>
        advance.mutateAsync({
          input: { id: sheet.id, version: sheet.version, to: step!.to, on: localDate(v.on)!, note: v.note?.trim() || undefined },
        })
      }
    >
      {step && (
        <>
          {step.to === "APPEALED" && (
            <Typography.Paragraph type="secondary">
              书面通知日期：{formatDate(sheet.notifiedOn)}。申请复核的期限由规则 ASSESSMENT_APPEAL_WINDOW 检查。
            </Typography.Paragraph>
          )}
          <Form.Item name="on" label={STEP_DATE_LABELS[step.to]} rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          {step.note && (
            <Form.Item name="note" label={step.note} rules={[{ required: true, whitespace: true, message: `请填写${step.note}` }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
        </>
      )}
    </RecordForm>
  );
}

/** Re-propose from today's records: the differences first (nothing written), then store them; the panel's scores stay. */
function ReproposeDialog({ sheet, onClose }: { sheet: Sheet; onClose: () => void }) {
  const preview = useGql(AssessmentReproposalPreview, { sheetId: sheet.id });
  const repropose = useGqlMutation(ReproposeSheet, (d) => unwrapResult(d.reproposeAssessmentSheet), REFETCH);
  const feedback = useFeedback();
  const diffs = preview.data?.assessmentReproposal ?? [];
  return (
    <Modal
      open
      width={760}
      title="重新提出建议分：与已存建议分的差别"
      okText="按当前记录更新建议分"
      okButtonProps={{ disabled: !diffs.length, loading: repropose.isPending }}
      onCancel={onClose}
      onOk={async () => {
        try {
          await repropose.mutateAsync({ input: { id: sheet.id, version: sheet.version } });
          feedback.saved("建议分已更新");
          onClose();
        } catch {
          /* shown above the table */
        }
      }}
    >
      <ErrorAlert error={preview.error ?? repropose.error} onReload={onClose} />
      <Typography.Paragraph type="secondary">只更新建议分及其依据；评委已给的分不变。</Typography.Paragraph>
      <Table
        size="small"
        rowKey="key"
        data-testid="reproposal-diff"
        loading={preview.isFetching}
        dataSource={diffs}
        pagination={false}
        locale={{ emptyText: "建议分与当前记录一致，没有差别" }}
        columns={[
          { title: "要素", key: "el", render: (_, d) => `${d.key} ${d.label}` },
          { title: "已存建议分", dataIndex: "storedValue", render: points },
          {
            title: "按当前记录",
            dataIndex: "freshValue",
            render: (v: number | null, d) => <span title={d.freshHow ?? undefined}>{points(v)}</span>,
          },
          { title: "评委给分", dataIndex: "score", render: points },
        ]}
      />
    </Modal>
  );
}
