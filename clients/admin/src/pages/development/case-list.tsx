import { useState } from "react";
import { Button, Card, DatePicker, Flex, Form, Input, Radio, Select, Tag, Tooltip, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { Link, useNavigate } from "react-router";
import { formatDate, UnitPicker, useGql } from "@party/client-shared";
import { PagedRecords, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { localDate, useCanWrite, YearSelect } from "../../components/record-actions";
import { useScopeUnit } from "../../components/scope-unit";
import type { DevelopmentCaseListQuery, DevelopmentCaseListQueryVariables, DevelopmentStage, Gender } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { STAGE_COLORS, STAGE_LABELS, STAGE_ORDER, TRACK_LABELS } from "./development-labels";
import { DevelopmentCaseList, DevelopmentFunnel } from "./operations";
import { useRunStep } from "./run-step";

type CaseRow = DevelopmentCaseListQuery["developmentCases"]["items"][number];

const OPEN_STAGES: DevelopmentStage[] = [
  "APPLICANT",
  "ACTIVIST",
  "CANDIDATE",
  "UNDER_INSPECTION",
  "DEVELOPMENT_TARGET",
  "PROBATIONARY",
  "PROBATION_EXTENDED",
];

/** Stages off the main way, summed up in one line under the funnel. */
const SIDE_STAGES: DevelopmentStage[] = ["PROBATION_EXTENDED", "WITHDRAWN", "NOT_ADMITTED", "PROBATION_CANCELLED"];

/** 发展党员: the cases of a unit's subtree by stage, the year's funnel, and a new application. */
export function CaseListView() {
  const { unitId, picker } = useScopeUnit();
  const navigate = useNavigate();
  const [stages, setStages] = useState<DevelopmentStage[]>([]);
  const [year, setYear] = useState(dayjs().year());
  const [applying, setApplying] = useState(false);
  const canWrite = useCanWrite("PIPELINE_WRITE");

  const columns: Array<RecordColumn<CaseRow>> = [
    {
      title: "姓名",
      dataIndex: "name",
      render: (name: string, c) => <Link to={`/development/${c.id}`}>{name}</Link>,
    },
    { title: "支部", dataIndex: ["branch", "name"] },
    { title: "类别", dataIndex: "track", render: (t: CaseRow["track"]) => TRACK_LABELS[t], exportValue: (c) => TRACK_LABELS[c.track] },
    {
      title: "阶段",
      dataIndex: "stage",
      render: (s: DevelopmentStage) => <Tag color={STAGE_COLORS[s]}>{STAGE_LABELS[s]}</Tag>,
      exportValue: (c) => STAGE_LABELS[c.stage],
    },
    { title: "进入阶段", dataIndex: "stageSince", render: formatDate, exportValue: (c) => c.stageSince },
    { title: "递交申请", dataIndex: "appliedOn", render: formatDate, exportValue: (c) => c.appliedOn },
    {
      title: "下一步",
      key: "next",
      render: (_, c) => <NextStepCell steps={c.nextSteps} />,
      exportValue: (c) => c.nextSteps.map((s) => `${s.label}${s.earliestOn ? `（不早于 ${s.earliestOn}）` : ""}`).join("；"),
    },
  ];

  return (
    <PageFrame title="发展党员" subtitle="从递交入党申请书到按期转正：每一步的日期、记录人与依据的规则" actions={picker}>
      {unitId && <FunnelSummary unitId={unitId} year={year} onYear={setYear} onStage={(s) => setStages([s])} />}
      <PagedRecords<DevelopmentCaseListQuery, DevelopmentCaseListQueryVariables, CaseRow>
        testId="development-cases"
        document={DevelopmentCaseList}
        variables={{ filter: { unitId, stages: stages.length ? stages : undefined } }}
        enabled={!!unitId}
        pick={(d) => d.developmentCases}
        columns={columns}
        exportName="发展党员档案"
        tableProps={{ onRow: (c) => ({ onDoubleClick: () => navigate(`/development/${c.id}`) }) }}
        toolbar={
          <>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
                登记入党申请
              </Button>
            )}
            <Select<DevelopmentStage[]>
              aria-label="阶段"
              mode="multiple"
              allowClear
              placeholder="全部阶段"
              style={{ minWidth: 220 }}
              maxTagCount="responsive"
              value={stages}
              onChange={setStages}
              options={STAGE_ORDER.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            />
            <Button type="link" onClick={() => setStages(OPEN_STAGES)}>
              仅进行中
            </Button>
          </>
        }
      />
      {canWrite && <ApplyForm open={applying} unitId={unitId} onClose={() => setApplying(false)} />}
    </PageFrame>
  );
}

/** The first next step of a case, with its earliest day (or what is missing); the others on hover. */
function NextStepCell({ steps }: { steps: CaseRow["nextSteps"] }) {
  if (!steps.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const [first, ...rest] = steps;
  return (
    <Tooltip title={rest.length ? rest.map((s) => s.label).join("、") : undefined}>
      <span>
        {first.label}
        <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
          {first.earliestOn ? `不早于 ${formatDate(first.earliestOn)}` : first.missing ? `尚缺：${first.missing}` : ""}
          {first.latestOn ? `，最迟 ${formatDate(first.latestOn)}` : ""}
        </Typography.Text>
        {rest.length > 0 && <Tag style={{ marginInlineStart: 6 }}>+{rest.length}</Tag>}
      </span>
    </Tooltip>
  );
}

/** The year's funnel in one row: per stage, how many are in it now, entered and left in the year (the API's counts). */
function FunnelSummary({
  unitId,
  year,
  onYear,
  onStage,
}: {
  unitId: string;
  year: number;
  onYear: (y: number) => void;
  onStage: (s: DevelopmentStage) => void;
}) {
  const { data } = useGql(DevelopmentFunnel, { unitId, year }, { placeholderData: (p) => p });
  const rows = new Map((data?.developmentFunnel ?? []).map((r) => [r.stage, r]));
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title="发展漏斗"
      extra={<YearSelect value={year} onChange={onYear} />}
      data-testid="development-funnel"
    >
      <Flex wrap gap={8} align="stretch">
        {OPEN_STAGES.filter((s) => s !== "PROBATION_EXTENDED")
          .concat("FULL")
          .map((stage) => {
            const r = rows.get(stage);
            return (
              <div
                key={stage}
                role="button"
                tabIndex={0}
                aria-label={`${STAGE_LABELS[stage]}：${r?.current ?? 0} 人`}
                onClick={() => onStage(stage)}
                onKeyDown={(e) => e.key === "Enter" && onStage(stage)}
                style={{ flex: "1 1 110px", padding: "4px 10px", border: "1px solid #f0f0f0", borderRadius: 6, cursor: "pointer" }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {STAGE_LABELS[stage]}
                </Typography.Text>
                <div style={{ fontSize: 18, fontWeight: 600, lineHeight: 1.3 }}>{r?.current ?? 0}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  进 {r?.entered ?? 0} · 出 {r?.left ?? 0}
                </Typography.Text>
              </div>
            );
          })}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: "block", marginTop: 6 }}>
        {SIDE_STAGES.map(
          (stage) => `${STAGE_LABELS[stage]} ${rows.get(stage)?.current ?? 0}（当年 +${rows.get(stage)?.entered ?? 0}）`,
        ).join("，")}
        {" · "}数字为年末（或今天）人数，“进/出”为当年进入与离开该阶段的人数
      </Typography.Text>
    </Card>
  );
}

interface ApplyValues {
  branchId: string;
  name: string;
  gender: Gender;
  birthDate: Dayjs;
  appliedOn: Dayjs;
  note?: string;
}

/** 递交入党申请书: a new case (the API checks DEV_MIN_AGE on the application day). */
function ApplyForm({ open, unitId, onClose }: { open: boolean; unitId: string | null; onClose: () => void }) {
  const run = useRunStep();
  const navigate = useNavigate();
  return (
    <RecordForm<ApplyValues>
      open={open}
      title="登记入党申请"
      testId="apply-form"
      submitText="登记"
      initialValues={{ branchId: unitId ?? undefined, appliedOn: dayjs() }}
      onClose={onClose}
      submit={async (v) => {
        const saved = await run("applyForMembership", {
          branchId: v.branchId,
          name: v.name?.trim(),
          gender: v.gender,
          birthDate: localDate(v.birthDate),
          appliedOn: localDate(v.appliedOn),
          note: v.note?.trim() || undefined,
        });
        navigate(`/development/${saved.id}`);
      }}
    >
      <Form.Item name="branchId" label="接收申请的党支部" rules={[{ required: true, message: "请选择党支部" }]}>
        <UnitPicker kinds={["BRANCH"]} placeholder="选择党支部" />
      </Form.Item>
      <Form.Item name="name" label="申请人姓名" rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="gender" label="性别" rules={[{ required: true, message: "请选择性别" }]}>
        <Radio.Group
          options={[
            { value: "MALE", label: "男" },
            { value: "FEMALE", label: "女" },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="birthDate"
        label="出生日期"
        rules={[{ required: true, message: "请选择出生日期" }]}
        extra="用于年满 18 周岁的检查，不对外显示"
      >
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="appliedOn" label="递交入党申请书日期" rules={[{ required: true, message: "请选择日期" }]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </RecordForm>
  );
}
