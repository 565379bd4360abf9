import { Button, Checkbox, Divider, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';

export interface ColumnOption<Id extends string> {
  id: Id;
  label: string;
  /** Columns that identify the row are always shown. */
  required?: boolean;
}

interface ColumnChooserProps<Id extends string> {
  options: readonly ColumnOption<Id>[];
  columns: readonly Id[];
  /** The new choice, in any order: the table puts its columns in its own order. */
  onChange: (columns: Id[]) => void;
  onReset: () => void;
}

/** Which columns a table shows: a checkbox per column, the required ones fixed. */
export function ColumnChooser<Id extends string>({ options, columns, onChange, onReset }: ColumnChooserProps<Id>) {
  const shown = new Set<Id>(columns);
  const toggle = (id: Id, on: boolean) => onChange(on ? [...columns, id] : columns.filter((item) => item !== id));
  return (
    <Popover position="bottom-end" width={240} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Show columns
          </Text>
          {options.map((column) => (
            <Checkbox
              key={column.id}
              size="sm"
              label={column.label}
              checked={column.required === true || shown.has(column.id)}
              disabled={column.required}
              onChange={(event) => toggle(column.id, event.currentTarget.checked)}
            />
          ))}
          <Divider />
          <Button variant="subtle" size="compact-sm" onClick={onReset}>
            Reset to default columns
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
