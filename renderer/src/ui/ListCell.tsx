import { Text } from '@mantine/core';
import type { ListFormat } from '../../../shared/entity/field-descriptor';
import { formatDate, formatDateTime } from '../lib/format';

/** A declared field's value as list text, by the format its descriptor gives; '' when empty. */
export function listCellText(format: ListFormat, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.join(', ');
  switch (format) {
    case 'date':
      return formatDate(String(value));
    case 'instant':
      return formatDateTime(String(value));
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat().format(value) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 }).format(value)} %` : String(value);
    default:
      // A person is stored as an id; a list shows a person through its own column, which joins the name.
      return String(value);
  }
}

/**
 * The cell of a list column that shows one declared field as its descriptor says, for fields with
 * no column of their own yet: a field added to a descriptor appears in the list (and its column
 * chooser) with nothing else to write.
 */
export function ListCell({ format, value }: { format: ListFormat; value: unknown }) {
  const text = listCellText(format, value);
  return (
    <Text size="sm" truncate="end" c={text ? undefined : 'dimmed'} ta={format === 'number' || format === 'percent' ? 'right' : undefined}>
      {text || '—'}
    </Text>
  );
}
