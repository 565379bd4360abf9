import { z } from 'zod';
import { targetInputSchema } from '../../../../../shared/api/slas-api';
import { numberOf, toTargetInput, type TargetRow } from './target-rows';

const FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  label: 'Label',
  priority: 'Priority',
  timeLimit: 'Time limit',
  unit: 'Unit',
  direction: 'Direction',
  target: 'Target',
  warning: 'Warning',
};

/** "Warning must be above …": a row field's name in front of the schema's message. */
export function targetFieldMessage(field: string, message: string): string {
  return `${FIELD_LABELS[field] ?? 'Value'} ${message}`;
}

/** An API path under `targets` as the editor's path: the editor holds a time limit with its unit, not minutes. */
export function editorPathOf(field: string): string {
  return field.replace(/^(targets\.\d+)\.timeLimitMinutes$/, '$1.timeLimit');
}

/**
 * What the schema cannot say about rows still being typed: an empty number "is required" rather
 * than "must be a number". Keyed by editor path (`targets.1.timeLimit`), messages without the field name.
 */
export function unfinishedRowProblems(rows: readonly TargetRow[]): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  rows.forEach((row, index) => {
    const target = numberOf(row.target);
    if (target === null) problems.push([`targets.${index}.target`, 'is required']);
    else if (Number.isNaN(target)) problems.push([`targets.${index}.target`, 'must be a number']);
    if (Number.isNaN(numberOf(row.warning))) problems.push([`targets.${index}.warning`, 'must be a number']);
    if (row.kind === 'response' || row.kind === 'resolution') {
      const limit = numberOf(row.timeLimit);
      if (limit === null) problems.push([`targets.${index}.timeLimit`, 'is required']);
      else if (Number.isNaN(limit)) problems.push([`targets.${index}.timeLimit`, 'must be a number']);
    }
  });
  return problems;
}

const rowsSchema = z.array(targetInputSchema);

/** Every row's first problem, by editor path, with the field named: for an editor outside the SLA form (a contract's targets). */
export function validateTargetRows(rows: readonly TargetRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string) => {
    const field = path.split('.')[2];
    if (!(path in errors)) errors[path] = field ? targetFieldMessage(field, message) : message;
  };
  for (const [path, message] of unfinishedRowProblems(rows)) add(path, message);
  const parsed = rowsSchema.safeParse(rows.map(toTargetInput));
  if (!parsed.success) for (const issue of parsed.error.issues) add(editorPathOf(['targets', ...issue.path.map(String)].join('.')), issue.message);
  return errors;
}
