/** A column of an exported sheet: its Chinese header and how to read a row's cell. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  width?: number;
}

export interface ExportSheet<Row> {
  name: string;
  columns: Array<ExportColumn<Row>>;
  rows: Row[];
  /** Lines above the table (a title, the period); bold. */
  heading?: string[];
}

/**
 * Builds an .xlsx in the browser and downloads it. exceljs is loaded only when someone exports
 * (it is large), so it never weighs on the first page.
 */
export async function downloadXlsx<Rows extends unknown[]>(
  fileName: string,
  sheets: { [K in keyof Rows]: ExportSheet<Rows[K]> },
): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "高校基层党组织工作管理系统";
  book.created = new Date();
  for (const sheet of sheets as Array<ExportSheet<unknown>>) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31));
    for (const line of sheet.heading ?? []) ws.addRow([line]).font = { bold: true };
    if (sheet.heading?.length) ws.addRow([]);
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => c.value(row) ?? ""));
    sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2)));
  }
  const buffer = await book.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName.endsWith(".xlsx") ? fileName : `${fileName}.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
