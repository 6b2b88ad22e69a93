import { useState } from "react";
import { Link } from "react-router";
import { Alert, Button, Card, Flex, Result, Space, Statistic, Steps, Table, Tag, Typography, Upload } from "antd";
import { DownloadOutlined, InboxOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { ApiError, downloadXlsx, ErrorAlert, request, useSession } from "@party/client-shared";
import { graphql } from "../../gql";
import { PageFrame } from "../../page-frame";
import { FIELD_LABELS, readRoster, ROSTER_COLUMNS, RosterRow, RosterUnit } from "./roster";
import { ImportMembers } from "./operations";

const RosterUnitRoot = graphql(`
  query RosterUnitRoot($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      fullName
      kind
      parentId
    }
  }
`);

const RosterUnitsUnder = graphql(`
  query RosterUnitsUnder($underId: ID!, $offset: Int!) {
    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {
      totalCount
      items {
        id
        name
        fullName
        kind
        parentId
      }
    }
  }
`);

/** The branches and groups of the user's scope with their full names, to read the roster's 所在支部 column. */
function useRosterUnits() {
  const { user } = useSession();
  const rootId = user.scopeUnitId;
  return useQuery({
    queryKey: ["RosterUnits", rootId],
    enabled: !!rootId,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<RosterUnit[]> => {
      const { orgUnit } = await request(RosterUnitRoot, { id: rootId! });
      const units: RosterUnit[] = orgUnit ? [orgUnit] : [];
      for (let offset = 0; ; offset += 100) {
        const { orgUnits } = await request(RosterUnitsUnder, { underId: rootId!, offset });
        units.push(...orgUnits.items);
        if (offset + 100 >= orgUnits.totalCount) break;
      }
      return units;
    },
  });
}

/** A request-level refusal of the whole roster (too many rows …) read as its sentences, not "check the red fields". */
function wholeRosterError(e: unknown): unknown {
  return e instanceof ApiError && Object.keys(e.fields).length ? new Error(Object.values(e.fields).flat().join("；")) : e;
}

/** One row of the report: what this page could not read, else the API's verdict. */
interface ReportRow extends RosterRow {
  errors: Array<{ field: string; message: string }>;
  ok: boolean;
}

export async function downloadTemplate(): Promise<void> {
  await downloadXlsx("党员名册导入模板", [
    {
      name: "党员名册",
      heading: ["党员名册导入模板：带 * 的列必填；日期写作 2024-05-01；类别等按下拉说明填写中文名称；从第 4 行起每行一名党员"],
      columns: ROSTER_COLUMNS.map((c) => ({
        header: c.required ? `${c.header}*` : c.header,
        value: () => "",
        width: c.kind === "date" ? 14 : c.field === "branch" ? 26 : c.field === "idNumber" ? 22 : 12,
      })),
      rows: [] as unknown[],
    },
  ]);
}

/**
 * 导入名册: read an .xlsx roster in the browser, let the API check every row (dryRun) and show a
 * row-by-row report before anything is written; then import all rows, or only the valid ones.
 */
export function MemberImportPage() {
  const units = useRosterUnits();
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<ReportRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<number | null>(null);

  const check = async (file: File) => {
    setError(null);
    setReport(null);
    setWritten(null);
    setFileName(file.name);
    setBusy(true);
    try {
      const rows = await readRoster(await file.arrayBuffer(), units.data ?? []);
      if (!rows.length) throw new Error("名册中没有数据行");
      const readable = rows.filter((r) => r.input);
      const verdicts = readable.length
        ? (await request(ImportMembers, { input: { dryRun: true, rows: readable.map((r) => r.input!) } })).importMembers.rows
        : [];
      const byLine = new Map(readable.map((r, i) => [r.line, verdicts.find((v) => v.row === i + 1)]));
      setReport(
        rows.map((r) => {
          const verdict = byLine.get(r.line);
          const errors = r.input ? (verdict?.errors ?? []) : r.readErrors;
          return { ...r, errors, ok: !!r.input && !!verdict?.ok };
        }),
      );
    } catch (e) {
      setError(wholeRosterError(e));
    } finally {
      setBusy(false);
    }
  };

  const write = async (onlyValid: boolean) => {
    if (!report) return;
    setBusy(true);
    setError(null);
    try {
      const rows = report.filter((r) => (onlyValid ? r.ok : r.input)).map((r) => r.input!);
      const { importMembers } = await request(ImportMembers, { input: { dryRun: false, onlyValid, rows } });
      setWritten(importMembers.written);
    } catch (e) {
      setError(wholeRosterError(e));
    } finally {
      setBusy(false);
    }
  };

  const valid = report?.filter((r) => r.ok).length ?? 0;
  const invalid = (report?.length ?? 0) - valid;
  const step = written !== null ? 2 : report ? 1 : 0;

  return (
    <PageFrame
      title="导入党员名册"
      subtitle="上传 Excel 花名册：先逐行校验，确认后再写入"
      actions={
        <>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            下载导入模板
          </Button>
          <Link to="..">
            <Button>返回名册</Button>
          </Link>
        </>
      }
    >
      <Steps
        current={step}
        style={{ marginBottom: 24, maxWidth: 720 }}
        items={[{ title: "上传名册" }, { title: "检查校验结果" }, { title: "完成导入" }]}
      />
      <ErrorAlert error={error} />
      {written !== null ? (
        <Result
          status="success"
          title={`已导入 ${written} 名党员`}
          subTitle={invalid && valid === written ? `未通过校验的 ${invalid} 行没有导入，可修改后重新上传。` : undefined}
          extra={[
            <Link key="list" to="..">
              <Button type="primary">查看名册</Button>
            </Link>,
            <Button key="again" onClick={() => (setReport(null), setWritten(null), setFileName(null))}>
              继续导入
            </Button>,
          ]}
        />
      ) : (
        <>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={busy || units.isLoading}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
            style={{ marginBottom: 16 }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {fileName ? `已选择：${fileName}（点击或拖入文件重新上传）` : "点击或将 .xlsx 花名册拖到此处"}
            </p>
            <p className="ant-upload-hint">第一张工作表，表头含“姓名、性别、所在支部、人员类别、党员类别”等列；请使用导入模板</p>
          </Upload.Dragger>
          {report && (
            <Card size="small" data-testid="import-report">
              <Flex gap={32} align="center" wrap style={{ marginBottom: 12 }}>
                <Statistic title="名册行数" value={report.length} />
                <Statistic title="校验通过" value={valid} styles={{ content: { color: "#389e0d" } }} />
                <Statistic title="有错误" value={invalid} styles={{ content: { color: invalid ? "#cf1322" : undefined } }} />
                <Space wrap style={{ marginLeft: "auto" }}>
                  <Button type="primary" disabled={busy || invalid > 0 || !valid} loading={busy} onClick={() => void write(false)}>
                    全部导入
                  </Button>
                  <Button disabled={busy || !invalid || !valid} onClick={() => void write(true)}>
                    只导入通过校验的 {valid} 行
                  </Button>
                  <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void check(file), false)}>
                    <Button icon={<ReloadOutlined />}>修改后重新上传</Button>
                  </Upload>
                </Space>
              </Flex>
              {invalid > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={`${invalid} 行未通过校验，尚未写入任何记录。可在 Excel 中修改后重新上传，或只导入通过校验的行。`}
                />
              )}
              <Table<ReportRow>
                rowKey="line"
                size="small"
                dataSource={report}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                rowClassName={(r) => (r.ok ? "" : "import-row-error")}
                columns={[
                  { title: "Excel 行号", dataIndex: "line", width: 100 },
                  { title: "姓名", dataIndex: "name", width: 120, render: (n: string) => n || "—" },
                  { title: "所在支部", dataIndex: "branchLabel", width: 220 },
                  {
                    title: "校验结果",
                    key: "ok",
                    width: 100,
                    render: (_, r) => (r.ok ? <Tag color="success">通过</Tag> : <Tag color="error">有错误</Tag>),
                  },
                  {
                    title: "错误说明",
                    key: "errors",
                    render: (_, r) =>
                      r.errors.map((e, i) => (
                        <div key={i} data-testid={`import-error-${r.line}`}>
                          <Typography.Text type="danger">
                            {FIELD_LABELS[e.field.split(".").pop() ?? e.field] ?? e.field}：{e.message}
                          </Typography.Text>
                        </div>
                      )),
                  },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </PageFrame>
  );
}
