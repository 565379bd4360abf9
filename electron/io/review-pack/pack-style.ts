import type { Rag } from '../../../shared/management-review/rag';

/** Colours and limits shared by the PDF and Word packs. */
export const RAG_COLOURS: Readonly<Record<Rag, string>> = { red: '#c92a2a', amber: '#e67700', green: '#2b8a3e', none: '#868e96' };
export const RAG_TINTS: Readonly<Record<Rag, string>> = { red: '#ffe3e3', amber: '#fff3bf', green: '#d3f9d8', none: '#f1f3f5' };

/** Rows a printed table shows; the Excel pack keeps every row. */
export const PRINT_ROWS = 40;

export function moreRowsNote(total: number): string | null {
  return total > PRINT_ROWS ? `Showing the first ${PRINT_ROWS} of ${total.toLocaleString('en-GB')} rows; the Excel pack lists them all.` : null;
}

/** Black or white text, whichever reads on `hex`. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const luminance = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance > 0.6 ? '#212529' : '#ffffff';
}
