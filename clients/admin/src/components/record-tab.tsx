import { ReactNode } from "react";
import { Button, FormInstance, Space, TableProps } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { Permission } from "@party/client-shared";
import { Paged, PagedRecords, RecordColumn } from "./paged-records";
import { RecordForm } from "./record-form";
import { ArchiveAction, useCanWrite, useEditing } from "./record-actions";

/**
 * One kind of record kept the usual way: a server-paged list with export, a create/edit form in a
 * drawer and an archive action with a reason; the write buttons only for a role with `permission`.
 */
export function RecordTab<TResult, TVars extends { first: number; offset: number }, Row extends { id: string }, Values extends object>({
  noun,
  permission,
  document,
  variables,
  enabled = true,
  pick,
  columns,
  exportName,
  testId,
  toolbar,
  initialValues,
  fields,
  create,
  update,
  archive,
  rowActions,
  tableProps,
  archiveLabel = "作废",
}: {
  /** What one record is called, e.g. “党务公开记录”. */
  noun: string;
  permission: Permission;
  document: TypedDocumentNode<TResult, TVars>;
  variables: Omit<TVars, "first" | "offset">;
  enabled?: boolean;
  pick: (data: TResult) => Paged<Row>;
  columns: Array<RecordColumn<Row>>;
  exportName: string;
  testId?: string;
  toolbar?: ReactNode;
  initialValues: (record: Row | null) => Partial<Values>;
  fields: (record: Row | null, form: FormInstance<Values>) => ReactNode;
  create?: (values: Values) => Promise<unknown>;
  update?: (record: Row, values: Values) => Promise<unknown>;
  archive?: (record: Row, reason: string) => Promise<unknown>;
  rowActions?: (record: Row) => ReactNode;
  tableProps?: Omit<TableProps<Row>, "columns" | "dataSource" | "pagination" | "rowKey" | "loading">;
  /** What archiving is called for this kind (作废, 归档, 撤销 …). */
  archiveLabel?: string;
}) {
  const canWrite = useCanWrite(permission);
  const editing = useEditing<Row>();
  const archived = (r: Row) => Boolean((r as { archivedAt?: string | null }).archivedAt);
  const withActions: Array<RecordColumn<Row>> =
    canWrite && (update || archive || rowActions)
      ? [
          ...columns,
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            render: (_: unknown, r: Row) =>
              archived(r) ? null : (
                <Space size={0}>
                  {update && (
                    <Button type="link" size="small" onClick={() => editing.edit(r)}>
                      编辑
                    </Button>
                  )}
                  {rowActions?.(r)}
                  {archive && (
                    <ArchiveAction
                      label={archiveLabel}
                      title={`${archiveLabel}${noun}`}
                      reasonLabel={`${archiveLabel}原因`}
                      submit={(reason) => archive(r, reason)}
                    />
                  )}
                </Space>
              ),
          },
        ]
      : columns;

  return (
    <>
      <PagedRecords
        testId={testId}
        document={document}
        variables={variables}
        enabled={enabled}
        pick={pick}
        columns={withActions}
        exportName={exportName}
        tableProps={tableProps}
        toolbar={
          <>
            {canWrite && create && (
              <Button type="primary" icon={<PlusOutlined />} onClick={editing.create}>
                登记{noun}
              </Button>
            )}
            {toolbar}
          </>
        }
      />
      {canWrite && (create || update) && (
        <RecordForm<Values>
          open={editing.open}
          title={editing.record ? `编辑${noun}` : `登记${noun}`}
          initialValues={initialValues(editing.record)}
          submit={(values) => (editing.record ? update!(editing.record, values) : create!(values))}
          onClose={editing.close}
          testId={`${testId ?? "record"}-form`}
        >
          {(form) => fields(editing.record, form)}
        </RecordForm>
      )}
    </>
  );
}
