import { Button, DatePicker, Form, Input, InputNumber, Radio, Select } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { useGql, useGqlMutation, useScopeUnits, useSession } from "@party/client-shared";
import type { AssessmentRoundKind } from "../../gql/graphql";
import { RecordForm } from "../../components/record-form";
import { localDate, useEditing } from "../../components/record-actions";
import { ROUND_KIND_LABELS } from "./assessment-labels";
import { AssessmentPanelUsers, CreateAssessmentRound } from "./admin-operations";

interface Values {
  year: number;
  kind: AssessmentRoundKind;
  name?: string;
  branchIds?: string[];
  panelUserIds?: string[];
  period?: [Dayjs, Dayjs] | null;
  deadline?: Dayjs | null;
  note?: string;
}

/** "新建考核": 组织部 opens a round; what is left empty the API defaults (all branches, the year, 15 December, the creator on the panel). */
export function CreateRoundButton() {
  const { user, can } = useSession();
  const editing = useEditing<never>();
  const navigate = useNavigate();
  const units = useScopeUnits();
  const create = useGqlMutation(CreateAssessmentRound, (d) => d.createAssessmentRound, ["AssessmentRoundList"]);
  // the college is the scope of a college-wide account; others cannot open a round
  if (!can("ASSESSMENT_WRITE") || user.scopeUnit?.kind !== "PARTY_COMMITTEE" || !user.scopeUnitId) return null;
  const collegeId = user.scopeUnitId;
  // a branch's name repeats across general branches (学生支部), so each is shown with its parent's
  const nameOf = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const branches = (units.data ?? [])
    .filter((u) => u.kind === "BRANCH")
    .map((u) => ({ value: u.id, label: u.parentId && nameOf.has(u.parentId) ? `${nameOf.get(u.parentId)} ${u.name}` : u.name }));
  return (
    <>
      <Button type="primary" onClick={editing.create}>
        新建考核
      </Button>
      <RecordForm<Values>
        open={editing.open}
        title="新建考核轮次"
        width={640}
        testId="create-round-form"
        initialValues={{ year: dayjs().year(), kind: "REGULAR" }}
        onClose={editing.close}
        savedText="已新建考核轮次"
        submit={async (v) => {
          const round = await create.mutateAsync({
            input: {
              collegeId,
              year: v.year,
              kind: v.kind,
              name: v.name?.trim() || undefined,
              branchIds: v.branchIds?.length ? v.branchIds : undefined,
              panelUserIds: v.panelUserIds?.length ? v.panelUserIds : undefined,
              periodFrom: localDate(v.period?.[0]),
              periodTo: localDate(v.period?.[1]),
              deadline: localDate(v.deadline),
              note: v.note?.trim() || undefined,
            },
          });
          navigate(`/assessment/rounds/${round.id}`);
        }}
      >
        <Form.Item name="year" label="考核年度" rules={[{ required: true, message: "请填写考核年度" }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="kind" label="考核类型" rules={[{ required: true, message: "请选择考核类型" }]}>
          <Radio.Group
            options={(Object.keys(ROUND_KIND_LABELS) as AssessmentRoundKind[]).map((k) => ({ value: k, label: ROUND_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item name="name" label="名称" extra="不填时为“某年度党支部工作目标管理考核”">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="branchIds" label="参加考核的党支部" extra="不选时为学院全部党支部">
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={branches}
            placeholder="学院全部党支部"
            loading={units.isLoading}
          />
        </Form.Item>
        {can("ACCOUNT_ADMIN") && (
          <Form.Item name="panelUserIds" label="考核领导小组成员账号" extra="创建人自动加入">
            <PanelSelect />
          </Form.Item>
        )}
        <Form.Item name="period" label="考核期间" extra="不填时为考核年度 1 月 1 日至 12 月 31 日">
          <DatePicker.RangePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="deadline" label="完成期限" extra="不填时为考核年度 12 月 15 日（附件 五）">
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </RecordForm>
    </>
  );
}

/** The panel's accounts (active ones), by name and username. */
function PanelSelect({ id, value, onChange }: { id?: string; value?: string[]; onChange?: (v: string[]) => void }) {
  const { data, isFetching } = useGql(AssessmentPanelUsers, {});
  const options = (data?.users.items ?? [])
    .filter((u) => !u.disabledAt)
    .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      loading={isFetching}
      options={options}
      placeholder="创建人"
    />
  );
}
