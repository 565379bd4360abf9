/** The executive summary's traffic light per input; `none` when the workspace holds no data for it. */
export type Rag = 'red' | 'amber' | 'green' | 'none';

export interface SectionHeadline {
  rag: Rag;
  /** One sentence for the executive summary. */
  line: string;
}

export const RAG_LABELS: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'No data' };

/** Days from `from` to `to` (dates YYYY-MM-DD); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "1 risk", "3 risks". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** A date window, both ends included. */
export interface DateWindow {
  from: string;
  to: string;
}

export function inWindow(date: string | null, window: DateWindow): boolean {
  return date !== null && date >= window.from && date <= window.to;
}
