import { useState } from "react";
import { Checkbox, DatePicker, Form, Input, Select, Space, Tag } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { formatDate, UnitPicker, unwrapResult, useGqlMutation } from "@party/client-shared";
import { PageFrame } from "../../page-frame";
import { RecordTab } from "../../components/record-tab";
import { changedOnly, localDate, MemberSelect, pickerDate } from "../../components/record-actions";
import { useScopeUnit } from "../../components/scope-unit";
import type { DocumentFieldsFragment, DocumentKind, DocumentListQuery, DocumentListQueryVariables } from "../../gql/graphql";
import { DOCUMENT_KIND_LABELS, optionsOf } from "../../labels-records";
import { ArchiveDocument, DocumentList, FileDocument, UpdateDocument } from "./operations";

type FiledDocument = DocumentFieldsFragment;

interface DocumentValues {
  kind: DocumentKind;
  unitId?: string;
  memberId?: string;
  title: string;
  filedOn: Dayjs;
  receivedBy?: string;
  note?: string;
}

/** 文件台账: documents filed by units (reports, rules, plans, committee studies) and members' thought reports. */
export default function DocumentsPage() {
  const { unitId, picker } = useScopeUnit();
  const [kind, setKind] = useState<DocumentKind>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const refetch = ["DocumentList"];
  const file = useGqlMutation(FileDocument, (d) => unwrapResult(d.fileDocument), refetch);
  const update = useGqlMutation(UpdateDocument, (d) => unwrapResult(d.updateFiledDocument), refetch);
  const archive = useGqlMutation(ArchiveDocument, (d) => unwrapResult(d.archiveFiledDocument), refetch);
  const fieldsOf = (v: DocumentValues) => ({
    title: v.title?.trim(),
    filedOn: localDate(v.filedOn),
    receivedBy: v.receivedBy?.trim() || null,
    note: v.note?.trim() || null,
  });

  return (
    <PageFrame
      title="文件台账"
      subtitle="报送备案的文件：年度工作报告、议事规则、培养发展计划、党委专题研究、党员思想汇报"
      actions={picker}
    >
      <RecordTab<DocumentListQuery, DocumentListQueryVariables, FiledDocument, DocumentValues>
        noun="备案文件"
        permission="GOVERNANCE_WRITE"
        testId="documents-table"
        document={DocumentList}
        variables={{
          filter: {
            unitId,
            kind,
            includeArchived,
            from: range ? localDate(range[0]) : undefined,
            to: range ? localDate(range[1]) : undefined,
          },
        }}
        enabled={!!unitId}
        pick={(d) => d.filedDocuments}
        exportName="文件台账"
        toolbar={
          <>
            <Select
              allowClear
              placeholder="文件类别"
              value={kind}
              onChange={setKind}
              options={optionsOf(DOCUMENT_KIND_LABELS)}
              style={{ width: 200 }}
            />
            <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
            <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
              含已归档
            </Checkbox>
          </>
        }
        columns={[
          { title: "报送日期", dataIndex: "filedOn", render: formatDate, exportValue: (r) => r.filedOn },
          {
            title: "类别",
            dataIndex: "kind",
            render: (k: DocumentKind) => DOCUMENT_KIND_LABELS[k],
            exportValue: (r) => DOCUMENT_KIND_LABELS[r.kind],
          },
          {
            title: "标题",
            dataIndex: "title",
            render: (t: string, r) => (
              <Space>
                {t}
                {r.archivedAt && <Tag>已归档</Tag>}
              </Space>
            ),
          },
          { title: "报送组织", dataIndex: ["unit", "fullName"] },
          { title: "汇报党员", dataIndex: ["member", "name"], render: (v: string | undefined) => v ?? "—" },
          { title: "接收人", dataIndex: "receivedBy", render: (v: string | null) => v ?? "—" },
        ]}
        initialValues={(r) =>
          r
            ? { title: r.title, filedOn: pickerDate(r.filedOn), receivedBy: r.receivedBy ?? undefined, note: r.note ?? undefined }
            : { kind: "DEV_PLAN", unitId: unitId ?? undefined, filedOn: dayjs() }
        }
        fields={(r, form) => (
          <>
            {!r && (
              <>
                <Form.Item name="kind" label="文件类别" rules={[{ required: true }]}>
                  <Select options={optionsOf(DOCUMENT_KIND_LABELS)} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind || a.unitId !== b.unitId}>
                  {() =>
                    form.getFieldValue("kind") === "THOUGHT_REPORT" ? (
                      <Form.Item name="memberId" label="汇报党员" rules={[{ required: true, message: "请选择党员" }]}>
                        <MemberSelect unitId={unitId} />
                      </Form.Item>
                    ) : (
                      <Form.Item
                        name="unitId"
                        label="报送组织"
                        extra="年度工作报告、议事规则为党总支，培养发展计划为党支部，专题研究为党委"
                        rules={[{ required: true, message: "请选择组织" }]}
                      >
                        <UnitPicker />
                      </Form.Item>
                    )
                  }
                </Form.Item>
              </>
            )}
            <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: "请填写标题" }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="filedOn" label="报送（备案）日期" rules={[{ required: true, message: "请选择日期" }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="receivedBy" label="接收人或接收部门">
              <Input placeholder="如：组织部 王老师" maxLength={100} />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        create={(v: DocumentValues) => {
          const f = fieldsOf(v);
          return file.mutateAsync({
            input: {
              ...f,
              title: f.title ?? "",
              filedOn: f.filedOn!,
              kind: v.kind,
              unitId: v.kind === "THOUGHT_REPORT" ? null : v.unitId,
              memberId: v.kind === "THOUGHT_REPORT" ? v.memberId : null,
            },
          });
        }}
        update={(r, v: DocumentValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
        archiveLabel="归档"
        archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
      />
    </PageFrame>
  );
}
