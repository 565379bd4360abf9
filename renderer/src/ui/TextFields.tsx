import { Autocomplete, Textarea, TextInput, type AutocompleteProps, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { tooLongProblem } from '../../../shared/domain/number-text';

interface LimitProps {
  label?: ReactNode;
  value?: string | number | readonly string[] | undefined;
  error?: ReactNode;
  maxLength?: number | undefined;
}

/**
 * A text input whose `maxLength` is a limit the user is told about, not the browser's silent cut:
 * a pasted 450-character name stays whole and the field says it is too long, so nothing the user
 * typed is dropped without a word (the API refuses it too, naming the field).
 */
function withLengthLimit<P extends LimitProps>(Input: ComponentType<P>) {
  return function LimitedInput({ maxLength, ...props }: P) {
    const text = typeof props.value === 'string' ? props.value : '';
    const problem = maxLength !== undefined ? tooLongProblem(text, maxLength) : null;
    const label = typeof props.label === 'string' ? props.label : 'This text';
    const error = props.error || (problem ? `${label} ${problem}` : undefined);
    return <Input {...(props as unknown as P)} error={error} />;
  };
}

export const TextField = withLengthLimit<TextInputProps>(TextInput);
export const TextAreaField = withLengthLimit<TextareaProps>(Textarea);
export const AutocompleteField = withLengthLimit<AutocompleteProps>(Autocomplete);
