import type { MethodInput } from '../../../../../shared/api/contract';

/** A resolution as the API takes it (the engine's type says `unknown` for another value; the API bounds it). */
export type ApiResolution = MethodInput<'team.resolveConflict'>['resolution'];
export type OtherValue = Extract<ApiResolution, { keep: 'other' }>['value'];

/**
 * The value a person typed as "another value", in the type the field has (judged from the two
 * values in conflict): a number field takes a number, a list one entry per line, yes/no fields
 * yes or no, text as typed. Empty clears the field. Returns a message instead when it does not fit.
 */
export function parseOtherValue(text: string, current: unknown, proposed: unknown): { ok: true; value: OtherValue } | { ok: false; message: string } {
  const sample = [current, proposed].find((value) => value !== null && value !== undefined);
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (typeof sample === 'number') {
    const number = Number(trimmed.replace(',', '.'));
    return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message: 'Another value must be a number here' };
  }
  if (typeof sample === 'boolean') {
    if (/^(yes|true)$/i.test(trimmed)) return { ok: true, value: true };
    if (/^(no|false)$/i.test(trimmed)) return { ok: true, value: false };
    return { ok: false, message: 'Another value must be yes or no here' };
  }
  if (Array.isArray(sample)) {
    return {
      ok: true,
      value: trimmed
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
  }
  return { ok: true, value: text };
}

/** What the "another value" box starts with: the team's current value, editable. */
export function otherValueText(current: unknown): string {
  if (current === null || current === undefined) return '';
  if (Array.isArray(current)) return current.map(String).join('\n');
  if (typeof current === 'boolean') return current ? 'yes' : 'no';
  if (typeof current === 'object') return JSON.stringify(current);
  return String(current);
}

/** True when the value is a list, so the box takes one entry per line. */
export function isListValue(current: unknown, proposed: unknown): boolean {
  return Array.isArray(current) || Array.isArray(proposed);
}
