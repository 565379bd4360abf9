/**
 * Reading a number the user typed, strictly: a typed value is either taken exactly as written or
 * refused with a reason, never quietly rewritten ("1.5" in a whole-number field must not become 15,
 * "1e3" must not become 13, "99.95.5" must not become 99.955).
 */
export interface NumberTextRules {
  /** Only whole numbers (no decimal part). */
  whole?: boolean | undefined;
  /** Negative numbers are allowed. */
  allowNegative?: boolean | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Most digits after the decimal point. */
  maxDecimals?: number | undefined;
}

export type NumberTextResult = { ok: true; value: number | null } | { ok: false; problem: string };

const PLAIN = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number in `text` (null when empty), or why it is not one under the rules. Problems read after the field's name. */
export function parseNumberText(text: string, rules: NumberTextRules = {}): NumberTextResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!PLAIN.test(trimmed)) {
    const points = (trimmed.match(/[.,]/g) ?? []).length;
    if (points > 1 && /^[-+]?[\d.,]+$/.test(trimmed)) return { ok: false, problem: `“${trimmed}” has more than one decimal point` };
    if (/\de/i.test(trimmed)) return { ok: false, problem: `“${trimmed}” is not a plain number; write it out in digits (1000, not 1e3)` };
    return { ok: false, problem: `“${trimmed}” is not a number` };
  }
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, problem: `“${trimmed}” is not a number` };
  if (rules.whole && !Number.isInteger(value)) return { ok: false, problem: `must be a whole number; “${trimmed}” has a decimal part` };
  if (!rules.allowNegative && value < 0) return { ok: false, problem: 'cannot be negative' };
  const decimals = /[.,](\d+)$/.exec(trimmed)?.[1]?.length ?? 0;
  if (rules.maxDecimals !== undefined && decimals > rules.maxDecimals) {
    return { ok: false, problem: `may have at most ${rules.maxDecimals} ${rules.maxDecimals === 1 ? 'digit' : 'digits'} after the decimal point` };
  }
  if (rules.min !== undefined && value < rules.min) return { ok: false, problem: `must be at least ${rules.min}` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, problem: `must be at most ${rules.max}` };
  return { ok: true, value };
}

/** Why a text is too long for a field that holds at most `max` characters, or null. */
export function tooLongProblem(text: string, max: number): string | null {
  const length = [...text].length;
  return length > max
    ? `is ${length.toLocaleString('en')} characters long; it may have at most ${max.toLocaleString('en')} (nothing was cut: shorten it)`
    : null;
}
