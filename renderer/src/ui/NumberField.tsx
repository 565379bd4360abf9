import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { parseNumberText } from '../../../shared/domain/number-text';

export interface NumberFieldProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'> {
  /** A number, or '' when empty (the shape Mantine's NumberInput and `form.getInputProps` use). */
  value?: number | string | undefined;
  /**
   * A number as typed, '' when cleared, or NaN while the text is not a number the field accepts
   * (the field then says why, and any save sees NaN and refuses rather than keeping the old value).
   */
  onChange?: ((value: number | string) => void) | undefined;
  allowDecimal?: boolean | undefined;
  allowNegative?: boolean | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Most digits after the decimal point; more are refused, not rounded away. */
  decimalScale?: number | undefined;
  /** Accepted for drop-in use in place of NumberInput; this field never has step buttons. */
  hideControls?: boolean | undefined;
}

const textOf = (value: number | string | undefined) => (value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? '' : String(value));

/**
 * The one numeric input of the app. Unlike Mantine's NumberInput, which drops the keys it does not
 * allow (so "1.5" in a whole-number field became 15, "1e3" became 13 and "99.95.5" became 99.955)
 * and clamps to min/max on blur, it keeps exactly what was typed and says at the field why it
 * cannot be taken.
 */
export function NumberField({
  value,
  onChange,
  allowDecimal = true,
  allowNegative = true,
  min,
  max,
  decimalScale,
  hideControls: _hideControls,
  error,
  onBlur,
  ...rest
}: NumberFieldProps) {
  const [text, setText] = useState(() => textOf(value));
  const [touched, setTouched] = useState(false);
  const emitted = useRef<number | string | undefined>(value);
  const rules = { whole: !allowDecimal, allowNegative, min, max, maxDecimals: decimalScale };
  const parsed = parseNumberText(text, rules);

  // A value set from outside (a reset, a preset, a loaded record) replaces the text; our own echo does not.
  useEffect(() => {
    const same = Object.is(value, emitted.current) || (typeof value === 'number' && typeof emitted.current === 'number' && value === emitted.current);
    if (!same) {
      emitted.current = value;
      setText(textOf(value));
    }
  }, [value]);

  const change = (next: string) => {
    setText(next);
    setTouched(true);
    const outcome = parseNumberText(next, rules);
    const out = !outcome.ok ? Number.NaN : outcome.value === null ? '' : outcome.value;
    emitted.current = out;
    onChange?.(out);
  };

  const ownProblem = !parsed.ok && (touched || text !== '') ? parsed.problem : null;
  const shownError = ownProblem ? (typeof rest.label === 'string' ? `${rest.label} ${ownProblem}` : capitalise(ownProblem)) : error;

  return (
    <TextInput
      {...rest}
      inputMode={allowDecimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      error={typeof error === 'boolean' && ownProblem ? true : shownError}
      aria-invalid={Boolean(ownProblem) || undefined}
      // Cells too small to show a message (error={true}) still tell why on hover.
      title={ownProblem ? capitalise(ownProblem) : rest.title}
    />
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
