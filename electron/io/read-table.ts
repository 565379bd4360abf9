import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors';
import type { ImportRowError } from '../../shared/api/catalogue-io-api';
import { readCsvRecords, type CsvRecord } from './read-csv';

/** A spreadsheet as header names and rows of text cells, each row with its number in the file. */
export interface Table {
  headers: string[];
  /** `problem` is set on a line that could not be read (mismatched quotes); importers report it as that row's problem. */
  rows: Array<{ rowNumber: number; cells: string[]; problem?: string }>;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Excel on Windows saves "CSV" in the ANSI code page; read it rather than refuse it.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function tableFromRows(raw: CsvRecord[], fileName: string): Table {
  const first = raw.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (first === -1) throw new AppError('invalid_input', `${fileName} has no rows.`, 'file');
  const header = raw[first]!;
  if (header.problem)
    throw new AppError('invalid_input', `${fileName} is not a readable CSV file: the header row's quotes do not match (row ${header.rowNumber}).`, 'file');
  const headers = header.cells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const rows: Table['rows'] = [];
  raw.forEach((row, index) => {
    // Blank rows are skipped but keep their place, so reported row numbers match the spreadsheet.
    if (index <= first || !row.cells.some((cell) => cell.trim() !== '')) return;
    const cells = headers.map((_h, column) => row.cells[column] ?? '');
    rows.push(row.problem ? { rowNumber: row.rowNumber, cells, problem: row.problem } : { rowNumber: row.rowNumber, cells });
  });
  return { headers, rows };
}

function readCsv(bytes: Buffer, fileName: string): Table {
  return tableFromRows(readCsvRecords(decodeText(bytes)), fileName);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel date-times are wall-clock values that ExcelJS hands over as UTC instants; keep the
    // time of day when there is one (outage logs), rounded to the second against float noise.
    const iso = new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
    return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer, fileName: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('invalid_input', `${fileName} is not a readable .xlsx workbook (${(error as Error).message}).`, 'file');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new AppError('invalid_input', `${fileName} has no sheet with data.`, 'file');
  const raw: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(cellText(row.getCell(column).value));
    raw[rowNumber - 1] = cells;
  });
  return tableFromRows(
    Array.from(raw, (row, index) => ({ rowNumber: index + 1, cells: row ?? [] })),
    fileName,
  );
}

/** Read a CSV or XLSX file's bytes into a table; other formats get a message saying what to save as. */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const lower = fileName.toLowerCase();
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.xlsx') || isZip) return readXlsx(bytes, fileName);
  if (lower.endsWith('.xls')) {
    throw new AppError('invalid_input', `${fileName} is an old Excel 97–2003 file. Save it as .xlsx or .csv and import that.`, 'file');
  }
  return readCsv(bytes, fileName);
}

/**
 * The problem of a row that could not be read, as the import's row error (field "row": the whole
 * row), or null. Such a row is reported alone: its cells are guesses, so their own problems would be noise.
 */
export function unreadableRowError(row: Table['rows'][number]): ImportRowError | null {
  return row.problem ? { row: row.rowNumber, column: null, field: 'row', message: row.problem } : null;
}
