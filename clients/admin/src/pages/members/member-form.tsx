import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Skeleton, Space } from "antd";
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
  useSession,
  useScopeUnits,
} from "@party/client-shared";
import type { CreateMemberInput, MemberDetailFragment, UpdateMemberInput } from "../../gql/graphql";
import { DATE_FORMATS } from "../../components/date-formats";
import { PageFrame } from "../../page-frame";
import { ADD_REASONS, GENDER, MEMBER_CATEGORY, MEMBER_STANDING, MOBILE_STATUS, optionsOf, REGISTER_REASON } from "../../enum-labels";
import { CreateMember, MemberDetailQuery, UpdateMember } from "./operations";

const DATE_FIELDS = ["birthDate", "joinedOn", "fullSince", "probationEndsOn"] as const;
const TEXT_FIELDS = ["idNumber", "phone", "department", "className", "mobileLocation"] as const;
const EDITABLE = ["name", "gender", "category", "standing", "mobileStatus", "groupId", ...TEXT_FIELDS, ...DATE_FIELDS] as const;

type FormValues = Record<string, unknown>;

/** A member record as form values: dates as dayjs, absent values undefined. */
function valuesOf(m: MemberDetailFragment): FormValues {
  const values: FormValues = {
    name: m.name,
    gender: m.gender,
    category: m.category,
    standing: m.standing,
    mobileStatus: m.mobileStatus,
    groupId: m.group?.id,
    branchId: m.branchId,
  };
  for (const f of TEXT_FIELDS) values[f] = m[f] ?? undefined;
  for (const f of DATE_FIELDS) values[f] = m[f] ? dayjs(m[f]) : undefined;
  return values;
}

/** Form values as API input: dates as YYYY-MM-DD, blank text as null (cleared). */
function inputOf(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (dayjs.isDayjs(value)) input[key] = toLocalDate(value as Dayjs);
    else if (typeof value === "string") input[key] = value.trim() === "" ? null : value.trim();
    else input[key] = value ?? null;
  }
  return input;
}

/**
 * 新增 / 编辑党员. The API's field errors land on the fields; a stale version shows the conflict
 * alert with a reload. An edit sends only what changed, so masked values (身份证号 for roles without
 * the sensitive permission) are never sent back as if they were data.
 */
export function MemberFormPage() {
  const { id } = useParams();
  return id ? <EditMember id={id} /> : <NewMember />;
}

function NewMember() {
  const scope = useScopeUnits().data?.[0];
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [form] = Form.useForm();
  // A branch secretary's members join their own branch: chosen for them once the scope is known.
  useEffect(() => {
    if (scope?.kind === "BRANCH" && !form.getFieldValue("branchId")) form.setFieldValue("branchId", scope.id);
  }, [scope, form]);
  const create = useGqlMutation(CreateMember, (d) => unwrapResult(d.createMember), ["MemberList"]);
  const submit = (values: FormValues) => {
    const input = Object.fromEntries(Object.entries(inputOf(values)).filter(([, v]) => v !== null)) as unknown as CreateMemberInput;
    create.mutate(
      { input },
      {
        onSuccess: (member) => {
          feedback.saved("已新增党员");
          navigate(`../${member.id}`);
        },
        onError: (error) => form.setFields(fieldErrorsOf(error)),
      },
    );
  };
  return (
    <PageFrame title="新增党员" subtitle="入册：填写基本信息，保存后记入名册增减记录">
      <ErrorAlert error={create.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          mobileStatus: "NONE",
          reason: "INITIAL_IMPORT",
          gender: "MALE",
          registeredOn: dayjs(),
        }}
      >
        <MemberFields creating />
        <FormActions saving={create.isPending} />
      </Form>
    </PageFrame>
  );
}

function EditMember({ id }: { id: string }) {
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [form] = Form.useForm();
  const { data, isLoading, error: loadError, refetch } = useGql(MemberDetailQuery, { id });
  const update = useGqlMutation(UpdateMember, (d) => unwrapResult(d.updateMember), ["MemberList", "MemberDetail"]);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const member = data?.member;

  useEffect(() => {
    // Values are taken once per load (or reload): a background refetch must not swap the version under an open edit.
    if (member && loadedVersion === null) {
      form.resetFields();
      form.setFieldsValue(valuesOf(member));
      setLoadedVersion(member.version);
    }
  }, [member, loadedVersion, form]);

  const reload = async () => {
    const { data: fresh } = await refetch();
    update.reset();
    if (fresh?.member) {
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh.member));
      setLoadedVersion(fresh.member.version);
    }
  };

  const submit = (values: FormValues) => {
    if (!member || loadedVersion === null) return;
    const before = inputOf(valuesOf(member));
    const after = inputOf(values);
    const changed = Object.fromEntries(
      EDITABLE.filter((f) => (after[f] ?? null) !== (before[f] ?? null)).map((f) => [f, after[f] ?? null]),
    );
    const input = { id, version: loadedVersion, ...changed } as UpdateMemberInput;
    update.mutate(
      { input },
      {
        onSuccess: () => {
          feedback.saved();
          navigate(`..`, { relative: "path" });
        },
        onError: (error) => form.setFields(fieldErrorsOf(error)),
      },
    );
  };

  if (isLoading) return <Skeleton active />;
  if (!member) return <ErrorAlert error={loadError ?? new Error("记录不存在或不在您的管理范围内")} />;
  return (
    <PageFrame title={`编辑党员：${member.name}`} subtitle={member.branch.fullName}>
      <ErrorAlert error={update.error} onReload={() => void reload()} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <MemberFields />
        <FormActions saving={update.isPending} />
      </Form>
    </PageFrame>
  );
}

function FormActions({ saving }: { saving: boolean }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存
      </Button>
      <Link to=".." relative="path">
        <Button>取消</Button>
      </Link>
    </Space>
  );
}

const date = <DatePicker style={{ width: "100%" }} placeholder="选择日期" format={DATE_FORMATS} />;

/** The member's fields; on create also where and why the member enters the register. */
function MemberFields({ creating = false }: { creating?: boolean }) {
  const { can } = useSession();
  const sensitive = can("MEMBER_SENSITIVE_READ");
  return (
    <>
      <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, message: "请填写姓名" }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="gender" label="性别" rules={[{ required: true }]}>
              <Select options={optionsOf(GENDER)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="category" label="人员类别" rules={[{ required: true, message: "请选择人员类别" }]}>
              <Select options={optionsOf(MEMBER_CATEGORY)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="standing" label="党员类别" rules={[{ required: true, message: "请选择党员类别" }]}>
              <Select options={optionsOf(MEMBER_STANDING)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="idNumber" label="身份证号" extra={sensitive ? undefined : "您的角色只能看到后 4 位；不修改则保持原值"}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="phone" label="联系电话">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="birthDate" label="出生日期">
              {date}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="department" label="部门或院系">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="className" label="班级（学生）">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="组织关系" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {creating && (
            <Col xs={24} md={8}>
              <Form.Item name="branchId" label="所在支部" rules={[{ required: true, message: "请选择所在支部" }]}>
                <UnitPicker kinds={["BRANCH"]} placeholder="选择党支部" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item name="groupId" label="党小组" extra="须属于所在支部">
              <UnitPicker kinds={["GROUP"]} allowClear placeholder="（不分党小组）" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="joinedOn" label="入党日期">
              {date}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="fullSince" label="转正日期">
              {date}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="probationEndsOn" label="预备期满日期">
              {date}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="mobileStatus" label="流动状态">
              <Select options={optionsOf(MOBILE_STATUS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="mobileLocation" label="流动所在地">
              <Input maxLength={200} placeholder="实习地、挂职地等" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {creating && (
        <Card title="入册" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={12} md={8}>
              <Form.Item name="reason" label="入册原因" rules={[{ required: true }]}>
                <Select options={optionsOf(REGISTER_REASON, ADD_REASONS)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="registeredOn" label="入册日期">
                {date}
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="counterpart" label="转入来源" extra="组织关系转入时填写">
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
    </>
  );
}
