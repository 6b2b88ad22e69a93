import { ReactNode, useRef, useState } from "react";
import { Button, Card, Empty, Radio, Space, Spin, Table, Tooltip } from "antd";
import { downloadXlsx } from "@party/client-shared";
import { Chart, ChartHandle } from "./chart";
import type { EChartsCoreOption } from "./echarts";

/** A column shown in the table view and written to the .xlsx the same way. */
export interface DataColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** How the table shows it, when not as the plain value. */
  render?: (row: Row) => ReactNode;
  width?: number;
}

/**
 * A chart with its numbers: a chart ⇄ table switch (for those who would rather read figures), a
 * PNG export of the chart and an .xlsx export of the table. `heading` heads the exported sheet.
 */
export function ChartCard<Row>({
  title,
  testId,
  option,
  height = 320,
  onChartClick,
  rows,
  columns,
  rowKey,
  fileName,
  heading,
  loading,
  extra,
  children,
  emptyText = "暂无数据",
}: {
  title: ReactNode;
  testId: string;
  option: EChartsCoreOption | null;
  height?: number;
  onChartClick?: (params: { data: unknown; seriesIndex?: number; dataIndex: number }) => void;
  rows: Row[];
  columns: Array<DataColumn<Row>>;
  rowKey: (row: Row) => string;
  fileName: string;
  heading: string[];
  loading?: boolean;
  extra?: ReactNode;
  children?: ReactNode;
  emptyText?: string;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const chart = useRef<ChartHandle>(null);
  const exportPng = () => {
    const url = chart.current?.toPng();
    if (!url) return;
    const link = document.createElement("a");
    link.href = url;
    link.download = `${fileName}.png`;
    link.click();
  };
  const exportXlsx = () =>
    downloadXlsx(fileName, [
      { name: fileName, heading, columns: columns.map((c) => ({ header: c.header, value: c.value, width: c.width })), rows },
    ]);
  const empty = !loading && rows.length === 0;
  return (
    <Card
      data-testid={testId}
      className="dash-card"
      title={title}
      extra={
        <Space className="no-print" wrap>
          {extra}
          <Radio.Group
            size="small"
            optionType="button"
            value={view}
            onChange={(e) => setView(e.target.value)}
            options={[
              { label: "图表", value: "chart" },
              { label: "表格", value: "table" },
            ]}
          />
          <Tooltip title="导出图表为 PNG">
            <Button size="small" onClick={exportPng} disabled={view !== "chart" || empty}>
              PNG
            </Button>
          </Tooltip>
          <Tooltip title="导出表格为 Excel">
            <Button size="small" onClick={exportXlsx} disabled={empty}>
              Excel
            </Button>
          </Tooltip>
        </Space>
      }
    >
      {loading ? (
        <div style={{ height, display: "flex", alignItems: "center", justifyContent: "center" }}>
          <Spin />
        </div>
      ) : empty ? (
        <Empty description={emptyText} />
      ) : view === "chart" && option ? (
        <Chart ref={chart} option={option} height={height} onClick={onChartClick} testId={`${testId}-chart`} />
      ) : (
        <Table<Row>
          size="small"
          rowKey={rowKey}
          dataSource={rows}
          pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
          columns={columns.map((c) => ({
            title: c.header,
            key: c.header,
            width: c.width ? c.width * 8 : undefined,
            render: (_: unknown, row: Row) => (c.render ? c.render(row) : c.value(row)),
          }))}
        />
      )}
      {children}
    </Card>
  );
}
