import dayjs from "dayjs";
import type { CreateMemberInput } from "../../gql/graphql";
import { ADD_REASONS, GENDER, MEMBER_CATEGORY, MEMBER_STANDING, MOBILE_STATUS, REGISTER_REASON } from "../../enum-labels";

/**
 * The .xlsx roster: one column per createMember field under a Chinese header. Reading it only
 * turns cells into the API's input (labels → codes, dates → YYYY-MM-DD, branch name → id);
 * whether a row is valid is the API's answer (importMembers dryRun), not decided here.
 */
export interface RosterColumn {
  header: string;
  field: keyof CreateMemberInput | "branch" | "group";
  required?: boolean;
  kind: "text" | "date" | "enum" | "unit";
  labels?: Record<string, string>;
  hint?: string;
}

export const ROSTER_COLUMNS: RosterColumn[] = [
  { header: "姓名", field: "name", required: true, kind: "text" },
  { header: "性别", field: "gender", required: true, kind: "enum", labels: GENDER },
  { header: "所在支部", field: "branch", required: true, kind: "unit", hint: "支部全称，如“财经学院学生支部”" },
  { header: "党小组", field: "group", kind: "unit" },
  { header: "人员类别", field: "category", required: true, kind: "enum", labels: MEMBER_CATEGORY },
  { header: "党员类别", field: "standing", required: true, kind: "enum", labels: MEMBER_STANDING },
  { header: "身份证号", field: "idNumber", kind: "text" },
  { header: "联系电话", field: "phone", kind: "text" },
  { header: "出生日期", field: "birthDate", kind: "date" },
  { header: "入党日期", field: "joinedOn", kind: "date" },
  { header: "转正日期", field: "fullSince", kind: "date" },
  { header: "预备期满日期", field: "probationEndsOn", kind: "date" },
  { header: "部门或院系", field: "department", kind: "text" },
  { header: "班级", field: "className", kind: "text" },
  { header: "流动状态", field: "mobileStatus", kind: "enum", labels: MOBILE_STATUS },
  { header: "流动所在地", field: "mobileLocation", kind: "text" },
  {
    header: "入册原因",
    field: "reason",
    kind: "enum",
    labels: Object.fromEntries(ADD_REASONS.map((r) => [r, REGISTER_REASON[r]])),
  },
  { header: "入册日期", field: "registeredOn", kind: "date" },
  { header: "转入来源", field: "counterpart", kind: "text" },
];

/** A field of the API's input as the user knows it (for the error report). */
export const FIELD_LABELS: Record<string, string> = Object.fromEntries([
  ...ROSTER_COLUMNS.map((c) => [c.field, c.header]),
  ["branchId", "所在支部"],
  ["groupId", "党小组"],
]);

export interface RosterUnit {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  parentId?: string | null;
}

export interface RosterRow {
  /** The row number in the sheet (as Excel shows it). */
  line: number;
  name: string;
  branchLabel: string;
  input: CreateMemberInput | null;
  /** Cells this page could not read (unknown branch, a date it cannot parse, a label not in the list). */
  readErrors: Array<{ field: string; message: string }>;
}

type Cell = string | number | boolean | Date | null | undefined | { text?: string; result?: unknown; richText?: Array<{ text: string }> };

function textOf(cell: Cell): string {
  if (cell == null) return "";
  if (cell instanceof Date) return dayjs(cell).format("YYYY-MM-DD");
  if (typeof cell === "object") {
    if ("richText" in cell && cell.richText)
      return cell.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("text" in cell && cell.text != null) return String(cell.text).trim();
    if ("result" in cell) return textOf(cell.result as Cell);
    return "";
  }
  return String(cell).trim();
}

function dateOf(cell: Cell): string | null {
  if (cell instanceof Date) return dayjs(cell).format("YYYY-MM-DD");
  const text = textOf(cell);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return null;
  const d = dayjs(`${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`);
  return d.isValid() ? d.format("YYYY-MM-DD") : null;
}

/** Reads the first sheet of an .xlsx roster into API inputs, row by row. */
export async function readRoster(file: ArrayBuffer, units: RosterUnit[]): Promise<RosterRow[]> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("文件中没有工作表");
  let headerLine = 0;
  const columnOf = new Map<RosterColumn, number>();
  sheet.eachRow((row, line) => {
    if (headerLine) return;
    const headers = (row.values as Cell[]).map((v) => textOf(v).replace(/[*＊\s]/g, ""));
    if (!headers.includes("姓名")) return;
    headerLine = line;
    for (const column of ROSTER_COLUMNS) {
      const at = headers.indexOf(column.header);
      if (at > 0) columnOf.set(column, at);
    }
  });
  if (!headerLine) throw new Error("未找到表头：第一张工作表中应有“姓名”“性别”“所在支部”等列（请使用导入模板）");
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !columnOf.has(c)).map((c) => c.header);
  if (missing.length) throw new Error(`缺少必填列：${missing.join("、")}`);

  const branches = units.filter((u) => u.kind === "BRANCH");
  const rows: RosterRow[] = [];
  sheet.eachRow((row, line) => {
    if (line <= headerLine) return;
    const values = row.values as Cell[];
    if (![...columnOf.values()].some((at) => textOf(values[at]) !== "")) return;
    const input: Record<string, unknown> = {};
    const readErrors: RosterRow["readErrors"] = [];
    let branchLabel = "";
    let groupLabel = "";
    for (const [column, at] of columnOf) {
      const cell = values[at];
      const text = textOf(cell);
      if (text === "") {
        if (column.required) readErrors.push({ field: column.field, message: `${column.header}必填` });
        continue;
      }
      if (column.kind === "text") input[column.field] = text;
      else if (column.kind === "date") {
        const date = dateOf(cell);
        if (date) input[column.field] = date;
        else readErrors.push({ field: column.field, message: `${column.header}“${text}”不是日期（应写作 2024-05-01）` });
      } else if (column.kind === "enum") {
        const code = Object.entries(column.labels!).find(([value, label]) => label === text || value === text)?.[0];
        if (code) input[column.field] = code;
        else
          readErrors.push({ field: column.field, message: `${column.header}“${text}”应为：${Object.values(column.labels!).join("、")}` });
      } else if (column.field === "branch") branchLabel = text;
      else groupLabel = text;
    }
    if (branchLabel) {
      const matches = branches.filter((b) => b.fullName === branchLabel);
      const byName = matches.length ? matches : branches.filter((b) => b.name === branchLabel);
      if (byName.length === 1) input.branchId = byName[0].id;
      else
        readErrors.push({
          field: "branch",
          message: byName.length ? `支部“${branchLabel}”有重名，请写全称` : `支部“${branchLabel}”不存在或不在您的管理范围内`,
        });
    }
    if (groupLabel && input.branchId) {
      const group = units.find(
        (u) => u.kind === "GROUP" && u.parentId === input.branchId && (u.name === groupLabel || u.fullName === groupLabel),
      );
      if (group) input.groupId = group.id;
      else readErrors.push({ field: "group", message: `党小组“${groupLabel}”不属于该支部` });
    }
    rows.push({
      line,
      name: String(input.name ?? ""),
      branchLabel,
      input: readErrors.length ? null : (input as unknown as CreateMemberInput),
      readErrors,
    });
  });
  return rows;
}
