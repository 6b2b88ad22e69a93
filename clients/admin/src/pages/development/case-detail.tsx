import { useState } from "react";
import { Button, Card, Descriptions, Dropdown, Result, Skeleton, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import { DownOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert, formatDate, formatDateTime, useGql, useSession } from "@party/client-shared";
import { PageFrame } from "../../page-frame";
import {
  CONTACT_ROLE_LABELS,
  NOTICE_OUTCOME_LABELS,
  NOTICE_PURPOSE_LABELS,
  PROCEDURE_LABELS,
  REPORT_KIND_LABELS,
  STAGE_COLORS,
  STAGE_LABELS,
  STEP_ACTIONS,
  STEP_KIND_LABELS,
  TRACK_LABELS,
  VOTE_PURPOSE_LABELS,
} from "./development-labels";
import { BranchDocuments, DevelopmentCaseDetail } from "./operations";
import { Case, OpenStep, StepForm } from "./step-form";

type Step = Case["steps"][number];
type NextStep = Case["nextSteps"][number];

/** One development case: the person, the stage and its dates, what may be done next (with the rule), the full history. */
export function CaseDetailView() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const { data, error, isLoading, refetch } = useGql(DevelopmentCaseDetail, { id });
  const kase = data?.developmentCase;
  const docs = useGql(BranchDocuments, { unitId: kase?.branchId ?? "" }, { enabled: !!kase });
  const [open, setOpen] = useState<OpenStep | null>(null);
  if (isLoading) return <Skeleton active />;
  if (!kase)
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result
        status="404"
        title="档案不存在或不在您的管理范围内"
        extra={<Button onClick={() => navigate("/development")}>返回列表</Button>}
      />
    );
  const writable = can("PIPELINE_WRITE");
  const titles = new Map((docs.data?.filedDocuments.items ?? []).map((d) => [d.id, d.title]));
  // By the day each step happened (the API lists them in the order recorded; a later entry of an earlier day sorts to its day).
  const original = kase.steps
    .filter((s) => s.kind !== "CORRECTION")
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.occurredOn.localeCompare(b.s.occurredOn) || a.i - b.i)
    .map(({ s }) => s);

  return (
    <PageFrame
      title={
        <>
          {kase.name}{" "}
          <Tag color={STAGE_COLORS[kase.stage]} style={{ verticalAlign: "middle" }} data-testid="case-stage">
            {STAGE_LABELS[kase.stage]}
          </Tag>
        </>
      }
      subtitle={`${kase.branch?.name ?? ""} · ${TRACK_LABELS[kase.track]} · 自 ${formatDate(kase.stageSince)} 起处于此阶段`}
      actions={
        <>
          <Button onClick={() => navigate("/development")}>返回列表</Button>
          {writable && !kase.closedOn && (
            <Dropdown
              menu={{
                items: Object.entries(STEP_ACTIONS).map(([key, label]) => ({ key, label })),
                onClick: ({ key }) => setOpen({ action: key as keyof typeof STEP_ACTIONS }),
              }}
            >
              <Button>
                记录其他步骤 <DownOutlined />
              </Button>
            </Dropdown>
          )}
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label="性别">{kase.gender === "FEMALE" ? "女" : "男"}</Descriptions.Item>
          <Descriptions.Item label="所在部门/班级">
            {[kase.person?.department, kase.person?.className].filter(Boolean).join(" · ") || "—"}
          </Descriptions.Item>
          <Descriptions.Item label="党员记录">
            {kase.member ? `${kase.member.name}（${kase.member.standing === "FULL" ? "正式党员" : "预备党员"}）` : "—"}
          </Descriptions.Item>
          <Descriptions.Item label="递交申请">{formatDate(kase.appliedOn)}</Descriptions.Item>
          <Descriptions.Item label="确定为积极分子">{formatDate(kase.activistOn)}</Descriptions.Item>
          <Descriptions.Item label="确定为培养考察对象">{formatDate(kase.candidateOn)}</Descriptions.Item>
          <Descriptions.Item label="培养考察开始">{formatDate(kase.inspectionFrom)}</Descriptions.Item>
          <Descriptions.Item label="确定为发展对象">{formatDate(kase.targetOn)}</Descriptions.Item>
          <Descriptions.Item label="预备期">
            {kase.probationStartsOn ? `${formatDate(kase.probationStartsOn)} 至 ${formatDate(kase.probationEndsOn)}` : "—"}
          </Descriptions.Item>
          <Descriptions.Item label="转正申请">{formatDate(kase.conversionAppliedOn)}</Descriptions.Item>
          <Descriptions.Item label="转为正式党员">{formatDate(kase.fullSince)}</Descriptions.Item>
          {kase.closedOn && <Descriptions.Item label="档案结束">{formatDate(kase.closedOn)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card size="small" title="下一步" style={{ marginBottom: 16 }} data-testid="next-steps">
        <NextSteps
          steps={kase.nextSteps}
          writable={writable}
          onRecord={(s) => setOpen({ action: s.action as keyof typeof STEP_ACTIONS, preset: s })}
        />
      </Card>

      <Card size="small" style={{ marginBottom: 16 }}>
        <Tabs
          items={[
            {
              key: "history",
              label: `过程记录（${original.length}）`,
              children: (
                <History
                  steps={original}
                  titles={titles}
                  writable={writable}
                  onCorrect={(step) => setOpen({ action: "correctDevelopmentStep", step })}
                />
              ),
            },
            { key: "notices", label: `公示（${kase.notices.length}）`, children: <Notices kase={kase} /> },
            { key: "contacts", label: `培养人与介绍人（${kase.contacts.length}）`, children: <Contacts kase={kase} /> },
            { key: "votes", label: `支部大会表决（${kase.votes.length}）`, children: <Votes kase={kase} /> },
            { key: "reports", label: `预备期汇报（${kase.reports.length}）`, children: <Reports kase={kase} titles={titles} /> },
          ]}
        />
      </Card>
      {writable && <StepForm kase={kase} open={open} onClose={() => setOpen(null)} />}
    </PageFrame>
  );
}

/** The API's next steps: each with its earliest day (or what is missing), a latest day where one applies, and the rule behind it. */
function NextSteps({ steps, writable, onRecord }: { steps: NextStep[]; writable: boolean; onRecord: (s: NextStep) => void }) {
  const today = dayjs().format("YYYY-MM-DD");
  return (
    <Table<NextStep>
      size="small"
      rowKey={(s) => `${s.action}:${s.label}`}
      dataSource={steps}
      pagination={false}
      locale={{ emptyText: "档案已结束，没有下一步" }}
      columns={[
        { title: "下一步", dataIndex: "label" },
        {
          title: "最早可做",
          key: "earliest",
          render: (_, s) =>
            s.earliestOn ? (
              <>
                {formatDate(s.earliestOn)}
                {s.earliestOn > today && (
                  <Tag color="gold" style={{ marginInlineStart: 6 }}>
                    未到
                  </Tag>
                )}
              </>
            ) : s.missing ? (
              <Typography.Text type="warning">尚缺：{s.missing}</Typography.Text>
            ) : (
              "—"
            ),
        },
        {
          title: "最迟",
          dataIndex: "latestOn",
          render: (d: string | null) =>
            d ? <Typography.Text type={d < today ? "danger" : undefined}>{formatDate(d)}</Typography.Text> : "—",
        },
        {
          title: "依据",
          key: "rule",
          render: (_, s) =>
            s.ruleCode ? (
              <span data-testid="next-step-rule">
                <Typography.Text code>{s.ruleCode}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.citation}
                </Typography.Text>
              </span>
            ) : (
              "—"
            ),
        },
        ...(writable
          ? [
              {
                title: "操作",
                key: "do",
                render: (_: unknown, s: NextStep) => (
                  <Button size="small" type="link" onClick={() => onRecord(s)} aria-label={`记录：${s.label}`}>
                    记录这一步
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function whatOf(s: Step): string {
  if (s.kind === "PROCEDURE" && s.procedure) return PROCEDURE_LABELS[s.procedure];
  if (s.kind === "STAGE_CHANGE" && s.stageTo) return `进入“${STAGE_LABELS[s.stageTo]}”`;
  return STEP_KIND_LABELS[s.kind];
}

/** Every recorded step, oldest first; a correction is shown beside the step it corrects, whose original stays. */
function History({
  steps,
  titles,
  writable,
  onCorrect,
}: {
  steps: Step[];
  titles: Map<string, string>;
  writable: boolean;
  onCorrect: (s: Step) => void;
}) {
  return (
    <Table<Step>
      size="small"
      rowKey="id"
      data-testid="case-history"
      dataSource={steps}
      pagination={steps.length > 30 ? { pageSize: 30 } : false}
      columns={[
        {
          title: "日期",
          key: "on",
          onCell: () => ({ style: { whiteSpace: "nowrap" } }),
          render: (_, s) => {
            const last = s.corrections.at(-1);
            return last && last.occurredOn !== s.occurredOn ? (
              <>
                <Typography.Text delete type="secondary">
                  {formatDate(s.occurredOn)}
                </Typography.Text>{" "}
                {formatDate(last.occurredOn)}
              </>
            ) : (
              formatDate(s.occurredOn)
            );
          },
        },
        { title: "事项", key: "what", onCell: () => ({ style: { whiteSpace: "nowrap" } }), render: (_, s) => whatOf(s) },
        {
          title: "阶段",
          key: "stage",
          render: (_, s) => (s.stageTo ? <Tag color={STAGE_COLORS[s.stageTo]}>{STAGE_LABELS[s.stageTo]}</Tag> : ""),
        },
        {
          title: "记录人",
          key: "by",
          onCell: () => ({ style: { whiteSpace: "nowrap" } }),
          render: (_, s) => (
            <>
              <div>{s.recordedBy}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(s.createdAt)}
              </Typography.Text>
            </>
          ),
        },
        {
          title: "文件",
          key: "docs",
          render: (_, s) => (s.documentIds.length ? s.documentIds.map((d) => <Tag key={d}>{titles.get(d) ?? "备案文件"}</Tag>) : ""),
        },
        { title: "备注", dataIndex: "note", render: (n?: string | null) => n ?? "" },
        {
          title: "更正",
          key: "corrections",
          width: 220,
          render: (_, s) =>
            s.corrections.map((c) => (
              <div key={c.id} data-testid="correction" style={{ fontSize: 12 }}>
                {c.occurredOn !== s.occurredOn ? `日期更正为 ${formatDate(c.occurredOn)}` : "更正"}：{c.note}
                <Typography.Text type="secondary">
                  {" "}
                  （{c.recordedBy}，{formatDateTime(c.createdAt)}）
                </Typography.Text>
              </div>
            )),
        },
        ...(writable
          ? [
              {
                title: "操作",
                key: "do",
                render: (_: unknown, s: Step) => (
                  <Button type="link" size="small" onClick={() => onCorrect(s)}>
                    更正
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Notices({ kase }: { kase: Case }) {
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={kase.notices}
      pagination={false}
      columns={[
        { title: "公示事项", dataIndex: "purpose", render: (p: keyof typeof NOTICE_PURPOSE_LABELS) => NOTICE_PURPOSE_LABELS[p] },
        { title: "公示期", key: "span", render: (_, n) => `${formatDate(n.startsOn)} 至 ${formatDate(n.endsOn)}` },
        {
          title: "结果",
          key: "outcome",
          render: (_, n) => (n.outcome ? NOTICE_OUTCOME_LABELS[n.outcome] : <Tag color="processing">公示中或待登记</Tag>),
        },
        { title: "登记日期", dataIndex: "closedOn", render: formatDate },
        { title: "异议及核实情况", dataIndex: "outcomeNote", render: (n?: string | null) => n ?? "" },
      ]}
    />
  );
}

function Contacts({ kase }: { kase: Case }) {
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={kase.contacts}
      pagination={false}
      columns={[
        { title: "身份", dataIndex: "role", render: (r: keyof typeof CONTACT_ROLE_LABELS) => CONTACT_ROLE_LABELS[r] },
        { title: "党员", key: "member", render: (_, c) => c.member?.name ?? "（不在您的范围内）" },
        { title: "现为", key: "standing", render: (_, c) => (c.member ? (c.member.standing === "FULL" ? "正式党员" : "预备党员") : "—") },
        { title: "指定日期", dataIndex: "since", render: formatDate },
      ]}
    />
  );
}

function Votes({ kase }: { kase: Case }) {
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={kase.votes}
      pagination={false}
      scroll={{ x: "max-content" }}
      columns={[
        { title: "表决事项", dataIndex: "purpose", render: (p: keyof typeof VOTE_PURPOSE_LABELS) => VOTE_PURPOSE_LABELS[p] },
        { title: "日期", dataIndex: "heldOn", render: formatDate },
        { title: "有表决权的正式党员", dataIndex: "fullMembers" },
        {
          title: "不计入",
          key: "excluded",
          render: (_, v) =>
            v.exclusions.length ? (
              <Tooltip title={v.exclusions.map((x) => `${x.member?.name ?? "党员"}：${x.reason}`).join("；")}>
                <span>{v.excluded}</span>
              </Tooltip>
            ) : (
              v.excluded
            ),
        },
        { title: "应到会", dataIndex: "shouldAttend" },
        { title: "到会", dataIndex: "present" },
        { title: "赞成", dataIndex: "votesFor" },
        { title: "反对", dataIndex: "votesAgainst" },
        { title: "弃权", dataIndex: "abstentions" },
        { title: "结果", dataIndex: "passed", render: (p: boolean) => (p ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>) },
      ]}
    />
  );
}

function Reports({ kase, titles }: { kase: Case; titles: Map<string, string> }) {
  const names = new Map(kase.contacts.map((c) => [c.memberId, c.member?.name]));
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={kase.reports}
      pagination={kase.reports.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { title: "日期", dataIndex: "reportedOn", render: formatDate },
        { title: "方式", dataIndex: "kind", render: (k: keyof typeof REPORT_KIND_LABELS) => REPORT_KIND_LABELS[k] },
        {
          title: "入党介绍人",
          key: "introducer",
          render: (_, r) => (r.introducerMemberId ? (names.get(r.introducerMemberId) ?? "—") : "—"),
        },
        { title: "书面汇报", key: "doc", render: (_, r) => (r.documentId ? (titles.get(r.documentId) ?? "备案文件") : "—") },
      ]}
    />
  );
}
