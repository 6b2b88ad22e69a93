import { useState } from "react";
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select } from "antd";
import dayjs, { Dayjs } from "dayjs";
import {
  ErrorAlert,
  fieldErrorsOf,
  toLocalDate,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  request,
} from "@party/client-shared";
import type { MemberDetailFragment, PersonKind, RegisterReason } from "../../gql/graphql";
import { optionsOf, PERSON_KIND, REGISTER_REASON, REMOVE_REASONS } from "../../enum-labels";
import { DATE_FORMATS } from "../../components/date-formats";
import { CreatePerson, EndMassContact, LinkMassContact, PeopleSearch, RemoveMember, TransferMember } from "./operations";

const REFRESH = ["MemberList", "MemberDetail"];

/** 校内转接: to another branch of the college, on a date; the register keeps both sides. */
export function TransferModal({ member, onClose }: { member: MemberDetailFragment; onClose: () => void }) {
  const [form] = Form.useForm();
  const feedback = useFeedback();
  const transfer = useGqlMutation(TransferMember, (d) => unwrapResult(d.transferMember), REFRESH);
  const submit = (v: { toBranchId: string; toGroupId?: string; transferredOn: Dayjs; note?: string }) =>
    transfer.mutate(
      {
        input: {
          id: member.id,
          version: member.version,
          toBranchId: v.toBranchId,
          toGroupId: v.toGroupId,
          transferredOn: toLocalDate(v.transferredOn),
          note: v.note,
        },
      },
      {
        onSuccess: () => {
          feedback.saved("已转接");
          onClose();
        },
        onError: (e) => form.setFields(fieldErrorsOf(e)),
      },
    );
  return (
    <Modal open title={`校内转接：${member.name}`} okText="转接" onOk={form.submit} confirmLoading={transfer.isPending} onCancel={onClose}>
      <ErrorAlert error={transfer.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ transferredOn: dayjs() }}>
        <Form.Item label="转出支部">{member.branch.fullName}</Form.Item>
        <Form.Item name="toBranchId" label="转入支部" rules={[{ required: true, message: "请选择转入支部" }]}>
          <UnitPicker kinds={["BRANCH"]} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="toGroupId" label="转入党小组">
          <UnitPicker kinds={["GROUP"]} allowClear placeholder="（不分党小组）" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="transferredOn" label="转接日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 出册: the member leaves the register (transfer out, graduation, death …); the record stays. */
export function RemoveModal({ member, onClose }: { member: MemberDetailFragment; onClose: () => void }) {
  const [form] = Form.useForm();
  const feedback = useFeedback();
  const remove = useGqlMutation(RemoveMember, (d) => unwrapResult(d.removeMember), REFRESH);
  const submit = (v: { reason: RegisterReason; occurredOn: Dayjs; counterpart?: string; note?: string }) =>
    remove.mutate(
      {
        input: {
          id: member.id,
          version: member.version,
          reason: v.reason,
          occurredOn: toLocalDate(v.occurredOn),
          counterpart: v.counterpart,
          note: v.note,
        },
      },
      {
        onSuccess: () => {
          feedback.saved("已出册");
          onClose();
        },
        onError: (e) => form.setFields(fieldErrorsOf(e)),
      },
    );
  return (
    <Modal
      open
      title={`出册：${member.name}`}
      okText="出册"
      okButtonProps={{ danger: true }}
      onOk={form.submit}
      confirmLoading={remove.isPending}
      onCancel={onClose}
    >
      <ErrorAlert error={remove.error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ occurredOn: dayjs() }}>
        <Form.Item name="reason" label="出册原因" rules={[{ required: true, message: "请选择出册原因" }]}>
          <Select options={optionsOf(REGISTER_REASON, REMOVE_REASONS)} />
        </Form.Item>
        <Form.Item name="occurredOn" label="出册日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item name="counterpart" label="转出去向" extra="组织关系转出时填写接收组织">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 联系群众: link an existing person of the branch, or register a new one, from a date. */
export function LinkContactModal({ member, onClose }: { member: MemberDetailFragment; onClose: () => void }) {
  const [form] = Form.useForm();
  const feedback = useFeedback();
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [search, setSearch] = useState("");
  const people = useGql(PeopleSearch, { filter: { unitId: member.branchId, nameContains: search || undefined }, first: 30 });
  const link = useGqlMutation(LinkMassContact, (d) => unwrapResult(d.linkMassContact), REFRESH);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { personId?: string; name?: string; kind?: PersonKind; department?: string; since: Dayjs; note?: string }) => {
    setError(null);
    try {
      let personId = v.personId!;
      if (mode === "new") {
        const { createPerson } = await request(CreatePerson, {
          input: { unitId: member.branchId, name: v.name!, kind: v.kind!, department: v.department },
        });
        personId = createPerson.id;
      }
      await link.mutateAsync({ input: { memberId: member.id, personId, since: toLocalDate(v.since), note: v.note } });
      feedback.saved("已建立联系");
      onClose();
    } catch (e) {
      setError(e);
      form.setFields(fieldErrorsOf(e));
    }
  };
  return (
    <Modal open title={`新增联系群众：${member.name}`} okText="保存" onOk={form.submit} confirmLoading={link.isPending} onCancel={onClose}>
      <ErrorAlert error={error} />
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 12 }}>
        <Radio.Button value="existing">已登记的人员</Radio.Button>
        <Radio.Button value="new">登记新人员</Radio.Button>
      </Radio.Group>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ since: dayjs(), kind: "MASS" }}>
        {mode === "existing" ? (
          <Form.Item name="personId" label="联系对象" rules={[{ required: true, message: "请选择联系对象" }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={people.isFetching}
              placeholder="输入姓名查找"
              options={(people.data?.people.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name}（${PERSON_KIND[p.kind]}${p.department ? ` · ${p.department}` : ""}）`,
              }))}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label="姓名" rules={[{ required: true, message: "请填写姓名" }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="kind" label="身份" rules={[{ required: true }]}>
              <Select options={optionsOf(PERSON_KIND)} />
            </Form.Item>
            <Form.Item name="department" label="部门或院系">
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="since" label="联系起始日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: "100%" }} format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Ends a mass contact today. */
export function EndContactButton({ contact }: { contact: MemberDetailFragment["massContacts"][number] }) {
  const feedback = useFeedback();
  const end = useGqlMutation(EndMassContact, (d) => unwrapResult(d.endMassContact), REFRESH);
  return (
    <Popconfirm
      title="结束联系"
      description={`以今天（${dayjs().format("YYYY年M月D日")}）为联系结束日期？`}
      onConfirm={() =>
        end.mutate(
          { input: { id: contact.id, version: contact.version, until: toLocalDate(dayjs()) } },
          { onSuccess: () => feedback.saved("已结束联系"), onError: feedback.failed },
        )
      }
    >
      <Button size="small" loading={end.isPending}>
        结束联系
      </Button>
    </Popconfirm>
  );
}
