import type { MeasurementGrid } from '../../../../../shared/api/slas-api';
import { parseNumberText } from '../../../../../shared/domain/number-text';
import { measurementValueProblem, type TargetKind } from '../../../../../shared/domain/sla-targets';
import { parseTicketCounts, resultFromTicketCounts, takesTicketCounts, ticketCountsProblem } from '../../../../../shared/domain/ticket-counts';

export const keyOf = (targetId: number, period: string) => `${targetId}|${period}`;

/** The text a stored value shows as in its cell. */
export const shown = (value: number | null) => (value === null ? '' : String(value));

export interface CellChange {
  key: string;
  targetId: number;
  period: string;
  text: string;
  kind: TargetKind;
  unit: string;
}

/** The cells whose text differs from what is stored, in grid order. */
export function changedCells(grid: MeasurementGrid, edits: ReadonlyMap<string, string>): CellChange[] {
  const changed: CellChange[] = [];
  grid.periods.forEach((period, rowIndex) => {
    for (const row of grid.rows) {
      const key = keyOf(row.target.id, period);
      const text = edits.get(key);
      if (text === undefined) continue;
      if (text.trim() === shown(row.cells[rowIndex]?.value ?? null)) continue;
      changed.push({ key, targetId: row.target.id, period, text: text.trim(), kind: row.target.kind, unit: row.target.unit });
    }
  });
  return changed;
}

export type CellSave = { targetId: number; period: string; value: number | null; workload?: number };

/**
 * What a typed cell saves, or why it cannot: empty clears the month; a number is the figure;
 * for response and resolution targets "19/20" (tickets within the time / all tickets) saves
 * 95 with 20 as the workload.
 */
export function cellToSave(change: CellChange): { ok: true; cell: CellSave } | { ok: false; problem: string } {
  const base = { targetId: change.targetId, period: change.period };
  if (change.text === '') return { ok: true, cell: { ...base, value: null } };
  const counts = parseTicketCounts(change.text);
  if (counts) {
    if (!takesTicketCounts(change.kind)) return { ok: false, problem: 'ticket counts (19/20) are for response and resolution targets; type the figure' };
    const problem = ticketCountsProblem(counts.within, counts.total);
    if (problem) return { ok: false, problem: problem.field === 'total' ? `Total ${problem.message}` : problem.message };
    const result = resultFromTicketCounts(counts.within, counts.total);
    return { ok: true, cell: { ...base, value: result.value, workload: result.workload } };
  }
  // Strict: "99.95.5" or "1e3" are refused with the reason, never read as some other number.
  const parsed = parseNumberText(change.text, { allowNegative: true });
  if (!parsed.ok || parsed.value === null) {
    const reason = parsed.ok ? 'must be a number' : parsed.problem;
    return { ok: false, problem: takesTicketCounts(change.kind) ? `${reason} (or ticket counts like 19/20)` : reason };
  }
  const value = parsed.value;
  const problem = measurementValueProblem({ kind: change.kind, unit: change.unit }, value);
  return problem ? { ok: false, problem } : { ok: true, cell: { ...base, value } };
}
