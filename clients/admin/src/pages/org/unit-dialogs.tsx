import { Checkbox, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { useState } from "react";
import {
  ErrorAlert,
  fieldErrorsOf,
  toLocalDate,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
} from "@party/client-shared";
import type { BranchKind, CommitteeRole, GroupPurpose, OrgUnitDetailQuery, OrgUnitKind } from "../../gql/graphql";
import { BRANCH_KIND, COMMITTEE_ROLE, GROUP_PURPOSE, optionsOf, ORG_UNIT_KIND } from "../../enum-labels";
import { DATE_FORMATS } from "../../components/date-formats";
import {
  AppointCommitteeMember,
  ArchiveOrgUnit,
  CreateOrgUnit,
  MoveOrgUnit,
  RenameOrgUnit,
  UnitMemberOptions,
  UpdateOrgUnit,
} from "./operations";

type Unit = NonNullable<OrgUnitDetailQuery["orgUnit"]>;
export const REFRESH = ["ScopeUnits", "OrgUnitDetail", "UnitsUnder", "RosterUnitsUnder"];

/** Which kinds may sit under a kind (党委 → 党总支/党支部 → 党支部 → 党小组). */
const CHILD_KINDS: Record<OrgUnitKind, OrgUnitKind[]> = {
  PARTY_COMMITTEE: ["GENERAL_BRANCH", "BRANCH"],
  GENERAL_BRANCH: ["BRANCH"],
  BRANCH: ["GROUP"],
  GROUP: [],
};
export const canHaveChildren = (kind: OrgUnitKind) => CHILD_KINDS[kind].length > 0;

/** Shared shape: one form in a modal, field errors on the fields, any other error above them. */
function useDialog<T>(
  mutate: (values: T, handlers: { onSuccess: () => void; onError: (e: Error) => void }) => void,
  onClose: () => void,
  done: string,
) {
  const [form] = Form.useForm<T>();
  const feedback = useFeedback();
  const submit = (values: T) =>
    mutate(values, {
      onSuccess: () => {
        feedback.saved(done);
        onClose();
      },
      onError: (e) => form.setFields(fieldErrorsOf(e) as never),
    });
  return { form, submit };
}

export function CreateUnitModal({ parent, onClose }: { parent: Unit; onClose: () => void }) {
  const create = useGqlMutation(CreateOrgUnit, (d) => unwrapResult(d.createOrgUnit), REFRESH);
  const kinds = CHILD_KINDS[parent.kind];
  const [kind, setKind] = useState<OrgUnitKind>(kinds[kinds.length - 1]);
  const { form, submit } = useDialog<{
    name: string;
    kind: OrgUnitKind;
    branchKind?: BranchKind;
    groupPurpose?: GroupPurpose;
    location?: string;
    isOnline?: boolean;
  }>((v, h) => create.mutate({ input: { ...v, parentId: parent.id } }, h), onClose, "已新建组织");
  return (
    <Modal
      open
      title={`在“${parent.fullName}”下新建组织`}
      okText="新建"
      onOk={form.submit}
      confirmLoading={create.isPending}
      onCancel={onClose}
    >
      <ErrorAlert error={create.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind }}>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={optionsOf(ORG_UNIT_KIND, kinds)} onChange={setKind} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: "请填写名称" }]} extra="按原文，如“教工支部”“第一党小组”">
          <Input maxLength={100} />
        </Form.Item>
        {kind === "BRANCH" && (
          <>
            <Form.Item name="branchKind" label="支部类型" rules={[{ required: true, message: "请选择支部类型" }]}>
              <Select options={optionsOf(BRANCH_KIND)} />
            </Form.Item>
            <Form.Item name="isOnline" valuePropName="checked">
              <Checkbox>网络支部 / QQ 支部</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === "GROUP" && (
          <>
            <Form.Item name="groupPurpose" label="设立依据">
              <Select allowClear options={optionsOf(GROUP_PURPOSE)} />
            </Form.Item>
            <Form.Item name="location" label="所在地" extra="实习地、工作地或居住地">
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

export function RenameUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const rename = useGqlMutation(RenameOrgUnit, (d) => unwrapResult(d.renameOrgUnit), REFRESH);
  const { form, submit } = useDialog<{ name: string }>(
    (v, h) => rename.mutate({ input: { id: unit.id, version: unit.version, name: v.name } }, h),
    onClose,
    "已更名",
  );
  return (
    <Modal open title="更名" okText="保存" onOk={form.submit} confirmLoading={rename.isPending} onCancel={onClose}>
      <ErrorAlert error={rename.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: unit.name }}>
        <Form.Item name="name" label="新名称" rules={[{ required: true, message: "请填写名称" }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MoveUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const move = useGqlMutation(MoveOrgUnit, (d) => unwrapResult(d.moveOrgUnit), REFRESH);
  const { form, submit } = useDialog<{ newParentId: string }>(
    (v, h) => move.mutate({ input: { id: unit.id, version: unit.version, newParentId: v.newParentId } }, h),
    onClose,
    "已调整隶属关系",
  );
  const parentKinds = (Object.keys(CHILD_KINDS) as OrgUnitKind[]).filter((k) => CHILD_KINDS[k].includes(unit.kind));
  return (
    <Modal open title={`调整隶属：${unit.fullName}`} okText="移动" onOk={form.submit} confirmLoading={move.isPending} onCancel={onClose}>
      <ErrorAlert error={move.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="newParentId"
          label="新的上级组织"
          rules={[{ required: true, message: "请选择上级组织" }]}
          extra="不能移到自身的下级组织内"
        >
          <UnitPicker kinds={parentKinds} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ArchiveUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const archive = useGqlMutation(ArchiveOrgUnit, (d) => unwrapResult(d.archiveOrgUnit), REFRESH);
  const { form, submit } = useDialog<{ reason: string }>(
    (v, h) => archive.mutate({ input: { id: unit.id, version: unit.version, reason: v.reason } }, h),
    onClose,
    "已撤销",
  );
  return (
    <Modal
      open
      title={`撤销组织：${unit.fullName}`}
      okText="撤销"
      okButtonProps={{ danger: true }}
      onOk={form.submit}
      confirmLoading={archive.isPending}
      onCancel={onClose}
    >
      <ErrorAlert error={archive.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="撤销原因" rules={[{ required: true, message: "请填写撤销原因" }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AppointModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const appoint = useGqlMutation(AppointCommitteeMember, (d) => unwrapResult(d.appointCommitteeMember), REFRESH);
  const [name, setName] = useState("");
  const options = useGql(UnitMemberOptions, { unitId: unit.id, name: name || undefined });
  const { form, submit } = useDialog<{ memberId: string; role: CommitteeRole; duty?: string; termStart: Dayjs; termEnd?: Dayjs }>(
    (v, h) =>
      appoint.mutate(
        {
          input: {
            unitId: unit.id,
            memberId: v.memberId,
            role: v.role,
            duty: v.duty,
            termStart: toLocalDate(v.termStart),
            termEnd: v.termEnd ? toLocalDate(v.termEnd) : undefined,
          },
        },
        h,
      ),
    onClose,
    "已任命",
  );
  return (
    <Modal open title={`任命委员：${unit.fullName}`} okText="任命" onOk={form.submit} confirmLoading={appoint.isPending} onCancel={onClose}>
      <ErrorAlert error={appoint.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: "MEMBER", termStart: dayjs() }}>
        <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setName }}
            loading={options.isFetching}
            placeholder="输入姓名查找"
            options={(options.data?.members.items ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.branch.name}）` }))}
          />
        </Form.Item>
        <Form.Item name="role" label="职务" rules={[{ required: true }]}>
          <Select options={optionsOf(COMMITTEE_ROLE)} />
        </Form.Item>
        <Form.Item name="duty" label="分工" extra="如“组织委员”“宣传委员”“纪检委员”">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="termStart" label="任期开始" rules={[{ required: true }]}>
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item name="termEnd" label="届满日期">
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A unit's attributes besides its name and place: branch kind, online, departments covered, a group's purpose and place. */
export function EditUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const update = useGqlMutation(UpdateOrgUnit, (d) => unwrapResult(d.updateOrgUnit), REFRESH);
  const { form, submit } = useDialog<{
    branchKind?: BranchKind;
    isOnline?: boolean;
    covers?: string[];
    groupPurpose?: GroupPurpose;
    location?: string;
  }>((v, h) => update.mutate({ input: { id: unit.id, version: unit.version, ...v } }, h), onClose, "已保存");
  return (
    <Modal open title={`编辑属性：${unit.fullName}`} okText="保存" onOk={form.submit} confirmLoading={update.isPending} onCancel={onClose}>
      <ErrorAlert error={update.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          branchKind: unit.branchKind ?? undefined,
          isOnline: unit.isOnline,
          covers: unit.covers,
          groupPurpose: unit.groupPurpose ?? undefined,
          location: unit.location ?? undefined,
        }}
      >
        {unit.kind === "BRANCH" && (
          <>
            <Form.Item name="branchKind" label="支部类型" rules={[{ required: true, message: "请选择支部类型" }]}>
              <Select options={optionsOf(BRANCH_KIND)} />
            </Form.Item>
            <Form.Item name="isOnline" valuePropName="checked">
              <Checkbox>网络支部 / QQ 支部</Checkbox>
            </Form.Item>
          </>
        )}
        {unit.kind === "GROUP" ? (
          <>
            <Form.Item name="groupPurpose" label="设立依据">
              <Select allowClear options={optionsOf(GROUP_PURPOSE)} />
            </Form.Item>
            <Form.Item name="location" label="所在地" extra="实习地、工作地或居住地">
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="covers" label="覆盖部门" extra="输入部门名称后回车，可填多个">
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
