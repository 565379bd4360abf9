import { describe, expect, it } from 'vitest';
import { parseTicketCounts, resultFromTicketCounts, takesTicketCounts, ticketCountsProblem } from './ticket-counts';

describe('ticket counts', () => {
  it('turns counts into the percentage within the time, with the total as workload', () => {
    expect(resultFromTicketCounts(19, 20)).toEqual({ value: 95, workload: 20 });
    expect(resultFromTicketCounts(2, 3)).toEqual({ value: 66.6667, workload: 3 });
    expect(resultFromTicketCounts(0, 7)).toEqual({ value: 0, workload: 7 });
    expect(resultFromTicketCounts(1150, 1150)).toEqual({ value: 100, workload: 1150 });
  });

  it('names the count that is wrong and why', () => {
    expect(ticketCountsProblem(21, 20)).toEqual({ field: 'within', message: '21 tickets within the time cannot be more than the 20 tickets in all' });
    expect(ticketCountsProblem(-1, 20)).toEqual({ field: 'within', message: '-1 is not a number of tickets (a whole number, 0 or more)' });
    expect(ticketCountsProblem(3, -5)).toEqual({ field: 'total', message: '-5 is not a number of tickets (a whole number, 0 or more)' });
    expect(ticketCountsProblem(1.5, 20)).toMatchObject({ field: 'within' });
    expect(ticketCountsProblem(0, 0)).toEqual({ field: 'total', message: 'is 0: with no tickets there is nothing to measure; leave the month out' });
    expect(ticketCountsProblem(19, 20)).toBeNull();
    expect(() => resultFromTicketCounts(21, 20)).toThrow('cannot be more than the 20 tickets');
  });

  it('reads counts typed as "19/20" or "19 of 20" and nothing else', () => {
    expect(parseTicketCounts('19/20')).toEqual({ within: 19, total: 20 });
    expect(parseTicketCounts(' 19 of 20 ')).toEqual({ within: 19, total: 20 });
    expect(parseTicketCounts('95')).toBeNull();
    expect(parseTicketCounts('4.3/5')).toBeNull();
    expect(parseTicketCounts('-1/20')).toBeNull();
  });

  it('applies to response and resolution targets only', () => {
    expect(takesTicketCounts('response')).toBe(true);
    expect(takesTicketCounts('resolution')).toBe(true);
    expect(takesTicketCounts('availability')).toBe(false);
    expect(takesTicketCounts('custom')).toBe(false);
  });
});
