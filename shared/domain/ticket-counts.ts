/**
 * Response and resolution targets are "% of tickets within the time". Teams often know the two
 * counts rather than the percentage; these turn counts into the recorded figure, and say in
 * words what is wrong with counts that cannot be right.
 */
import { attainmentPercent } from './sla-status';
import type { TargetKind } from './sla-targets';

/** The target kinds whose figure is a share of tickets handled within a time limit. */
export const TICKET_COUNT_KINDS: readonly TargetKind[] = ['response', 'resolution'];

/** Whether a target's figure can be given as ticket counts. */
export function takesTicketCounts(kind: TargetKind): boolean {
  return TICKET_COUNT_KINDS.includes(kind);
}

export interface TicketCountsProblem {
  field: 'within' | 'total';
  message: string;
}

/** Why two ticket counts cannot be recorded, at the count that is wrong; null when they can. */
export function ticketCountsProblem(within: number, total: number): TicketCountsProblem | null {
  if (!Number.isInteger(total) || total < 0) return { field: 'total', message: `${total} is not a number of tickets (a whole number, 0 or more)` };
  if (!Number.isInteger(within) || within < 0) return { field: 'within', message: `${within} is not a number of tickets (a whole number, 0 or more)` };
  if (within > total) return { field: 'within', message: `${within} tickets within the time cannot be more than the ${total} tickets in all` };
  if (total === 0) return { field: 'total', message: 'is 0: with no tickets there is nothing to measure; leave the month out' };
  return null;
}

/** The figure and workload to record for ticket counts: 19 of 20 is 95 % over 20 tickets. Throws on counts with a problem. */
export function resultFromTicketCounts(within: number, total: number): { value: number; workload: number } {
  const problem = ticketCountsProblem(within, total);
  if (problem) throw new RangeError(problem.message);
  // Four decimals is finer than any target is set at and keeps 2 of 3 from showing as 66.66666666666667.
  return { value: Math.round(attainmentPercent(within, total)! * 10_000) / 10_000, workload: total };
}

/** Counts typed as "19/20" or "19 of 20"; null when the text is not in that form. */
export function parseTicketCounts(text: string): { within: number; total: number } | null {
  const match = /^\s*(\d+)\s*(?:\/|of)\s*(\d+)\s*$/i.exec(text);
  return match ? { within: Number(match[1]), total: Number(match[2]) } : null;
}
