import { ReactNode, useState } from "react";
import { Button, Flex, Table, TableColumnType, TableProps } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { downloadXlsx, ErrorAlert, request, useFeedback, useGql } from "@party/client-shared";

/** A table column that also says how its cell reads in an exported sheet (else its dataIndex's value). */
export type RecordColumn<Row> = TableColumnType<Row> & { exportValue?: (row: Row) => string | number | null | undefined };

export interface Paged<Row> {
  items: Row[];
  totalCount: number;
}

type PageVars = { first: number; offset: number };

/** The API pages at most 100 rows per request. */
const EXPORT_PAGE = 100;

/**
 * A list paged on the server (first/offset), with the API's error above it and an export of the
 * whole list (every page, not just the visible one) to .xlsx. `toolbar` sits left of the export.
 */
export function PagedRecords<TResult, TVars extends PageVars, Row extends object>({
  document,
  variables,
  pick,
  columns,
  exportName,
  toolbar,
  rowKey = "id",
  enabled = true,
  tableProps,
  testId,
}: {
  document: TypedDocumentNode<TResult, TVars>;
  variables: Omit<TVars, "first" | "offset">;
  pick: (data: TResult) => Paged<Row>;
  columns: Array<RecordColumn<Row>>;
  /** File and sheet name of the export. */
  exportName: string;
  toolbar?: ReactNode;
  rowKey?: TableProps<Row>["rowKey"];
  enabled?: boolean;
  tableProps?: Omit<TableProps<Row>, "columns" | "dataSource" | "pagination" | "rowKey" | "loading">;
  testId?: string;
}) {
  const [paging, setPaging] = useState({ current: 1, pageSize: 20 });
  const key = JSON.stringify(variables);
  const [lastKey, setLastKey] = useState(key);
  // a new filter starts again at page 1
  if (key !== lastKey) {
    setLastKey(key);
    setPaging((p) => ({ ...p, current: 1 }));
  }
  const vars = { ...variables, first: paging.pageSize, offset: (paging.current - 1) * paging.pageSize } as TVars;
  const query = useGql(document, vars, { enabled, placeholderData: (previous) => previous });
  const page = query.data ? pick(query.data) : undefined;
  const [exporting, setExporting] = useState(false);
  const feedback = useFeedback();

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows: Row[] = [];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const chunk = pick(await request(document, { ...variables, first: EXPORT_PAGE, offset } as TVars));
        rows.push(...chunk.items);
        if (offset + EXPORT_PAGE >= chunk.totalCount) break;
      }
      await downloadXlsx(exportName, [{ name: exportName, columns: sheetColumnsOf(columns), rows }]);
    } catch (e) {
      feedback.failed(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid={testId}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center">
          {toolbar}
        </Flex>
        <Button icon={<DownloadOutlined />} onClick={exportAll} loading={exporting} disabled={!page?.totalCount}>
          导出 Excel
        </Button>
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<Row>
        size="middle"
        rowKey={rowKey}
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: "max-content" }}
        pagination={{
          total: page?.totalCount ?? 0,
          current: paging.current,
          pageSize: paging.pageSize,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (current, pageSize) => setPaging({ current: pageSize === paging.pageSize ? current : 1, pageSize }),
        }}
        {...tableProps}
      />
    </div>
  );
}

function cellOf(row: object, path: string | string[]): unknown {
  const keys = Array.isArray(path) ? path : [path];
  let value: unknown = row;
  for (const k of keys) value = value == null ? value : (value as Record<string, unknown>)[k];
  return Array.isArray(value) ? value.join("、") : value;
}

/** Exports rows already on the page (a summary the API answers whole, not paged) to .xlsx. */
export function ExportRowsButton<Row extends object>({
  exportName,
  columns,
  rows,
}: {
  exportName: string;
  columns: Array<RecordColumn<Row>>;
  rows: Row[];
}) {
  const [exporting, setExporting] = useState(false);
  const feedback = useFeedback();
  const run = async () => {
    setExporting(true);
    try {
      await downloadXlsx(exportName, [{ name: exportName, columns: sheetColumnsOf(columns), rows }]);
    } catch (e) {
      feedback.failed(e);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} loading={exporting} disabled={!rows.length}>
      导出 Excel
    </Button>
  );
}

function sheetColumnsOf<Row extends object>(columns: Array<RecordColumn<Row>>) {
  return columns
    .filter((c) => typeof c.title === "string" && (c.exportValue || c.dataIndex))
    .map((c) => ({
      header: c.title as string,
      value: c.exportValue ?? ((row: Row) => cellOf(row, c.dataIndex as string | string[]) as string | number | null),
    }));
}
