import { formatBytes } from '../../lib/format';

/** The file being imported, as read in the browser. */
export interface ImportFile {
  name: string;
  size: number;
  contentBase64: string;
}

/** The API takes files up to 72 MB (96 MB of base64). */
export const MAX_IMPORT_BYTES = 72 * 1024 * 1024;

export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why a chosen file cannot be imported, in words that say what to do instead; null when it can. */
export function importFileProblem(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xls')) {
    return `${file.name} is an old Excel 97–2003 workbook. In Excel, choose File › Save As › Excel Workbook (.xlsx) or CSV UTF-8 (.csv), then import that file.`;
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) {
    const dot = file.name.lastIndexOf('.');
    const kind = dot > 0 ? `a ${file.name.slice(dot)} file` : 'not a CSV or Excel file';
    return `${file.name} is ${kind}. Choose a .csv or .xlsx file: a spreadsheet whose first row names the columns.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_IMPORT_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}; files up to ${formatBytes(MAX_IMPORT_BYTES)} can be imported. Split it into smaller files.`;
  }
  return null;
}

/** A file's content as base64 (how the API carries files), read with FileReader. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
