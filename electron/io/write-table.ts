import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { neutraliseFormula } from '../../shared/domain/formula-cells';

export type TableFormat = 'csv' | 'xlsx';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

const MIME: Record<TableFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Write header + rows as CSV (UTF-8 with BOM so Excel reads accents) or XLSX. Every text cell is
 * neutralised so a spreadsheet never runs it as a formula.
 */
export async function writeTable(format: TableFormat, baseName: string, headers: string[], rows: string[][], sheetName = 'Data'): Promise<ExportedFile> {
  const safeRows = rows.map((row) => row.map(neutraliseFormula));
  if (format === 'csv') {
    const text = `\uFEFF${Papa.unparse([headers, ...safeRows], { newline: '\r\n' })}\r\n`;
    return { fileName: `${baseName}.csv`, mimeType: MIME.csv, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ServiceLedger';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const row of safeRows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(headers[index]?.length ?? 10, ...safeRows.slice(0, 500).map((row) => Math.min(60, (row[index] ?? '').length)));
    column.width = Math.max(10, longest + 2);
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${baseName}.xlsx`, mimeType: MIME.xlsx, contentBase64: buffer.toString('base64') };
}
